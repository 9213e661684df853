"""PostgreSQL for the tests: POLICYDESK_TEST_PG is an admin URL (default: this machine's local server); each test
gets a database of its own, created and dropped here. POLICYDESK_TEST_PG=off skips them (never in CI); a server
that cannot be reached FAILS them, so a missing server is never mistaken for a pass."""

from __future__ import annotations

import os
import uuid

import pytest

DEFAULT_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    return os.environ.get("POLICYDESK_TEST_PG", "").strip() or DEFAULT_ADMIN


def _admin_connect():
    import psycopg
    if admin_url().lower() == "off":
        if os.environ.get("CI"):
            pytest.fail("POLICYDESK_TEST_PG=off in CI: the PostgreSQL tests must run there")
        pytest.skip("POLICYDESK_TEST_PG=off")
    try:
        return psycopg.connect(admin_url(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"no PostgreSQL server at {admin_url()} (start one: bash packaging/pg_test_server.sh): {exc}")


def database_url(name: str) -> str:
    from sqlalchemy.engine import make_url
    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


def create_database() -> str:
    """A new, empty database; returns its name."""
    name = "pdtest_" + uuid.uuid4().hex[:12]
    with _admin_connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    return name


def drop_database(name: str) -> None:
    with _admin_connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def pg_url():
    """The URL of a fresh PostgreSQL database for this test (dropped afterwards)."""
    name = create_database()
    yield database_url(name)
    drop_database(name)
