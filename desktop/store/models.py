"""The store's tables (SQLAlchemy 2.x typed models); callers outside desktop.store never see these objects."""

from __future__ import annotations

import datetime as dt
import zlib

from sqlalchemy import (Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        TypeDecorator, UniqueConstraint, func)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.core.vocabulary import (CONFIRMED, CONTEXT, EDITED, EXTRACTED, LEAD, NOT_STARTED,  # noqa: F401
                                     STATUSES, SUPPORT, TASK)  # re-exported for the store modules


class Base(DeclarativeBase):
    pass


def pack_text(text: str) -> str | bytes:
    """zlib-compressed UTF-8 when that is smaller, else the text itself (a short text would grow)."""
    packed = zlib.compress(text.encode("utf-8"), 6)
    return packed if len(packed) < len(text.encode("utf-8")) else text


def unpack_text(value: str | bytes) -> str:
    return value if isinstance(value, str) else zlib.decompress(value).decode("utf-8")


class PackedText(TypeDecorator):
    """Text stored zlib-compressed on SQLite, which keeps a blob as a blob in a TEXT column; plain elsewhere."""
    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value if value is None or dialect.name != "sqlite" else pack_text(value)

    def process_result_value(self, value, dialect):
        return None if value is None else unpack_text(value)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    encoding: Mapped[str | None] = mapped_column(String(30))
    title: Mapped[str | None] = mapped_column(String(500))
    doc_number: Mapped[str | None] = mapped_column(String(100), index=True)
    issuer: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[str | None] = mapped_column(String(10))
    publish_date: Mapped[str | None] = mapped_column(String(10))
    disclosure: Mapped[str | None] = mapped_column(String(50))
    jurisdiction: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(PackedText)  # the display text, stored packed since migration 0003
    version_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # the engine's warnings, comma-joined (no_measures, no_units, unusual_labels), and its diagnostics as JSON
    warnings: Mapped[str] = mapped_column(String(100), default="", server_default="")
    diagnostics: Mapped[str | None] = mapped_column(Text)
    nodes: Mapped[list[Node]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                             passive_deletes=True)


class Original(Base):
    """The file exactly as imported, kept as evidence and for re-parsing."""
    __tablename__ = "originals"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Node(Base):
    """An outline item; leaves are measures."""
    __tablename__ = "nodes"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(String(200))  # labels joined by "/", e.g. 二/一/1
    depth: Mapped[int] = mapped_column(Integer)
    is_measure: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(10), default=TASK, server_default=TASK)  # a measure's: task | context
    heading: Mapped[str] = mapped_column(Text)
    heading_state: Mapped[str] = mapped_column(String(10), default=EXTRACTED)
    body: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    document: Mapped[Document] = relationship(back_populates="nodes")
    __table_args__ = (Index("ix_nodes_document_seq", "document_id", "seq"),
                      Index("ix_nodes_measure_order", "is_measure", "document_id", "seq"))


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))           # as most documents write it: 省商务厅
    qualified_name: Mapped[str] = mapped_column(String(250))  # 广东省商务厅
    key: Mapped[str] = mapped_column(String(250), unique=True)  # alias-folded form: one unit, one key
    jurisdiction: Mapped[str | None] = mapped_column(String(50))
    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit", cascade="all, delete-orphan")


class UnitAlias(Base):
    __tablename__ = "unit_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(250), unique=True)
    unit: Mapped[Unit] = relationship(back_populates="aliases")


class Assignment(Base):
    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    role: Mapped[str] = mapped_column(String(10))
    as_written: Mapped[str] = mapped_column(String(200))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default=EXTRACTED)
    status: Mapped[str] = mapped_column(String(10), default=NOT_STARTED)
    due_date: Mapped[str | None] = mapped_column(String(10))
    owner: Mapped[str | None] = mapped_column(String(100))
    progress: Mapped[str | None] = mapped_column(Text)
    issues: Mapped[str | None] = mapped_column(Text)        # 存在问题, as the department reports it
    next_steps: Mapped[str | None] = mapped_column(Text)    # 下一步措施
    remark: Mapped[str | None] = mapped_column(Text)        # 备注
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")   # a stale save conflicts (0008)
    __mapper_args__ = {"version_id_col": version}
    # ix_assign_unit_status answers "unit (+ status) → measure ids" from the index alone (and any unit_id lookup)
    # AUTOINCREMENT (migration 0006): an id that went out in a per-unit workbook is never handed out again
    __table_args__ = (UniqueConstraint("measure_id", "unit_id"), Index("ix_assign_status", "status", "unit_id"),
                      Index("ix_assign_unit_status", "unit_id", "status", "measure_id"),
                      {"sqlite_autoincrement": True})


class Quantity(Base):
    __tablename__ = "quantities"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(100))
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(30))
    year: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default=EXTRACTED)


class Deadline(Base):
    __tablename__ = "deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(100))
    due: Mapped[str | None] = mapped_column(String(10), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default=EXTRACTED)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Annotation(Base):
    __tablename__ = "annotations"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("nodes.id", ondelete="SET NULL"), index=True)
    measure_path: Mapped[str | None] = mapped_column(String(200))
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(64), default="")
    suffix: Mapped[str] = mapped_column(String(64), default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(10), default="internal")
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)


class AnnotationTag(Base):
    __tablename__ = "annotation_tags"
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class Orphan(Base):
    """Something a new version could not carry over: an assignment's tracking or an annotation."""
    __tablename__ = "orphans"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    old_path: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)  # JSON of what was not carried


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp(), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(30))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    officer: Mapped[str | None] = mapped_column(String(100))   # the server's login role, set by its trigger (0009)


class StoreInfo(Base):
    """Facts about the store itself: app_version (the PolicyDesk that last upgraded it)."""
    __tablename__ = "store_info"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class ComparePin(Base):
    """An officer's hand-made pair (pinned) or broken pair (not pinned) between two documents' measures."""
    __tablename__ = "compare_pins"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_a: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    doc_b: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    a_path: Mapped[str] = mapped_column(String(200))  # labels joined by "/", as nodes.path
    b_path: Mapped[str] = mapped_column(String(200))
    pinned: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    __table_args__ = (UniqueConstraint("doc_a", "doc_b", "a_path", "b_path"),)
