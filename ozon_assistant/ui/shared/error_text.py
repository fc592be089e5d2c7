"""Errors from the core, said in the seller's language.

The core raises :class:`OzonError` with one English line (what the CLI prints) and the same
facts as data: a ``code`` and its ``params``. Here each code has its wording, translated like
every other window string (Qt Linguist, context "Errors"), so a seller whose window is in
Russian or Chinese reads why a file did not open or a message was not sent in that language.
An error without a code, or with a code not listed here, shows its English line: never nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ozon_assistant.core.errors import OzonError


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate reads this name); translated when shown."""
    return text


# code → wording with {param} places. ConfigError wordings say what is wrong; the file and
# line (its "file" fact) are put before them (``path:line: …``), as in the English line.
WORDINGS: dict[str, str] = {
    # reading a reply from a file
    "not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{path}: this is not UTF-8 text (byte {byte} at position {offset}). "
        "Save the file as UTF-8 and open it again."),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path}: this is a folder, not a file."),
    "too_large": QT_TRANSLATE_NOOP("Errors", "{path}: the file is larger than {mb} MB."),
    "no_file": QT_TRANSLATE_NOOP("Errors", "{path}: there is no such file."),
    "no_permission": QT_TRANSLATE_NOOP("Errors", "{path}: you have no permission to read it."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "{path}: the file cannot be read ({reason})."),
    # settings, rule packs, accounts (TOML files) and databases
    "not_toml": QT_TRANSLATE_NOOP("Errors", "this is not valid TOML ({reason})."),
    "config_not_utf8": QT_TRANSLATE_NOOP("Errors", "this is not UTF-8 text."),
    "config_unreadable": QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({reason})."),
    "setting_table": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be a table."),
    "setting_words": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be a list of words."),
    "setting_bool": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be true or false."),
    "setting_int": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be a whole number."),
    "setting_number": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be a number."),
    "setting_text": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be text in quotes."),
    "setting_list": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be a list."),
    "setting_days": QT_TRANSLATE_NOOP(
        "Errors", "setting “{key}” must be between 7 and 365 days: the law gives buyers at "
        "least 7 days to return goods."),
    "setting_choice": QT_TRANSLATE_NOOP("Errors", "setting “{key}” must be one of: {choices}."),
    "setting_folders": QT_TRANSLATE_NOOP(
        "Errors", "setting “{key}” must be a list of folders, each in quotes."),
    "setting_seconds": QT_TRANSLATE_NOOP("Errors",
                                         "setting “{key}” must be between 0.5 and 60 seconds."),
    "config_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "the file cannot be written ({reason}); nothing in it was changed."),
    "db_open": QT_TRANSLATE_NOOP("Errors", "the database cannot be opened ({reason})."),
    "db_newer": QT_TRANSLATE_NOOP(
        "Errors", "the database was written by a newer version of the app (schema {version}). "
        "Update the app to use it."),
    "db_locked": QT_TRANSLATE_NOOP(
        "Errors", "the database is in use by another program (it is locked); nothing was "
        "changed: try again when that program is done."),
    "db_full": QT_TRANSLATE_NOOP("Errors", "the disk is full: nothing could be written (free "
                                           "some space)."),
    "db_damaged": QT_TRANSLATE_NOOP("Errors", "the database is damaged ({reason})."),
    "db_readonly": QT_TRANSLATE_NOOP(
        "Errors", "the database cannot be written (the file or its folder is read-only)."),
    "drafts_gone": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the drafts file was deleted or replaced while the app was open."),
    # sending e-mail
    "cancelled": QT_TRANSLATE_NOOP("Errors",
                                   "Cancelled before the server received the message."),
    "auth_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} refused the user name or password ({answer}). Check them in "
        "E-mail accounts; many mail services need an app password here."),
    "server_answered": QT_TRANSLATE_NOOP("Errors", "{where}: the server answered {answer}."),
    "try_later": QT_TRANSLATE_NOOP(
        "Errors", "{where} asked to try again later (the server answered {answer})."),
    "sender_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} refused the sender {address} (the server answered {answer})."),
    "recipient_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} refused the recipient {address} (the server answered {answer}). "
        "Check the address."),
    "message_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where} did not accept the message (the server answered {answer})."),
    "cert_host": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the server's certificate is for another host ({reason}). "
        "Nothing was sent."),
    "cert_untrusted": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the server's certificate is not trusted ({reason}). Nothing was "
        "sent. If your company has its own certificate authority, choose its file (PEM) as "
        "the CA file in E-mail accounts."),
    "tls_failed": QT_TRANSLATE_NOOP("Errors",
                                    "{where}: the secure connection failed ({reason}). "
                                    "Nothing was sent."),
    "maybe_delivered": QT_TRANSLATE_NOOP(
        "Errors", "{where}: no answer after the message was sent. It may have been "
        "delivered, so it is not sent again by itself: check the buyer's thread before "
        "sending it again."),
    "net_timeout": QT_TRANSLATE_NOOP("Errors",
                                     "{where}: no answer within {seconds} s."),
    "net_refused": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the connection was refused (the server is down, or the port is "
        "wrong)."),
    "net_no_host": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the server {host} cannot be found (no Internet, or a typo in its "
        "name)."),
    "net_closed": QT_TRANSLATE_NOOP("Errors",
                                    "{where}: the server closed the connection."),
    "net_broken": QT_TRANSLATE_NOOP("Errors",
                                    "{where}: the connection was broken."),
    "net_other": QT_TRANSLATE_NOOP("Errors",
                                   "{where}: {reason}."),
    "no_starttls": QT_TRANSLATE_NOOP(
        "Errors", "{where} does not offer a secure connection (STARTTLS) on this port. Check "
        "the port, or choose SSL as the security."),
    "no_password": QT_TRANSLATE_NOOP(
        "Errors", "No password for the account “{account}” in the system keyring. Enter it "
        "again in E-mail accounts."),
    "ca_file": QT_TRANSLATE_NOOP("Errors", "The CA file {path} cannot be used ({reason})."),
    "stopped_before": QT_TRANSLATE_NOOP(
        "Errors", "The app stopped before the message was handed to the server; it will be "
        "sent again."),
    "stopped_after": QT_TRANSLATE_NOOP(
        "Errors", "The app stopped after handing the message to the server, before the server "
        "confirmed it: it may have been sent."),
    # e-mail fields and accounts
    "header_control": QT_TRANSLATE_NOOP(
        "Errors", "{field}: line breaks and control characters are not allowed (they could "
        "add hidden headers to the e-mail)."),
    "header_long": QT_TRANSLATE_NOOP("Errors", "{field}: too long ({length} characters, at "
                                               "most {limit})."),
    "bad_address": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a valid e-mail "
                                               "address."),
    "address_latin": QT_TRANSLATE_NOOP(
        "Errors", "{field}: “{value}”: only Latin letters, digits and . _ - + are supported "
        "before the @."),
    "name_brackets": QT_TRANSLATE_NOOP("Errors", "{field}: a name cannot contain < or >."),
    "account_name": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}”: use Latin letters, "
                                                "digits, - and _ only."),
    "bad_host": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a server name."),
    "bad_port": QT_TRANSLATE_NOOP("Errors", "{field}: {value} is not a port (1–65535)."),
    "security_none": QT_TRANSLATE_NOOP(
        "Errors", "{field}: no encryption is allowed only for a relay on this computer "
        "(127.0.0.1 or localhost). Choose STARTTLS or SSL for a real server."),
    "plain_not_local": QT_TRANSLATE_NOOP(
        "Errors", "{where}: the account connects without encryption, which is allowed only to a "
        "server on this computer (127.0.0.1 or localhost), and {host} is not one. Nothing was "
        "sent. Choose STARTTLS or SSL in E-mail accounts."),
    "from_bare": QT_TRANSLATE_NOOP("Errors", "{field}: give the bare address; the name goes "
                                             "in the sender name."),
    "bad_timeout": QT_TRANSLATE_NOOP("Errors", "{field}: must be between 1 and 600 seconds."),
    "no_recipient": QT_TRANSLATE_NOOP("Errors", "{field}: give at least one recipient "
                                                "address."),
    "empty_subject": QT_TRANSLATE_NOOP("Errors", "{field}: the subject is empty."),
    "buyer_subject_long": QT_TRANSLATE_NOOP(
        "Errors", "{source}: the buyer's Subject header is too long to be the reply's subject "
        "({length} characters, at most {limit}): give the reply a subject of your own."),
    "buyer_subject_control": QT_TRANSLATE_NOOP(
        "Errors", "{source}: the buyer's Subject header holds control characters (they could "
        "add hidden headers to the reply), so it cannot be the reply's subject: give the reply "
        "a subject of your own."),
    "override_unrecorded": QT_TRANSLATE_NOOP(
        "Errors", "the history cannot be written ({reason}), so sending an unapproved reply "
        "anyway cannot be recorded: nothing was sent."),
    # the buyers' inbox (incoming mail)
    "imap_host_missing": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give the incoming mail server too, or leave its port and security "
        "empty."),
    "no_imap": QT_TRANSLATE_NOOP(
        "Errors", "The account “{account}” has no incoming mail (IMAP) server, so its inbox "
        "cannot be read."),
    "no_inbox": QT_TRANSLATE_NOOP("Errors",
                                  "The mail server did not let the app open the INBOX folder."),
    "inbox_no_message": QT_TRANSLATE_NOOP(
        "Errors", "There is no message {id} in the inbox any more."),
    "inbox_no_sender": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} in the inbox has no sender address to reply to."),
    "inbox_replied": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} in the inbox already has a reply (message {outbox} in the "
        "Outbox)."),
    "inbox_not_answered": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} in the inbox is not answered yet: thank the buyer once their "
        "issue is resolved."),
    "inbox_thanked": QT_TRANSLATE_NOOP(
        "Errors", "The buyer of message {id} in the inbox has a thank-you letter already: "
        "one per message."),
    "thanks_unfilled": QT_TRANSLATE_NOOP(
        "Errors", "The thank-you letter still has fields to fill in: {fields}."),
    "bad_since": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a date: write it as YYYY-MM-DD, for example 2025-05-01."),
    # the Outbox
    "outbox_no_message": QT_TRANSLATE_NOOP(
        "Errors", "There is no message {id} in the Outbox any more (it was deleted)."),
    "outbox_changed": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} was changed while it was being sent (is the app open twice?)."),
    "outbox_maybe_sent": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} may already have been delivered (the app stopped or the "
        "connection broke after the server got it). Check your Sent folder or ask the buyer "
        "before sending it again."),
    "outbox_busy": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} is being sent right now; try again in a moment."),
    "outbox_already_sent": QT_TRANSLATE_NOOP(
        "Errors", "Message {id} has been sent already: there is nothing to retry."),
    # the personal dictionary
    "dict_not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the personal dictionary is not UTF-8 text. Save it as UTF-8."),
    "dict_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the personal dictionary cannot be read ({reason})."),
    "dict_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the personal dictionary cannot be written ({reason})."),
    "word_empty": QT_TRANSLATE_NOOP("Errors", "The word is empty."),
    "word_spaces": QT_TRANSLATE_NOOP("Errors",
                                     "One word at a time, without spaces: “{word}”."),
    "word_long": QT_TRANSLATE_NOOP("Errors", "A word is at most {limit} characters long."),
    "not_a_word": QT_TRANSLATE_NOOP("Errors", "“{word}” is not a word (it has no letters)."),
    # the snippet editor
    "snippet_id": QT_TRANSLATE_NOOP(
        "Errors", "Id “{value}”: use lower-case Latin letters, digits and dashes, for "
        "example my-answer."),
    "snippet_category": QT_TRANSLATE_NOOP(
        "Errors", "Situation “{value}”: choose one from the list, or type an id of lower-case "
        "Latin letters, digits and _."),
    "snippet_no_body": QT_TRANSLATE_NOOP("Errors",
                                         "Write the reply in Russian, in English, or both."),
    "snippet_cursor_marks": QT_TRANSLATE_NOOP(
        "Errors", "A reply has more than one cursor mark {|}: keep one."),
    "snippet_channels": QT_TRANSLATE_NOOP("Errors", "Tick at least one channel."),
    "snippet_no_title": QT_TRANSLATE_NOOP("Errors", "Give the snippet a title."),
    "snippet_exists": QT_TRANSLATE_NOOP(
        "Errors", "A snippet with the id “{id}” already exists: choose another id."),
    "snippet_copied": QT_TRANSLATE_NOOP("Errors", "“{id}” is in your library already."),
    "snippet_read_only": QT_TRANSLATE_NOOP(
        "Errors", "“{id}” comes with the app or your team's library, which are read-only; "
        "edit it to make your own copy."),
}

