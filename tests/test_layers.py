"""The architecture as a test: only ozon_assistant/ui may import Qt, and the check path stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "ozon_assistant"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in PKG.rglob("*.py"):
        if "ui" in path.relative_to(PKG).parts[:1]:
            continue
        bad = [n for n in _imports(path) if n.split(".")[0] in QT]
        if bad:
            offenders.append(f"{path.relative_to(PKG)}: {bad}")
    assert not offenders, "Qt imported outside ozon_assistant/ui: " + "; ".join(offenders)


def test_core_imports_nothing_above_it() -> None:
    for path in (PKG / "core").rglob("*.py"):
        above = [n for n in _imports(path) if n.startswith("ozon_assistant.")
                 and not n.startswith("ozon_assistant.core")]
        assert not above, f"{path.name} imports {above}: core must stand alone"


def test_check_command_loads_no_qt(tmp_path: Path) -> None:
    reply = tmp_path / "r.txt"
    reply.write_text("Здравствуйте! Спасибо за заказ.", encoding="utf-8")
    code = (
        "import sys; from ozon_assistant.cli import main; rc = main(['check', sys.argv[1]]); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "print('QT', bad, file=sys.stderr); sys.exit(rc if not bad else 9)"
    )
    r = subprocess.run([sys.executable, "-c", code, str(reply)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
