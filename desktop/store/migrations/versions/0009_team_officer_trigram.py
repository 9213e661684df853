"""The team store names the officer of every change, and searches measure text through a trigram index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

audit_log.officer: on PostgreSQL a trigger fills it with the role the officer logged in as (session_user), so the
server, not the client, says who did what; on a laptop's SQLite store it stays empty (one officer). nodes.body gets
a pg_trgm GIN index on PostgreSQL, which serves LIKE '%…%' for terms of 3+ characters (SQLite has its FTS5 table).
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OFFICER_TRIGGER = """
CREATE OR REPLACE FUNCTION policydesk_audit_officer() RETURNS trigger AS $$
BEGIN
    NEW.officer := session_user;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_officer BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION policydesk_audit_officer();
"""


def _server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("officer", sa.String(100), nullable=True))
    if _server():
        op.execute(OFFICER_TRIGGER)
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_nodes_body_trgm ON nodes USING gin (body gin_trgm_ops)")


def downgrade() -> None:
    if _server():
        op.execute("DROP INDEX IF EXISTS ix_nodes_body_trgm")
        op.execute("DROP TRIGGER IF EXISTS audit_log_officer ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS policydesk_audit_officer()")
    op.drop_column("audit_log", "officer")
