"""A folder of class documents with gold (tests/data/classes3, …): parsed once, scored, and checked per measure."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from desktop.core.engine import parse_file
from scoring import NAMES, load_scorer


class ClassSet:
    def __init__(self, folder: Path):
        self.folder = folder
        self.stems = [p.stem for p in sorted(folder.glob("*.json"))]
        self.parsed = functools.lru_cache(maxsize=None)(self._parse)

    def _parse(self, stem: str):
        gold = json.loads((self.folder / f"{stem}.json").read_text(encoding="utf-8"))
        return gold, parse_file(self.folder / gold["file"])

    def measure(self, stem: str, path: str):
        return next(m for m in self.parsed(stem)[1].measures if "/".join(m.path) == path)

    def roles(self, stem: str, path: str) -> tuple[list[str], list[str]]:
        m = self.measure(stem, path)
        return sorted(m.lead), sorted(m.support)

    def unlisted(self) -> list[str]:
        """Source documents without gold or without a line in the folder's README."""
        readme = (self.folder / "README.md").read_text(encoding="utf-8")
        sources = [p for p in self.folder.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md"]
        return [p.name for p in sources if not (self.folder / f"{p.stem}.json").exists() or p.name not in readme]

    def low_scores(self, stem: str) -> dict[str, float]:
        """The client scorer's metrics below 1.0 for one document."""
        gold, result = self.parsed(stem)
        scorer = load_scorer()
        tally = scorer.Tally()
        scorer.score_doc(gold, result.to_eval_dict(), tally)
        return {n: round(tally.f1(n)[2], 3) for n in NAMES if tally.f1(n)[2] < 1.0}

    def problems(self, stem: str) -> list[str]:
        """Every difference from the gold, measure by measure: order, heading, units with roles, targets,
        deadlines, kind (all compared as written)."""
        gold, result = self.parsed(stem)
        got = {"/".join(m.path): m for m in result.measures}
        if list(got) != ["/".join(m["path"]) for m in gold["measures"]]:
            return [f"measures {list(got)}"]
        out = []
        for g in gold["measures"]:
            key = "/".join(g["path"])
            m = got[key]
            have = {"heading": m.heading, "units": (sorted(m.lead), sorted(m.support)),
                    "quantities": sorted(q.text for q in m.quantities),
                    "deadlines": sorted(d.text for d in m.deadlines), "kind": m.kind}
            want = {"heading": g["heading"], "units": (sorted(g["lead"]), sorted(g["support"])),
                    "quantities": sorted(g["quantities"]), "deadlines": sorted(g["deadlines"]), "kind": g["kind"]}
            out += [f"{key} {f} {have[f]}, want {want[f]}" for f in have if have[f] != want[f]]
        return out
