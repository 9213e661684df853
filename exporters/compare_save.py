"""Write an export next to its destination and rename it into place: a failed export leaves no half file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def save_replacing(out_path: str | Path, write: Callable[[str], None]) -> Path:
    """Call ``write(temporary path)`` in the destination's folder, then replace ``out_path`` with the result."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
