"""Why a store cannot be opened or written: one true message per state, in Chinese with an English gloss.

The command line prints these and the window shows them; neither shows a traceback, and neither calls a read-only
folder "open in another PolicyDesk" or a folder in the store file's place "damaged".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

FULL_BELOW = 256 * 1024     # free bytes under which a failed write is put down to a full disk


class StoreUnavailable(Exception):
    """The store cannot be used as asked; ``kind`` is read-only, not-a-store, disk-full, too-new or failed."""

    def __init__(self, kind: str, zh: str, en: str):
        super().__init__(f"{zh} ({en})")
        self.kind, self.zh, self.en = kind, zh, en


class StoreWriteFailed(ValueError):
    """A write was refused and rolled back (nothing changed). A ValueError, so an undoable edit in the window that
    meets it is reported as refused (AppContext.execute) instead of escaping from the model."""

    def __init__(self, kind: str, zh: str, en: str):
        super().__init__(f"{zh} ({en})")
        self.kind, self.zh, self.en = kind, zh, en


def read_only(folder: Path) -> bool:
    """The folder is on a read-only file system, or this user may not write in it."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (AttributeError, OSError):   # no statvfs on Windows
        pass
    return not os.access(folder, os.W_OK)


def disk_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except (AttributeError, OSError):
        return False
    return st.f_bavail * st.f_frsize < FULL_BELOW


def _read_only_error(folder: Path) -> StoreUnavailable:
    return StoreUnavailable("read-only", f"数据目录“{folder}”是只读的（只读的磁盘、光盘或没有写入权限），无法在其中保存；"
                                         f"数据未被改动。请把数据目录放在可写的位置，或用 --data-dir 另选目录",
                            "the store folder is read-only; nothing was changed")


def _full_error(folder: Path) -> StoreUnavailable:
    return StoreUnavailable("disk-full", f"数据目录“{folder}”所在的磁盘已满，无法写入；数据未被改动。请清理磁盘空间后再试",
                            "the disk is full; nothing was changed")


def not_a_store(path: Path, why: str) -> StoreUnavailable:
    return StoreUnavailable("not-a-store", f"“{path}”不是数据文件（{why}），不是政策台账的数据库；未作任何改动。"
                                           f"请移走它，或用 --data-dir 另选数据目录",
                            f"not a store file: {path}")


def too_new(path: Path, revision: str, app_version: str | None, ours: str) -> StoreUnavailable:
    from desktop import __version__
    made_by = f"政策台账 {app_version}" if app_version else "更新版本的政策台账"
    return StoreUnavailable("too-new", f"数据文件“{path}”由更新版本的政策台账创建（{made_by}，数据格式 {revision}；"
                                       f"本程序为 {__version__}，只支持到数据格式 {ours}）。请升级政策台账后再打开；"
                                       f"数据未被改动",
                            f"the store was made by a newer PolicyDesk ({app_version or 'unknown version'}, "
                            f"schema {revision}); this is {__version__}")


def check_folder(folder: Path, store_file: Path, write: bool, known_revisions: set[str], head: str) -> None:
    """Raise StoreUnavailable for a state that can be seen before SQLite opens anything."""
    if store_file.is_dir():
        raise not_a_store(store_file, "这是一个文件夹")
    if store_file.exists() and store_file.stat().st_size > 0:
        # Read through SQLite, never with open(): closing any other descriptor of the file drops every POSIX lock
        # this process holds on it, so a connection already open here (the window's, a second Store) would lose
        # its read lock while another process checkpoints — "disk I/O error", or worse.
        revision, app_version = _stored_revision(store_file)
        if revision is not None and revision not in known_revisions:
            raise too_new(store_file, revision, app_version, head)
    if (write or not store_file.exists()) and read_only(folder):
        raise _read_only_error(folder)


def _stored_revision(store_file: Path) -> tuple[str | None, str | None]:
    """(alembic revision, app version that last upgraded it) read without writing anything; (None, None) if unknown.
    Raises StoreUnavailable when the file is no SQLite database at all."""
    try:
        con = sqlite3.connect(f"file:{store_file.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None, None
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables \
            else None
        version = con.execute("SELECT value FROM store_info WHERE key = 'app_version'").fetchone() \
            if "store_info" in tables else None
        return (revision[0] if revision else None), (version[0] if version else None)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise not_a_store(store_file, "文件开头不是 SQLite 数据库") from exc
        return None, None
    finally:
        con.close()


def diagnose(folder: Path, store_file: Path, exc: BaseException) -> StoreUnavailable:
    """What an exception met while opening (creating, migrating) the store says about the store."""
    if isinstance(exc, StoreUnavailable):
        return exc
    text = str(exc).lower()
    code = getattr(exc, "errno", None) or getattr(getattr(exc, "orig", None), "errno", None)
    if code == errno.ENOSPC or "disk is full" in text or disk_full(folder):
        return _full_error(folder)
    if code == errno.EROFS or "readonly" in text or "read-only" in text or read_only(folder):
        return _read_only_error(folder)
    if "file is not a database" in text:
        return not_a_store(store_file, "SQLite 无法识别")
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
    return StoreUnavailable("failed", f"无法打开数据库“{store_file}”：{detail}；数据未被改动",
                            f"cannot open the store: {type(exc).__name__}")


@contextmanager
def opening(folder: Path, store_file: Path):
    """Turn any failure while opening the store into a StoreUnavailable that says why."""
    try:
        yield
    except StoreUnavailable:
        raise
    except Exception as exc:
        raise diagnose(folder, store_file, exc) from exc


def write_failure(exc: BaseException, folder: Path | None, what: str = "这处修改") -> StoreWriteFailed:
    """A failed write (rolled back, nothing changed) in words an officer can act on."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return StoreWriteFailed("locked", f"数据库正被另一个程序（例如命令行导入）长时间占用，{what}未能保存，请稍后重试",
                                "the store stayed locked by another writer; not saved")
    if "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC or (folder and disk_full(folder)):
        return StoreWriteFailed("disk-full", f"磁盘已满，{what}未能保存；请清理磁盘空间后重试",
                                "the disk is full; not saved")
    if "readonly" in text or "read-only" in text or (folder and read_only(folder)):
        return StoreWriteFailed("read-only", f"数据目录是只读的，{what}未能保存", "the store is read-only; not saved")
    if "permission denied" in text or "insufficientprivilege" in text:   # a viewer's write, refused by the server
        return StoreWriteFailed("viewer", f"您的账号只有查看权限，{what}未能保存；如需修改，请向管理员申请编辑权限",
                                "this user may only read the team store; not saved")
    first = text.splitlines()[0][:160] if text else type(exc).__name__
    return StoreWriteFailed("failed", f"写入数据库失败，{what}未能保存（{first}）", "the store write failed; not saved")
