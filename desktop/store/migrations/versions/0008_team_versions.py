"""Row versions on assignments (status, progress, owner…), annotations (notes) and deadlines (corrections)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

A team shares one store (issue 17): each save names the version it was based on, and a save based on a stale row is
a conflict, never an overwrite (SQLAlchemy version_id_col). Existing rows start at version 1; nothing else changes.
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VERSIONED = ("assignments", "annotations", "deadlines")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED):   # in place, as 0007: a batch copy would drop FTS triggers and foreign keys
        op.drop_column(table, "version")
