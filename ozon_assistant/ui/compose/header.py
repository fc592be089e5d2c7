"""The bar above a reply: channel with its live character counter, reply language, score, approval
state and the Approve & Copy button. It shows state; the tab decides what the state is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ozon_assistant.core.types import CHANNEL_LIMITS, CHANNELS
from ozon_assistant.ui.shared.labels import channel_name, reply_language_name
from ozon_assistant.ui.shared.retranslate import Retranslated

LANGUAGE_CODES = ("auto", "ru", "en")

OVER_LIMIT = QColor("#d32f2f")
#: the counter has room for this many digits at least (a reply longer than 9,999 characters
#: makes room for one more: a new size a handful of times in a reply's life, never per key)
_COUNT_DIGITS = 4

_BADGE = ("QLabel {{ border-radius: 9px; padding: 2px 10px; font-weight: 600;"
          " color: white; background: {bg}; }}")


class HeaderBar(Retranslated, QWidget):
    channel_changed = Signal(str)
    language_changed = Signal(str)
    approve_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(8)

        self.channel_label = QLabel()
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.channel_label.setBuddy(self.channel)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        # The counter changes with every key: a fixed size keeps its new text from re-laying
        # out the header, and an opaque background keeps its repaint from repainting the tab
        # and window beneath it (together a third of a keystroke's cost in the window).
        self.counter.setAutoFillBackground(True)

        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGE_CODES:
            self.language.addItem(reply_language_name(code), code)
        self.language_label.setBuddy(self.language)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._resolved = ""  # the language "auto" went with, named in its item

        self.score = QLabel()
        self.score.setObjectName("score")
        self.state = QLabel()
        self.state.setObjectName("state")
        self.approve = QPushButton()
        self.approve.setObjectName("approve")

        for w in (self.channel_label, self.channel, self.counter, self.language_label,
                  self.language):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.score)
        row.addWidget(self.state)
        row.addWidget(self.approve)

        self.channel.currentIndexChanged.connect(
            lambda _i: self.channel_changed.emit(self.current_channel()))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.current_language()))
        self.approve.clicked.connect(self.approve_clicked.emit)
        self._count = -1
        self._over = False
        self._counter_fits = ""
        self._state: tuple[int | None, bool, int, bool] = (None, False, 0, False)
        self.retranslate_ui()
        self.set_count(0)

    # -- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every text of the bar in the current interface language (the state it shows kept)."""
        self.channel_label.setText(self.tr("C&hannel:"))
        for i, code in enumerate(CHANNELS):
            self.channel.setItemText(i, channel_name(code))
        self.counter.setToolTip(self.tr("Characters in the reply / the channel's limit"))
        self.language_label.setText(self.tr("&Language:"))
        for i, code in enumerate(LANGUAGE_CODES):
            self.language.setItemText(i, reply_language_name(code))
        # room for "Auto (Russian)" from the start (the guess is named once the text is read),
        # measured on the real text: a character count times the widest letter was 20 px more
        widths = []
        for code in LANGUAGE_CODES:
            self.language.setItemText(0, self._auto_text(code))
            widths.append(self.language.sizeHint().width())
        self.language.setItemText(0, self._auto_text(self._resolved))
        self.language.setMinimumWidth(max(widths))
        self.score.setToolTip(self.tr("0–10: errors cost 4, warnings 2, suggestions ½"))
        self.approve.setText(self.tr("Approve && Copy"))
        self.approve.setToolTip(self.tr("Copy the reply to the clipboard (Ctrl+Enter)"))
        self._counter_fits = ""
        self.refresh_count()
        score, approved, errors, checking = self._state
        self.set_state(score=score, approved=approved, errors=errors, checking=checking)

    def _auto_text(self, resolved: str) -> str:
        return (self.tr("Auto (%1)").replace("%1", reply_language_name(resolved)) if resolved
                else reply_language_name("auto"))

    # -- values --------------------------------------------------------------------------------
    def current_channel(self) -> str:
        return str(self.channel.currentData())

    def set_channel(self, channel: str) -> None:
        i = self.channel.findData(channel)
        self.channel.setCurrentIndex(max(i, 0))

    def current_language(self) -> str:
        """auto, ru or en: what the seller chose (not resolved)."""
        return str(self.language.currentData())

    def set_language(self, code: str) -> None:
        i = self.language.findData(code)
        self.language.setCurrentIndex(max(i, 0))

    def show_resolved_language(self, resolved: str) -> None:
        """With "auto", name the language the checker went with."""
        self._resolved = resolved
        text = self._auto_text(resolved)
        if self.language.itemText(0) != text:
            self.language.setItemText(0, text)

    # -- state ---------------------------------------------------------------------------------
    def set_count(self, count: int) -> None:
        """The live counter; red over the channel's limit. Cheap when nothing changed."""
        if count == self._count:
            return
        self._count = count
        limit = CHANNEL_LIMITS.get(self.current_channel())
        over = limit is not None and count > limit
        if over != self._over:
            self._over = over
            self._style_counter()
        self._fit_counter(limit, len(str(count)))
        self.counter.setText(self._count_text(str(count), limit))

    def counter_over_limit(self) -> bool:
        """Whether the counter shows the reply past the channel's limit (red, bold)."""
        return self._over

    def _count_text(self, count: str, limit: int | None) -> str:
        return (self.tr("%1 chars").replace("%1", count) if limit is None
                else f"{count} / {limit}")

    def _style_counter(self) -> None:
        palette = self.counter.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         OVER_LIMIT if self._over else self.palette().color(
                             QPalette.ColorRole.WindowText))
        self.counter.setPalette(palette)
        font = self.counter.font()
        font.setBold(self._over)
        self.counter.setFont(font)

    def _fit_counter(self, limit: int | None, digits: int) -> None:
        """Room for the longest count of this many digits, in bold (past the limit); a new size
        only when the channel's wording or the number of digits changes, never per key."""
        widest = self._count_text("9" * max(digits, _COUNT_DIGITS), limit)
        if widest == self._counter_fits:
            return
        self._counter_fits = widest
        font = self.counter.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        margin = 2 * self.counter.margin() + 6
        self.counter.setFixedSize(metrics.horizontalAdvance(widest) + margin,
                                  max(metrics.height(), self.counter.sizeHint().height()))

    def refresh_count(self) -> None:
        count, self._count = self._count, -1
        self.set_count(count)

    def set_state(self, *, score: int | None, approved: bool, errors: int, checking: bool) -> None:
        """Score and approval badge: green approved, red not approved, grey while checking or
        while there is nothing to approve (``score`` None)."""
        self._state = (score, approved, errors, checking)
        self.score.setText(self.tr("Score %1/10").replace("%1", str(score))
                           if score is not None else self.tr("Score –"))
        if score is None:  # an empty reply: never approved, no score
            text, bg = self.tr("Nothing to approve yet"), "#8a8f98"
        elif checking:
            text, bg = self.tr("Checking…"), "#8a8f98"
        elif approved:
            text, bg = self.tr("✓ Approved"), "#2e7d32"
        else:
            text, bg = self.tr("✗ Not approved: %n error(s)", "", errors), "#c62828"
        self.state.setText(text)
        self.state.setStyleSheet(_BADGE.format(bg=bg))
        self.approve.setDefault(approved and not checking and score is not None)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
