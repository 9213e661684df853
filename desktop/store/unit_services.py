"""Officer changes to the unit registry: rename, merge and split, propagated to assignments and audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .backup import backup_engine_store
from .registry import alias_key
from .services import _audit


class UnitConflict(ValueError):
    """The change would make two units one without saying so (use merge)."""


def _add_alias(session: Session, unit: m.Unit, alias: str) -> None:
    owner = session.scalar(select(m.UnitAlias).where(m.UnitAlias.alias == alias))
    if owner is None:
        session.add(m.UnitAlias(unit_id=unit.id, alias=alias))
    elif owner.unit_id != unit.id:
        owner.unit_id = unit.id


def rename_unit(session: Session, unit_id: int, new_name: str, actor: str = "officer") -> int:
    unit = session.get(m.Unit, unit_id)
    key = alias_key(new_name)
    clash = session.scalar(select(m.Unit.id).where(m.Unit.key == key, m.Unit.id != unit_id))
    if clash is not None:
        raise UnitConflict(f"已有单位“{new_name}”，如为同一单位请使用合并")
    old = unit.qualified_name
    _add_alias(session, unit, old)  # the old name still finds the unit
    unit.qualified_name, unit.key = new_name, key
    _add_alias(session, unit, new_name)
    _audit(session, actor, "rename", "unit", unit.id, "qualified_name", old, new_name)
    return unit.id


def merge_units(session: Session, keep_id: int, other_ids: list[int], actor: str = "officer") -> list[int]:
    """Fold ``other_ids`` into ``keep_id``: assignments, aliases; on a shared measure the lead role wins.
    The store is backed up first (reason "unit-merge"): a merge cannot be told apart afterwards."""
    backup_engine_store(session.get_bind().url, "unit-merge")
    keep = session.get(m.Unit, keep_id)
    changed = []
    for other_id in other_ids:
        if other_id == keep_id:
            continue
        other = session.get(m.Unit, other_id)
        for a in session.scalars(select(m.Assignment).where(m.Assignment.unit_id == other_id)):
            twin = session.scalar(select(m.Assignment).where(m.Assignment.measure_id == a.measure_id,
                                                             m.Assignment.unit_id == keep_id))
            if twin is not None:
                if a.role == m.LEAD:
                    twin.role = m.LEAD
                session.delete(a)
            else:
                a.unit_id = keep_id
            changed.append(a.id)
        session.flush()
        for alias in list(other.aliases):
            alias.unit_id = keep_id
        session.flush()
        _add_alias(session, keep, other.qualified_name)
        _audit(session, actor, "merge", "unit", keep_id, "merged", other.qualified_name, keep.qualified_name)
        session.expire(other)
        session.delete(other)
    session.flush()
    return changed


def split_unit(session: Session, unit_id: int, new_name: str, assignment_ids: list[int],
               actor: str = "officer") -> int:
    """Move some of a unit's assignments to a new unit called ``new_name``."""
    source = session.get(m.Unit, unit_id)
    key = alias_key(new_name)
    if session.scalar(select(m.Unit.id).where(m.Unit.key == key)) is not None:
        raise UnitConflict(f"已有单位“{new_name}”")
    unit = m.Unit(name=new_name, qualified_name=new_name, key=key, jurisdiction=source.jurisdiction)
    session.add(unit)
    session.flush()
    _add_alias(session, unit, new_name)
    moved = session.scalars(select(m.Assignment).where(m.Assignment.id.in_(assignment_ids),
                                                       m.Assignment.unit_id == unit_id)).all()
    for a in moved:
        a.unit_id = unit.id
        _audit(session, actor, "split", "assignment", a.id, "unit", source.qualified_name, new_name)
    return unit.id
