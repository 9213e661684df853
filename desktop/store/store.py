"""The store facade: open a data folder, migrate, import, query. The GUI and CLI talk to this, never to SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.readers import SUPPORTED_SUFFIXES

from . import queries
from .db import make_engine, make_sessionmaker
from .importer import import_file
from .migrate import upgrade
from .paths import data_dir, store_url
from .rows import ImportOutcome
from .search import search_measures

Progress = Callable[[int, int, str], None]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (sorted), once each."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


class Store:
    def __init__(self, url: str, directory: Path | None = None):
        self.directory = directory
        self.engine = make_engine(url)
        upgrade(self.engine)
        self.sessions = make_sessionmaker(self.engine)

    @classmethod
    def open(cls, directory: str | Path | None = None) -> Store:
        folder = data_dir(directory)
        return cls(store_url(folder), folder)

    def close(self) -> None:
        self.engine.dispose()

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[ImportOutcome]:
        """Import files and folders one transaction per file; cancellable between files."""
        files = expand_paths(paths)
        outcomes = []
        for i, path in enumerate(files):
            if cancelled and cancelled():
                outcomes += [ImportOutcome(str(p), "cancelled", "已取消，未导入") for p in files[i:]]
                break
            if progress:
                progress(i, len(files), path.name)
            outcomes.append(import_file(self.sessions, path))
        if progress:
            progress(len(files), len(files), "")
        return outcomes

    def documents(self):
        with self.sessions() as s:
            return queries.documents(s)

    def units(self):
        with self.sessions() as s:
            return queries.units(s)

    def unit_tasks(self, name: str):
        with self.sessions() as s:
            unit_id = queries.resolve_unit(s, name)
            return None if unit_id is None else queries.unit_tasks(s, unit_id)

    def search(self, text: str, limit: int = 100):
        with self.sessions() as s:
            return search_measures(s, text, limit)

    def measure_ids(self, f: queries.MeasureFilter = queries.MeasureFilter(), order: str = "document"):
        with self.sessions() as s:
            return queries.measure_ids(s, f, order)

    def measure_rows(self, ids: list[int]):
        with self.sessions() as s:
            return queries.measure_rows(s, ids)
