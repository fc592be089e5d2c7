"""Entry point of the frozen bundle: the same ``main`` as the ``ozon-assistant`` command."""

from ozon_assistant.cli import entry

if __name__ == "__main__":
    entry()
