"""The ``policydesk`` command: no arguments opens the GUI; subcommands do headless work."""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path


def _print_outline(result, out) -> None:
    m = result.meta
    print(f"《{m.title or '（无标题）'}》", file=out)
    facts = [f"文号：{m.doc_number}" if m.doc_number else "", f"发文机关：{m.issuer}" if m.issuer else "",
             f"成文日期：{m.date}" if m.date else "", f"编码：{result.document.encoding}" if result.document.encoding else ""]
    print("  ".join(f for f in facts if f), file=out)
    from desktop.core.outline import walk
    for node in walk(result.outline):
        indent = "  " * node.depth
        heading = node.heading()[0]
        print(f"{indent}{node.label.text} {heading}", file=out)
    print(f"共 {len(result.measures)} 项措施", file=out)
    for x in result.measures:
        line = f"  [{'.'.join(x.path)}] {x.heading}"
        if x.lead:
            line += f"\n      牵头：{'、'.join(x.lead)}"
        if x.support:
            line += f"\n      配合：{'、'.join(x.support)}"
        if x.quantities:
            line += f"\n      目标：{'、'.join(q.text for q in x.quantities)}"
        if x.deadlines:
            line += f"\n      时限：{'、'.join(d.text for d in x.deadlines)}"
        print(line, file=out)


