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


def cmd_store_grant(args) -> int:
    from desktop.store.team.roles import grant
    from desktop.store.team.server import chosen_store, display
    from desktop.store.team.server_errors import open_team_store
    url = chosen_store(args.store, None)
    if not url:
        print("错误：请用 --store postgresql://管理员@服务器/数据库 指定团队数据库 (name the team store with --store)")
        return 2
    store = open_team_store(url)
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
