"""Who may do what on the team store, enforced by the server: a viewer (e.g. a leader) reads, an editor also writes.
Each officer logs in as a PostgreSQL role of their own; these GRANTs give that role its part."""

from __future__ import annotations

from sqlalchemy import text

KINDS = ("viewer", "editor")
_WRITE = "INSERT, UPDATE, DELETE"


def _quoted(conn, role: str) -> str:
    return conn.exec_driver_sql("SELECT quote_ident(%(r)s)", {"r": role}).scalar()


def grant(engine, role: str, kind: str) -> None:
    """Give ``role`` (which must exist) read-only or read-write use of this database, tables made later included;
    a role moved from editor to viewer loses its writes."""
    if kind not in KINDS:
        raise ValueError(f"权限只能是 viewer（查看）或 editor（编辑），不是“{kind}” (kind must be viewer or editor)")
    with engine.begin() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
            raise ValueError(f"服务器上没有用户“{role}”；请先由管理员创建（CREATE ROLE {role} LOGIN PASSWORD …） "
                             f"(no such role on the server)")
        who, db = _quoted(conn, role), _quoted(conn, conn.execute(text("SELECT current_database()")).scalar())
        statements = [f"GRANT CONNECT ON DATABASE {db} TO {who}", f"GRANT USAGE ON SCHEMA public TO {who}",
                      f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}",
                      f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {who}"]
        if kind == "editor":
            statements += [f"GRANT {_WRITE} ON ALL TABLES IN SCHEMA public TO {who}",
                           f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {who}",
                           f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {_WRITE} ON TABLES TO {who}",
                           f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
                           f"TO {who}"]
        else:
            statements += [f"REVOKE {_WRITE}, TRUNCATE ON ALL TABLES IN SCHEMA public FROM {who}",
                           f"REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public FROM {who}",
                           f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE {_WRITE} ON TABLES FROM {who}"]
        for statement in statements:
            conn.exec_driver_sql(statement)
