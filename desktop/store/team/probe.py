"""A connection test for the window's 连接团队数据库… dialog: can this officer reach the store, and what would
opening it do (use it, create it in an empty database, upgrade it), without changing anything."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text

from ..migrate import HEAD, known_revisions
from ..open_errors import StoreUnavailable
from .server import display, server_url
from .server_errors import classify


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    zh: str
    kind: str = "ok"        # ok | empty | older | too-new | server-down | wrong-password | no-database | …


def probe(url) -> ProbeResult:
    from .server import server_engine
    where = display(url)
    engine = server_engine(server_url(url))
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                if inspect(conn).has_table("alembic_version") else None
            documents = conn.execute(text("SELECT COUNT(*) FROM documents")).scalar() if revision else 0
    except Exception as exc:   # noqa: BLE001 - every refusal is told in words
        refusal = classify(exc, url)
        return ProbeResult(False, refusal.zh, refusal.kind)
    finally:
        engine.dispose()
    if revision is None:
        return ProbeResult(True, f"连接成功：“{where}”是空数据库，连接后将在其中建立台账", "empty")
    if revision not in known_revisions():
        from ..open_errors import too_new
        refusal: StoreUnavailable = too_new(where, revision, None, HEAD)
        return ProbeResult(False, refusal.zh, refusal.kind)
    if revision != HEAD:
        return ProbeResult(True, f"连接成功：共 {documents} 个文件；数据格式较旧（{revision}），连接时将升级到 {HEAD}",
                           "older")
    return ProbeResult(True, f"连接成功：共 {documents} 个文件", "ok")