def cmd_parse(args) -> int:
    from desktop.core.diagnostics import NO_MEASURES, NO_UNITS
    from desktop.core.engine import parse_file
    from desktop.core.errors import ReadError
    failures = empty = 0
    if args.json:
        Path(args.json).mkdir(parents=True, exist_ok=True)
    for name in args.files:
        path = Path(name)
        try:
            result = parse_file(path)
        except ReadError as exc:
            failures += 1
            print(f"{path.name}: 错误：{exc.zh} (error: {exc.en})", file=sys.stderr)
            continue
        except Exception as exc:  # never a traceback for one bad file
            failures += 1
            print(f"{path.name}: 错误：处理失败（{type(exc).__name__}） (error: internal failure: {exc})",
                  file=sys.stderr)
            continue
        if args.json:
            target = Path(args.json) / (path.stem + ".json")
            target.write_text(json.dumps(result.to_eval_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{path.name}: {len(result.measures)} 项措施 → {target}")
        else:
            _print_outline(result, sys.stdout)
        warnings = result.diagnostics.warnings
        if NO_MEASURES in warnings:
            empty += 1
            print(f"{path.name}: 警告：未识别到措施，文档未能按条目导入 (warning: no measures found; the document did not "
                  f"import as numbered items)", file=sys.stderr)
        elif NO_UNITS in warnings:
            print(f"{path.name}: 提示：各项措施均未标注责任单位 (note: no measure names a responsible unit)",
                  file=sys.stderr)
    # 1: a file could not be read; 3: a file was read but gave no measures
    return 1 if failures else 3 if empty else 0


def _open_store(args, write: bool = False):
    """The store of --data-dir; ``write`` refuses a read-only folder before any work (StoreUnavailable, see main)."""
    from desktop.store.store import Store
    from desktop.store.team.server import chosen_store
    url = chosen_store(getattr(args, "store", None), args.data_dir)
    if url:   # a team store on a server (--store or POLICYDESK_STORE)
        from desktop.store.team.server_errors import open_team_store
        return open_team_store(url)
    return Store.open(args.data_dir, write=write)


def _progress_bar(i: int, n: int, name: str) -> None:
    width = 30
    done = int(width * i / n) if n else width
    err = getattr(sys.stderr, "_stream", sys.stderr)   # the bar's own \r passes; the name is escaped
    err.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {terminal_safe(name[:40]):<40}")
    if i == n:
        err.write("\n")
    err.flush()


def _emit(rows, as_json: bool, lines) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for line in lines:
            print(line)


def cmd_import(args) -> int:
    store = _open_store(args, write=True)
    outcomes = store.import_paths(args.paths, progress=None if args.quiet else _progress_bar)
    labels = {"imported": "已导入", "new_version": "新版本", "duplicate": "未改动", "failed": "失败", "cancelled": "已取消",
              "skipped": "已跳过"}
    for o in outcomes:
        label = "需核对" if o.alarming else labels[o.status]
        print(f"{label}  {Path(o.path).name}: {o.message}")
    failed = sum(o.status == "failed" for o in outcomes)
    alarming = sum(o.alarming for o in outcomes)
    print(f"共 {len(outcomes)} 个文件：导入 {sum(o.status in ('imported', 'new_version') for o in outcomes)}，"
          f"未改动 {sum(o.status == 'duplicate' for o in outcomes)}，失败 {failed}"
          + (f"，跳过 {skipped}" if (skipped := sum(o.status == 'skipped' for o in outcomes)) else "")
          + (f"，需核对 {alarming}" if alarming else ""))
    if alarming:
        print(f"提示：{alarming} 个文件导入后未识别到措施或责任单位，请核对（policydesk measures --document N 查看识别结果） "
              f"(note: {alarming} imported file(s) have no measures or no units found)", file=sys.stderr)
    store.close()
    return 1 if failed else 3 if alarming else 0


WARNING_NAMES = {"no_measures": "未识别措施", "no_units": "未识别责任单位", "unusual_labels": "编号不连续"}


def cmd_documents(args) -> int:
    store = _open_store(args)
    docs = store.documents()
    rows = [{"id": d.id, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer, "date": d.date,
             "measure_count": d.measure_count, "version_of": d.version_of, "version": d.version_no,
             "file": d.source_name, "warnings": list(d.warnings), "units_share": d.units_share} for d in docs]
    _emit(rows, args.json, (f"{d.id:>4}  {d.title}  {d.doc_number or ''}  {d.issuer or ''}  {d.date or ''}  "
                            f"{d.measure_count} 项措施" + (f"  (第 {d.version_no} 版，前一版 {d.version_of})"
                                                       if d.version_of else "")
                            + ("  【需核对：" + "、".join(WARNING_NAMES.get(w, w) for w in d.warnings) + "】"
                               if d.alarming else "") for d in docs))
    store.close()
    return 0


def cmd_units(args) -> int:
    store = _open_store(args)
    units = store.units()
    rows = [{"name": u.name, "qualified_name": u.qualified_name, "aliases": list(u.aliases),
             "lead_count": u.lead_count, "support_count": u.support_count} for u in units]
    _emit(rows, args.json, [f"{u.qualified_name}  牵头 {u.lead_count}  配合 {u.support_count}" for u in units]
          or ["（还没有单位：导入的文件中未识别到责任单位） (no units yet)"])
    store.close()
    return 0


def cmd_measures(args) -> int:
    from desktop.store.queries import MeasureFilter
    store = _open_store(args)
    ids = store.measure_ids(MeasureFilter(document_id=args.document))
    rows = store.measure_rows(ids)
    store.close()
    out = [{"id": r.id, "document_id": r.document_id, "document": r.document_title, "path": r.path.split("/"),
            "heading": r.heading, "lead": list(r.lead), "support": list(r.support), "due_date": r.due_date,
            "status": r.status} for r in rows]

    def lines():
        for r in rows:
            yield f"{r.document_id:>4}  [{'.'.join(r.path.split('/'))}] {r.heading}"
            yield f"        牵头：{'、'.join(r.lead) or '（未识别）'}" + (f"  配合：{'、'.join(r.support)}" if r.support else "") \
                + (f"  时限：{r.due_date}" if r.due_date else "")
        yield f"共 {len(rows)} 项措施"
    _emit(out, args.json, lines())
    return 0


def cmd_tasks(args) -> int:
    from desktop.core.vocabulary import ROLE_NAMES
    store = _open_store(args)
    tasks = store.unit_tasks(args.unit)
    tracking = store.assignment_tracking([t.assignment_id for t in tasks]) if tasks else {}
    store.close()
    if tasks is None:
        print(f"错误：找不到单位“{args.unit}” (error: unknown unit)", file=sys.stderr)
        return 1
    rows = [{"document_id": t.document_id, "document": t.document_title, "path": t.path.split("/"),
             "heading": t.heading, "role": t.role, "status": t.status, "due_date": t.due_date,
             "owner": t.owner, "progress": tracking.get(t.assignment_id, {}).get("progress"),
             "issues": tracking.get(t.assignment_id, {}).get("issues"),
             "next_steps": tracking.get(t.assignment_id, {}).get("next_steps"),
             "assignment_id": t.assignment_id} for t in tasks]
    _emit(rows, args.json, (f"{t.document_title}  [{'.'.join(t.path.split('/'))}] {t.heading}  {ROLE_NAMES[t.role]}  "
                            f"{t.status}  {t.due_date or ''}" for t in tasks))
    return 0


def cmd_search(args) -> int:
    from desktop.core.search_terms import MAX_TERMS, unused_terms
    if unused := unused_terms(args.text):
        print(f"提示：检索词过多，只按前 {MAX_TERMS} 个词检索，其余 {unused} 个词未使用 "
              f"(note: only the first {MAX_TERMS} words are searched)", file=sys.stderr)
    store = _open_store(args)
    hits = store.search(args.text)
    store.close()
    rows = [{"document_id": h.document_id, "document": h.document_title, "path": h.path.split("/"),
             "snippet": h.snippet} for h in hits]
    _emit(rows, args.json, (f"{h.document_title}  [{'.'.join(h.path.split('/'))}]  {h.snippet}" for h in hits))
    return 0


def cmd_export_briefing(args) -> int:
    import datetime as dt
    from desktop.export_jobs import export_briefing
    store = _open_store(args)
    try:
        unit_id, error = _export_unit(store, args.unit)
        if args.document is not None and args.document not in {d.id for d in store.documents()}:
            error = f"错误：没有编号为 {args.document} 的文件 (error: unknown document)"
        if error:
            print(error, file=sys.stderr)
            return 1
        today = dt.date.fromisoformat(args.today) if args.today else None
        out = export_briefing(store, args.out, document_id=args.document, unit_id=unit_id,
                              include_internal=args.include_internal, today=today,
                              include_context=args.include_context, issuer=args.issuer or "")
    except OSError as e:
        return _cannot_write(args.out, e)
    finally:
        store.close()
    print(f"已导出汇报材料 → {out}" + ("（含内部批注）" if args.include_internal else ""))
    return 0


def _export_unit(store, name: str | None):
    """(unit id or None, error message or None) for ``--unit``: any alias or qualified name."""
    if not name:
        return None, None
    unit_id = store.resolve_unit(name)
    return unit_id, None if unit_id is not None else f"错误：找不到单位“{name}” (error: unknown unit)"


def _cannot_write(path, error: OSError) -> int:
    print(f"错误：无法写入 {path}：{error.strerror or error} (error: cannot write)", file=sys.stderr)
    return 1


@contextmanager
def _cell_notes():
    """Say on stderr which cells an export had to shorten (Excel keeps 32,767 characters a cell)."""
    from exporters.xlsx_safety import CellShortened
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CellShortened)
        try:
            yield
        finally:
            for w in caught:
                if issubclass(w.category, CellShortened):
                    print(f"提示：{w.message} (note: a text too long for one Excel cell was shortened, marked in "
                          f"the cell)", file=sys.stderr)


def cmd_export_ledger(args) -> int:
    import datetime as dt
    from desktop.core.vocabulary import STATUSES
    from desktop.export_jobs import export_ledger
    store = _open_store(args)
    try:
        unit_id, error = _export_unit(store, args.unit)
        known = {d.id for d in store.documents()}
        unknown = [d for d in args.document or [] if d not in known]
        if unknown:
            error = f"错误：没有编号为 {'、'.join(map(str, unknown))} 的文件 (error: unknown document)"
        if args.status and args.status not in STATUSES:
            error = f"错误：状态应为 {'、'.join(STATUSES)} 之一 (error: unknown status)"
        try:
            today = dt.date.fromisoformat(args.today) if args.today else None
        except ValueError:
            error = f"错误：日期“{args.today}”应写作 YYYY-MM-DD (error: bad date)"
        if error:
            print(error, file=sys.stderr)
            return 1
        with _cell_notes():
            out = export_ledger(store, args.out, document_ids=args.document, unit_id=unit_id, status=args.status,
                                today=today, include_context=args.include_context,
                                form="简版" if args.brief else "详版")
    except OSError as e:
        return _cannot_write(args.out, e)
    finally:
        store.close()
    print(f"已导出任务分工表 → {out}")
    return 0


def cmd_export_unit_ledgers(args) -> int:
    from desktop.export_jobs import export_unit_ledgers
    store = _open_store(args, write=True)   # each workbook's values are recorded in the store
    try:
        unit_id, error = _export_unit(store, args.unit)
        if error:
            print(error, file=sys.stderr)
            return 1
        paths: list[Path] = []
        with _cell_notes():
            export_unit_ledgers(store, args.out, None if unit_id is None else [unit_id],
                                written=lambda path: (paths.append(path), print(f"已导出 → {path}", flush=True)))
    except OSError as e:
        if paths:
            print(f"已导出 {len(paths)} 个单位的任务台账（见上），其余未导出", file=sys.stderr)
        return _cannot_write(args.out, e)
    finally:
        store.close()
    print(f"共导出 {len(paths)} 个单位的任务台账")
    return 0


def cmd_returns_import(args) -> int:
    from exporters.return_report import preview_lines
    from desktop.core.errors import ReadError
    from desktop.return_jobs import apply_return, read_return
    from exporters.returns import UnitNotFound
    from desktop.cli_rounds import record_return, round_of_return
    store = _open_store(args, write=not args.preview)
    try:
        unit_id, error = _export_unit(store, args.unit)
        try:
            preview = None if error else read_return(store, args.file, unit_id)
        except UnitNotFound as e:
            error = f"错误：{e}，请用 --unit 指定 (error: name the unit with --unit)"
        except ReadError as e:
            error = f"错误：无法读取 {args.file}：{e.zh} (error: {e.en})"
        except (OSError, ValueError, KeyError) as e:
            error = f"错误：无法读取 {args.file}：{e} (error: cannot read the returned ledger)"
        if not error:
            round_, error = round_of_return(store, preview, args.round, args.received)
        if error:
            print(error, file=sys.stderr)
            return 1
        for line in preview_lines(preview):
            print(line)
        if args.preview:
            print("仅预览，未写入。")
            return 0
        try:
            result = apply_return(store, preview)
        except OSError as e:    # the copy of the file could not be kept: nothing was written
            why = "磁盘已满" if e.errno == errno.ENOSPC else (e.strerror or str(e))
            print(f"错误：无法存档原文件（{why}），回收台账未写入，数据库未改动 (error: the returned file could not be "
                  f"kept; nothing was written)", file=sys.stderr)
            return 1
        except ValueError as e:   # the write (or the backup before it) failed and rolled back
            print(f"错误：回收台账未写入，数据库未改动：{e} (error: nothing was written)", file=sys.stderr)
            return 1
        print(record_return(store, round_, preview, args.received))
    finally:
        store.close()
    print(f"已写入 {result['applied']} 处修改" + (f"；原文件已存档 → {result['evidence']}" if result["evidence"] else ""))
    if preview.conflicts:
        print(f"{len(preview.conflicts)} 处冲突未处理（命令行保留系统现值），请在程序中逐项选择。")
    return 0


def _compare_side(spec: str, store):
    """(measures, name, document id or None) of a file, or of a stored document id when a store is open."""
    from desktop.core.compare.adapters import measures_from_parse
    from desktop.core.engine import parse_file
    if store is not None and spec.isdigit():
        documents = {d.id: d for d in store.documents()}
        if int(spec) not in documents:
            raise ValueError(f"数据目录中没有编号为 {spec} 的文件 (no document {spec} in the store)")
        return store.compare_measures(int(spec)), f"#{spec} {documents[int(spec)].title or ''}".strip(), int(spec)
    path = Path(spec)
    if not path.is_file():
        hint = "；文件编号须配合 --data-dir 使用" if spec.isdigit() else ""
        raise ValueError(f"找不到文件：{spec}{hint} (no such file)")
    return measures_from_parse(parse_file(path)), path.name, None


def cmd_compare(args) -> int:
    from desktop.core.compare.align import align
    from desktop.core.compare.summary import summary_lines
    from desktop.core.errors import ReadError
    data_dir = args.compare_data_dir or args.data_dir
    store = None
    try:
        if data_dir and (args.a.isdigit() or args.b.isdigit()):
            from desktop.store.store import Store
            if not Path(data_dir).is_dir():
                raise ValueError(f"数据目录不存在：{data_dir} (no such store folder)")
            store = Store.open(data_dir)
        (a, name_a, id_a), (b, name_b, id_b) = _compare_side(args.a, store), _compare_side(args.b, store)
        pins, unpins = store.compare_pins(id_a, id_b) if store and id_a and id_b else ([], [])
        alignment = align(a, b, pins, unpins)
    except ReadError as exc:
        print(f"错误：{exc.zh} (error: {exc.en})", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback: one clear line
        print(f"错误：对照失败（{type(exc).__name__}：{exc}） (error: comparison failed)", file=sys.stderr)
        return 2
    finally:
        if store is not None:
            store.close()
    _emit(alignment.to_json(), args.json, summary_lines(alignment, name_a, name_b))
    return 0


# What a terminal would obey instead of print: C0 controls (ESC starts sequences that set the title or clear the
# screen; CR overwrites a line), DEL, C1 controls, and the bidi controls that reorder what the line shows.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character a terminal would act on written out as an escape (\\x1b, \\u202e)."""
    return _TERMINAL_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                  else f"\\u{ord(m.group()):04x}", text)


class _TerminalSafe:
    """A text stream that escapes control characters on the way out (file names and titles come from outside)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


JSON_HELP = "输出 JSON (print JSON)"


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli_rounds import add_parsers as add_round_parsers, add_return_options
    parser = argparse.ArgumentParser(prog="policydesk", description="政策台账 PolicyDesk")
    parser.add_argument("--store", metavar="URL", help="团队数据库，如 postgresql://用户@服务器/数据库（默认 POLICYDESK_STORE） "
                        "(team store URL; default POLICYDESK_STORE)")
    parser.add_argument("--data-dir", metavar="D", help="数据目录 (store folder; default POLICYDESK_HOME or the "
                                                          "user data folder)")
    parser.add_argument("--demo", action="store_true", help="打开演示数据库（含示例文件） (open a throwaway demo store)")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：打开主窗口、载入演示数据、检查各视图后退出 (headless GUI self-test)")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("import", help="导入文件或文件夹 (import files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹 (files or folders)")
    p.add_argument("--quiet", action="store_true", help="不显示进度条 (no progress bar)")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("documents", help="列出文档 (list documents)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_documents)
    p = sub.add_parser("units", help="列出单位 (list units)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_units)
    p = sub.add_parser("measures", help="列出措施及其牵头、配合单位和时限 (list measures with their units)")
    p.add_argument("--document", type=int, metavar="ID", help="只列该文件（编号见 documents） (one document id)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_measures)
    p = sub.add_parser("tasks", help="某单位在各文件中的任务 (one unit's tasks)")
    p.add_argument("--unit", required=True, metavar="NAME", help="单位（任一别称或全称） (unit, any alias)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_tasks)
    p = sub.add_parser("search", help="全文检索 (full-text search)")
    p.add_argument("text", metavar="TEXT", help="检索词 (words to find)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("parse", help="提取措施、责任单位、目标与时限 (extract measures)")
    p.add_argument("files", nargs="+", metavar="FILE", help="要提取的文件 (files to parse)")
    p.add_argument("--json", metavar="DIR", help="每个文件写一个 JSON (one JSON per input)")
    p.set_defaults(func=cmd_parse)
    p = sub.add_parser("export", help="导出台账或汇报材料 (export ledgers or briefing packs)")
    export = p.add_subparsers(dest="export_command", required=True)
    e = export.add_parser("briefing", help="Word 汇报材料（GB/T 9704 版式） (Word briefing pack)")
    e.add_argument("--document", type=int, metavar="ID", help="文件编号 (document id)")
    e.add_argument("--unit", metavar="NAME", help="单位（任一别称） (unit, any alias)")
    e.add_argument("--include-internal", action="store_true", help="包含内部批注，封面标“内部资料” (include internal notes)")
    e.add_argument("--today", metavar="YYYY-MM-DD", help="统计日期（默认今天） (report date)")
    e.add_argument("--out", required=True, metavar="PATH.docx", help="输出文件 (output file)")
    e.add_argument("--include-context", action="store_true",
                   help="也列出指导思想、发展目标等非任务条目 (also list context items such as 指导思想)")
    e.add_argument("--issuer", metavar="NAME",
                   help="落款单位，如 市商务局（默认留“（落款单位）”待填） (issuing office for the 落款)")
    e.set_defaults(func=cmd_export_briefing)
    e = export.add_parser("ledger", help="Excel 任务分工表（含矩阵、汇总） (Excel ledger workbook)")
    e.add_argument("--document", type=int, action="append", metavar="ID", help="文件编号，可重复 (document id)")
    e.add_argument("--unit", metavar="NAME", help="只含该单位参与的措施 (unit, any alias)")
    e.add_argument("--status", metavar="S", help="只含该状态：未启动/推进中/已完成/滞后/暂缓 (only this status)")
    e.add_argument("--today", metavar="YYYY-MM-DD", help="逾期、临期着色的基准日（默认打开文件当天） (date for overdue colours)")
    e.add_argument("--out", required=True, metavar="PATH.xlsx", help="输出文件 (output file)")
    e.add_argument("--include-context", action="store_true",
                   help="也列出指导思想、发展目标等非任务条目 (also list context items such as 指导思想)")
    e.add_argument("--brief", action="store_true",
                   help="简版：重点任务只写任务名（默认详版：任务名和内容） (task names only; default: name and content)")
    e.set_defaults(func=cmd_export_ledger)
    e = export.add_parser("unit-ledgers", help="每个单位一份待填报的任务台账 (one workbook per unit)")
    e.add_argument("--unit", metavar="NAME", help="只导出该单位 (one unit, any alias)")
    e.add_argument("--out", required=True, metavar="DIR", help="输出文件夹 (output folder)")
    e.set_defaults(func=cmd_export_unit_ledgers)
    p = sub.add_parser("returns", help="回收各单位填报的台账 (returned ledgers)")
    returns = p.add_subparsers(dest="returns_command", required=True)
    r = returns.add_parser("import", help="读入回收的单位台账：预览修改与冲突后写入 (import a returned ledger)")
    r.add_argument("file", metavar="FILE", help="回收的 .xlsx 台账 (the returned workbook)")
    r.add_argument("--unit", metavar="NAME", help="填报单位（默认按文件中的“填报单位”） (unit, any alias)")
    r.add_argument("--preview", action="store_true", help="只预览，不写入 (preview only)")
    add_return_options(r)
    r.set_defaults(func=cmd_returns_import)
    add_round_parsers(sub)
    p = sub.add_parser("compare", help="逐条对照两个文件或两个版本 (compare two documents measure by measure)")
    p.add_argument("a", metavar="A", help="文件，或配合 --data-dir 的文件编号 (file, or document id)")
    p.add_argument("b", metavar="B", help="文件，或配合 --data-dir 的文件编号 (file, or document id)")
    p.add_argument("--json", action="store_true", help="输出 JSON 对照列表 (print the alignment as JSON)")
    p.add_argument("--data-dir", dest="compare_data_dir", metavar="D", help="数据目录（按文件编号对照时） (store folder)")
    p.set_defaults(func=cmd_compare)
    from desktop.cli_store import add_store_commands
    add_store_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        from desktop.display import NO_DISPLAY, display_missing
        if display_missing():
            if not args.self_test:
                print(NO_DISPLAY, file=sys.stderr)
                return 2
            os.environ["QT_QPA_PLATFORM"] = "offscreen"   # the self-test needs no screen
        from desktop.store.team.server import chosen_store
        team = None if args.demo or args.self_test else chosen_store(args.store, args.data_dir)
        if team:   # the team store's window (--store or POLICYDESK_STORE)
            from desktop.ui.team.team_app import run_team
            return run_team(team)
        from desktop.ui.app import run
        return run(args.data_dir, demo=args.demo, self_test=args.self_test)
    plain = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(sys.stdout), _TerminalSafe(sys.stderr)
    try:
        return _run_command(args)
    finally:
        sys.stdout, sys.stderr = plain


def _run_command(args) -> int:
    from desktop.store.open_errors import StoreUnavailable, StoreWriteFailed
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0
    except (StoreUnavailable, StoreWriteFailed) as exc:   # read-only, full disk, newer store...: one true line
        print(f"错误：{exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
