"""The round's tables (migration 0010): rounds, round_units, round_progress."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base


class Round(Base):
    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    document_ids: Mapped[str | None] = mapped_column(Text)      # JSON list; None: every document
    due: Mapped[str] = mapped_column(String(10))
    exported: Mapped[str] = mapped_column(String(10))
    folder: Mapped[str | None] = mapped_column(String(1000))
    closed: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class RoundUnitRow(Base):
    __tablename__ = "round_units"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(500))
    stamp: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    shown: Mapped[str] = mapped_column(Text)     # JSON: assignment id → the row the workbook showed
    received: Mapped[str | None] = mapped_column(String(10))
    return_file: Mapped[str | None] = mapped_column(String(500))
    __table_args__ = (UniqueConstraint("round_id", "unit_id"),)


class RoundProgress(Base):
    __tablename__ = "round_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    measure_id: Mapped[int] = mapped_column(ForeignKey("nodes.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(Integer)
    sent_status: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str | None] = mapped_column(String(10))
    progress: Mapped[str | None] = mapped_column(Text)
    issues: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("round_id", "assignment_id"),)
