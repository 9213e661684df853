"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# Full-text search: SQLite FTS5 trigram tables over measure bodies and annotations, kept in sync by
# triggers. Only on SQLite; another database gets its own search behind desktop.store.search.
FTS_SQLITE = [
    "CREATE VIRTUAL TABLE node_fts USING fts5(body, content='nodes', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER node_fts_ai AFTER INSERT ON nodes BEGIN "
    "INSERT INTO node_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER node_fts_ad AFTER DELETE ON nodes BEGIN "
    "INSERT INTO node_fts(node_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER node_fts_au AFTER UPDATE OF body ON nodes BEGIN "
    "INSERT INTO node_fts(node_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO node_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE VIRTUAL TABLE annotation_fts USING fts5(body, quote, content='annotations', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER annotation_fts_ai AFTER INSERT ON annotations BEGIN "
    "INSERT INTO annotation_fts(rowid, body, quote) VALUES (new.id, new.body, new.quote); END",
    "CREATE TRIGGER annotation_fts_ad AFTER DELETE ON annotations BEGIN "
    "INSERT INTO annotation_fts(annotation_fts, rowid, body, quote) VALUES ('delete', old.id, old.body, old.quote); "
    "END",
    "CREATE TRIGGER annotation_fts_au AFTER UPDATE OF body, quote ON annotations BEGIN "
    "INSERT INTO annotation_fts(annotation_fts, rowid, body, quote) VALUES ('delete', old.id, old.body, old.quote); "
    "INSERT INTO annotation_fts(rowid, body, quote) VALUES (new.id, new.body, new.quote); END",
]


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=30), nullable=True),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('encoding', sa.String(length=30), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=True),
    sa.Column('doc_number', sa.String(length=100), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('publish_date', sa.String(length=10), nullable=True),
    sa.Column('disclosure', sa.String(length=50), nullable=True),
    sa.Column('jurisdiction', sa.String(length=50), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version_of_id', sa.Integer(), nullable=True),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['version_of_id'], ['documents.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_doc_number'), ['doc_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_version_of_id'), ['version_of_id'], unique=False)

    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('qualified_name', sa.String(length=250), nullable=False),
    sa.Column('key', sa.String(length=250), nullable=False),
    sa.Column('jurisdiction', sa.String(length=50), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('nodes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('path', sa.String(length=200), nullable=False),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.Column('is_measure', sa.Boolean(), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('heading_state', sa.String(length=10), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['nodes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.create_index('ix_nodes_document_seq', ['document_id', 'seq'], unique=False)
        batch_op.create_index('ix_nodes_measure', ['is_measure', 'document_id'], unique=False)

    op.create_table('originals',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id')
    )
    op.create_table('orphans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('old_path', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('orphans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orphans_document_id'), ['document_id'], unique=False)

    op.create_table('unit_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=250), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('alias')
    )
    with op.batch_alter_table('unit_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_aliases_unit_id'), ['unit_id'], unique=False)

    op.create_table('annotations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('measure_path', sa.String(length=200), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('prefix', sa.String(length=64), nullable=False),
    sa.Column('suffix', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('visibility', sa.String(length=10), nullable=False),
    sa.Column('orphan', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['measure_id'], ['nodes.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotations_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_annotations_measure_id'), ['measure_id'], unique=False)

    op.create_table('assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('as_written', sa.String(length=200), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('progress', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['nodes.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('measure_id', 'unit_id')
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index('ix_assign_status', ['status', 'unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_unit_id'), ['unit_id'], unique=False)

    op.create_table('deadlines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=100), nullable=False),
    sa.Column('due', sa.String(length=10), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['nodes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadlines_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadlines_measure_id'), ['measure_id'], unique=False)

    op.create_table('quantities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=30), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['nodes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quantities_measure_id'), ['measure_id'], unique=False)

    op.create_table('annotation_tags',
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('annotation_id', 'tag_id')
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("node_fts", "annotation_fts"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_table('annotation_tags')
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quantities_measure_id'))

    op.drop_table('quantities')
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadlines_measure_id'))
        batch_op.drop_index(batch_op.f('ix_deadlines_due'))

    op.drop_table('deadlines')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_unit_id'))
        batch_op.drop_index('ix_assign_status')

    op.drop_table('assignments')
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotations_measure_id'))
        batch_op.drop_index(batch_op.f('ix_annotations_document_id'))

    op.drop_table('annotations')
    with op.batch_alter_table('unit_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_aliases_unit_id'))

    op.drop_table('unit_aliases')
    with op.batch_alter_table('orphans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orphans_document_id'))

    op.drop_table('orphans')
    op.drop_table('originals')
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.drop_index('ix_nodes_measure')
        batch_op.drop_index('ix_nodes_document_seq')

    op.drop_table('nodes')
    op.drop_table('units')
    op.drop_table('tags')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_version_of_id'))
        batch_op.drop_index(batch_op.f('ix_documents_doc_number'))

    op.drop_table('documents')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
