"""Translations: complete .ts files for ru and zh_CN, and no English left on a translated window.

The .ts files are the sources (committed); .qm files are built from them (`make i18n`, or here
into a temporary folder with pyside6-lrelease when missing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.i18n import I18N, LOCALES, ROOT, ensure_qm, ts_file

_ensure_qm = ensure_qm  # the name tests/ui/test_inbox_window.py still imports


def messages(locale: str) -> Iterator[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts_file(locale))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


@pytest.mark.parametrize("locale", LOCALES)
def test_ts_complete(locale: str) -> None:
    assert ts_file(locale).is_file(), f"{ts_file(locale)} is missing (make lupdate, then translate)"
    problems = []
    count = 0
    for ctx, source, message in messages(locale):
        count += 1
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{ctx}: {source!r} is {kind}")
            continue
        texts = [n.text or "" for n in tr.iter("numerusform")] if message.get("numerus") == "yes" \
            else [tr.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(f"{ctx}: {source!r} has an empty translation")
        if message.get("numerus") == "yes" and locale == "ru" and len(texts) != 3:
            problems.append(f"{ctx}: {source!r} needs three Russian plural forms")
    assert count > 50
    assert not problems, f"{len(problems)} problems in {ts_file(locale).name}: " + "; ".join(problems[:15])


def test_ts_files_cover_every_ui_string(tmp_path: Path) -> None:
    """Re-extracting the UI strings finds nothing the committed .ts files lack."""
    fresh = _extract(tmp_path / "fresh.ts")
    tree = ET.parse(fresh)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context")
              for m in c.iter("message")}
    for locale in LOCALES:
        have = {(ctx, source) for ctx, source, _ in messages(locale)}
        missing = sorted(wanted - have)
        assert not missing, \
            f"{len(missing)} UI strings not in {ts_file(locale).name} (make lupdate): {missing[:10]}"


def _extract(ts: Path, *options: str) -> Path:
    """Run pyside6-lupdate over the UI modules into ``ts`` (skips the test when it is missing)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    ui = sorted(str(p) for p in (ROOT / "ozon_assistant" / "ui").rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-source-language", "en", *options, *ui,
                    "-ts", str(ts)], check=True, capture_output=True)
    return ts


def _visible_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QWidget,
    )

    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible() and not isinstance(w, QMenu):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QMenu):
            texts.append(w.title())
            texts.extend(a.text() for a in w.actions() if not a.isSeparator())
        if isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        texts.append(w.toolTip())
    return [t.replace("&", "") for t in texts if t and t.strip()]


@pytest.mark.parametrize("ui_lang,locale", [("ru", "ru"), ("zh", "zh_CN")])
def test_main_window_shows_no_untranslated_string(qapp, make_window, ui_lang: str, locale: str) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.app import install_translations

    ensure_qm(locale)
    translated = {}
    for _, source, message in messages(locale):
        tr = message.find("translation")
        text = (tr.text or "") if tr is not None else ""
        if text and text != source:
            translated[source.replace("&", "")] = text
    installed = install_translations(qapp, ui_lang)
    try:
        assert installed, "no translator was installed"
        window = make_window()
        window.show()
        qapp.processEvents()
        english = sorted({t for t in _visible_texts(window) if t in translated})
        assert not english, f"untranslated on the {ui_lang} window: {english[:15]}"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_translate_calls_are_ones_lupdate_reads() -> None:
    """lupdate reads only literal strings in ``self.tr("…")`` and ``translate("Context", "…")``.
    A local alias named ``tr``, ``other.tr(...)``, a variable passed as the text (a helper like
    ``_tr(text)``) or a call inside an f-string leaves strings out of the .ts files, or puts them
    in a context the running app never asks for. The one way to translate a variable is a text
    marked with ``QT_TRANSLATE_NOOP("Context", "…")`` in the same module, translated in that
    context on a line that says so (``# marked with QT_TRANSLATE_NOOP``)."""
    import re

    bad = []
    for path in (ROOT / "ozon_assistant" / "ui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\btr\s*=\s*QCoreApplication\.translate\b", line) or \
                    re.search(r"(?<![\w.])(?!self\b)[a-z_]\w*\.tr\(", line) or \
                    re.search(r"\btranslate\(\s*\w", line) or \
                    re.search(r"\btranslate\(\s*[\"'][^\"']*[\"']\s*,\s*[a-z_]\w*\s*[,)]", line) or \
                    re.search(r"\.tr\(\s*[a-z_]\w*\s*[,)]", line) or \
                    re.search(r"\{self\.tr\(", line):
                if line.rstrip().endswith("# marked with QT_TRANSLATE_NOOP"):
                    context = re.search(r"translate\(\s*\"(\w+)\"", line)
                    marked = f'QT_TRANSLATE_NOOP("{context.group(1)}"' if context else "-"
                    if marked in path.read_text(encoding="utf-8"):
                        continue
                bad.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not bad, "use self.tr(...) or translate('Context', ...):\n" + "\n".join(bad)


def test_english_plural_file_is_complete_and_current(tmp_path: Path) -> None:
    """English keeps its source strings but needs its own plural forms ("1 error", "3 errors")."""
    english = I18N / "ozon_assistant_en.ts"
    tree = ET.parse(english)
    plurals = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
    assert plurals, "the English plural file is empty (make lupdate)"
    for m in plurals:
        tr = m.find("translation")
        forms = [n.text or "" for n in tr.iter("numerusform")] if tr is not None else []
        assert tr is not None and tr.get("type") is None and len(forms) == 2 and all(forms), \
            f"{m.findtext('source')!r} needs a singular and a plural form"
    fresh = _extract(tmp_path / "en.ts", "-pluralonly", "-target-language", "en")
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    have = {m.findtext("source") for m in plurals}
    assert wanted <= have, f"plural messages missing from {english.name}: {sorted(wanted - have)}"


def test_english_counts_read_naturally(qapp, make_window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.app import install_translations

    ensure_qm("en")
    assert install_translations(qapp, "en"), "the English plural file was not installed"
    panel = make_window().panel
    assert panel.tr("%n error(s)", "", 1) == "1 error"
    assert panel.tr("%n warning(s)", "", 3) == "3 warnings"
