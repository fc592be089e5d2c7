"""Feedback: what the buyers' e-mail adds up to, as charts (View → Buyers' feedback).

Messages per situation (bars) and per week, the share answered within 24 hours and the median
wait as figures, the words buyers complain with in each situation and the products they name
most as tables (the figures are :mod:`ozon_assistant.inbox.feedback`'s, the same as
``ozon-assistant feedback report``). The report is computed off the UI thread — classifying every
message takes a moment — when the view opens, when the period changes and on Refresh; "Export
CSV…" computes it afresh and writes the file off the UI thread too, and says in the seller's
language why a file could not be written.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import OzonError
from ozon_assistant.inbox import feedback
from ozon_assistant.inbox.feedback import OTHER, Report
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import fill, joined
from ozon_assistant.ui.shared.retranslate import Retranslated, Texts
from ozon_assistant.ui.shared.translations import installed_language

log = logging.getLogger(__name__)

# the periods the view offers: days back from today (None: every message)
PERIODS: tuple[int | None, ...] = (None, 7, 30, 90, 365)
# the week chart shows at most this many weeks, the situation chart this many situations and the
# rest as one bar (the tables and the CSV have them all): a category axis hides its labels when a
# bar is lower than one and a half lines of them (Chinese lines are taller)
CHART_WEEKS = 26
CHART_SITUATIONS = 8
BAR_COLOR = QColor("#1e6fd9")
WEEK_COLOR = QColor("#2e8b57")
LOCALES = {"ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
           "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China)}


class _Signals(QObject):
    done = Signal(int, object)  # job number, result
    failed = Signal(int, object)  # job number, exception


class _Job(QRunnable):
    """``work()`` on the view's pool; its result or exception comes back as a queued signal."""

    def __init__(self, signals: _Signals, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals, self.number, self.work = signals, number, work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # shown in the view; never a crash of the window
            if not isinstance(exc, OzonError | OSError):
                log.exception("the feedback report failed")
            self.signals.failed.emit(self.number, exc)
            return
        self.signals.done.emit(self.number, result)


def _export(path: Path, since: dt.date | None, lang: str, other: str) -> Report:
    """Compute the report and write it as CSV (with a BOM, so a spreadsheet reads it as UTF-8)."""
    report = feedback.load(since)
    try:
        write_atomic(path, "\ufeff" + feedback.to_csv(report, lang, other))
    except OSError as exc:
        raise _WriteError(path, exc) from exc
    return report


class _WriteError(Exception):
    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(str(exc))
        self.path, self.exc = path, exc


class _Figure(QFrame):
    """One figure: a caption, the number large, a line of detail under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption, self.value, self.detail = QLabel(), QLabel(), QLabel()
        self.value.setObjectName(f"{name}-value")
        self.detail.setObjectName(f"{name}-detail")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.caption.setStyleSheet("color: #555555")
        self.detail.setStyleSheet("color: #555555")
        self.detail.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setSpacing(2)
        col.addWidget(self.caption)
        col.addWidget(self.value)
        col.addWidget(self.detail)
        col.addStretch(1)

    def show_figure(self, caption: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)


class FeedbackView(Retranslated, QDialog):
    """The Feedback window. ``report`` is what it shows (None before the first result)."""

    report_shown = Signal()  # a report is on screen (tests, screenshots)
    export_finished = Signal(str, bool)  # path, written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback-view")
        self.resize(1120, 820)
        self.texts = Texts()
        self.texts.set(self.setWindowTitle, lambda: self.tr("Buyers' feedback"))
        self.report: Report | None = None
        self.error_box: QMessageBox | None = None
        self.last_export: Path | None = None
        self._job = 0  # the newest computation; older results are dropped
        self._busy = False
        self._exporting: Path | None = None  # the CSV file being written
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)

        self.period = QComboBox()
        self.period.setObjectName("feedback-period")
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.texts.set(self.period_label.setText, lambda: self.tr("&Period:"))
        self.texts.call(self._period_texts)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("feedback-refresh")
        self.texts.set(self.refresh_button.setText, lambda: self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("feedback-status")
        self.status.setStyleSheet("color: #555555")
        self.export_button = QPushButton()
        self.export_button.setObjectName("feedback-export")
        self.texts.set(self.export_button.setText, lambda: self.tr("&Export CSV…"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        self.total = _Figure("feedback-total")
        self.within = _Figure("feedback-within-24h")
        self.wait = _Figure("feedback-median-wait")
        figures = QHBoxLayout()
        for f in (self.total, self.within, self.wait):
            figures.addWidget(f, 1)

        self.situation_chart = self._chart_view("feedback-situation-chart")
        self.week_chart = self._chart_view("feedback-week-chart")
        self.empty = QLabel()
        self.empty.setObjectName("feedback-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.words = self._table("feedback-words", 2)
        self.words.setWordWrap(True)
        self.products = self._table("feedback-products", 2)
        self.texts.call(lambda: self.words.setHorizontalHeaderLabels(
            [self.tr("Situation"), self.tr("Words buyers use most (messages)")]))
        self.texts.call(lambda: self.products.setHorizontalHeaderLabels(
            [self.tr("Product or SKU"), self.tr("Messages")]))
        self.words.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.words.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.words.setColumnWidth(0, 210)
        self.products.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.products.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)

        grid = QGridLayout()
        grid.addWidget(self.situation_chart, 0, 0)
        grid.addWidget(self.week_chart, 0, 1)
        grid.addWidget(self.words, 1, 0)
        grid.addWidget(self.products, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        close = QPushButton()
        self.texts.set(close.setText, lambda: self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666666")
        self.texts.set(self.note.setText, lambda: self.tr(
            "Situations as the Inbox tags them; a message still unanswered but less than a day "
            "old is not counted in the 24-hour share yet."))
        bottom.addWidget(self.note, 1)
        bottom.addWidget(close)

        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addLayout(figures)
        col.addWidget(self.empty)
        col.addLayout(grid, 1)
        col.addLayout(bottom)
        self._show_report()

    # -- building ------------------------------------------------------------------------------
    def _chart_view(self, name: str) -> QChartView:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(110 + 30 * (CHART_SITUATIONS + 1))
        return view

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        return table

    def _period_texts(self) -> None:
        names = [self.tr("All messages"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                 self.tr("Last 90 days"), self.tr("Last 12 months")]
        index = max(0, self.period.currentIndex())
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(names)
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.texts.retranslate()
        self._show_report()

    # -- the period and the computation ---------------------------------------------------------
    def since(self) -> dt.date | None:
        days = PERIODS[max(0, self.period.currentIndex())]
        return None if days is None else dt.date.today() - dt.timedelta(days=days - 1)

    @property
    def busy(self) -> bool:
        """A computation or an export is running."""
        return self._busy

    def _start(self, work: Callable[[], Any]) -> int:
        self._job += 1
        self._busy = True
        self.refresh_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.pool.start(_Job(self.signals, self._job, work))
        return self._job

    def refresh(self) -> None:
        """Compute the report for the chosen period, off the UI thread."""
        since = self.since()
        self.status.setText(self.tr("Counting…"))
        self._exporting = None
        self._start(lambda: feedback.load(since))

    def inbox_changed(self) -> None:
        """The inbox was synced (ui/inbox/extension.py): an open view counts again. A CSV being
        written is left to finish (it reads the inbox as it is when it runs)."""
        if self.isVisible() and self._exporting is None:
            self.refresh()

    def export_csv(self, path: str | Path | None = None) -> None:
        """Ask where (unless ``path`` is given), then compute and write the CSV off the UI
        thread; a file that could not be written is said in a message box."""
        if path is None:
            default = Path.home() / f"feedback-{dt.date.today().isoformat()}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export feedback as CSV"), str(default),
                self.tr("CSV files (*.csv);;All files (*)"))
            if not chosen:
                return
            path = chosen
        target = Path(path)
        since, lang, other = self.since(), _lang(), self._other_title()
        self.status.setText(self.tr("Saving…"))
        self._exporting = target
        self._start(lambda: _export(target, since, lang, other))

    def wait_done(self, msecs: int = 30000) -> bool:
        """Let a running computation finish (tests; closing)."""
        return bool(self.pool.waitForDone(msecs))

    def _done(self, number: int, report: object) -> None:
        if number != self._job:
            return
        self._finish()
        assert isinstance(report, Report)
        self.report = report
        exported, self._exporting = self._exporting, None
        self._show_report()
        if exported is not None:
            self.last_export = exported
            self.status.setText(fill(self.tr("Saved to %1"), str(exported)))
            self.export_finished.emit(str(exported), True)
        self.report_shown.emit()

    def _failed(self, number: int, exc: object) -> None:
        if number != self._job:
            return
        self._finish()
        exported, self._exporting = self._exporting, None
        if isinstance(exc, _WriteError):
            text = fill(self.tr("The CSV file could not be saved to %1: %2. Choose another "
                                "folder or file name."), str(exc.path), self._reason(exc.exc))
            self.status.setText(self.tr("Not saved."))
            self._error(text)
            self.export_finished.emit(str(exc.path), False)
            return
        text = error_text(exc) if isinstance(exc, OzonError) else \
            fill(self.tr("The figures could not be computed: %1"), str(exc))
        self.status.setText(text)
        if exported is not None:
            self._error(text)
            self.export_finished.emit(str(exported), False)

    def _finish(self) -> None:
        self._busy = False
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def _error(self, text: str) -> None:
        if self.error_box is None:
            self.error_box = QMessageBox(QMessageBox.Icon.Warning, "", "",
                                         QMessageBox.StandardButton.Ok, self)
            self.error_box.setObjectName("feedback-error")
        self.error_box.setWindowTitle(self.tr("Export CSV"))
        self.error_box.setText(text)
        self.error_box.open()

    def _reason(self, exc: OSError) -> str:
        reasons = {
            errno.EACCES: self.tr("you have no permission to write there"),
            errno.EPERM: self.tr("you have no permission to write there"),
            errno.EISDIR: self.tr("that is a folder"),
            errno.ENOSPC: self.tr("the disk is full"),
            errno.EROFS: self.tr("the disk is read-only"),
            errno.ENOENT: self.tr("the folder does not exist"),
            errno.ENOTDIR: self.tr("the folder does not exist"),
        }
        return reasons.get(exc.errno or 0) or exc.strerror or str(exc)

    # -- showing --------------------------------------------------------------------------------
    def _other_title(self) -> str:
        return self.tr("Other (no situation)")

    def _title(self, report: Report, situation: str) -> str:
        return self._other_title() if situation == OTHER else report.title(situation, _lang())

    def _show_report(self) -> None:
        report = self.report
        locale = LOCALES.get(_lang(), QLocale(QLocale.Language.English))
        if report is None:
            for f in (self.total, self.within, self.wait):
                f.show_figure("", "…", "")
            self._figure_captions()
            return
        n = report.messages
        self.total.show_figure(self.tr("Messages"), locale.toString(n),
                               self.tr("%n answered", "", report.answered) if n else "")
        share = report.share_answered_within_24h
        if share is None:
            value = "—"
            detail = self.tr("no message is a day old yet") if n else ""
        else:
            value = fill(self.tr("%1%", "a percentage"), locale.toString(round(share * 100)))
            detail = fill(self.tr("%1 of %2 messages"), locale.toString(report.answered_within_24h),
                          locale.toString(report.counted_for_24h))
            if report.pending:
                detail = fill(self.tr("%1; %n newer one(s) not counted yet", "", report.pending),
                              detail)
        self.within.show_figure(self.tr("Answered within 24 hours"), value, detail)
        hours = report.median_wait_hours
        self.wait.show_figure(
            self.tr("Median wait"),
            "—" if hours is None else fill(self.tr("%1 h", "hours"), locale.toString(hours, "f", 1)),
            self.tr("until the reply was sent, or until now") if hours is not None else "")
        self._fill_situations(report)
        self._fill_weeks(report)
        self._fill_tables(report, locale)
        self.empty.setVisible(n == 0)
        if n == 0:
            self.empty.setText(self.tr("No messages from buyers in this period. Messages come "
                                       "in when the inbox syncs with the incoming mail server."))
        if not self._busy and self._exporting is None:
            self.status.setText(fill(self.tr("Counted at %1"),
                                     f"{dt.datetime.fromtimestamp(report.generated):%H:%M}"))

    def _figure_captions(self) -> None:
        self.total.caption.setText(self.tr("Messages"))
        self.within.caption.setText(self.tr("Answered within 24 hours"))
        self.wait.caption.setText(self.tr("Median wait"))

    def _fill_situations(self, report: Report) -> None:
        chart = self.situation_chart.chart()
        _clear(chart)
        chart.setTitle(self.tr("Messages per situation"))
        if not report.situations:
            return
        rows = [(self._title(report, s), n) for s, n in report.situations]
        if len(rows) > CHART_SITUATIONS + 1:
            rest = rows[CHART_SITUATIONS:]
            more = self.tr("%n more situation(s)", "", len(rest))
            rows = [*rows[:CHART_SITUATIONS], (more, sum(n for _, n in rest))]
        rows.reverse()  # the most frequent on top
        bars = QBarSet(self.tr("Messages"))
        bars.setColor(BAR_COLOR)
        bars.append([float(n) for _, n in rows])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        bars.setLabelColor(QColor("white"))
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(title, 34) for title, _ in rows])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        counts = _count_axis(max(n for _, n in rows))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)

    def _fill_weeks(self, report: Report) -> None:
        chart = self.week_chart.chart()
        _clear(chart)
        chart.setTitle(self.tr("Messages per week"))
        weeks = report.weeks[-CHART_WEEKS:]
        if not weeks:
            return
        bars = QBarSet(self.tr("Messages"))
        bars.setColor(WEEK_COLOR)
        bars.append([float(w.messages) for w in weeks])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        bars.setLabelColor(QColor("white"))
        chart.addSeries(series)
        dates = QBarCategoryAxis()
        dates.append([f"{w.start:%d.%m}" for w in weeks])
        dates.setTitleText(self.tr("Week beginning"))
        if len(weeks) > 8:
            dates.setLabelsAngle(-90)
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(dates)
        counts = _count_axis(max(w.messages for w in weeks))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)

    def _fill_tables(self, report: Report, locale: QLocale) -> None:
        rows = [(s, ws) for s, ws in report.complaint_words.items()]
        self.words.setRowCount(len(rows))
        for r, (s, ws) in enumerate(rows):
            title = QTableWidgetItem(self._title(report, s))
            words = QTableWidgetItem(joined(fill(self.tr("%1 (%2)", "a word and its messages"),
                                                 w, locale.toString(n)) for w, n in ws))
            words.setToolTip(words.text())
            self.words.setItem(r, 0, title)
            self.words.setItem(r, 1, words)
        self.words.resizeRowsToContents()
        self.products.setRowCount(len(report.products))
        for r, (name, n) in enumerate(report.products):
            self.products.setItem(r, 0, QTableWidgetItem(name))
            count = QTableWidgetItem(locale.toString(n))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.products.setItem(r, 1, count)
        self.products.resizeRowsToContents()



def _lang() -> str:
    return installed_language() or "en"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def _count_axis(top: int) -> QValueAxis:
    """A value axis of whole messages: 0 … a round number above ``top``, integer ticks."""
    top = max(1, top)
    step, scale = 1, 1
    while top / step > 8:
        for m in (1, 2, 5, 10):
            step = m * scale
            if top / step <= 8:
                break
        scale *= 10
    end = -(-top // step) * step
    axis = QValueAxis()
    axis.setRange(0, end)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def open_feedback(window: QWidget) -> FeedbackView:
    """View → Buyers' feedback: the window's one Feedback view, computed afresh."""
    view = window.findChild(FeedbackView, "feedback-view")
    if not isinstance(view, FeedbackView):
        view = FeedbackView(window)
    view.show()
    view.raise_()
    view.activateWindow()
    view.refresh()
    return view
