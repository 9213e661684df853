"""compare_pins: the pairs an officer pinned or broke apart when comparing two documents

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

A new table; no existing row changes. Pins name measures by path (二/一/1) so they survive re-import.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "compare_pins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_a", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("doc_b", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("a_path", sa.String(200), nullable=False),
        sa.Column("b_path", sa.String(200), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.UniqueConstraint("doc_a", "doc_b", "a_path", "b_path"),
    )
    op.create_index("ix_compare_pins_doc_b", "compare_pins", ["doc_b"])


def downgrade() -> None:
    op.drop_index("ix_compare_pins_doc_b", table_name="compare_pins")
    op.drop_table("compare_pins")
