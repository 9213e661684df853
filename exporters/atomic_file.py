"""Write an exported file under a temporary name and rename it into place, so a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def save_atomically(out: str | Path, write: Callable[[str], None]) -> Path:
    """Call ``write(temp_path)`` for a temporary file beside ``out``, flush it to disk, then rename it to ``out``.

    The rename is atomic on one file system, so ``out`` is either the old file, or absent, or the whole new one.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{out.stem[:40]}.", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        write(temp)
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