# what happens to a message that was not sent (the outbox state a send attempt left it in)
AFTER_FAILURE: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("Errors", "It is kept in the Outbox and sent again "
                                          "automatically while the app is open."),
    "failed": QT_TRANSLATE_NOOP("Errors", "It is kept in the Outbox: fix the cause, then "
                                          "retry it there."),
    "uncertain": QT_TRANSLATE_NOOP("Errors", "It is kept in the Outbox as “may have been "
                                             "sent”."),
}

# the fields the mail core names (CLI options) → the labels the dialogs show
FIELDS: dict[str, str] = {
    "--to": QT_TRANSLATE_NOOP("Errors", "To"),
    "--cc": QT_TRANSLATE_NOOP("Errors", "Cc"),
    "--subject": QT_TRANSLATE_NOOP("Errors", "Subject"),
    "account name": QT_TRANSLATE_NOOP("Errors", "Name"),
    "--host": QT_TRANSLATE_NOOP("Errors", "SMTP server"),
    "--imap-host": QT_TRANSLATE_NOOP("Errors", "Incoming mail server"),
    "--imap-port": QT_TRANSLATE_NOOP("Errors", "Incoming port"),
    "--imap-security": QT_TRANSLATE_NOOP("Errors", "Incoming security"),
    "--port": QT_TRANSLATE_NOOP("Errors", "Port"),
    "--security": QT_TRANSLATE_NOOP("Errors", "Security"),
    "--user": QT_TRANSLATE_NOOP("Errors", "User name"),
    "--from": QT_TRANSLATE_NOOP("Errors", "Sender address"),
    "sender address": QT_TRANSLATE_NOOP("Errors", "Sender address"),
    "--name": QT_TRANSLATE_NOOP("Errors", "Sender name"),
    "sender name": QT_TRANSLATE_NOOP("Errors", "Sender name"),
    "--cafile": QT_TRANSLATE_NOOP("Errors", "CA file"),
    "--timeout": QT_TRANSLATE_NOOP("Errors", "Timeout"),
}


