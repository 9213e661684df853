"""nodes.kind and documents.warnings/diagnostics: tasks versus context, and what the engine saw

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

A measure is a task (it assigns work) or context (指导思想, 基本原则, …): ledgers, unit workbooks and overdue lists
leave context out by default. A document keeps the engine's warnings (no_measures, no_units, unusual_labels) and its
diagnostics (body range, label levels, irregular labels, the share of tasks with units) so the library can show an
import that came back empty or without units, and what the engine saw. Stores imported before keep every measure a
task and no diagnostics: the engine is not run inside a migration.
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("nodes") as batch:
        batch.add_column(sa.Column("kind", sa.String(10), nullable=False, server_default="task"))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("warnings", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("diagnostics", sa.Text(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+, PostgreSQL): a batch copy of documents would have to drop
    # the table the FTS triggers and foreign keys of nodes lean on.
    op.drop_column("documents", "diagnostics")
    op.drop_column("documents", "warnings")
    op.drop_column("nodes", "kind")
