"""``python -m ozon_assistant`` runs the same command as ``ozon-assistant``."""

import sys

from ozon_assistant.cli import main

sys.exit(main())
