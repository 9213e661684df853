"""A store named on the command line: a server URL (the team store) or a data folder (a laptop's SQLite file)."""

from __future__ import annotations

from pathlib import Path

from .server import display, is_server_url


def open_location(where: str, write: bool = False):
    """The Store at ``where``: a postgresql:// URL, a data folder, or a policydesk.sqlite3 file in one."""
    if is_server_url(where):
        from .server_errors import open_team_store
        return open_team_store(where)
    from ..paths import STORE_FILE
    from ..store import Store
    path = Path(where)
    folder = path.parent if path.name == STORE_FILE else path
    return Store.open(folder, write=write)


def shown(where: str) -> str:
    return display(where) if is_server_url(where) else str(where)
