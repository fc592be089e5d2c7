"""The README's set-up commands (issue 17): `make run` installs the app's own dependencies, not
the test and benchmark tools; `make test` adds them; the set-up is quiet unless it fails."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def planned(target: str, venv: Path) -> str:
    """What ``make TARGET`` would run on a fresh clone (``-n``: nothing is run)."""
    r = subprocess.run(["make", "-n", target, f"VENV={venv}"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


def installs(plan: str) -> list[str]:
    return [line for line in plan.splitlines() if "pip install" in line and "--upgrade pip" not in line]


def test_make_run_installs_only_the_app(tmp_path: Path) -> None:
    plan = installs(planned("run", tmp_path / "venv"))
    assert plan and all("-e ." in line for line in plan)
    assert not any(".[" in line for line in plan), plan  # no extras (test, bench)


def test_make_test_and_lint_add_the_test_tools(tmp_path: Path) -> None:
    for target in ("test", "lint"):
        plan = installs(planned(target, tmp_path / "venv"))
        assert any("-e ." in line and "[test,bench]" not in line for line in plan)
        assert any("'.[test,bench]'" in line for line in plan), (target, plan)


def test_the_set_up_output_goes_to_a_log_shown_on_failure(tmp_path: Path) -> None:
    for line in installs(planned("test", tmp_path / "venv")):
        assert " -q " in line and "setup.log 2>&1 ||" in line and "cat " in line, line


def test_readme_says_how_to_build_the_bundle_and_the_wheel() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    for needle in ("make dist", "make wheel", "make run", "git clone"):
        assert needle in install, needle
