"""The snippet editor for a seller, not a developer (issue 17): the id is optional (made from the
title), fields go in from a menu named in the interface language, and the text is checked with
the house rules before it goes into the library the README calls trusted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from ozon_assistant.snippets.ids import id_from_title, slug
from ozon_assistant.ui.snippets.editor import SnippetEditor
from tests.ui.snippet_standin import fixture_service

WECHAT = "Если что, пишите в WeChat wxid_abc123!!!"


@pytest.fixture
def service(tmp_path: Path) -> Any:
    s = fixture_service(tmp_path)
    yield s
    s.close()


def _editor(qtbot: Any, service: Any, ui_lang: str = "en", snippet: Any = None) -> SnippetEditor:
    dialog = SnippetEditor(service, snippet, ui_lang)
    qtbot.addWidget(dialog)
    return dialog


def test_ids_are_made_from_titles_in_any_script() -> None:
    assert slug("Посылка задерживается") == "posylka-zaderzhivaetsya"
    assert slug("退货与退款") == "tui-huo-yu-tui-kuan"
    assert slug("📦 Доставка: 3–5 дней!") == "dostavka-3-5-dney"
    assert id_from_title({"ru": "Возврат"}, {"vozvrat", "vozvrat-2"}) == "vozvrat-3"
    assert id_from_title({"zh": "退货", "ru": "Возврат"}, ()) == "vozvrat"  # Russian before Chinese
    assert id_from_title({}, ()) == "my-snippet"


def test_a_snippet_saves_without_an_id(qtbot: Any, service: Any) -> None:
    dialog = _editor(qtbot, service)
    assert dialog.id_edit.text() == ""
    dialog.titles["ru"].setText("Посылка задерживается")
    assert "posylka-zaderzhivaetsya" in dialog.id_edit.placeholderText()  # shown as it is typed
    dialog.bodies["ru"].setPlainText("Здравствуйте! Посылка уже в пути.")
    dialog.save()
    assert dialog.saved is not None, dialog.error.text()
    assert dialog.saved.id == "posylka-zaderzhivaetsya"
    assert service.get("posylka-zaderzhivaetsya").source == "user"

    again = _editor(qtbot, service)  # the same title: a fresh id, never "already exists"
    again.titles["ru"].setText("Посылка задерживается")
    again.bodies["ru"].setPlainText("Здравствуйте! Посылка в пути.")
    again.save()
    assert again.saved is not None and again.saved.id == "posylka-zaderzhivaetsya-2"

    chinese = _editor(qtbot, service)
    chinese.titles["zh"].setText("物流延误")
    chinese.bodies["ru"].setPlainText("Здравствуйте! Посылка в пути.")
    chinese.save()
    assert chinese.saved is not None and chinese.saved.id == "wu-liu-yan-wu"

    explicit = _editor(qtbot, service)  # an id typed in is still taken as it is
    explicit.id_edit.setText("my-late-parcel")
    explicit.titles["en"].setText("Late parcel")
    explicit.bodies["en"].setPlainText("Hello! Your parcel is on its way.")
    explicit.save()
    assert explicit.saved is not None and explicit.saved.id == "my-late-parcel"

    edited = _editor(qtbot, service, snippet=service.get("my-late-parcel"))
    edited.titles["en"].setText("Late parcel, again")  # an edit keeps its id
    edited.save()
    assert edited.saved is not None and edited.saved.id == "my-late-parcel"


@pytest.mark.parametrize("ui_lang", ["ru", "zh"])
def test_fields_are_picked_from_a_list_in_the_ui_language(qtbot: Any, service: Any, speak: Any,
                                                          ui_lang: str) -> None:
    speak(ui_lang)
    dialog = _editor(qtbot, service, ui_lang)
    labels = {a.data(): a.text() for a in dialog.field_menu.actions() if a.data()}
    names = {"ru": ("Имя покупателя", "Номер заказа"), "zh": ("买家姓名", "订单号")}[ui_lang]
    assert labels["buyer_name"] == names[0] and labels["order_number"] == names[1]
    assert "|" in labels  # where the cursor lands, named too
    assert all("{" not in text and "_" not in text for text in labels.values())
    assert dialog.field_button.text() != "Insert field"  # translated
    body = dialog.bodies["ru"]
    body.setPlainText("Здравствуйте, !")
    cursor = body.textCursor()
    cursor.setPosition(len("Здравствуйте, "))
    body.setTextCursor(cursor)
    next(a for a in dialog.field_menu.actions() if a.data() == "buyer_name").trigger()
    assert body.toPlainText() == "Здравствуйте, {buyer_name}!"
    label = dialog.findChild(type(dialog.error), "edit-hint")
    assert label is not None
    hint = label.text()
    for syntax in ("{{", "}}", "{|}", "{buyer_name}"):
        assert syntax not in hint


def test_a_body_that_breaks_the_rules_is_refused_in_the_sellers_language(
        qtbot: Any, service: Any, speak: Any) -> None:
    speak("ru")
    dialog = _editor(qtbot, service, "ru")
    dialog.titles["ru"].setText("Связь")
    dialog.bodies["ru"].setPlainText(WECHAT)
    dialog.save()
    assert dialog.saved is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "svyaz" not in service.library.snippets and not service.user.ids()
    rows = [dialog.findings_list.item(i).text() for i in range(dialog.findings_list.count())]
    assert not dialog.findings_list.isHidden()
    assert any("WeChat" in r and "Ошибка" in r and "Ozon" in r for r in rows), rows
    assert any("wxid_abc123" in r for r in rows), rows
    assert "Не сохранено" in dialog.error.text()
    dialog.save()  # saving again is refused again: errors are never "saved anyway"
    assert dialog.saved is None and not service.user.ids()


def test_warnings_are_shown_and_the_seller_may_save_anyway(qtbot: Any, service: Any) -> None:
    dialog = _editor(qtbot, service)
    dialog.titles["ru"].setText("Спасибо громко")
    dialog.bodies["ru"].setPlainText("Здравствуйте! Спасибо за заказ!!!")
    dialog.save()
    assert dialog.saved is None
    rows = [dialog.findings_list.item(i).text() for i in range(dialog.findings_list.count())]
    assert rows and all(r.startswith("Warning") for r in rows), rows
    assert dialog.save_button.text() == "Save anyway"
    dialog.save()
    assert dialog.saved is not None and dialog.saved.id == "spasibo-gromko"


def test_fields_in_a_body_are_not_findings(qtbot: Any, service: Any) -> None:
    """{buyer_name} is asked for by the fill-in form: no "unfilled placeholder" refusal."""
    dialog = _editor(qtbot, service)
    dialog.titles["en"].setText("Hello")
    dialog.bodies["ru"].setPlainText("Здравствуйте, {buyer_name}! {|}Спасибо за заказ {order_number}.")
    dialog.save()
    assert dialog.saved is not None, [f.finding.message for f in dialog.findings]


def test_the_window_checks_snippets_with_its_own_checker(qtbot: Any, window: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from ozon_assistant.ui.snippets import extension as snippets_ext

    made: list[SnippetEditor] = []

    class Opened(SnippetEditor):
        def exec(self) -> int:
            made.append(self)
            return 0

    monkeypatch.setattr(snippets_ext, "SnippetEditor", Opened)
    [ext] = window.findChildren(snippets_ext.SnippetsExtension)
    ext.edit("")
    assert made and made[0].checker() is window.checker
    made[0].deleteLater()
