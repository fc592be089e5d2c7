"""Parts of the window that live in their own modules (snippet sidebar, e-mail) plug in here.

The main window calls :func:`install_extensions` once it is built. Each extension is a module
with ``install(window)`` that adds docks, menu actions and shortcuts through the window's public
API (``add_dock``, ``add_action``, ``insert_text``, ``current_text``, ``editor_created`` …), so the
window never needs to know about them and they never reach into its internals.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

EXTENSIONS: tuple[str, ...] = (
    "ozon_assistant.ui.snippets.extension",
    "ozon_assistant.ui.mail.extension",
    "ozon_assistant.ui.inbox.extension",  # after mail's: it answers through the e-mail parts
)

log = logging.getLogger(__name__)


def install_extensions(window: Any) -> list[str]:
    """Install every extension that is present; returns the names installed."""
    return [name for name in EXTENSIONS if install_extension(window, name)]


def install_extension(window: Any, name: str) -> bool:
    """Install one extension (the window does one per turn of its event loop at start-up, so
    keys typed meanwhile wait for one add-on at most); False when it is not present."""
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        log.info("extension %s not present", name)
        return False
    module.install(window)
    return True
