"""``policydesk round new|status|close|remind``: the reporting round (调度) from the command line, and the round a
returned workbook is recorded against (``returns import --round/--received``)."""

from __future__ import annotations

import datetime as dt
import json
import sys


class _Refused(Exception):
    """A message already in Chinese (with its English gloss) that ends the command with exit code 1."""


def _date(text: str | None, what: str, default: dt.date | None = None) -> dt.date:
    if not text:
        if default is None:
            raise _Refused(f"错误：请填写{what}（YYYY-MM-DD） (error: {what} missing)")
        return default
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _Refused(f"错误：{what}“{text}”应写作 YYYY-MM-DD (error: bad date)") from None


def _chosen(book, name: str | None):
    """The round named, else the current one (the newest open round)."""
    r = book.find(name) if name else book.current()
    if r is None:
        raise _Refused(f"错误：没有名为“{name}”的一期 (error: unknown round)" if name
                       else "错误：还没有新建任何一期调度（policydesk round new） (error: no round yet)")
    return r


def _run(args, body, write: bool = False) -> int:
    from desktop.cli import _open_store
    from desktop.store.rounds.book import RoundBook
    store = _open_store(args, write=write)
    try:
        return body(store, RoundBook(store))
    except _Refused as e:
        print(str(e), file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"错误：{e} (error: refused)", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"错误：无法写入 {getattr(args, 'out', '')}：{e.strerror or e} (error: cannot write)", file=sys.stderr)
        return 1
    finally:
        store.close()


def cmd_round_new(args) -> int:
    from desktop.round_jobs import start_round

    def body(store, book):
        due = _date(args.due, "报送截止日期")
        today = _date(args.today, "导出日期", dt.date.today())
        unknown = sorted(set(args.document or []) - {d.id for d in store.documents()})
        if unknown:
            raise _Refused(f"错误：没有编号为 {'、'.join(map(str, unknown))} 的文件 (error: unknown document)")
        r = start_round(store, book, args.name, due, args.out, args.document, today,
                        written=lambda path: print(f"已导出 → {path}", flush=True))
        units = book.units(r.id)
        print(f"已新建“{r.name}”：{len(units)} 个单位的任务台账，报送截止 {r.due.isoformat()}")
        return 0
    return _run(args, body, write=True)


def cmd_round_status(args) -> int:
    from desktop.core.rounds.rules import outstanding_units, state_text, unit_state

    def body(store, book):
        r = _chosen(book, args.name)
        today = _date(args.today, "统计日期", dt.date.today())
        units = book.units(r.id)
        change = book.changes(r.id)
        if args.json:
            print(json.dumps({"round": r.name, "due": r.due.isoformat(), "closed": r.closed and r.closed.isoformat(),
                              "units": [{"unit": u.unit_name, "state": unit_state(u, r.due, today),
                                         "shown": state_text(u, r.due, today), "tasks": u.tasks,
                                         "received": u.received and u.received.isoformat()} for u in units],
                              "newly_done": change.newly_done, "newly_lagging": change.newly_lagging},
                             ensure_ascii=False, indent=1))
            return 0
        state = f"已于 {r.closed.isoformat()} 关闭" if r.closed else "进行中"
        print(f"{r.name}（{state}）：导出 {r.exported.isoformat()}，报送截止 {r.due.isoformat()}")
        for u in units:
            print(f"  {u.unit_name}  {u.tasks} 项  {state_text(u, r.due, today)}")
        missing = outstanding_units(units)
        print(f"共 {len(units)} 个单位：已报送 {len(units) - len(missing)}，未报送 {len(missing)}")
        print(change.sentence())
        return 0
    return _run(args, body)


def cmd_round_close(args) -> int:
    def body(store, book):
        r = _chosen(book, args.name)
        book.close(r.id, _date(args.today, "关闭日期", dt.date.today()))
        print(f"已关闭“{r.name}”：此后回收的本期台账不再计入")
        return 0
    return _run(args, body, write=True)


def cmd_round_remind(args) -> int:
    from exporters.reminder import write_reminders
    from desktop.round_jobs import reminders_for

    def body(store, book):
        r = _chosen(book, args.name)
        today = _date(args.today, "发函日期", dt.date.today())
        reply_by = _date(args.reply_by, "回复日期", today + dt.timedelta(days=3))
        letters = reminders_for(book, r, today, reply_by, args.issuer or "", args.kind)
        if not letters:
            print(f"“{r.name}”没有逾期未报送的单位，无需催办")
            return 0
        for path in write_reminders(letters, args.out):
            print(f"已生成 → {path}")
        print(f"共 {len(letters)} 份{args.kind}")
        return 0
    return _run(args, body)


