"""When a workbook was created, as its file records it (.xlsx, and the .xls or .ods an office saved it as)."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from pathlib import Path

_XLSX_CREATED = re.compile(rb"<dcterms:created\b[^>]*>\s*([0-9T:\-.]{10,32})Z?\s*<")
_ODS_CREATED = re.compile(rb"<meta:creation-date>\s*([0-9T:\-.]{10,32})Z?\s*<")
_FILETIME_ORIGIN = dt.datetime(1601, 1, 1)
_CREATE_DTM = 12       # PIDSI_CREATE_DTM in an OLE SummaryInformation property set
_VT_FILETIME = 64


def created_stamp(path: str | Path) -> dt.datetime | None:
    """The creation time the file carries (to the second, no zone), None for other types or without one.
    LibreOffice and WPS keep the .xlsx's creation time when they save it again as .ods or .xls; the .xls holds it as
    UTC computed from the machine's zone, so it may differ from the .xlsx's by that zone (see same_moment)."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".xls":
            return _ole_created(path)
        member, pattern = ("meta.xml", _ODS_CREATED) if path.suffix.lower() == ".ods" else \
            ("docProps/core.xml", _XLSX_CREATED)
        with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
            found = pattern.search(fh.read(65536))
        return dt.datetime.fromisoformat(found.group(1).decode()).replace(tzinfo=None, microsecond=0) if found else None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, struct.error):
        return None


def _ole_created(path: Path) -> dt.datetime | None:
    from xlrd.compdoc import CompDoc, CompDocError
    data = path.read_bytes()
    try:
        stream = CompDoc(data, logfile=io.StringIO()).get_named_stream("\x05SummaryInformation")   # warnings kept quiet
    except (CompDocError, IndexError, ValueError):
        return None
    if not stream or len(stream) < 48:
        return None
    section = struct.unpack_from("<I", stream, 44)[0]        # the first (only) section's offset
    _size, count = struct.unpack_from("<II", stream, section)
    for k in range(min(count, 64)):
        pid, offset = struct.unpack_from("<II", stream, section + 8 + 8 * k)
        if pid == _CREATE_DTM and struct.unpack_from("<I", stream, section + offset)[0] == _VT_FILETIME:
            ticks = struct.unpack_from("<Q", stream, section + offset + 4)[0]
            stamp = _FILETIME_ORIGIN + dt.timedelta(microseconds=ticks // 10)
            return stamp.replace(microsecond=0) if stamp.year > 1601 else None
    return None


def same_moment(stored: dt.datetime, stamp: dt.datetime) -> bool:
    """Whether a file's ``stamp`` is the ``stored`` export time, exactly or shifted by a time zone (whole quarter
    hours, at most 14 h): an .xls re-saved on a UTC+8 machine carries the time 8 hours earlier."""
    delta = abs((stored - stamp).total_seconds())
    return delta <= 14 * 3600 and delta % 900 == 0


def nearest_moment(stored: list[dt.datetime], stamp: dt.datetime) -> dt.datetime | None:
    """Of the ``stored`` export times, the one ``stamp`` names: the exact one, else the nearest zone-shifted one."""
    matching = [s for s in stored if same_moment(s, stamp)]
    return min(matching, key=lambda s: abs((s - stamp).total_seconds()), default=None)