def _gap(text: str) -> str:
    """What goes between two sentences: a space, none after a Chinese full stop."""
    return "" if text.endswith(("。", "！", "？", "）")) else " "


def error_text(exc: BaseException) -> str:
    """What the window shows for ``exc``: its wording in the UI language when its code has
    one, else its English line."""
    wording = WORDINGS.get(getattr(exc, "code", "")) if isinstance(exc, OzonError) else None
    if wording is None:
        return str(exc)
    assert isinstance(exc, OzonError)
    text = QCoreApplication.translate("Errors", wording)  # marked with QT_TRANSLATE_NOOP
    for key, value in exc.params.items():
        if key == "field" and value in FIELDS:
            value = QCoreApplication.translate("Errors", FIELDS[value])  # marked with QT_TRANSLATE_NOOP
        text = text.replace("{" + key + "}", value)
    if exc.params.get("file"):  # a configuration or data file: path:line first, as in English
        text = f"{exc.params['file']}: {text}"
    if "gave_up" in exc.params:  # a temporary failure, retried until the outbox gave up
        text += _gap(text) + QCoreApplication.translate(
            "Errors", "Attempts made: {n}; no more automatic retries.").replace(
            "{n}", exc.params["gave_up"])
    after = AFTER_FAILURE.get(exc.params.get("outbox", ""))
    if after is not None:
        text += _gap(text) + QCoreApplication.translate("Errors", after)  # marked with QT_TRANSLATE_NOOP
    return text
