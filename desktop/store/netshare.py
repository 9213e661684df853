"""Is the store on a network share? SQLite's file locks and fsync are unreliable there, so the app warns."""

from __future__ import annotations

import ntpath
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

# File system types (as /proc/mounts names them) that live on another machine. FUSE mounts appear as
# "fuse.<program>"; only the programs that reach a server are listed.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "davfs", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2", "afpfs", "webdav",
    "fuse.sshfs", "sshfs", "fuse.davfs2", "fuse.glusterfs", "fuse.ceph", "fuse.cephfs", "fuse.rclone",
    "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.smbnetfs", "fuse.curlftpfs",
})
DRIVE_REMOTE = 4   # GetDriveTypeW


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash likewise in octal)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def mount_of(path: str | os.PathLike, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the longest mount point that contains ``path``."""
    target = os.path.realpath(path)
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):   # a later mount over the same point wins
            best = (point, fstype)
    return best


def _windows_drive_type(root: str) -> int:
    import ctypes
    return ctypes.windll.kernel32.GetDriveTypeW(root)


def network_share(path: str | os.PathLike, mounts_text: str | None = None, platform: str = sys.platform,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """What makes ``path`` a network location ("cifs", "UNC", "网络驱动器 Z:"…), or None for a local disk."""
    if platform == "win32":
        text = os.path.abspath(path) if sys.platform == "win32" else str(path)
        drive = ntpath.splitdrive(text)[0]
        if drive.startswith(("\\\\", "//")):
            return "UNC"
        if len(drive) == 2 and drive[1] == ":":
            probe = drive_type or _windows_drive_type
            return f"网络驱动器 {drive.upper()}" if probe(drive.upper() + "\\") == DRIVE_REMOTE else None
        return None
    if not platform.startswith("linux"):
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    found = mount_of(path, mounts_text)
    return found[1] if found and found[1].lower() in NETWORK_TYPES else None


def warning(where: str, kind: str) -> str:
    return (f"数据目录“{where}”位于网络共享（{kind}）上。SQLite 的文件锁在网络共享上不可靠，断网或多人同时打开时"
            f"可能损坏数据。请把数据目录放在本机硬盘上（例如默认位置），需要共享时导出文件发送。")
