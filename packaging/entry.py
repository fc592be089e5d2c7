"""Entry point of the frozen bundle: the same ``main`` as the ``ozon-assistant`` command."""

import sys

from ozon_assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
