"""Who did what: a viewer's write is refused by the server itself, an editor's is saved, and the audit log names
the role each officer logged in as; a remembered password is never written in plain text where others can read."""

import os
import stat
import uuid

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.store import models as m
from desktop.store.open_errors import StoreWriteFailed
from desktop.store.team.server_errors import open_team_store

from conftest import copy_sample_store
from pg_server import admin_url


@pytest.fixture()
def officers(sample_store_template, pg_url, tmp_path):
    """The sample ledger on the server, and two officers' roles (a leader who views, an officer who edits)."""
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    suffix = uuid.uuid4().hex[:8]
    names = {"viewer": f"pd_leader_{suffix}", "editor": f"pd_officer_{suffix}"}
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        for name in names.values():
            conn.execute(f"CREATE ROLE {name} LOGIN")
    for kind, name in names.items():
        assert main(["--store", pg_url, "store", "grant", name, kind]) == 0
    yield {kind: make_url(pg_url).set(username=name).render_as_string(hide_password=False)
           for kind, name in names.items()}, names
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for name in names.values():
            conn.execute(f"DROP OWNED BY {name}")
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        for name in names.values():
            conn.execute(f"DROP ROLE IF EXISTS {name}")


def test_a_viewers_write_is_refused_by_the_server_and_the_audit_names_the_editor(officers):
    urls, names = officers
    leader, officer = open_team_store(urls["viewer"]), open_team_store(urls["editor"])
    aid = min(i for r in leader.task_table().rows for i in r.assignment_ids)
    assert leader.assignment_tracking([aid])[aid]["status"] == "未启动"       # a viewer reads
    with pytest.raises(StoreWriteFailed) as refused:
        leader.update_assignments([aid], status="已完成")
    assert refused.value.kind == "viewer" and "只有查看权限" in refused.value.zh
    # the refusal came from the server: the same write in plain SQL as the viewer is refused too
    with psycopg.connect(urls["viewer"]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE assignments SET status = '已完成' WHERE id = %s", (aid,))
    officer.update_assignments([aid], status="推进中", owner="张三")
    assert leader.assignment_tracking([aid])[aid]["status"] == "推进中"
    with officer.sessions() as s:
        entries = s.execute(select(m.AuditEntry.field, m.AuditEntry.officer)
                            .where(m.AuditEntry.entity_id == aid, m.AuditEntry.entity == "assignment")).all()
    assert sorted(entries) == [("owner", names["editor"]), ("status", names["editor"])]
    leader.close()
    officer.close()


def test_a_role_that_does_not_exist_is_told(pg_url, capsys):
    assert main(["--store", pg_url, "store", "grant", "nobody_here_x", "viewer"]) == 2
    assert "服务器上没有用户“nobody_here_x”" in capsys.readouterr().out


def test_a_remembered_password_goes_to_a_file_only_its_owner_reads(tmp_path, monkeypatch):
    from desktop.store.team.credentials import remember
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    where = remember("postgresql://li_si@ledger.example:5432/ledger", "s3cr:et", prefer_keyring=False)
    path = tmp_path / "pgpass"
    assert where == str(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_text().strip() == "ledger.example:5432:ledger:li_si:s3cr\\:et"
    remember("postgresql://li_si@ledger.example:5432/ledger", "new", prefer_keyring=False)
    assert path.read_text().strip() == "ledger.example:5432:ledger:li_si:new"     # replaced, not added


def test_a_schema_older_than_the_program_that_this_officer_may_not_upgrade_is_told(pg_url):
    from desktop.store.db import make_engine
    from desktop.store.migrate import current_revision, upgrade
    from desktop.store.open_errors import StoreUnavailable
    engine = make_engine(pg_url)
    upgrade(engine, "0007")
    engine.dispose()
    name = f"pd_leader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN")
    try:
        from desktop.store.team.roles import grant
        engine = make_engine(pg_url)            # not through the store: an admin opening it would upgrade it
        grant(engine, name, "viewer")
        engine.dispose()
        viewer = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
        with pytest.raises(StoreUnavailable) as refused:
            open_team_store(viewer)
        assert refused.value.kind == "too-old" and "数据格式较旧" in refused.value.zh
        engine = make_engine(pg_url)
        assert current_revision(engine) == "0007"          # nothing changed
        engine.dispose()
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {name}")
        with psycopg.connect(admin_url(), autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {name}")
