"""Write an exported file under a temporary name and rename it into place, so a crash never leaves half a file.

Every export (command line and window, every format) ends here, so the rules that protect the store live here too:
nothing is ever written into a PolicyDesk data folder, and a part left by a killed export is cleared next time.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

# The store's own file names (desktop.store.paths.STORE_FILE and the lock beside it; exporters may not import the
# store, a test keeps the two in step). A folder holding one of them is a data folder.
STORE_FILE, LOCK_FILE = "policydesk.sqlite3", "policydesk.lock"
STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")
PART_SUFFIX = ".part"
STALE_AFTER_S = 24 * 3600     # a part whose writer cannot be checked (another computer, Windows) is stale after this


class ExportRefused(OSError):
    """The output path is the store, its journal, its lock, or inside a data folder: nothing was written."""


def data_folder_of(path: Path) -> Path | None:
    """The PolicyDesk data folder ``path`` is or lies in (its links resolved), else None."""
    for candidate in dict.fromkeys((Path(os.path.abspath(path)), Path(path).resolve(strict=False))):
        if candidate.name in {STORE_FILE + s for s in STORE_SUFFIXES} | {LOCK_FILE}:
            return candidate.parent
        for folder in (candidate, *candidate.parents):
            if any((folder / name).exists() for name in (STORE_FILE, LOCK_FILE)):
                return folder
    return None


def refuse_store_paths(out: str | Path) -> None:
    """Raise ExportRefused when ``out`` would write over or into a PolicyDesk data folder."""
    folder = data_folder_of(Path(out))
    if folder is not None:
        raise ExportRefused(1, f"“{out}”在政策台账的数据目录（{folder}）中，导出文件不能保存在这里，以免覆盖数据；"
                               f"请另选位置。未写入任何文件 (refused: the output is inside the store folder)", str(out))


def _writer_gone(part: Path, now: float) -> bool:
    """A part is stale when the process named in it is gone (same computer), or when it is old."""
    try:
        age = now - part.stat().st_mtime
    except FileNotFoundError:
        return False
    fields = part.name.split(".")
    pid = int(fields[-3]) if len(fields) >= 4 and fields[-3].isdigit() else None
    if pid is not None and pid != os.getpid() and os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:    # alive, another user's
            return False
    return age > STALE_AFTER_S


def clear_stale_parts(folder: Path) -> list[Path]:
    """Remove the temporary files exports killed before their rename left in ``folder``."""
    gone, now = [], time.time()
    for part in folder.glob(f".*{PART_SUFFIX}"):
        if part.is_file() and not part.is_symlink() and _writer_gone(part, now):
            part.unlink(missing_ok=True)
            gone.append(part)
    return gone


def _new_part(out: Path) -> tuple[int, Path]:
    """A new temporary file beside ``out``, named after this process; created 0666 less the umask (as the final
    file should be: mkstemp's 0600 made every export private whatever the umask), or with ``out``'s own mode."""
    mode = 0o666
    try:
        mode = out.stat().st_mode & 0o777
    except FileNotFoundError:
        pass
    while True:
        temp = out.parent / f".{out.stem[:40]}.{os.getpid()}.{secrets.token_hex(4)}{PART_SUFFIX}"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if mode != 0o666:
            os.chmod(temp, mode)
        return fd, temp


def save_atomically(out: str | Path, write: Callable[[str], None]) -> Path:
    """Call ``write(temp_path)`` for a temporary file beside ``out``, flush it to disk, then rename it to ``out``.

    The rename is atomic on one file system, so ``out`` is either the old file, or absent, or the whole new one.
    Raises ExportRefused (an OSError) for a path in a PolicyDesk data folder, before anything is written.
    """
    out = Path(out)
    refuse_store_paths(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    clear_stale_parts(out.parent)
    fd, temp = _new_part(out)
    os.close(fd)
    try:
        write(str(temp))
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
