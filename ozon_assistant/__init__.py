"""Ozon Compose Assistant: write replies to Ozon buyers that meet Ozon's communication standard.

The version lives here and only here: pyproject reads it, ``--version`` prints it, the bundle
embeds it.
"""

__version__ = "0.1.0"
