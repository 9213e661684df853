"""A covering index for unit + status filters; document display text stored zlib-packed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

At 5,000 documents (100k measures, 427k assignments) "unit + status → measure ids" read ix_assign_status and then
every matching assignment row for its measure_id; (unit_id, status, measure_id) answers it from the index alone and
makes ix_assignments_unit_id (its prefix) redundant. documents (68 MB of UTF-8 text) took 69.7 MiB; with the text
packed by zlib it takes 29.3 MiB, nothing lost. The column is not rebuilt: a batch rebuild of documents
would DROP it with foreign keys on, and the implicit DELETE would cascade to every node; SQLite stores a blob in a
TEXT column as a blob, so the packed bytes go into the same column and models.PackedText reads both forms.
"""
from alembic import op
from sqlalchemy import text

from desktop.store.models import pack_text, unpack_text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BATCH = 200


def _rewrite(convert, kind: str) -> None:
    """Rewrite documents.text a batch of rows at a time, only rows stored as ``kind`` ('text' or 'blob')."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(text("SELECT id, text FROM documents WHERE id > :last AND typeof(text) = :kind "
                                 "ORDER BY id LIMIT :n"), {"last": last, "kind": kind, "n": _BATCH}).all()
        if not rows:
            return
        conn.execute(text("UPDATE documents SET text = :t WHERE id = :id"),
                     [{"id": i, "t": convert(t)} for i, t in rows])
        last = rows[-1][0]


def upgrade() -> None:
    op.create_index("ix_assign_unit_status", "assignments", ["unit_id", "status", "measure_id"])
    op.drop_index("ix_assignments_unit_id", table_name="assignments")
    if op.get_bind().dialect.name == "sqlite":
        _rewrite(pack_text, "text")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rewrite(unpack_text, "blob")
    op.create_index("ix_assignments_unit_id", "assignments", ["unit_id"])
    op.drop_index("ix_assign_unit_status", table_name="assignments")
