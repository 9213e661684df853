"""`policydesk store …`: the team store's commands (copy a whole store between a laptop and the server)."""

from __future__ import annotations

import time


def add_store_commands(sub) -> None:
    p = sub.add_parser("store", help="团队数据库：复制、授权 (team store: copy, grant)")
    store = p.add_subparsers(dest="store_command", required=True)
    c = store.add_parser("copy", help="把整个数据库复制到另一处（SQLite 与 PostgreSQL 之间），逐表核对条数与校验和 "
                                      "(copy a whole store, verified by row counts and checksums)")
    c.add_argument("src", metavar="SRC", help="来源：数据目录或 postgresql://… (source: data folder or server URL)")
    c.add_argument("dst", metavar="DST", help="目标：新的数据目录或空的 postgresql://… 数据库 "
                                              "(destination: a new folder or an empty server database)")
    c.set_defaults(func=cmd_store_copy)
    g = store.add_parser("grant", help="授予服务器上的用户查看或编辑权限（由服务器执行） "
                                       "(give a server role viewer or editor rights, enforced by the server)")
    g.add_argument("role", metavar="ROLE", help="服务器上的用户名 (the officer's PostgreSQL role)")
    g.add_argument("kind", choices=("viewer", "editor"), help="viewer 查看 / editor 编辑 (read only / read and write)")
    g.set_defaults(func=cmd_store_grant)
    w = store.add_parser("checkout", help="取出工作副本（部分文件或一个单位的任务）到本机，离线编辑 "
                                          "(take a working copy out to a laptop folder)")
    w.add_argument("dest", metavar="DIR", help="新的本机数据目录 (a new data folder)")
    w.add_argument("--document", type=int, action="append", metavar="ID", help="文件编号，可重复 (document id)")
    w.add_argument("--unit", metavar="NAME", help="该单位的任务 (one unit's tasks, any alias)")
    w.set_defaults(func=cmd_store_checkout)
    b = store.add_parser("merge", help="把离线编辑的工作副本合并回团队数据库 (merge a working copy back)")
    b.add_argument("copy", metavar="DIR", help="工作副本的数据目录 (the working copy's folder)")
    b.add_argument("--keep", choices=("theirs", "mine"), default="theirs",
                   help="冲突时保留服务器上的值（theirs，默认）或本机的值（mine） (conflicts: server's or mine)")
    b.add_argument("--preview", action="store_true", help="只列出将合并的修改和冲突，不写入 (preview only)")
    b.set_defaults(func=cmd_store_merge)


def cmd_store_copy(args) -> int:
    from desktop.store.team.copy import CopyRefused, copy_rows, verify
    from desktop.store.team.locations import open_location, shown
    t0 = time.perf_counter()
    src = open_location(args.src)
    dst = open_location(args.dst, write=True)
    try:
        try:
            copy_rows(src.engine, dst.engine)
        except CopyRefused as exc:
            print(f"错误：{exc}")
            return 2
        copied = time.perf_counter() - t0
        checks = verify(src.engine, dst.engine)
    finally:
        src.close()
        dst.close()
    print(f"{shown(args.src)} → {shown(args.dst)}")
    print(f"{'表 (table)':<18}{'来源条数':>10}{'目标条数':>10}  {'来源校验和':<18}{'目标校验和':<18}")
    bad = 0
    for a, b in checks:
        same = a == b
        bad += not same
        print(f"{a.table:<18}{a.rows:>10}{b.rows:>10}  {a.checksum:<18}{b.checksum:<18}{'' if same else '  不一致'}")
    total = time.perf_counter() - t0
    if bad:
        print(f"错误：{bad} 个表复制后不一致 (tables differ after the copy: {bad})")
        return 1
    print(f"全部 {len(checks)} 个表条数与校验和一致；复制 {copied:.1f} 秒，含核对共 {total:.1f} 秒 "
          f"(all tables match; copy {copied:.1f} s, with verification {total:.1f} s)")
    return 0


def _server(args):
    """(url, store) of the team store named by --store or POLICYDESK_STORE, or (None, None) after saying so."""
    from desktop.store.team.server import chosen_store
    from desktop.store.team.server_errors import open_team_store
    url = chosen_store(args.store, None)
    if not url:
        print("错误：请用 --store postgresql://用户@服务器/数据库 指定团队数据库 (name the team store with --store)")
        return None, None
    return url, open_team_store(url)


def cmd_store_grant(args) -> int:
    from desktop.store.team.roles import grant
    from desktop.store.team.server import display
    url, store = _server(args)
    if store is None:
        return 2
    try:
        grant(store.engine, args.role, args.kind)
    except ValueError as exc:
        print(f"错误：{exc}")
        return 2
    finally:
        store.close()
    what = "查看" if args.kind == "viewer" else "查看和编辑"
    print(f"已授予“{args.role}”{what}权限：{display(url)} (granted {args.kind})")
    return 0


def cmd_store_checkout(args) -> int:
    from pathlib import Path

    from desktop.store.store import Store
    from desktop.store.team.server import display
    from desktop.store.team.working_copy import take_out
    if not args.document and not args.unit:
        print("错误：请用 --document 或 --unit 指定取出的范围 (choose --document or --unit)")
        return 2
    if Path(args.dest).exists() and any(Path(args.dest).iterdir()):
        print(f"错误：目录“{args.dest}”不是空的，请另选一个新目录 (the folder is not empty)")
        return 2
    url, server = _server(args)
    if server is None:
        return 2
    try:
        unit_id = server.resolve_unit(args.unit) if args.unit else None
        if args.unit and unit_id is None:
            print(f"错误：没有找到单位“{args.unit}” (no such unit)")
            return 2
        copy = Store.open(args.dest, write=True)
        try:
            scope = take_out(server.engine, copy.engine, display(url), args.document, unit_id)
        except ValueError as exc:
            print(f"错误：{exc}")
            return 2
        finally:
            copy.close()
    finally:
        server.close()
    print(f"已取出工作副本到“{args.dest}”：{len(scope['documents'])} 个文件，{len(scope['assignments'])} 项任务。"
          f"离线时用 policydesk --data-dir {args.dest} 编辑，回来后用 policydesk store merge 合并 "
          f"(working copy taken out: {len(scope['documents'])} documents, {len(scope['assignments'])} tasks)")
    return 0


def cmd_store_merge(args) -> int:
    from desktop.store.store import Store
    from desktop.store.team.working_copy import merge_back, plan_merge
    url, server = _server(args)
    if server is None:
        return 2
    copy = Store.open(args.copy)
    try:
        report = plan_merge(server, copy)
        if not args.preview:
            keep = {(c.entity_id, c.field) for c in report.conflicts} if args.keep == "mine" else set()
            report = merge_back(server, copy, keep)
    except ValueError as exc:
        print(f"错误：{exc}")
        return 2
    finally:
        copy.close()
        server.close()
    for aid, f, old, new in report.applied:
        print(f"修改  A{aid} {f}：{old or '（空）'} → {new or '（空）'}")
    for c in report.conflicts:
        print(f"冲突  A{c.entity_id} {c.field}：服务器 {c.theirs or '（空）'} / 本机 {c.mine or '（空）'}"
              f"（{'采用本机' if args.keep == 'mine' else '保留服务器'}）")
    verb = "将合并" if args.preview else "已合并"
    print(f"{verb}：修改 {len(report.applied)} 处，冲突 {len(report.conflicts)} 处，新批注 {report.notes_added} 条 "
          f"(changes {len(report.applied)}, conflicts {len(report.conflicts)}, new notes {report.notes_added})")
    return 0
