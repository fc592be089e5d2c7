"""E-mail: send an approved reply to a buyer over SMTP, through an outbox that loses nothing.

No Qt here: the CLI (``account``, ``send``, ``outbox``) and the window share these modules.

- :mod:`.accounts` – sender accounts kept in a TOML file (never the password);
- :mod:`.passwords` – the password, kept only in the system keyring;
- :mod:`.validate` – addresses and header values, refused before anything is written or sent;
- :mod:`.message` – the RFC 5322 message (UTF-8, encoded headers, Message-ID);
- :mod:`.eml` – a buyer's ``.eml``: who to answer, the thread headers, the buyer's text;
- :mod:`.smtp` – one delivery attempt with verified TLS, failures sorted into kinds;
- :mod:`.outbox` – the SQLite outbox and its states;
- :mod:`.dispatch` – submit, attempt, retry with backoff, history.
"""
