"""Texts that follow the interface language, for widgets with many of them (form dialogs).

Each text is given as a function (``lambda: self.tr("…")``, which lupdate reads as usual), set
at once and set again by :meth:`Texts.retranslate` — what a widget calls on Qt's
``QEvent.LanguageChange``, as a Designer form's ``retranslateUi`` does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


class Texts:
    def __init__(self) -> None:
        self._texts: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def set(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """``setter(text())`` now and on every :meth:`retranslate`."""
        setter(text())
        self._texts.append((setter, text))

    def call(self, apply: Callable[[], object]) -> None:
        """``apply()`` now and on every :meth:`retranslate` (texts set several at a time)."""
        self.set(lambda _: apply(), str)

    def row(self, form: QFormLayout, text: Callable[[], str], field: QWidget | QLayout) -> QLabel:
        """A form row whose label (the field's buddy) follows the interface language."""
        label = QLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        self.set(label.setText, text)
        return label

    def retranslate(self) -> None:
        for setter, text in self._texts:
            setter(text())
