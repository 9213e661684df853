"""assignments AUTOINCREMENT and store_info: assignment ids are never reused; the store says which PolicyDesk wrote it

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

An assignment id leaves the store in every per-unit workbook (系统编号 A123) and comes back with the department's
return. SQLite's plain rowid hands the highest id out again once that row is gone (a unit taken off a measure, a
backup restored), and a return then wrote onto another task. With AUTOINCREMENT the high-water mark lives in
sqlite_sequence; the table is rebuilt once (rows, ids, indexes and the unique constraint kept). store_info holds
the version of PolicyDesk that last upgraded the store, so an older one can name it when it refuses the store.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _rebuild_assignments(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return        # other databases never reuse a sequence's values
    with op.batch_alter_table("assignments", recreate="always",
                              table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass


def upgrade() -> None:
    op.create_table("store_info", sa.Column("key", sa.String(50), primary_key=True), sa.Column("value", sa.Text()))
    _rebuild_assignments(True)


def downgrade() -> None:
    _rebuild_assignments(False)
    op.drop_table("store_info")
