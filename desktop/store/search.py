"""Full-text search behind one small interface: FTS5 trigram on SQLite for 3+ characters, LIKE for shorter terms."""

from __future__ import annotations

from sqlalchemy import and_, literal_column, select, text, true
from sqlalchemy.orm import Session

from desktop.core.search_terms import search_terms

from . import models as m
from .rows import SearchHit

_SNIPPET_CHARS = 60


CHUNK = 100
_terms = search_terms


def all_of(conditions: list):
    """AND of conditions on nodes that SQLite accepts however many there are: it nests a flat chain one level per
    AND and refuses a thousand ("Expression tree is too large (maximum depth 1000)"), so past CHUNK each chunk is
    its own subquery on the node id (SQLAlchemy flattens nested ANDs, parentheses included)."""
    if len(conditions) <= CHUNK:
        return and_(*conditions) if conditions else true()
    return and_(*(m.Node.id.in_(select(m.Node.id).where(*conditions[i:i + CHUNK]))
                  for i in range(0, len(conditions), CHUNK)))


def _all_sql(conditions: list[str]) -> str:
    """``all_of`` for SQL text."""
    if len(conditions) <= CHUNK:
        return " AND ".join(conditions)
    middle = len(conditions) // 2
    return f"({_all_sql(conditions[:middle])}) AND ({_all_sql(conditions[middle:])})"


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(body: str, terms: list[str]) -> str:
    pos = min((body.find(t) for t in terms if t in body), default=0)
    start = max(0, pos - 20)
    piece = body[start:start + _SNIPPET_CHARS].replace("\n", " ")
    for t in terms:
        piece = piece.replace(t, f"【{t}】")
    return ("…" if start else "") + piece + ("…" if start + _SNIPPET_CHARS < len(body) else "")


def _match(terms: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _indexed(session: Session, query: str) -> list[str]:
    """The terms the trigram index answers: 3+ characters, on SQLite."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    return [t for t in _terms(query) if len(t) >= 3]


def text_ids(session: Session, query: str):
    """A select of the node ids holding every indexed term (see ``_indexed``), or None when no term is indexed."""
    long_terms = _indexed(session, query)
    if not long_terms:
        return None
    return (select(literal_column("rowid").label("id")).select_from(text("node_fts"))
            .where(text("node_fts MATCH :fts_q").bindparams(fts_q=_match(long_terms))))


def unindexed_conditions(session: Session, query: str) -> list:
    """LIKE conditions on nodes for the terms ``text_ids`` does not cover (one balanced condition, or none)."""
    indexed = set(_indexed(session, query))
    conds = [m.Node.body.like(_like(t), escape="\\") for t in _terms(query) if t not in indexed]
    return [all_of(conds)] if conds else []


def search_measures(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    """Measures whose text holds every term; long terms through the trigram index, short ones by LIKE."""
    terms = _terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    params: dict[str, object] = {"limit": limit}
    where = []
    for i, t in enumerate(short_terms):
        # Never LIKE on the FTS table: SQLite 3.40's trigram table returns nothing for 1–2 characters.
        where.append(f"n.body LIKE :s{i} ESCAPE '\\'")
        params[f"s{i}"] = _like(t)
    if long_terms and session.get_bind().dialect.name == "sqlite":
        params["match"] = _match(long_terms)
        if short_terms:
            sql = ("SELECT n.id, n.document_id, d.title, n.path, n.body FROM node_fts f "
                   "JOIN nodes n ON n.id = f.rowid JOIN documents d ON d.id = n.document_id "
                   f"WHERE node_fts MATCH :match AND n.is_measure = 1 AND ({_all_sql(where)}) ORDER BY f.rank LIMIT :limit")
        else:  # FTS5 ranks; headings are skipped before the LIMIT (after it, a page could come back short)
            sql = ("SELECT n.id, n.document_id, d.title, n.path, n.body FROM "
                   "(SELECT rowid, rank FROM node_fts WHERE node_fts MATCH :match "
                   "AND (SELECT is_measure FROM nodes WHERE id = node_fts.rowid) = 1 ORDER BY rank LIMIT :limit) f "
                   "JOIN nodes n ON n.id = f.rowid JOIN documents d ON d.id = n.document_id ORDER BY f.rank")
    else:
        for i, t in enumerate(long_terms):
            where.append(f"n.body LIKE :l{i} ESCAPE '\\'")
            params[f"l{i}"] = _like(t)
        sql = ("SELECT n.id, n.document_id, d.title, n.path, n.body FROM nodes n "
               f"JOIN documents d ON d.id = n.document_id WHERE n.is_measure = TRUE AND ({_all_sql(where)}) "
               "ORDER BY n.document_id, n.seq LIMIT :limit")
    rows = session.execute(text(sql), params).all()
    return [SearchHit(r[1], r[2], r[0], r[3], _snippet(r[4], terms)) for r in rows]


def like_only(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    """The same search by LIKE alone: the baseline the benchmark compares FTS with."""
    terms = _terms(query)
    where = ["n.is_measure = TRUE", _all_sql([f"n.body LIKE :t{i} ESCAPE '\\'" for i in range(len(terms))])]
    params = {f"t{i}": _like(t) for i, t in enumerate(terms)} | {"limit": limit}
    rows = session.execute(text("SELECT n.id, n.document_id, d.title, n.path, n.body FROM nodes n JOIN documents d "
                                f"ON d.id = n.document_id WHERE {' AND '.join(where)} ORDER BY n.document_id, n.seq "
                                "LIMIT :limit"), params).all()
    return [SearchHit(r[1], r[2], r[0], r[3], _snippet(r[4], terms)) for r in rows]
