"""Assignments get 存在问题 / 下一步措施 / 备注, the fields a department fills in a returned ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Three nullable Text columns; existing rows keep every value and get NULL in the new ones.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = ("issues", "next_steps", "remark")


def upgrade() -> None:
    with op.batch_alter_table("assignments") as batch:
        for name in _COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assignments") as batch:
        for name in reversed(_COLUMNS):
            batch.drop_column(name)
