"""An officer's team-store password, never kept in plain text by PolicyDesk: the OS keyring where one is usable,
else a libpq password file entry (~/.pgpass, %APPDATA%/postgresql/pgpass.conf) readable by the officer alone."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

SERVICE = "PolicyDesk team store"


def _key(url) -> str:
    u = make_url(str(url)) if not hasattr(url, "host") else url
    return f"{u.username}@{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def _keyring():
    """The keyring module when a real (not a fail or plaintext) backend is there, else None."""
    try:
        import keyring
        backend = keyring.get_keyring()
    except Exception:   # noqa: BLE001 - no keyring, or one that cannot start: the password file instead
        return None
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name.lower() or "plaintext" in name.lower() or "null" in name.lower():
        return None
    return keyring


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value) -> str:
    return str(value).replace("\\", "\\\\").replace(":", "\\:")


def remember(url, password: str, prefer_keyring: bool = True) -> str:
    """Keep the password for ``url``'s officer and server; returns where ("keyring" or the file's path)."""
    ring = _keyring() if prefer_keyring else None
    if ring is not None:
        ring.set_password(SERVICE, _key(url), password)
        return "keyring"
    u = make_url(str(url))
    fields = [u.host or "localhost", u.port or 5432, u.database or "*", u.username]
    prefix = ":".join(_escaped(f) for f in fields) + ":"
    path = pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(prefix)] + [prefix + _escaped(password)]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)   # libpq ignores a file others can read
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    return str(path)


def recalled(url) -> str | None:
    """The password the keyring keeps for ``url`` (a password file is read by libpq itself), or None."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(SERVICE, _key(url))
    except Exception:   # noqa: BLE001 - a locked or broken keyring: connect without, the server says if it must
        return None
