"""A returned ledger's preview as Chinese lines for the command line (and any plain-text report)."""

from __future__ import annotations

from .returns import FIELD_NAMES, ReturnPreview


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return "（空）" if not text else text if len(text) <= limit else text[:limit] + "…"


def preview_lines(p: ReturnPreview) -> list[str]:
    lines = [f"回收台账：{p.path.name}　填报单位：{p.unit_name}　导出时间：{p.exported_at or '未知（无导出记录，无法判断冲突）'}",
             f"对应任务 {p.matched_rows} 行；修改 {len(p.changes)} 处，冲突 {len(p.conflicts)} 处，"
             f"未读取 {len(p.rejected)} 行，按序号和重点任务匹配 {len(p.fuzzy)} 行"
             + (f"；完成时限改动 {len(p.due_changes)} 处（不写入，请核对）" if p.due_changes else "")]
    for c in p.changes:
        lines.append(f"  修改 第{c.row}行 {c.number} {FIELD_NAMES[c.field]}：{_short(c.old)} → {_short(c.new)}")
    for c in p.conflicts:
        lines.append(f"  冲突 第{c.row}行 {c.number} {FIELD_NAMES[c.field]}：导出时 {_short(c.exported)}；"
                     f"系统现为 {_short(c.store)}；文件填 {_short(c.file)}")
    for f in p.fuzzy:
        lines.append(f"  请核对 第{f.row}行 {f.why}，按序号和重点任务对应到 {f.number}（相似度 {f.score:.0f}）")
    for d in p.due_changes:
        reading = f"（即 {d.reading}）" if d.reading and d.reading != d.file else ""
        lines.append(f"  完成时限 第{d.row}行 {d.number}：导出时 {_short(d.exported)} → 文件填 {_short(d.file)}{reading}；"
                     f"未写入，如需调整请在任务中修改")
    for r in p.rejected:
        lines.append(f"  未读取 第{r.row}行：{r.reason}")
    return lines
