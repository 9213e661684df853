"""rounds, round_units, round_progress: the reporting round (调度) and each measure's progress per round

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

A round (2026年第1期) sends each unit its workbook and collects them back by a due date. round_units keeps which
workbook each unit was sent (its creation stamp tells a returned copy's round), what it showed, and when it came
back; round_progress keeps each assignment's status, progress, issues and next steps as the round saw them, so a
measure has a history per round and a round can be compared with the one before. Nothing existing changes: a store
upgraded from 0007 simply has no rounds yet.
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("document_ids", sa.Text(), nullable=True),    # JSON list; NULL: every document
        sa.Column("due", sa.String(10), nullable=False),        # returns due (YYYY-MM-DD)
        sa.Column("exported", sa.String(10), nullable=False),   # the day the workbooks went out
        sa.Column("folder", sa.String(1000), nullable=True),
        sa.Column("closed", sa.String(10), nullable=True),      # the day it was closed; NULL: open
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    )
    op.create_table(
        "round_units",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("stamp", sa.DateTime(), nullable=True, index=True),   # the workbook's creation time
        sa.Column("shown", sa.Text(), nullable=False),       # JSON: assignment id → the values the workbook showed
        sa.Column("received", sa.String(10), nullable=True),   # the day its return came in; NULL: outstanding
        sa.Column("return_file", sa.String(500), nullable=True),
        sa.UniqueConstraint("round_id", "unit_id"),
    )
    op.create_table(
        "round_progress",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("assignment_id", sa.Integer(), sa.ForeignKey("assignments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("nodes.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("sent_status", sa.String(10), nullable=True),   # the status the workbook went out with
        sa.Column("status", sa.String(10), nullable=True),
        sa.Column("progress", sa.Text(), nullable=True),
        sa.Column("issues", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.UniqueConstraint("round_id", "assignment_id"),
    )


def downgrade() -> None:
    op.drop_table("round_progress")
    op.drop_table("round_units")
    op.drop_table("rounds")
