"""The import service: one file → one document, wholly present or wholly absent, with units registered."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.core.diagnostics import NO_MEASURES, NO_UNITS, UNUSUAL_LABELS
from desktop.core.engine import ParseResult
from desktop.core.errors import ReadError
from desktop.core.readers import MAX_BYTES, MB
from desktop.core.outline import walk
from desktop.core.vocabulary import status_from_text

from . import models as m
from .carryover import carry_over
from .open_errors import write_failure
from .parse_worker import parse_untrusted
from .registry import jurisdiction_of
from .rows import ImportOutcome
from .unit_cache import UnitCache


def read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file no larger than the readers take; ReadError otherwise, decided
    before reading anything (/dev/zero, a FIFO or a link to them would never end)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("不是普通文件（设备、命名管道或指向它们的链接），未导入", "not a regular file")
        if info.st_size > MAX_BYTES:
            raise ReadError(f"文件过大（{info.st_size // MB} MB），超过 {MAX_BYTES // MB} MB 上限，未导入",
                            f"file too large ({info.st_size // MB} MB)")
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:       # it grew while being read
        raise ReadError(f"文件过大，超过 {MAX_BYTES // MB} MB 上限，未导入", "file too large")
    return data


def _previous_version(session: Session, result: ParseResult) -> m.Document | None:
    meta = result.meta
    query = None
    if meta.doc_number:
        query = select(m.Document).where(m.Document.doc_number == meta.doc_number)
    elif meta.title and meta.issuer:
        query = select(m.Document).where(m.Document.title == meta.title, m.Document.issuer == meta.issuer)
    elif meta.title:
        query = select(m.Document).where(m.Document.title == meta.title, m.Document.issuer.is_(None))
    if query is None:
        return None
    return session.scalars(query.order_by(m.Document.version_no.desc(), m.Document.id.desc())).first()


def _tracking(measure) -> dict:
    """A ledger's own tracking columns (进展情况, 状态, 责任人 …) as assignment values; a 状态 that names no status of
    ours is kept in the remark rather than lost."""
    t = measure.tracking
    values = {k: t[k].strip() for k in ("owner", "progress", "issues", "next_steps") if t.get(k, "").strip()}
    status = status_from_text(t.get("status"))
    if status:
        values["status"] = status
    elif t.get("status", "").strip():
        values["remark"] = f"原表状态：{t['status'].strip()}"
    if "owner" in values:
        values["owner"] = values["owner"][:100]
    return values


def add_document(session: Session, path: Path, digest: str, data: bytes, result: ParseResult) -> m.Document:
    """Write one parsed document with its outline, measures, assignments, targets and deadlines."""
    meta = result.meta
    diag = result.diagnostics
    where = jurisdiction_of(meta.issuer, meta.title)
    previous = _previous_version(session, result)
    doc = m.Document(
        sha256=digest, source_name=path.name, format=result.document.format, encoding=result.document.encoding,
        title=meta.title, doc_number=meta.doc_number, issuer=meta.issuer, date=meta.date,
        publish_date=meta.publish_date, disclosure=meta.disclosure, jurisdiction=where.label,
        text=result.document.text,
        version_of_id=previous.id if previous else None,
        version_no=previous.version_no + 1 if previous else 1,
        warnings=",".join(diag.warnings), diagnostics=json.dumps(diag.to_dict(), ensure_ascii=False))
    session.add(doc)
    session.flush()
    session.add(m.Original(document_id=doc.id, data=data))
    measures = {tuple(x.path): x for x in result.measures}
    units = UnitCache(session)
    # Explicit ids: the document row above already holds SQLite's write lock, so no other writer interleaves,
    # and the whole outline goes in as one executemany.
    next_id = (session.scalar(select(func.max(m.Node.id))) or 0) + 1
    ids: dict[int, int] = {}
    nodes, assignments, quantities, deadlines = [], [], [], []
    for seq, node in enumerate(walk(result.outline)):
        node_id = ids[id(node)] = next_id + seq
        nodes.append(dict(id=node_id, document_id=doc.id, parent_id=ids.get(id(node.parent)), seq=seq,
                          label=node.label.value, path="/".join(node.path), depth=node.depth,
                          is_measure=node.is_measure, heading=node.heading()[0], heading_state=m.EXTRACTED,
                          body="\n".join(p.text for p in node.paragraphs), kind="task",
                          start=node.paragraphs[0].start, end=node.paragraphs[-1].end))
        measure = measures.get(tuple(node.path)) if node.is_measure else None
        if measure is None:
            continue
        nodes[-1]["kind"] = measure.kind
        # the engine's heading and text: a table row's task cell, and no Markdown markers (**) on screen or in exports
        nodes[-1]["heading"], nodes[-1]["body"] = measure.heading, measure.text
        tracking = _tracking(measure)
        due = next((d.due for d in measure.deadlines if d.due), None)
        seen: dict[int, dict] = {}
        for u in measure.units:  # 省商务厅、广东省商务厅 name one unit twice: one assignment, lead wins
            uid = units.unit_id(u.name, where)
            if uid in seen:
                if u.role == m.LEAD:
                    seen[uid]["role"] = m.LEAD
                continue
            seen[uid] = dict(measure_id=node_id, unit_id=uid, role=u.role, as_written=u.name, start=u.span[0],
                             end=u.span[1], due_date=due, state=m.EXTRACTED, status=m.NOT_STARTED,
                             owner=None, progress=None, issues=None, next_steps=None, remark=None) | tracking
        assignments += seen.values()
        quantities += [dict(measure_id=node_id, text=q.text, value=q.value, unit=q.unit, year=q.year,
                            start=q.span[0], end=q.span[1], state=m.EXTRACTED) for q in measure.quantities]
        deadlines += [dict(measure_id=node_id, text=d.text, due=d.due, start=d.span[0], end=d.span[1],
                           state=m.EXTRACTED) for d in measure.deadlines]
    session.flush()
    for model, rows in ((m.Node, nodes), (m.Assignment, assignments), (m.Quantity, quantities),
                        (m.Deadline, deadlines)):
        if rows:
            session.execute(insert(model), rows)
    session.flush()
    if previous is not None:
        carry_over(session, previous, doc)
    return doc


def import_file(sessions, path: Path, actor: str = "officer") -> list[ImportOutcome]:
    """Import one file, one transaction per document it holds (a workbook may hold one per sheet). Same bytes
    twice change nothing and say so."""
    path = Path(path)
    try:
        data = read_regular_file(path)
        digest = hashlib.sha256(data).hexdigest()
        existing = _stored(sessions, digest)
        if existing is not None:
            return [ImportOutcome(str(path), "duplicate", f"已导入过相同内容的文件（文档 {existing}），未作改动",
                                  existing)]
        results = parse_untrusted(path)  # another process, capped in time and memory
    except ReadError as exc:
        return [ImportOutcome(str(path), "failed", f"{exc.zh} ({exc.en})")]
    except OSError as exc:
        return [ImportOutcome(str(path), "failed", f"无法读取文件：{exc.strerror} (cannot read the file)")]
    outcomes = []
    for result in results:
        shown = str(path) if result.part is None else f"{path}（{result.part}）"
        part_digest = digest if result.part is None else \
            hashlib.sha256(data + b"\0" + result.part.encode("utf-8")).hexdigest()
        existing = _stored(sessions, part_digest) if result.part is not None else None
        if existing is not None:
            outcomes.append(ImportOutcome(shown, "duplicate", f"已导入过该工作表（文档 {existing}），未作改动", existing))
            continue
        try:
            outcomes.append(_write(sessions, path, shown, part_digest, data, result, actor))
        except DBAPIError as exc:  # the transaction rolled back: the document is wholly absent
            failure = write_failure(exc, None, what="文件")
            outcomes.append(ImportOutcome(shown, "failed", f"{failure.zh}，未导入 ({failure.en})"))
        except Exception as exc:
            outcomes.append(ImportOutcome(shown, "failed", f"写入数据库失败，文件未导入（{type(exc).__name__}） "
                                                           f"(store write failed: {exc})"))
    return outcomes


def _stored(sessions, digest: str) -> int | None:
    with sessions() as session:
        return session.scalar(select(m.Document.id).where(m.Document.sha256 == digest))


# What the library and the import list say of a document whose import came back empty or without units.
WARNING_TEXTS = {
    NO_MEASURES: ("未识别措施：没有找到编号的措施条目（一、/（一）/1./第X条 或任务分工表），请在文件库中查看“识别情况”",
                  "no measures found"),
    NO_UNITS: ("未识别责任单位：措施中没有找到牵头或配合单位，请核对原文或在编辑器中补充", "no responsible units found"),
    UNUSUAL_LABELS: ("编号不连续：部分条目的编号有跳号或重复，提纲可能不完整", "irregular numbering"),
}


def _write(sessions, path: Path, shown: str, digest: str, data: bytes, result: ParseResult,
           actor: str) -> ImportOutcome:
    with sessions.begin() as session:
        doc = add_document(session, path, digest, data, result)
        orphans = session.query(m.Orphan).filter(m.Orphan.document_id == doc.id).count()
        session.add(m.AuditEntry(actor=actor, action="import", entity="document", entity_id=doc.id,
                                 new=f"{doc.title} ({path.name})"))
        status = "new_version" if doc.version_of_id else "imported"
        tasks = sum(x.kind == "task" for x in result.measures)
        message = f"已导入：{doc.title or path.name}，{len(result.measures)} 项措施（任务 {tasks} 项）"
        if doc.version_of_id:
            message += f"（第 {doc.version_no} 版，{orphans} 项未能延续）"
        warnings = tuple(w for w in result.diagnostics.warnings if w in WARNING_TEXTS)
        for w in warnings:
            message += f"；{WARNING_TEXTS[w][0]}"
        return ImportOutcome(shown, status, message, doc.id, orphans, warnings)
