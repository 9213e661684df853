"""Copy a whole store between engines (a laptop's SQLite file ↔ the team's PostgreSQL), every table exactly, and
prove it: each table's row count and a checksum of its rows in key order, read back from both sides."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select, text

from .. import models as m

BATCH = 2_000
# alembic_version is the destination's own (it is created at this PolicyDesk's head, as the source was opened)
SKIPPED = {"alembic_version"}


class CopyRefused(ValueError):
    """The copy cannot start (the destination already holds a ledger) or did not verify."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str          # sha256 of the rows in primary-key order, values in an engine-neutral form


def tables():
    return [t for t in m.Base.metadata.sorted_tables if t.name not in SKIPPED]


def _neutral(value) -> str:
    """One value as text that is the same whichever engine handed it back."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "x" + bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def table_check(conn, table) -> TableCheck:
    digest = hashlib.sha256()
    n = 0
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*table.primary_key.columns))
    for row in result:
        digest.update("\x1f".join(_neutral(v) for v in row).encode("utf-8"))
        digest.update(b"\x1e")
        n += 1
    return TableCheck(table.name, n, digest.hexdigest()[:16])


def verify(src_engine, dst_engine) -> list[tuple[TableCheck, TableCheck]]:
    with src_engine.connect() as a, dst_engine.connect() as b:
        return [(table_check(a, t), table_check(b, t)) for t in tables()]


def copy_rows(src_engine, dst_engine, progress=None) -> None:
    """Every row of every table, in one destination transaction: a failed copy leaves the destination empty."""
    with src_engine.connect() as src, dst_engine.begin() as dst:
        if dst.scalar(select(func.count()).select_from(m.Document)):
            raise CopyRefused("目标数据库中已有文件，不能覆盖；请复制到一个新建的空数据库 "
                              "(the destination already holds documents; copy into a new, empty store)")
        dst.execute(m.StoreInfo.__table__.delete())      # the source's own facts replace the new store's
        server = dst.dialect.name == "postgresql"
        if server:   # copied audit entries keep the officer they name (the trigger names who logs in)
            dst.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_officer"))
        for table in tables():
            batch = []
            for row in src.execution_options(yield_per=BATCH).execute(
                    select(table).order_by(*table.primary_key.columns)):
                batch.append(row._asdict())
                if len(batch) == BATCH:
                    dst.execute(table.insert(), batch)
                    batch = []
            if batch:
                dst.execute(table.insert(), batch)
            if progress:
                progress(table.name)
        if server:
            dst.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_officer"))
            _advance_sequences(dst)
            dst.execute(text("ANALYZE"))    # the planner's statistics for the rows just loaded (plans at 100k)


def _advance_sequences(conn) -> None:
    """Rows came with their ids: each serial sequence continues after the highest (ids are never reused)."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and pk[0].type.python_type is int \
                and not pk[0].foreign_keys:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                              f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"))
