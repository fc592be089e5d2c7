"""``python -m ozon_assistant`` runs the same command as ``ozon-assistant``."""

from ozon_assistant.cli import entry

entry()