def round_of_return(store, preview, asked: str | None, received: str | None):
    """(the round the returned workbook counts for or None, error line or None), before anything is written."""
    from desktop.store.rounds.book import RoundBook
    from desktop.round_jobs import round_of_return as find
    try:
        _date(received, "收到日期", dt.date.today())
        return find(RoundBook(store), preview.path, preview.unit_id, asked), None
    except _Refused as e:
        return None, str(e)
    except ValueError as e:
        return None, f"错误：{e} (error: the returned ledger is not for an open round)"


def record_return(store, round_, preview, received: str | None) -> str:
    """Record the applied return against its round; the line that says so."""
    from desktop.store.rounds.book import RoundBook
    if round_ is None:
        return "提示：该台账不属于任何一期调度，未计入报送情况（可用 --round 指定） (note: not counted for a round)"
    day = _date(received, "收到日期", dt.date.today())
    try:
        RoundBook(store).record_return(round_.id, preview.unit_id, day, preview.path.name)
    except ValueError as e:     # closed by someone else between the check and now: the values stay written
        return f"提示：修改已写入，但未计入“{round_.name}”：{e} (note: not counted for the round)"
    return f"已计入“{round_.name}”：{preview.unit_name} {day.isoformat()} 报送"


def add_parsers(sub) -> None:
    """``round`` and its subcommands on the main parser."""
    p = sub.add_parser("round", help="调度：分发、回收、催办各单位的推进情况表 (reporting rounds)")
    rounds = p.add_subparsers(dest="round_command", required=True)
    r = rounds.add_parser("new", help="新建一期：为每个单位导出待填报的台账 (start a round)")
    r.add_argument("name", metavar="NAME", help="本期名称，如 2026年第1期 (round name)")
    r.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="报送截止日期 (returns due)")
    r.add_argument("--out", required=True, metavar="DIR", help="输出文件夹 (output folder)")
    r.add_argument("--document", type=int, action="append", metavar="ID", help="只含该文件，可重复 (document id)")
    r.add_argument("--today", metavar="YYYY-MM-DD", help="导出日期（默认今天） (export date)")
    r.set_defaults(func=cmd_round_new)
    r = rounds.add_parser("status", help="各单位报送情况 (who has returned)")
    r.add_argument("name", nargs="?", metavar="NAME", help="默认当前一期 (round name; default the current one)")
    r.add_argument("--today", metavar="YYYY-MM-DD", help="统计日期（默认今天） (date)")
    r.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")
    r.set_defaults(func=cmd_round_status)
    r = rounds.add_parser("close", help="关闭本期：此后不再接收本期报送 (close a round)")
    r.add_argument("name", nargs="?", metavar="NAME", help="默认当前一期 (round name)")
    r.add_argument("--today", metavar="YYYY-MM-DD", help="关闭日期（默认今天） (date)")
    r.set_defaults(func=cmd_round_close)
    r = rounds.add_parser("remind", help="为每个逾期未报送的单位生成提醒函 (reminder letters)")
    r.add_argument("name", nargs="?", metavar="NAME", help="默认当前一期 (round name)")
    r.add_argument("--out", required=True, metavar="DIR", help="输出文件夹 (output folder)")
    r.add_argument("--reply-by", metavar="YYYY-MM-DD", help="请于该日前回复（默认三天后） (reply date)")
    r.add_argument("--issuer", metavar="NAME", help="落款单位 (issuing office)")
    r.add_argument("--kind", choices=("提醒函", "督办通知"), default="提醒函", help="文种 (letter kind)")
    r.add_argument("--today", metavar="YYYY-MM-DD", help="发函日期（默认今天） (date)")
    r.set_defaults(func=cmd_round_remind)


def add_return_options(r) -> None:
    """``returns import --round NAME --received DATE``."""
    r.add_argument("--round", metavar="NAME", help="计入哪一期（默认按文件判断） (round the return is for)")
    r.add_argument("--received", metavar="YYYY-MM-DD", help="收到日期（默认今天） (day received)")
