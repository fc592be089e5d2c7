"""The situation rules (conditional rules over shared lexicons) on sentences written apart from
their examples: breaches said in other words must be caught, and near misses — the same words
in a lawful, helpful reply — must stay clean. A rule tuned to its own examples fails here."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.text import guess_language
from tests.checker.helpers import shared_checker

CONDITIONAL = frozenset(r.id for r in shared_checker().rules if r.kind == "conditional")


def _loud(text: str) -> list[str]:
    """The errors and warnings the conditional rules raise on ``text`` (after merging)."""
    result = shared_checker().check(text, CheckContext(language=guess_language(text)))
    return [f"{f.rule}: {text[f.start:f.end]!r}" for f in result.findings
            if f.rule in CONDITIONAL and f.severity.value in ("error", "warning")]


def _rules(text: str) -> set[str]:
    """Every rule that fires on ``text``, before one finding per problem is kept (a situation
    rule gives way to a specific rule on the same words)."""
    return {f.rule for f in shared_checker().rule_findings(
        text, CheckContext(language=guess_language(text)))}


NEAR_MISSES = [
    # returns and refunds explained lawfully
    "Вы можете вернуть товар в течение 7 дней после получения: оформите возврат в разделе «Мои заказы».",
    "Деньги переведём через Ozon сразу после проверки возврата.",
    "Ozon вернёт деньги на карту, с которой Вы оплачивали заказ, в течение 10 дней.",
    "Стоимость обратной доставки товара надлежащего качества удерживается из суммы возврата.",
    "You can return the jacket within 7 days of delivery; the refund goes to the card you paid with.",
    "Once the parcel reaches our warehouse, Ozon refunds the full price within 10 days.",
    "The box may be opened to check the item: opening it does not affect your right to return.",
    "Нижнее бельё надлежащего качества возврату не подлежит, а при браке мы вернём деньги.",
    # the Ozon chat, Ozon's own e-mails and calls
    "Напишите нам в чат Ozon по заказу — ответим в течение часа.",
    "Please write to us here in the Ozon chat if anything is wrong.",
    "Ozon пришлёт электронный чек на почту, указанную в аккаунте.",
    "Курьер Ozon позвонит Вам за час до доставки.",
    "The courier will call you before delivery; you can also reach Ozon support in the app.",
    # cancelling: a buyer who wants to, a subscription, the seller's own cancellation
    "Если передумали, Вы можете сами отменить заказ в приложении до отправки.",
    "Отмените подписку на рассылку в приложении, если письма Вам мешают.",
    "Заказ отменён по Вашей просьбе, деньги вернутся на карту в течение 3 дней.",
    "If you change your mind, you can cancel the order yourself in the app before it ships.",
    "We are sorry: we had to cancel the order ourselves because the item was damaged in stock.",
    "Please do not cancel the order, we will ship it tomorrow.",
    # reviews: thanks, Ozon's points, "review" the verb, a fix made after a review
    "Спасибо за отзыв, мы исправили описание и вернули Вам разницу в цене 200 ₽.",
    "Спасибо, что оставили отзыв! Деньги за брак вернём сегодня.",
    "На этот товар действует программа Ozon «Отзывы за баллы»: баллы начисляет Ozon за отзыв с фото.",
    "We will review your claim and refund you within 10 days.",
    "Thank you for the review: we have updated the size chart and refunded the difference.",
    "Ozon's reviews for points programme gives you points for a review with photos.",
    # information that is not a reproach
    "Таблица размеров есть в карточке товара, в разделе «Описание»: подскажем, какой размер выбрать.",
    "The dimensions are listed on the product page; we are happy to help you choose.",
    "В описании было указано 42, а пришёл 44 — это наша ошибка, заменим.",
    "Вы выбрали размер M, и мы отправили M; если он мал, обменяем на L.",
    "Если Вы уронили телефон, ремонт по гарантии не положен, но мы проверим его бесплатно.",
    "It is not your fault: the parcel was damaged in transit.",
    "We will check every parcel more carefully next time, thank you for telling us.",
    # payments on Ozon
    "Оплатите заказ на Ozon любым способом, в том числе по СБП.",
    "If your company needs invoices, Ozon for Business lets you pay as a legal entity.",
    "Товар отправляется напрямую с нашего склада в Твери.",
    "Мы не продаём товары мимо Ozon: так Ваша покупка защищена.",
    # the same words, lawful: a buyer's own change, the seller's own act, Ozon's e-mails
    "Если отзыв оставлен по ошибке, его можно изменить в разделе «Мои отзывы».",
    "Спасибо за оценку! Мы учли замечание про упаковку и поменяли поставщика коробок.",
    "Hello! Please check your spam folder: Ozon sends the tracking link by e-mail.",
    "Hello! Orders that have already shipped cannot be cancelled in the app, but you can refuse "
    "the parcel at the pickup point.",
    "Мы не можем сами отменить заказ после передачи в доставку, но Вы можете отказаться от него "
    "при получении.",
    "Hello, you chose the express delivery, so the parcel arrives tomorrow.",
    "Вскрытие упаковки при проверке товара не лишает Вас права на возврат.",
    # warranty
    "Гарантия не распространяется на механические повреждения после падения.",
    "The warranty is 12 months; water damage is not covered, but we will check the fault for free.",
    "Претензии принимаем в течение гарантийного срока — 12 месяцев.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_clean(text: str) -> None:
    assert not _loud(text)


PARAPHRASES = [  # (reply, a rule that must catch it)
    ("Если исправите отзыв на положительный, компенсируем доставку.", "all.legal.review-reward"),
    ("Как только удалите негативный отзыв, пришлём промокод.", "all.legal.review-reward"),
    ("Once you've updated your review, we'll send a voucher.", "all.legal.review-reward"),
    ("Было бы проще, если бы Вы сами отменили заказ у себя в приложении.", "all.legal.cancel-yourself"),
    ("Could you cancel the purchase from your side, please?", "all.legal.cancel-yourself"),
    ("It would be easier for us if you cancel the order.", "all.legal.cancel-ask"),
    ("Переведите, пожалуйста, доплату на нашу карту.", "all.off_platform.money-outside"),
    ("Вернём деньги по номеру карты, пришлите его сюда.", "all.off_platform.money-outside"),
    ("Можем продать без маркетплейса, так выгоднее.", "all.off_platform.bypass"),
    ("We can sell it to you outside Ozon with no platform fees.", "all.off_platform.bypass"),
    ("Каталог пришлём на электронную почту.", "all.off_platform.contact-outside"),
    ("Давайте созвонимся, так быстрее.", "all.off_platform.call"),
    ("При возврате взимаем комиссию 5 %.", "all.legal.return-deduction"),
    ("We keep 10 % of the price as a fee on every return.", "all.legal.return-deduction"),
    ("Жалобы на брак не принимаются.", "all.legal.claims-refused"),
    ("Распакованный товар обратно не принимаем.", "all.legal.opened-no-return"),
    ("Гарантия аннулируется, если снять пломбу.", "all.legal.warranty-void"),
    ("В следующий раз читайте описание внимательнее.", "all.negativity.read-first"),
    ("Сами виноваты, надо было мерить.", "all.rudeness.your-problem"),
    ("You ordered the wrong size yourself.", "all.negativity.buyer-chose"),
    ("Вы сломали замок, это не брак.", "all.negativity.buyer-damaged"),
    ("Давайте так: Вы меняете единицу на пятёрку, а мы возвращаем половину стоимости.",
     "all.legal.review-reward"),
    ("Could the order be cancelled by you? We are out of stock.", "all.legal.cancel-yourself"),
    ("Send me an email and I'll send the price list.", "all.off_platform.contact-outside"),
    ("За возврат взимается сбор 300 ₽.", "all.legal.return-deduction"),
    ("Гарантия сгорает, если потерять коробку.", "all.legal.warranty-void"),
    ("Всё было чётко указано в описании.", "all.negativity.all-was-said"),
]


@pytest.mark.parametrize("text,rule", PARAPHRASES)
def test_breaches_in_other_words_are_caught(text: str, rule: str) -> None:
    assert rule in _rules(text)
    if shared_checker().rule(rule).severity.value == "error":  # type: ignore[union-attr]
        assert not shared_checker().check(
            text, CheckContext(language=guess_language(text))).approved
