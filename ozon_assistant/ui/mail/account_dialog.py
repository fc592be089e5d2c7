"""E-mail accounts: server, security, sender, password (to the keyring only) and Test connection;
the incoming (IMAP) side the buyers' inbox is read from: its server, port and security, with the
same user, password, CA file and rule for "no encryption" (127.0.0.1/localhost only).

The password field is never filled from the keyring: it stays empty, with a note that a password
is stored, and an empty field on save keeps the stored one. "Test connection" runs off the UI
thread with the values as typed, so a seller can try before saving.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.mail import imap, passwords, smtp
from ozon_assistant.mail.accounts import DEFAULT_NAME, DEFAULT_TIMEOUT, Account, AccountStore, checked
from ozon_assistant.ui.mail.send_dialog import BAD_COLOR, OK_COLOR, Task, named, stage_text
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import fill
from ozon_assistant.ui.shared.retranslate import Retranslated, Texts

PORTS = {"starttls": 587, "ssl": 465, "none": 25}
IMAP_PORTS = {"ssl": 993, "starttls": 143, "none": 143}


class AccountDialog(Retranslated, QDialog):
    def __init__(self, parent: QWidget | None = None, store: AccountStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account-dialog")
        self.setMinimumWidth(520)
        self.texts = Texts()
        self.texts.set(self.setWindowTitle, lambda: self.tr("E-mail accounts"))
        self.store = store or AccountStore()
        self.task: Task | None = None
        self.cancel_token: smtp.Cancel | None = None

        self.picker = named(QComboBox(), "picker")
        self.picker.currentIndexChanged.connect(self._load_selected)
        self.name = named(QLineEdit(), "name")
        self.host = named(QLineEdit(), "host")
        self.host.setPlaceholderText("smtp.example.com")
        self.security = named(QComboBox(), "security")
        for key in ("starttls", "ssl", "none"):
            self.security.addItem(key, key)
        self.texts.call(self._security_texts)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port = named(QSpinBox(), "port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.user = named(QLineEdit(), "user")
        self.password = named(QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_addr = named(QLineEdit(), "from")
        self.from_addr.setPlaceholderText("shop@example.com")
        self.display_name = named(QLineEdit(), "display-name")
        self.texts.set(self.display_name.setPlaceholderText,
                       lambda: self.tr("e.g. your shop's name"))
        self.cafile = named(QLineEdit(), "cafile")
        self.texts.set(self.cafile.setPlaceholderText,
                       lambda: self.tr("only if your company has its own certificate authority"))
        browse = QPushButton()
        self.texts.set(browse.setText, lambda: self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.cafile, 1)
        ca_row.addWidget(browse)
        self.imap_host = named(QLineEdit(), "imap-host")
        self.texts.set(self.imap_host.setPlaceholderText,
                       lambda: self.tr("e.g. imap.example.com; empty: no inbox"))
        self.imap_security = named(QComboBox(), "imap-security")
        for key in ("ssl", "starttls", "none"):
            self.imap_security.addItem(key, key)
        self.texts.call(self._imap_security_texts)
        self.imap_security.currentIndexChanged.connect(self._imap_security_changed)
        self.imap_port = named(QSpinBox(), "imap-port")
        self.imap_port.setRange(1, 65535)
        self.imap_port.setValue(993)
        self.imap_host.textChanged.connect(self._imap_enabled)
        self.timeout = named(QDoubleSpinBox(), "timeout")
        self.timeout.setRange(1, 600)
        self.timeout.setValue(DEFAULT_TIMEOUT)
        self.texts.set(self.timeout.setSuffix, lambda: self.tr(" s"))

        form = QFormLayout()
        self.texts.row(form, lambda: self.tr("Account:"), self.picker)
        self.texts.row(form, lambda: self.tr("Name:"), self.name)
        self.texts.row(form, lambda: self.tr("SMTP server:"), self.host)
        self.texts.row(form, lambda: self.tr("Security:"), self.security)
        self.texts.row(form, lambda: self.tr("Port:"), self.port)
        self.texts.row(form, lambda: self.tr("User name:"), self.user)
        self.texts.row(form, lambda: self.tr("Password:"), self.password)
        self.texts.row(form, lambda: self.tr("Sender address:"), self.from_addr)
        self.texts.row(form, lambda: self.tr("Sender name:"), self.display_name)
        self.texts.row(form, lambda: self.tr("CA file:"), ca_row)
        self.texts.row(form, lambda: self.tr("Timeout:"), self.timeout)
        self.texts.row(form, lambda: self.tr("Incoming mail server (IMAP):"), self.imap_host)
        self.texts.row(form, lambda: self.tr("Incoming security:"), self.imap_security)
        self.texts.row(form, lambda: self.tr("Incoming port:"), self.imap_port)
        self.warning = named(QLabel(), "warning")
        self.warning.setWordWrap(True)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)

        self.test_button = named(QPushButton(), "test")
        self.texts.set(self.test_button.setText, self._test_text)
        self.test_button.clicked.connect(self.test_connection)
        self.remove_button = named(QPushButton(), "remove")
        self.texts.set(self.remove_button.setText, lambda: self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = named(QPushButton(), "save")
        self.texts.set(self.save_button.setText, lambda: self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton()
        self.texts.set(close.setText, lambda: self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.warning)
        col.addWidget(self.status)
        col.addLayout(row)
        self._stored = False
        self._fill_picker()
        self.texts.call(self._retranslate_state)

    def retranslate_ui(self) -> None:
        self.texts.retranslate()

    def _retranslate_state(self) -> None:
        """The texts that depend on what is shown: the new-account entry, the password note."""
        self.picker.setItemText(self.picker.count() - 1, self.tr("New account…"))
        self.password.setPlaceholderText(self.tr("stored in the system keyring; type to change")
                                         if self._stored else
                                         self.tr("kept only in the system keyring"))
        self._update_warning()

    def _security_texts(self) -> None:
        for i, text in enumerate((self.tr("STARTTLS (port 587)"), self.tr("SSL/TLS (port 465)"),
                                  self.tr("None — local relay on this computer only"))):
            self.security.setItemText(i, text)

    def _imap_security_texts(self) -> None:
        for i, text in enumerate((self.tr("SSL/TLS (port 993)"), self.tr("STARTTLS (port 143)"),
                                  self.tr("None — a server on this computer only"))):
            self.imap_security.setItemText(i, text)

    def _test_text(self) -> str:
        return self.tr("Stop test") if self.task is not None else self.tr("&Test connection")

    # -- loading ----------------------------------------------------------------------------------
    def _fill_picker(self, select: str | None = None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        try:
            accounts = self.store.all()
            select = select or self.store.default_name()
        except OzonError as exc:
            accounts = []
            self._say(error_text(exc), BAD_COLOR)
        for a in accounts:
            self.picker.addItem(f"{a.name} — {a.from_addr}", a.name)
        self.picker.addItem(self.tr("New account…"), None)
        index = max(0, self.picker.findData(select)) if select else 0
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self._load_selected()

    def _load_selected(self) -> None:
        name = self.picker.currentData()
        a: Account | None = None
        if name is not None:
            try:
                a = self.store.get(name)
            except OzonError as exc:
                self._say(error_text(exc), BAD_COLOR)
        self.name.setText(a.name if a else (DEFAULT_NAME if self.picker.count() == 1 else ""))
        self.name.setReadOnly(a is not None)
        self.host.setText(a.host if a else "")
        self.security.setCurrentIndex(max(0, self.security.findData(a.security if a else "starttls")))
        self.port.setValue(a.port if a else 587)
        self.user.setText(a.user if a else "")
        self.from_addr.setText(a.from_addr if a else "")
        self.display_name.setText(a.display_name if a else "")
        self.cafile.setText(a.cafile if a else "")
        self.timeout.setValue(a.timeout if a else DEFAULT_TIMEOUT)
        self.imap_host.setText(a.imap_host if a else "")
        self.imap_security.setCurrentIndex(
            max(0, self.imap_security.findData(a.imap_security if a and a.has_imap else "ssl")))
        self.imap_port.setValue(a.imap_port if a and a.has_imap else 993)
        self._imap_enabled()
        self.password.clear()
        stored = False
        if a is not None:
            try:
                stored = passwords.get_password(a.name) is not None
            except OzonError as exc:
                self._say(error_text(exc), BAD_COLOR)
        self._stored = stored
        self.remove_button.setEnabled(a is not None)
        self._retranslate_state()

    def _security_changed(self) -> None:
        if self.port.value() in PORTS.values():  # a standard port follows the security choice
            self.port.setValue(PORTS[self.security.currentData()])
        self._update_warning()

    def _imap_security_changed(self) -> None:
        if self.imap_port.value() in IMAP_PORTS.values():  # a standard port follows the choice
            self.imap_port.setValue(IMAP_PORTS[self.imap_security.currentData()])
        self._update_warning()

    def _imap_enabled(self) -> None:
        """The incoming side's port and security matter only with its server."""
        on = bool(self.imap_host.text().strip())
        self.imap_security.setEnabled(on)
        self.imap_port.setEnabled(on)
        self._update_warning()

    def _update_warning(self) -> None:
        said = []
        if self.security.currentData() == "none":
            said.append(self.tr("Without encryption: allowed only to 127.0.0.1/localhost "
                                "(a relay on this computer)."))
        if self.imap_host.text().strip() and self.imap_security.currentData() == "none":
            said.append(self.tr("Incoming mail without encryption: allowed only to "
                                "127.0.0.1/localhost (a server on this computer)."))
        self.warning.setText("<br/>".join(f"<span style='color:{BAD_COLOR}'>{html.escape(x)}"
                                          "</span>" for x in said))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate (PEM)"), "",
                                              self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.cafile.setText(path)

    def _say(self, text: str, color: str = "") -> None:
        self.status.setText(f"<span style='color:{color}'>{html.escape(text)}</span>" if color
                            else html.escape(text))

    # -- actions ----------------------------------------------------------------------------------
    def account(self) -> Account:
        """The account as typed, validated (MailInputError on the first bad field)."""
        incoming = bool(self.imap_host.text().strip())
        return checked(Account(
            name=self.name.text().strip(), host=self.host.text().strip(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text().strip(),
            from_addr=self.from_addr.text().strip(), display_name=self.display_name.text(),
            cafile=self.cafile.text().strip(), timeout=self.timeout.value(),
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value() if incoming else 0,
            imap_security=self.imap_security.currentData() if incoming else ""))

    def save(self) -> bool:
        try:
            a = self.account()
            typed = self.password.text()
            if typed:
                passwords.set_password(a.name, typed)
            elif a.user and passwords.get_password(a.name) is None:
                self._say(self.tr("Type the password: it is kept only in the system keyring."), BAD_COLOR)
                return False
            # as `account set` writes it: the form holds the incoming side, so an emptied
            # incoming server removes it
            self.store.put(a, keep_imap=False)
        except OzonError as exc:
            self._say(error_text(exc), BAD_COLOR)
            return False
        self.password.clear()
        self._fill_picker(a.name)
        self._say(self.tr("Saved. The password is in the system keyring, not in any file."), OK_COLOR)
        return True

    def remove(self) -> None:
        name = self.picker.currentData()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove account"),
                                      self.tr("Remove the account %1 and its password?").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.remove(name)
            passwords.delete_password(name)
        except OzonError as exc:
            self._say(error_text(exc), BAD_COLOR)
            return
        self._fill_picker()
        self._say(self.tr("Account removed."))

    def test_connection(self) -> None:
        if self.task is not None:
            if self.cancel_token is not None:
                self.cancel_token.cancel()
            return
        try:
            a = self.account()
            password = self.password.text() or (passwords.get_password(a.name) if a.user else None)
        except OzonError as exc:
            self._say(error_text(exc), BAD_COLOR)
            return
        token = smtp.Cancel()
        self.cancel_token = token
        def work(progress: Callable[[str], None]) -> None:
            smtp.test_connection(a, password, progress, token)
            if a.has_imap:  # the incoming side too: signed in and INBOX opened
                imap.test_connection(a, password)

        self.task = Task(work, self)
        self.task.progress.connect(lambda stage: self._say(stage_text(stage)))
        self.task.done.connect(lambda _text: self._tested(True, self._works(a)))
        self.task.failed.connect(lambda exc: self._tested(False, error_text(exc)))
        self.test_button.setText(self._test_text())
        self._say(stage_text("connecting"))
        self.task.start()

    def _works(self, a: Account) -> str:
        """What the test proved, in the UI language (the core's sentence is English)."""
        secured = {"ssl": self.tr("SSL/TLS, certificate verified"),
                   "starttls": self.tr("STARTTLS, certificate verified"),
                   "none": self.tr("no encryption (a relay on this computer)")}[a.security]
        where = f"{a.host}:{a.port}"
        if a.user:
            said = fill(self.tr("connected to %1 (%2), signed in as %3."), where, secured, a.user)
        else:
            said = fill(self.tr("connected to %1 (%2)."), where, secured)
        if a.has_imap:
            said += " " + fill(self.tr("Incoming mail: %1 signed in, INBOX opened."),
                               f"{a.imap_host}:{a.imap_port}")
        return said

    def _tested(self, ok: bool, text: str) -> None:
        self.task = None
        self.cancel_token = None
        self.test_button.setText(self._test_text())
        self._say((self.tr("Works: %1") if ok else self.tr("Failed: %1")).replace("%1", text),
                  OK_COLOR if ok else BAD_COLOR)
