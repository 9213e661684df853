"""Index measures in display order, so filtered id lists come sorted from the index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

At 5,000 documents (237k measures) the id query for one unit scanned ix_nodes_measure and sorted with a temporary
B-tree; with (is_measure, document_id, seq) the rows come out in order.
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_nodes_measure_order", "nodes", ["is_measure", "document_id", "seq"])
    op.drop_index("ix_nodes_measure", table_name="nodes")


def downgrade() -> None:
    op.create_index("ix_nodes_measure", "nodes", ["is_measure", "document_id"])
    op.drop_index("ix_nodes_measure_order", table_name="nodes")
