"""Starting the window: ``ozon-assistant [FILE]`` ends up in :func:`run_app`.

Start-up never fails on user data: a broken config.toml gets a dialog naming its path and line
and the app runs on defaults without touching the file; a FILE that is not UTF-8 gets a clear
message, the file stays as it is and the window opens empty. A draft left by a crash is offered
back (non-modally, so typing is never swallowed).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.core.settings import Settings, load_settings
from ozon_assistant.core.textio import decode_reply, reply_bytes, reply_name
from ozon_assistant.storage.drafts import Draft, DraftStore
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import system_ui_language
from ozon_assistant.ui.shared.translations import install_translations, translations_installed
from ozon_assistant.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Checks run on worker threads; a short GIL switch interval lets the GUI thread take the
    # interpreter back within a millisecond instead of five, so keys never queue behind a check.
    sys.setswitchinterval(0.001)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Ozon Compose Assistant")
    app.setOrganizationName("ozon-assistant")
    app.setDesktopFileName("io.github.ozon_assistant.OzonAssistant")
    # the window icon is set after the first paint (main_window's start-up steps)
    return app


def first_run_wanted(settings: Settings, file: str | None, no_first_run: bool) -> bool:
    """Only on a real first start, never when asked not to, never over a FILE being opened."""
    if no_first_run or os.environ.get("OZON_ASSISTANT_NO_FIRST_RUN") == "1":
        return False
    return not settings.first_run_done and file is None


def create_window(file: str | None = None, no_first_run: bool = False) -> MainWindow:
    """Everything run_app does except the event loop (tests and benchmarks use this)."""
    app = ensure_app()
    config_error: ConfigError | None = None
    try:
        settings = load_settings()
    except ConfigError as exc:
        config_error, settings = exc, Settings()
    if settings.ui_lang or not translations_installed():  # an explicit choice wins; else keep what is loaded
        install_translations(app, settings.ui_lang or system_ui_language())

    # the drafts: a damaged file is renamed aside and a new one made; a locked one, a full disk
    # or an unreadable folder leave the window without saved drafts (and say so), never closed
    drafts: DraftStore | None = None
    draft_error: OzonError | None = None
    recoverable: list[Draft] = []
    reopened: list[Draft] = []
    try:
        drafts = DraftStore()
        drafts.begin_session()
        recoverable, reopened = drafts.recoverable(), drafts.reopen()
    except OzonError as exc:
        if drafts is not None:
            drafts.close()
        drafts, draft_error, recoverable, reopened = None, exc, [], []
    window = MainWindow(settings, drafts, settings_broken=config_error is not None)
    for draft in reopened:
        window.open_draft(draft, focus=False)

    text, file_error, raw = None, None, b""
    if file is not None:
        try:
            raw = reply_bytes(file)  # read once: a reading in another code page may be offered
            text = decode_reply(raw, reply_name(file))
        except OzonError as exc:
            file_error = exc
    if text is not None:
        window.new_draft(text)
    elif window.tabs.count() == 0 or file_error is not None:
        window.new_draft()
    window.finish_setup()
    if recoverable:
        window.offer_restore(recoverable)
    window.show()
    window.focus_editor_end()

    if config_error is not None:
        window.config_error_box = _message(window, QCoreApplication.translate(
            "Startup", "Settings file is broken"), QCoreApplication.translate(
            "Startup", "%1\n\nThe app opens with default settings and will not change this file. "
            "Fix the line named above (or delete the file) and restart.").replace(
            "%1", error_text(config_error)))
    if file_error is not None:
        window.file_error_box = _message(window, QCoreApplication.translate(
            "Startup", "Cannot open the file"), QCoreApplication.translate(
            "Startup", "%1\n\nThe file was not changed. An empty reply is open instead.").replace(
            "%1", error_text(file_error)))
        if file_error.code == "not_utf8":
            _offer_legacy_reading(window, window.file_error_box, raw)
    if draft_error is not None:
        window.drafts_error_box = _message(window, QCoreApplication.translate(
            "Startup", "Drafts are not saved"), QCoreApplication.translate(
            "Startup", "%1\n\nThe app works as usual, but what you type is not saved as a "
            "draft until the app is started again: copy or send your reply before closing it."
            ).replace("%1", error_text(draft_error)))
    elif drafts is not None and drafts.set_aside is not None:
        window.drafts_error_box = _message(window, QCoreApplication.translate(
            "Startup", "The drafts file was damaged"), QCoreApplication.translate(
            "Startup", "%1 could not be read: it was renamed to %2 and kept for recovery "
            "(nothing in it was deleted). New drafts are saved in a new file.").replace(
            "%1", str(drafts.path)).replace("%2", str(drafts.set_aside)))
    if first_run_wanted(settings, file, no_first_run):
        QTimer.singleShot(0, window.show_first_run)
    return window


def _offer_legacy_reading(window: MainWindow, box: QMessageBox, raw: bytes) -> None:
    """A file saved by Notepad as "ANSI" (Windows-1251 on a Russian Windows, GB18030 on a
    Chinese one): show how it reads that way and offer to open it so; the file stays as it is."""
    from PySide6.QtWidgets import QMessageBox

    from ozon_assistant.core.text import one_line
    from ozon_assistant.core.textio import legacy_reading

    reading = legacy_reading(raw)
    if reading is None:
        return
    encoding, text = reading
    name = {"cp1251": QCoreApplication.translate("Startup", "Windows-1251 (Cyrillic)"),
            "gb18030": QCoreApplication.translate("Startup", "GB18030 (Chinese Windows)")
            }.get(encoding, encoding)
    preview = one_line(text, 80)
    box.setText(box.text() + "\n\n" + QCoreApplication.translate(
        "Startup", "Read as %1, it begins: «%2»").replace("%1", name).replace("%2", preview))
    button = box.addButton(QCoreApplication.translate("Startup", "Open as %1").replace(
        "%1", name), QMessageBox.ButtonRole.AcceptRole)
    button.setObjectName("open-legacy")

    def use() -> None:
        window.current_editor().setPlainText(text)
        window.focus_editor_end()

    button.clicked.connect(use)


def _message(window: MainWindow, title: str, text: str) -> QMessageBox:
    """A warning that does not block start-up (opened, not exec'd)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("startup-message")
    box.open()
    return box


def _quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, ``kill``) is a clean exit: drafts saved, session ended.

    Python runs signal handlers only between bytecodes, so a timer wakes the interpreter.
    """
    import signal

    if not hasattr(signal, "SIGTERM"):  # pragma: no cover
        return
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    timer = QTimer(app)
    timer.start(300)
    timer.timeout.connect(lambda: None)


def run_app(file: str | None, no_first_run: bool) -> int:
    """Open the window (with FILE loaded) and run until it is closed."""
    app = ensure_app()
    window = create_window(file, no_first_run)
    _quit_on_terminate(app)
    code = app.exec()
    window.shutdown()
    return int(code)
