"""How a tracking status is shown: the store keeps the Chinese value, the screen shows it in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.vocabulary import STATUSES


def status_labels() -> dict[str, str]:
    """Stored status → label; literal calls so that lupdate finds every one."""
    t = QCoreApplication
    return {"未启动": t.translate("Status", "未启动"), "推进中": t.translate("Status", "推进中"),
            "已完成": t.translate("Status", "已完成"), "滞后": t.translate("Status", "滞后"),
            "暂缓": t.translate("Status", "暂缓")}


def status_label(status: str | None) -> str:
    return status_labels().get(status, status or "")


def status_value(text: str) -> str:
    """A status as typed or chosen, in either language, to its stored value (unknown text passes through)."""
    return next((s for s, label in status_labels().items() if text in (s, label)), text)


assert set(status_labels()) == set(STATUSES)
