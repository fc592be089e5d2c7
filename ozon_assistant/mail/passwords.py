"""The SMTP password, kept only in the system keyring.

Never in a file the app writes, a log line, an error message or a command line: if the keyring is
missing, saving fails with a clear error rather than falling back to a file. Keyring errors are
turned into one line that names the backend but never the secret.
"""

from __future__ import annotations

from ozon_assistant.mail.errors import AccountError

SERVICE = "ozon-assistant-smtp"


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:  # pragma: no cover - keyring is a dependency
        raise AccountError("the keyring package is not installed; cannot store the password") from None
    return keyring


def _failed(action: str, exc: Exception) -> AccountError:
    backend = "unknown"
    try:
        backend = type(_keyring().get_keyring()).__name__
    except Exception:
        pass
    return AccountError(f"system keyring ({backend}): cannot {action} the password: "
                        f"{exc.__class__.__name__}")


def set_password(account: str, password: str) -> None:
    kr = _keyring()
    try:
        kr.set_password(SERVICE, account, password)
    except Exception as exc:
        raise _failed("store", exc) from None


def get_password(account: str) -> str | None:
    kr = _keyring()
    try:
        value = kr.get_password(SERVICE, account)
    except Exception as exc:
        raise _failed("read", exc) from None
    return value if isinstance(value, str) else None


def delete_password(account: str) -> bool:
    """True when a password was there and is gone now."""
    kr = _keyring()
    try:
        if kr.get_password(SERVICE, account) is None:
            return False
        kr.delete_password(SERVICE, account)
    except Exception as exc:
        raise _failed("delete", exc) from None
    return True


def backend_name() -> str:
    try:
        kr = _keyring().get_keyring()
    except Exception:
        return "none"
    return f"{type(kr).__module__}.{type(kr).__name__}"
