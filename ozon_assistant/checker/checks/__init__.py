"""Named code checks. Importing this package registers them all in :data:`CODE_CHECKS`."""

from ozon_assistant.checker.checks import (  # noqa: F401  (imported to register the checks)
    channels,
    contacts,
    grammar,
    grammar_ru,
    legal,
    shouting,
    structure,
    typography,
)
from ozon_assistant.checker.checks.base import CODE_CHECKS, Hit, code_check

__all__ = ["CODE_CHECKS", "Hit", "code_check"]
