"""The snippet library in the window: sidebar, editor, fill-in form and phrase completer."""
