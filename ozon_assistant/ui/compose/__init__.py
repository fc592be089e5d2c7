"""One draft: its tab, editor, live checker and underlines, header bar, findings panel and approval."""
