"""The registry's units by alias key, for code that names many units in one transaction (import, corrections)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import models as m
from .registry import Jurisdiction, alias_key, qualify


class UnitCache:
    """The registry's units by alias key, loaded once per import so each name costs one dict lookup."""

    def __init__(self, session: Session):
        self.session = session
        self.ids = dict(session.execute(select(m.Unit.key, m.Unit.id)).all())
        self.aliases = set(session.scalars(select(m.UnitAlias.alias)))

    def unit_id(self, name: str, where: Jurisdiction) -> int:
        """The unit for ``name`` as written in a document of ``where``; created on first sight."""
        qualified = qualify(name, where)
        key = alias_key(qualified)
        uid = self.ids.get(key)
        if uid is None:
            unit = m.Unit(name=name, qualified_name=qualified, key=key, jurisdiction=where.label)
            self.session.add(unit)
            self.session.flush()
            uid = self.ids[key] = unit.id
        for alias in (qualified, key):
            if alias not in self.aliases:
                self.session.add(m.UnitAlias(unit_id=uid, alias=alias))
                self.aliases.add(alias)
        return uid
