"""Whether a team server's trigram index can serve Chinese substring search: pg_trgm only makes trigrams of
characters its locale counts as letters, so the cluster's LC_CTYPE is asked, not assumed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

PROBE = "营商环境"     # four Chinese characters: two trigrams where the locale counts them as letters


@dataclass(frozen=True)
class TrigramStatus:
    lc_ctype: str
    chinese_trigrams: int     # trigrams pg_trgm makes of PROBE (0: the index cannot serve Chinese terms)
    indexed: bool             # ix_nodes_body_trgm exists

    @property
    def serves_chinese(self) -> bool:
        return self.indexed and self.chinese_trigrams >= 2


def trigram_status(engine) -> TrigramStatus:
    with engine.connect() as conn:
        ctype = conn.execute(text("SHOW lc_ctype")).scalar()
        has_ext = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
        made = conn.execute(text("SELECT cardinality(show_trgm(:p))"), {"p": PROBE}).scalar() if has_ext else 0
        indexed = conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_nodes_body_trgm'")).scalar()
    # pg_trgm pads a word with two blanks in front and one behind: 4 letters give 5 trigrams, 4 non-letters none
    return TrigramStatus(ctype, made or 0, bool(indexed))
