"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did: every
void call dropped one, and the app aborted with "deallocating None" after a few thousand)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("a")
        QApplication.processEvents()
    assert sys.getrefcount(None) > before - 100
