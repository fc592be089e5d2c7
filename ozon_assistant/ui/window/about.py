"""Help → About: the version, where the seller's data lives (config, drafts and history, cache)
and the licences of the app and of what it is built with, read from the installed packages."""

from __future__ import annotations

import html
import re
from importlib.metadata import PackageMetadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ozon_assistant import __version__
from ozon_assistant.core import paths
from ozon_assistant.ui.shared.retranslate import Retranslated

APP_DISTRIBUTION = "ozon-assistant"

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate


def _field(meta: PackageMetadata, name: str) -> str:
    """A metadata field, "" when absent (some metadata readers raise KeyError for those)."""
    return str((meta.get_all(name) or [""])[0] or "")


def _licence(name: str) -> str:
    """A package's licence as its metadata names it: the SPDX expression, else the licence
    classifiers, else a one-line License field ("" when none says)."""
    import importlib.metadata as md

    try:
        meta = md.metadata(name)
    except md.PackageNotFoundError:
        return ""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1].strip()
                   for c in meta.get_all("Classifier") or [] if c.startswith("License :: ")]
    if classifiers:
        return " / ".join(dict.fromkeys(classifiers))
    field = _field(meta, "License").strip()
    return field if field and "\n" not in field and len(field) < 80 and field != "UNKNOWN" else ""


def dependencies() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every package the app needs to run (not its test tools)."""
    import importlib.metadata as md

    try:
        required = md.requires(APP_DISTRIBUTION) or []
    except md.PackageNotFoundError:  # a bundle without the app's own metadata
        return []
    out = []
    for requirement in required:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!~;\s\[]", requirement, maxsplit=1)[0]
        try:
            version = md.version(name)
        except md.PackageNotFoundError:
            continue
        out.append((name, version, _licence(name)))
    return out


def data_places() -> list[tuple[str, Path]]:
    """(what, folder) for every place the app keeps the seller's files."""
    return [
        (translate("AboutDialog", "Settings (config.toml), your dictionary and e-mail accounts"),
         paths.config_dir()),
        (translate("AboutDialog", "Drafts, history, the Outbox and your own snippets"),
         paths.data_dir()),
        (translate("AboutDialog", "Cache (compiled rules; safe to delete)"), paths.cache_dir()),
    ]


class AboutDialog(Retranslated, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.resize(620, 560)
        col = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("about-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        col.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self._dependencies = dependencies()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        esc = html.escape
        self.setWindowTitle(self.tr("About Ozon Compose Assistant"))
        title = self.tr("Ozon Compose Assistant")
        version = self.tr("Version %1").replace("%1", __version__)
        what = self.tr("Checks replies to Ozon buyers against Ozon's communication standard on "
                       "this computer: buyer messages leave it only when you send them.")
        where = self.tr("Where your data lives")
        keyring = self.tr("Passwords are kept only in the system keyring, never in these folders.")
        licences = self.tr("Licences")
        built = self.tr("The app: %1. Built with:").replace(
            "%1", _licence(APP_DISTRIBUTION) or "MIT")
        unknown = self.tr("see the package")
        places = "".join(
            f"<tr><td style='padding-right:12px'>{esc(label)}</td><td><a href="
            f"'{esc(QUrl.fromLocalFile(str(folder)).toString())}'>{esc(str(folder))}</a></td></tr>"
            for label, folder in data_places())
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{esc(name)}</td><td style='padding-right:12px'>"
            f"{esc(number)}</td><td>{esc(licence or unknown)}</td></tr>"
            for name, number, licence in self._dependencies)
        self.text.setText(
            f"<h2>{esc(title)}</h2><p>{esc(version)}</p><p>{esc(what)}</p>"
            f"<h3>{esc(where)}</h3><table>{places}</table><p>{esc(keyring)}</p>"
            f"<h3>{esc(licences)}</h3><p>{esc(built)}</p><table>{rows}</table>")
