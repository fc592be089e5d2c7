"""The window: its frame, start-up, menus and status bar, and the windows it opens (settings,
the Standard, history, about, first run)."""
