"""Shared test set-up: headless Qt, and where the sample documents and the client's gold live."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
