"""Ozon policy code checks: phones, e-mail, handles, links and channel names, disguised or not.

These findings block a reply, so each list below is a promise: every "must flag" sentence is a
real way sellers write a contact, every "must pass" one a real reply that must stay approved.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.checks.addresses import find_emails
from ozon_assistant.checker.checks.channels import find_links, find_names
from ozon_assistant.checker.checks.contacts import find_phones
from ozon_assistant.core.types import Finding
from tests.checker.helpers import check


def _rule(text: str, rule: str, **ctx: object) -> list[Finding]:
    return [f for f in check(text, **ctx).findings if f.rule == rule]  # type: ignore[arg-type]


def _spans(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in _rule(text, rule)]


# -- phone numbers ---------------------------------------------------------------------------

PHONES = [  # (reply, the phone as it must be underlined)
    ("Звоните +7 912 345-67-89, ответим.", "+7 912 345-67-89"),
    ("Наш номер 8(912)3456789.", "8(912)3456789"),
    ("Телефон: 8-912-345-67-89", "8-912-345-67-89"),
    ("Позвоните 912 345 67 89", "912 345 67 89"),
    ("Мой номер 89123456789", "89123456789"),
    ("Call me at +1 212 555 0100.", "+1 212 555 0100"),
    ("WeChat: +86 138 0013 8000", "+86 138 0013 8000"),
    ("微信 13800138000", "13800138000"),
    ("Номер 8.9.1.2.3.4.5.6.7.8.9", "8.9.1.2.3.4.5.6.7.8.9"),
    ("Пишите 8 9 1 2 3 4 5 6 7 8 9", "8 9 1 2 3 4 5 6 7 8 9"),
    ("Звоните 8,9,1,2,3,4,5,6,7,8,9", "8,9,1,2,3,4,5,6,7,8,9"),
    ("Телефон 8*912*345*67*89", "8*912*345*67*89"),
    ("восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять",
     "восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять"),
    ("Звоните: восемь девять один два три четыре пять шесть семь восемь девять.",
     "восемь девять один два три четыре пять шесть семь восемь девять"),
    ("Call eight nine one two three four five six seven eight nine",
     "eight nine one two three four five six seven eight nine"),
    ("Номер: 8 девятьсот двенадцать 345 67 89", "8 девятьсот двенадцать 345 67 89"),
    ("Звоните восемь 912 три четыре пять 67 89", "восемь 912 три четыре пять 67 89"),
    ("Тел. 345-67-89", "345-67-89"),
    ("Спасибо за заказ! 89123456789 — наш менеджер.", "89123456789"),
    ("Заказ 35142875-0153-1 уже в пути, звоните 8 912 345 67 89", "8 912 345 67 89"),
    ("Доставка 12.05.2025 8 (495) 123-45-67", "8 (495) 123-45-67"),
    ("+375 29 123 45 67", "+375 29 123 45 67"),
    ("Номер 8️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣", "8️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣"),
    ("Номер ８９１２３４５６７８９", "８９１２３４５６７８９"),
    ("Мобильный: 8 (9 1 2) 3 4 5-6 7-8 9", "8 (9 1 2) 3 4 5-6 7-8 9"),
    # dictated: words and digit groups, commas between them
    ("Наш номер: восемь девятьсот пять, 214, 33, 08.", "восемь девятьсот пять, 214, 33, 08"),
    ("Звоните: восемь четыреста девяносто пять, 123, 45, 67", "восемь четыреста девяносто пять, 123, 45, 67"),
    ("Call me: eight nine oh five, 214, 33, 08.", "eight nine oh five, 214, 33, 08"),
    # a mobile's digits split in groups nobody uses
    ("Менеджер Ольга ответит: 9161 2345 67", "9161 2345 67"),
    ("Если что, 89 161 234 567, Ольга.", "89 161 234 567"),
    ("Ольга, 8916 123 4567", "8916 123 4567"),
    ("Пишите 916-12-345-67", "916-12-345-67"),
]

NOT_PHONES = [
    "Номер заказа 35142875-0153-1.",
    "Отправление 35142875-0153-1 передано в доставку.",
    "Order 0123456789-0001 ships tomorrow.",
    "Доставка 12.05.2025, цена 1 500 ₽.",
    "Дата доставки 2025-05-12, время с 10:00 до 18:00.",
    "Стоимость 12 990 руб., скидка 10 %.",
    "Размер 42-44, матрас 90x200.",
    "Артикул 1234567890.",
    "Артикул товара: 123456789.",
    "SKU 1234567890 is back in stock.",
    "Трек-номер RU123456789CN.",
    "Tracking number LP00123456789012.",
    "Трек-номер 80080012345678.",
    "В наличии 1 234 567 890 единиц.",
    "Сумма заказа 1 234 567 890 ₽.",
    "Размеры 42 44 46 48 50 в наличии.",
    "Штрихкод 4601234567890.",
    "ИНН 7707083893, ОГРН 1027700132195.",
    "ИНН 9701234567.",
    "Заказ № 9123456789 оформлен.",
    "Заказ от 12.05.2025 и заказ от 15.05.2025 объединены.",
    "Доставка 12.05.2025-15.05.2025.",
    "Обхват 170-92-96 подойдёт.",
    "Через 2–3 дня, 5 шт. по 300 ₽.",
    "Модель T480, версия 1.2.3.4.",
    "IMEI 356938035643809 указан на коробке.",
    "Код товара 912 345 678",
    "Приём с 9.00 до 18.00, обед 13.00-14.00.",
    "Остались размеры сорок два, 44, 46, 48 и 50.",
    "Размеры: сорок, 42, 44, 46, 48.",
    "Доставка через два, 3, 4 или 5 дней; цены 990, 1290, 1590 руб.",
    "Oh, five stars, thank you! Sizes 38, 40, 42 are back.",
    "Сумма 89 161 234 567 ₽ — это годовой оборот склада.",
    "Курьер будет с 10:00–14:00, скидка 15%, размер 42-44, матрас 90x200.",
    "Заказ 38465729-0021-3 и 0123456789-0001 доставят 14.06.2025.",
]


@pytest.mark.parametrize("text,phone", PHONES, ids=[p[0][:40] for p in PHONES])
def test_phone_is_flagged_exactly(text: str, phone: str) -> None:
    assert _spans(text, "all.contacts.phone") == [phone]
    assert not check(text).approved


@pytest.mark.parametrize("text", NOT_PHONES)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert not _spans(text, "all.contacts.phone")


def test_phone_inside_a_link_is_reported_once_as_the_link() -> None:
    text = "Пишите wa.me/79123456789"
    assert not _spans(text, "all.contacts.phone")
    assert _spans(text, "all.off_platform.link") == ["wa.me/79123456789"]


_DIGITS = "0123456789"


@st.composite
def _mobile_layouts(draw: st.DrawFn) -> str:
    """A Russian mobile number in any layout a person might type."""
    rest = "9" + "".join(draw(st.sampled_from(_DIGITS)) for _ in range(9))
    prefix = draw(st.sampled_from(["8", "+7", "7", ""]))
    groups = draw(st.sampled_from([[3, 3, 2, 2], [3, 3, 4], [3, 7], [10], [1] * 10]))
    sep = draw(st.sampled_from([" ", "-", ".", " - ", "_"]))
    parts, k = [], 0
    for g in groups:
        parts.append(rest[k : k + g])
        k += g
    if draw(st.booleans()) and len(parts) > 1:
        parts[0] = f"({parts[0]})"
    body = sep.join(parts)
    return f"{prefix}{draw(st.sampled_from(['', ' ', '-']))}{body}" if prefix else body


@settings(max_examples=200, deadline=None)
@given(phone=_mobile_layouts(), before=st.sampled_from(["Звоните", "Наш телефон:", "Call", "Пишите на", ""]))
def test_any_layout_of_a_mobile_number_is_flagged(phone: str, before: str) -> None:
    text = f"{before} {phone}, спасибо".strip()
    spans = [text[s:e] for s, e in find_phones(text)]
    assert any(phone.strip("(") in span or span in phone for span in spans), (text, spans)


@settings(max_examples=200, deadline=None)
@given(order=st.integers(10_000_000, 99_999_999), part=st.integers(0, 9999),
       n=st.integers(1, 9), day=st.integers(1, 28), month=st.integers(1, 12),
       price=st.integers(100, 999_999), sku=st.integers(100_000_000, 9_999_999_999))
def test_order_numbers_dates_prices_and_skus_are_never_phones(
        order: int, part: int, n: int, day: int, month: int, price: int, sku: int) -> None:
    amount = f"{price:,}".replace(",", " ")
    text = (f"Заказ {order}-{part:04d}-{n} от {day:02d}.{month:02d}.2025 на сумму {amount} ₽, "
            f"артикул {sku}, доставка {2025}-{month:02d}-{day:02d}.")
    assert find_phones(text) == ()


@pytest.mark.parametrize("junk", ["1" * 10_000, "1." * 5_000, "8 " * 5_000, "1-" * 5_000,
                                  "восемь " * 1_500, "+" * 10_000, "1 1-1.1 1-1." * 1_000])
def test_long_runs_of_digits_finish_and_stay_in_range(junk: str) -> None:
    for s, e in find_phones(junk):
        assert 0 <= s < e <= len(junk)


# -- e-mail and handles ------------------------------------------------------------------------

EMAILS = [
    ("Напишите на shop@mail.ru.", "shop@mail.ru"),
    ("Почта: shop собака mail точка ru", "shop собака mail точка ru"),
    ("Пишите shop(at)mail.ru", "shop(at)mail.ru"),
    ("Email us: shop at gmail dot com", "shop at gmail dot com"),
    ("shop [at] yandex [dot] ru", "shop [at] yandex [dot] ru"),
    ("Адрес s h o p @ m a i l . r u", "s h o p @ m a i l . r u"),
    ("Пишите на shop @ mail.ru", "shop @ mail.ru"),
    ("QQ邮箱 123456@qq.com", "123456@qq.com"),
    ("Почта uyut.shop@yandex.ru — там ответим", "uyut.shop@yandex.ru"),
    ("Пишите uyut собака яндекс точка ру", "uyut собака яндекс точка ру"),
    ("Фото пришлите на sales at lilyshop dot cn.", "sales at lilyshop dot cn"),
    ("Write to sales (at) lilyshop (dot) com", "sales (at) lilyshop (dot) com"),
    ("Почта zakaz собака mail точка ru", "zakaz собака mail точка ru"),
    ("Почта заказ@мейл.ру", "заказ@мейл.ру"),
    ("name[at]domain[dot]com please", "name[at]domain[dot]com"),
    ("You can reach me at sales＠lilyshop.cn any time.", "sales＠lilyshop.cn"),
    ("Reach us at sales{at}lilyshop{dot}hk today", "sales{at}lilyshop{dot}hk"),
    ("Почта магазина: zakaz_shop собачка мэйл ру", "zakaz_shop собачка мэйл ру"),
    ("Мой e-mail: anna точка petrova собака mail точка ru", "anna точка petrova собака mail точка ru"),
    ("Почта: lilyshop на gmail, пишите.", "lilyshop на gmail"),
    ("Пишите zakaz2024 на mail.ru, ответим", "zakaz2024 на mail.ru"),
]
NOT_EMAILS = [
    "We are at home. Net weight 2 kg.",
    "Please look at the photo. Com...",
    "Моя собака любит этот корм.",
    "The parcel arrived at the pick-up point.",
    "Встретимся в 10:00 @ пункт выдачи",
    "Смартфон Xiaomi на Яндекс Маркете стоит дороже.",
    "Оценка 5 на яндекс — лучшая похвала.",
    "Этот iphone на yandex market дороже.",
]


@pytest.mark.parametrize("text,email", EMAILS)
def test_email_is_flagged_exactly(text: str, email: str) -> None:
    assert _spans(text, "all.contacts.email") == [email]


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_not_an_email(text: str) -> None:
    assert find_emails(text) == ()


@pytest.mark.parametrize("text,handle", [("Наш ник @shop_uyut", "@shop_uyut"),
                                         ("Find us: @uyut.home!", "@uyut.home")])
def test_handle(text: str, handle: str) -> None:
    assert _spans(text, "all.contacts.handle") == [handle]


def test_the_at_of_an_email_is_not_a_handle() -> None:
    assert not _spans("Напишите на shop@mail.ru", "all.contacts.handle")


# -- links ---------------------------------------------------------------------------------------

LINKS = [
    ("Смотрите на https://myshop.ru/sale", "https://myshop.ru/sale"),
    ("Visit www.example.com for details.", "www.example.com"),
    ("Каталог на shop-uyut.ru", "shop-uyut.ru"),
    ("Пишите t.me/shop_uyut", "t.me/shop_uyut"),
    ("Группа vk.com/uyut_home.", "vk.com/uyut_home"),
    ("Same item on taobao.com", "taobao.com"),
    ("Сайт магазин-уют.рф", "магазин-уют.рф"),
    ("Наш сайт shop-uyut точка ru", "shop-uyut точка ru"),
    ("Сайт shop-uyut(.)ru", "shop-uyut(.)ru"),
    ("Visit uyut dot com", "uyut dot com"),
    ("Короткая ссылка bit.ly/3xYz", "bit.ly/3xYz"),
    ("Фишинг: ozon.ru.evil.com/login", "ozon.ru.evil.com/login"),
    ("Сайт s h o p - u y u t . r u", "s h o p - u y u t . r u"),
]
NOT_LINKS = [
    "Смотрите карточку на https://www.ozon.ru/product/123/",
    "Подробности на ozon.ru.",
    "Seller help: seller.ozon.ru/help",
    "Ozon.kz и ozon.by тоже доставляют.",
    "Пришлите фото photo.jpg или файл инструкция.pdf.",
    "Вес 1.5 кг, т.е. лёгкий; т.к. упаковка мягкая.",
    "Адрес: г.Москва, ул.Ленина, д.5.",
    "Thank you. Me too. Net price 500.",
    "Версия 2.0.1 уже в продаже.",
    "Наш партнёр — Ozon.Банк.",
]


@pytest.mark.parametrize("text,link", LINKS)
def test_link_is_flagged_exactly(text: str, link: str) -> None:
    assert _spans(text, "all.off_platform.link") == [link]


@pytest.mark.parametrize("text", NOT_LINKS)
def test_not_a_link(text: str) -> None:
    assert find_links(text) == ()


# -- channel names -------------------------------------------------------------------------------

CHANNELS = [  # (reply, rule, the name as underlined)
    ("Напишите нам в WhatsApp.", "all.off_platform.messenger", "WhatsApp"),
    ("Добавляйтесь в вотсап", "all.off_platform.messenger", "вотсап"),
    ("Пишите в вацап, ответим быстрее", "all.off_platform.messenger", "вацап"),
    ("Пишите в телегу", "all.off_platform.messenger", "телегу"),
    ("Мы есть в тг", "all.off_platform.messenger", "тг"),
    ("Пишите в т е л е г р а м", "all.off_platform.messenger", "т е л е г р а м"),
    ("Пишите в т.е.л.е.г.р.а.м", "all.off_platform.messenger", "т.е.л.е.г.р.а.м"),
    ("Message us on w*h*a*t*s*a*p*p", "all.off_platform.messenger", "w*h*a*t*s*a*p*p"),
    ("Пишите в в а т с а п", "all.off_platform.messenger", "в а т с а п"),
    ("Пишите в тeлeгрaм", "all.off_platform.messenger", "тeлeгрaм"),
    ("Text us on whatsаpp", "all.off_platform.messenger", "whatsаpp"),
    ("Find us in telegr4m", "all.off_platform.messenger", "telegr4m"),
    ("Мы в вайбере", "all.off_platform.messenger", "вайбере"),
    ("Напишите в Whats App", "all.off_platform.messenger", "Whats App"),
    ("Наш теле грамм канал", "all.off_platform.messenger", "теле грамм"),
    ("Наша группа ВКонтакте", "all.off_platform.messenger", "ВКонтакте"),
    ("Пишите в вк", "all.off_platform.messenger", "вк"),
    ("请加我微信", "all.off_platform.messenger", "微信"),
    ("Add me on WeChat", "all.off_platform.messenger", "WeChat"),
    ("Подписывайтесь на наш Instagram", "all.off_platform.messenger", "Instagram"),
    ("Смотрите обзор в инсте", "all.off_platform.messenger", "инсте"),
    ("Обзор на нашем ютуб-канале", "all.off_platform.messenger", "ютуб"),
    ("Этот товар есть у нас на Авито дешевле.", "all.off_platform.marketplace", "Авито"),
    ("We also sell on Wildberries.", "all.off_platform.marketplace", "Wildberries"),
    ("Есть на Яндекс.Маркете", "all.off_platform.marketplace", "Яндекс.Маркете"),
    ("同款在淘宝", "all.off_platform.marketplace", "淘宝"),
    ("Можно оплатить через PayPal.", "all.off_platform.payment", "PayPal"),
    ("请用支付宝付款", "all.off_platform.payment", "支付宝"),
]
NOT_CHANNELS = [
    "Напишите нам в чате Ozon.",
    "Цена 1 500 тг.",
    "Мы в контакте с курьером.",
    "Это очень вкусно и вкратце описано в карточке.",
    "Инстанция рассмотрит обращение.",
    "What's appropriate for you?",
    "Video in 8K, telegraph-style design.",
    "Устройство Telescope и граммофон.",
    "Дискотечный свет, скайлайт и авитаминоз тут ни при чём.",
    "Товар можно вернуть через приложение Ozon.",
]


@pytest.mark.parametrize("text,rule,name", CHANNELS)
def test_channel_name_is_flagged(text: str, rule: str, name: str) -> None:
    assert _spans(text, rule) == [name]
    assert not check(text).approved


@pytest.mark.parametrize("text", NOT_CHANNELS)
def test_not_a_channel(text: str) -> None:
    assert find_names(text) == ()


NEGATED = [  # mentions that offer nothing: a warning, the reply stays approved
    "Мы не используем WhatsApp, пишите в чат Ozon.",
    "WhatsApp у нас нет, пишите в чат Ozon.",
    "К сожалению, в Telegram мы не отвечаем.",
    "Sorry, we don't use Telegram.",
    "We do not use WhatsApp; the Ozon chat is the fastest way.",
    "Общаться можно только в чате Ozon, не в WhatsApp.",
    "По правилам Ozon нельзя переписываться в Viber.",
    "Не пишите нам в WhatsApp: там мы не отвечаем.",
]
OFFERS_DESPITE_A_NEGATION = [  # an invitation in the same clause wins: still an error
    "Если ответа нет, пишите в WhatsApp.",
    "Не забудьте подписаться на наш Instagram.",
    "Не стесняйтесь писать нам в Telegram.",
    "Мы не отвечаем в чате Ozon, пишите в WhatsApp.",
    "Don't hesitate to message us on WhatsApp.",
    "We do not answer here, message us on WhatsApp.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_mention_is_a_warning(text: str) -> None:
    result = check(text)
    mentions = [f for f in result.findings if f.rule == "all.off_platform.channel-mention"]
    assert mentions and all(f.severity.value == "warning" for f in mentions)
    assert not [f for f in result.findings if f.rule == "all.off_platform.messenger"]


@pytest.mark.parametrize("text", OFFERS_DESPITE_A_NEGATION)
def test_invitation_beats_negation(text: str) -> None:
    assert _rule(text, "all.off_platform.messenger") or _rule(text, "all.off_platform.marketplace")


def test_messenger_fix_points_to_the_ozon_chat_in_the_reply_language() -> None:
    [ru] = _rule("Напишите нам в WhatsApp.", "all.off_platform.messenger")
    [en] = _rule("Message us on WhatsApp.", "all.off_platform.messenger")
    assert ru.replacements == ("чат Ozon",) and en.replacements == ("the Ozon chat",)


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(["telegram", "whatsapp", "viber", "instagram", "телеграм", "вотсап",
                             "вайбер", "инстаграм"]),
       sep=st.sampled_from([" ", ".", "*", "-", "_", " . "]), seed=st.integers(0, 2**16))
def test_spaced_and_lookalike_spellings_are_caught(name: str, sep: str, seed: int) -> None:
    swap = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "а": "a", "е": "e",
            "о": "o", "р": "p", "с": "c"}
    rng = random.Random(seed)
    letters = [swap[ch] if ch in swap and rng.random() < 0.4 else ch for ch in name]
    for disguised in (sep.join(letters), "".join(letters)):
        text = f"Пишите нам в {disguised} сегодня"
        hits = [text[h.start : h.end] for h in find_names(text)]
        assert hits == [disguised], (text, hits)


@pytest.mark.parametrize("junk", ["a." * 5_000, "в " * 5_000, "a@" * 5_000, "т.е." * 2_500,
                                  "s h o p @ " * 1_000, "x " * 5_000, "-" * 10_000,
                                  "telegram " * 1_000, "shop собака mail точка ru " * 400,
                                  "WhatsApp shop.ru a@b.ru " * 400])
def test_long_pathological_texts_finish(junk: str) -> None:
    for finder in (find_links, find_emails, find_phones):
        for s, e in finder(junk):
            assert 0 <= s < e <= len(junk)
    for h in find_names(junk):
        assert 0 <= h.start < h.end <= len(junk)


# -- phones among other numbers ----------------------------------------------------------------

_SOUP = [  # everyday numbers in a reply, built from random digits
    lambda r, d: f"заказ {d(8)}-{d(4)}", lambda r, d: f"отправление {d(8)}-{d(4)}-{r.randint(1, 9)}",
    lambda r, d: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice([2024, 2025])}",
    lambda r, d: f"{r.choice([2024, 2025])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    lambda r, d: f"с {r.randint(8, 12)}:00 до {r.randint(17, 22)}:00",
    lambda r, d: f"{r.randint(1, 999)} {d(3)} ₽", lambda r, d: f"{r.randint(1, 99)} {d(3)} руб.",
    lambda r, d: f"размер {r.choice([40, 42, 44])}-{r.choice([46, 48, 50])}",
    lambda r, d: f"{r.randint(50, 200)}x{r.randint(50, 250)}", lambda r, d: f"трек RU{d(9)}CN",
    lambda r, d: f"трек {d(14)}", lambda r, d: f"LP{d(14)}", lambda r, d: f"артикул {d(r.choice([9, 10]))}",
    lambda r, d: f"SKU {d(10)}", lambda r, d: f"{r.randint(1, 50)} шт.", lambda r, d: f"штрихкод 460{d(10)}",
    lambda r, d: f"вес {r.randint(1, 20)}.{r.randint(1, 9)} кг", lambda r, d: f"ИНН {d(r.choice([10, 12]))}",
    lambda r, d: f"чек № {d(6)}", lambda r, d: f"партия {d(4)}-{d(4)}",
    lambda r, d: f"версия {r.randint(1, 9)}.{d(1)}.{d(1)}",
]
_LAYOUTS = [
    lambda m: f"+7 {m[:3]} {m[3:6]}-{m[6:8]}-{m[8:]}", lambda m: f"8({m[:3]}){m[3:]}",
    lambda m: f"8-{m[:3]}-{m[3:6]}-{m[6:8]}-{m[8:]}", lambda m: f"{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}",
    lambda m: "8" + m, lambda m: ".".join("8" + m), lambda m: " ".join("8" + m), lambda m: f"+7{m}",
    lambda m: f"8 {m[:3]} {m[3:]}",
]


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), with_phone=st.booleans(),
       joiner=st.sampled_from([", ", "; ", " и ", ". "]))
def test_phones_among_everyday_numbers(seed: int, with_phone: bool, joiner: str) -> None:
    r = random.Random(seed)

    def d(n: int) -> str:
        return "".join(r.choice(_DIGITS) for _ in range(n))

    parts = [r.choice(_SOUP)(r, d) for _ in range(r.randint(1, 5))]
    phone = r.choice(_LAYOUTS)("9" + d(9))
    if with_phone:
        parts.insert(r.randint(0, len(parts)), "звоните " + phone)
    text = "Здравствуйте! " + joiner.join(parts) + "."
    found = [text[s:e] for s, e in find_phones(text)]
    assert found == ([phone] if with_phone else []), text


def test_phone_right_before_a_quantity_keeps_its_own_span() -> None:
    for text, phone in (("Звоните 968 702 21 30 8 шт.", "968 702 21 30"),
                        ("Звоните +7 953 347-66-46 12 шт.", "+7 953 347-66-46"),
                        ("Звоните 89393004414 размер 44-50.", "89393004414")):
        assert [text[s:e] for s, e in find_phones(text)] == [phone]


# -- replies written apart from the rules (a held-out check of both directions) ------------------

POLICY = ("contacts", "off_platform", "legal")
HELD_OUT_CLEAN = [
    'Здравствуйте! Номер заказа 47382910-0021, дата 03.06.2025, сумма 2 490 ₽.',
    'Здравствуйте! Посылка весит 2.5 кг, габариты 30x20x10 см.',
    'Здравствуйте! Время работы поддержки с 9:00 до 21:00 по Москве.',
    'Здравствуйте! Отправление 47382910-0021-2 прибудет 05.06.',
    'Здравствуйте! ГОСТ 12345-2019, ТУ 9876-001-12345678-2020.',
    'Здравствуйте! Сертификат № РОСС RU.АЯ46.Н12345, срок действия до 31.12.2026.',
    'Здравствуйте! Номер декларации ЕАЭС N RU Д-CN.РА01.В.12345/23.',
    'Здравствуйте! Объём 1,5 л, мощность 2000 Вт, напряжение 220-240 В.',
    'Здравствуйте! Цена снижена с 15 990 до 12 990 руб.',
    'Здравствуйте! Курьер приедет 14.06.2025 с 10:00 до 14:00.',
    'Здравствуйте! Оплата прошла 12.05.2025 в 14:32:10, номер операции 123456789012.',
    'Hello! Order 47382910-0021 was delivered on June 3, 2025 at 10:15.',
    'Hello! Dimensions: 120 x 60 x 75 cm, weight 25 kg.',
    'Здравствуйте! Рост модели 176 см, параметры 90-60-90, на ней размер 44.',
    'Здравствуйте! Подходит для iPhone 14, 15 и 16.',
    'Здравствуйте! Используйте программу Word или Excel, файл report.docx мы приложили.',
    'Здравствуйте! Товар из Китая, поставщик на фабрике в Гуанчжоу.',
    'Здравствуйте! Телеграмма о доставке вам не придёт, статус виден в приложении.',
    'Здравствуйте! Телега для сада выдерживает до 100 кг.',
    'Здравствуйте! Ватсон — это название модели фильтра.',
    'Здравствуйте! Срок изготовления — 5 рабочих дней.',
    'Здравствуйте! Гарантия на товар 14 дней с момента покупки.',
    'Здравствуйте! Если товар не подошёл, оформите возврат в течение 7 дней, деньги вернутся за 3–5 дней.',
    'Здравствуйте! Деньги возвращаются на карту за 1–3 дня.',
    'Здравствуйте! Возврат оформлен 3 дня назад, деньги поступят в течение 10 дней.',
    'Hello! You may return the item within 7 days, and we refund within 10 days of receiving it.',
    'Hello! The return label is valid for 5 days.',
    'Здравствуйте! Наклейка для возврата действует 5 дней.',
    'Здравствуйте! Для обмена нужно 2 дня на проверку.',
    'Здравствуйте! Обмен займёт около 3 дней.',
    'Здравствуйте! Ответим на заявку о возврате в течение суток.',
    'Здравствуйте! Возврат — в течение 7 дней, а если товар с браком — в течение 2 лет.',
    'Здравствуйте! Мы вернём разницу в цене 500 ₽ в течение 3 дней.',
    'Здравствуйте! Позвоните в поддержку Ozon через приложение.',
    'Hello! We never share phone numbers or e-mail addresses; everything stays in this chat.',
    'Здравствуйте! В комплекте кабель USB-C длиной 1.2 м.',
    'Здравствуйте! Артикул продавца: UYUT-12345-BLUE.',
    'Здравствуйте! Партия № 2305-1234-5678 прошла проверку.',
    'Hello! We are at your service.',
    'Здравствуйте! Скидка 10% действует до 31.05.',
    'Здравствуйте! Шаг резьбы 1.25 мм, диаметр 8 мм.',
    'Здравствуйте! Наушники совместимы с Android и iOS.',
    'Здравствуйте! Пожалуйста, укажите номер заказа, мы проверим статус.',
    'Здравствуйте! Ваш заказ № 47382910-0021 будет доставлен до 20 июня.',
    'Здравствуйте! Возврат оформляется в личном кабинете в течение 7 дней после получения товара.',
    'Здравствуйте! Возврат возможен в течение 7 (семи) дней.',
    'Здравствуйте! Вы можете вернуть товар в течение 14 дней, если сохранены бирки и упаковка.',
    'Здравствуйте! Обменяем товар в течение 2 дней после того, как он поступит на склад.',
    'Здравствуйте! Курьер заберёт возврат в течение 3 дней после оформления заявки.',
    'Здравствуйте! Деньги вернутся в течение 10 дней с момента получения товара продавцом.',
    'Здравствуйте! Возврат средств банк обрабатывает до 5 рабочих дней.',
    'Здравствуйте! Ozon вернёт деньги автоматически в течение 48 часов.',
    'Здравствуйте! Товар можно вернуть в течение 7 дней, а бракованный — в течение 2 лет.',
    'Hello! Returns are free within 7 days of delivery.',
    'Hello! Our warranty is 1 year; returns are accepted within 7 days.',
    'Hello! Refunds usually arrive in 3-5 business days.',
    'Hello! The courier will pick up the return within 3 days.',
    'Hello! The item was shipped 3 days ago and will arrive in 5 days.',
    'Здравствуйте! Новая поставка через 2 недели.',
    'Здравствуйте! Этот крем используют 2 раза в день в течение месяца.',
    'Здравствуйте! Курс приёма — 30 дней, затем перерыв 2 недели.',
    'Здравствуйте! Срок службы фильтра — 6 месяцев.',
    'Здравствуйте! Мы работаем 7 дней в неделю.',
    'Здравствуйте! Заряд держится 5 дней.',
    'Здравствуйте! Вернём деньги сразу после проверки, обычно это 1–3 дня.',
    'Здравствуйте! Возврат товара надлежащего качества — в течение 7 дней, возврат денег — в '
    'течение 10 дней.',
    'Здравствуйте! Мы отправим замену в течение 3 дней после возврата.',
    'Здравствуйте! Если вернёте товар, новый отправим в течение 2 дней.',
    'Здравствуйте! Пишите нам в чат в любое время, ответим в течение часа.',
    'Hello! You can message us here any time.',
    'Hello! Please write to us in this chat.',
    'Здравствуйте! Ссылку на инструкцию не можем дать, но вся информация есть в карточке товара.',
    'Здравствуйте! Размер XL соответствует 50-52.',
    'Здравствуйте! Номер сертификата 0123456, дата выдачи 10.01.2024.',
    'Здравствуйте! Стоимость доставки 99 ₽, срок 1-3 дня.',
    'Здравствуйте! Год выпуска 2024, партия 2024/05.',
    'Здравствуйте! Температура хранения от +5 до +25.',
    'Здравствуйте! Мощность 1200-1500 Вт, 3 режима.',
    'Здравствуйте! Вы купили 3 штуки по 499 ₽, итого 1497 ₽.',
    'Здравствуйте! Бренд Xiaomi, модель Redmi Note 13 Pro 8/256 ГБ.',
    'Здравствуйте! Напряжение 220 В, частота 50 Гц, 2 м шнур.',
    'Здравствуйте! Заказ 12345678-0001-1 и 12345678-0001-2 едут отдельно.',
    'Здравствуйте! Номер отправления: 12345678-0001-1.',
    'Hello! Your return request 123456789 has been approved.',
    'Здравствуйте! Отзывы о нас можно почитать в карточке на Ozon.',
    'Здравствуйте! Упаковка — 5 слоёв картона.',
]
HELD_OUT_BREACHES = [
    'Здравствуйте! Наш номер +7(912)345-67-89.',
    'Здравствуйте! Звоните 8 912 3456789.',
    'Здравствуйте! Номер 8 (9 1 2) 345 67 89',
    'Здравствуйте! +7-912-345-67-89 ватсап',
    'Здравствуйте! Номер: восемь 9 1 2 три 4 5 6 7 8 9',
    'Здравствуйте! Почта: uyut_shop собака gmail.com',
    'Hello! Reach us at uyut.shop[at]gmail[dot]com',
    'Здравствуйте! Наш телеграм-канал @uyut_home',
    'Здравствуйте! Пишите в ТГ.',
    'Hello! Add us on WeChat: uyut_shop.',
    'Здравствуйте! Напишите в W h a t s A p p.',
    'Здравствуйте! Наш Т-е-л-е-г-р-а-м канал.',
    'Здравствуйте! Мы есть на Вайлдберриз.',
    'Здравствуйте! Возврат в течение трех суток.',
    'Здравствуйте! Возврат денег до 30 дней.',
    'Hello! You have 48 hours to return the item.',
    'Здравствуйте! На возврат у Вас есть 3 дня.',
    'Здравствуйте! Наш вотсап +79123456789.',
    'Здравствуйте! Номер в тг 89123456789',
    'Здравствуйте! Звоните, 8 (912) 345-67-89, Анна.',
    'Здравствуйте! По вопросам 8-912-345-6789',
    'Здравствуйте! Моб. +7 912 3456789',
    'Hello! WhatsApp +7 912 345 67 89',
    'Hello! Call 89123456789 anytime',
    'Здравствуйте! \u202a+7 912 345 67 89\u202c',
    'Здравствуйте! Звоните +7 (912) 345 67 89 или пишите в Viber.',
    'Здравствуйте! Пишите в Viber или WhatsApp по номеру 8 912 345 67 89',
    'Здравствуйте! Можете вернуть товар в течение 3-х дней.',
    'Здравствуйте! Принимаем возвраты только 3 дня.',
    'Hello! Returns only within 3 days of delivery.',
    'Hello! You can return it within three days.',
    'Здравствуйте! Деньги переведём в течение 30 рабочих дней.',
    'Здравствуйте! Средства поступят на карту в течение месяца.',
    'Hello! Your refund will be processed within 14 days.',
    'Hello! Refunds take 2-3 weeks.',
    'Здравствуйте! Деньги вернём не раньше чем через 2 недели.',
    'Здравствуйте! Закажите у нас на сайте uyut-shop.ru со скидкой.',
    'Здравствуйте! Наш инстаграм uyut_home.',
    'Здравствуйте! Пишите в личку в Телеграме.',
    'Здравствуйте! Ищите нас в ВК: Уют дом.',
    'Здравствуйте! WeChat ID: uyut123',
    'Здравствуйте! Напишите на e-mail: uyut@yandex.ru',
    'Здравствуйте! uyut(собака)yandex.ru',
    'Здравствуйте! Почта uyut @ yandex . ru',
]


@pytest.mark.parametrize("text", HELD_OUT_CLEAN)
def test_held_out_clean_reply_has_no_policy_error(text: str) -> None:
    errors = [f for f in check(text).findings if f.category in POLICY and f.severity.value == "error"]
    assert not errors, [(f.rule, text[f.start : f.end]) for f in errors]


@pytest.mark.parametrize("text", HELD_OUT_BREACHES)
def test_held_out_breach_is_refused(text: str) -> None:
    result = check(text)
    assert any(f.category in POLICY and f.severity.value == "error" for f in result.findings)
    assert not result.approved
