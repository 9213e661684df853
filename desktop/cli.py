"""The ``policydesk`` command: no arguments opens the GUI; subcommands do headless work."""

from __future__ import annotations

import argparse
import json
import sys
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
    from desktop.core.engine import parse_file
    from desktop.core.errors import ReadError
    failures = 0
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
        if not result.measures:
            print(f"{path.name}: 提示：未识别到编号条目（措施） (note: no numbered measures found)", file=sys.stderr)
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policydesk", description="政策台账 PolicyDesk")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("parse", help="提取措施、责任单位、目标与时限 (extract measures)")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", metavar="DIR", help="每个文件写一个 JSON (one JSON per input)")
    p.set_defaults(func=cmd_parse)
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
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
