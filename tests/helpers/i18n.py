"""The window's translation files for tests: the .ts sources and their .qm builds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
I18N = ROOT / "resources" / "i18n"
LOCALES = ("ru", "zh_CN")


def ts_file(locale: str) -> Path:
    return I18N / f"ozon_assistant_{locale}.ts"


def ensure_qm(locale: str) -> None:
    """Build ``locale``'s .qm from its .ts when missing or older (skips when lrelease is not
    installed), as ``make i18n`` does."""
    qm = ts_file(locale).with_suffix(".qm")
    if qm.is_file() and qm.stat().st_mtime >= ts_file(locale).stat().st_mtime:
        return
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    subprocess.run([lrelease, "-silent", str(ts_file(locale)), "-qm", str(qm)], check=True)
