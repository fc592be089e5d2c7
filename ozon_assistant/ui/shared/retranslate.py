"""Texts that follow the interface language.

Installing or removing a translator makes Qt send every widget (and every object below a widget)
a ``QEvent.LanguageChange``. A widget that mixes in :class:`Retranslated` sets its texts again
then, in its ``retranslate_ui`` — what a Designer form's ``retranslateUi`` does; a plain QObject
(an add-on of the window) mixes in :class:`RetranslatedObject`. :class:`Texts` keeps the texts of
a widget with many of them (form dialogs) as functions (``lambda: self.tr("…")``, which lupdate
reads as usual), set at once and set again by ``retranslate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


class Retranslated:
    """Mix in before the Qt widget class; ``retranslate_ui`` runs on every LanguageChange (the
    widget's ``__init__`` calls it once itself)."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


class RetranslatedObject:
    """The same for a QObject below a widget (the window passes LanguageChange on to it)."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return bool(super().event(event))  # type: ignore[misc]


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
