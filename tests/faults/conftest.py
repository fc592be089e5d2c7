"""The fault matrix (issue 18): hostile and unlucky cases run against real files, real processes
and, where it takes one, a real server on 127.0.0.1. Each test fails on the code before its fix.

The window's fixture (a real MainWindow, offscreen) is shared from the window tests."""

from tests.ui.conftest import make_window

__all__ = ["make_window"]
