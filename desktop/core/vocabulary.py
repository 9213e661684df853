"""The words the store, the window and the exports share: roles, tracking statuses, where an assignment came from."""

LEAD, SUPPORT = "lead", "support"
ROLE_NAMES = {LEAD: "牵头", SUPPORT: "配合"}

# What a measure is: a task assigns work; context (指导思想, 基本原则, 发展目标 …) frames it and is no one's task.
TASK, CONTEXT = "task", "context"

# How an assignment (or heading, deadline) came to be: read from the text, confirmed or corrected by an officer.
EXTRACTED, CONFIRMED, EDITED = "extracted", "confirmed", "edited"

# Tracking statuses as stored and as offices write them; the first is the status of a task nobody has touched.
STATUSES = ("未启动", "推进中", "已完成", "滞后", "暂缓")
NOT_STARTED = STATUSES[0]

# How offices write a status in their own ledgers, folded onto ours (a value not listed here is not a status).
_STATUS_WORDS = {
    "未启动": ("未启动", "未开始", "尚未启动", "尚未开始", "待启动", "未开展"),
    "推进中": ("推进中", "进行中", "正在推进", "正在进行", "在推进", "实施中", "持续推进", "推进", "已启动", "部分完成"),
    "已完成": ("已完成", "完成", "已办结", "办结", "已落实", "已实现"),
    "滞后": ("滞后", "进度滞后", "延期", "逾期", "未按期完成", "推进缓慢"),
    "暂缓": ("暂缓", "暂停", "中止", "缓办"),
}
_STATUS_OF = {word: status for status, words in _STATUS_WORDS.items() for word in words}


def status_from_text(text: str | None) -> str | None:
    """Our status for what a ledger's 状态/完成情况 cell says (已办结 → 已完成), or None when it names none."""
    if not text:
        return None
    return _STATUS_OF.get("".join(text.split()).rstrip("。；;，,"))
