"""Overview pane: tasks by unit × status (table and chart), and the overdue and due-within-14-days lists."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from desktop.core.vocabulary import STATUSES
from desktop.store.rows import TaskRow

from desktop.ui.context import AppContext
from desktop.core.path_format import format_path
from desktop.ui.tasks.status_chart import StatusChart
from desktop.ui.common.status_labels import status_label
from desktop.ui.tasks.task_table_model import MEASURE_ROLE, SOON_DAYS

_DISPLAY = Qt.ItemDataRole.DisplayRole


class StatusCountModel(QAbstractTableModel):
    """Rows: units, most tasks first; columns: 单位, the five statuses, 合计."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, int], int]] = []

    def set_counts(self, counts: dict[tuple[str, str], int]) -> None:
        by_unit: dict[str, dict[str, int]] = {}
        for (unit, status), n in counts.items():
            by_unit.setdefault(unit, {})[status] = n
        self.beginResetModel()
        self._rows = sorted(((u, c, sum(c.values())) for u, c in by_unit.items()), key=lambda r: (-r[2], r[0]))
        self.endResetModel()

    def unit_rows(self) -> list[tuple[str, dict[str, int]]]:
        return [(u, dict(c)) for u, c, _ in self._rows]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(STATUSES) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = [self.tr("单位"), *map(status_label, STATUSES), self.tr("合计")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        unit, counts, total = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return unit
            return str(total if col == len(STATUSES) + 1 else counts.get(STATUSES[col - 1], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return unit
        return None


class DueTaskModel(QAbstractTableModel):
    """Tasks (assignments) not done with a due date: 文件, 序号, 措施, 单位, 完成时限."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[TaskRow] = []

    def set_tasks(self, rows: list[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task_at(self, row: int) -> TaskRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (self.tr("文件"), self.tr("序号"), self.tr("措施"), self.tr("单位"), self.tr("完成时限"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        if role == _DISPLAY:
            return (t.document_title or "", format_path(t.path), t.heading, t.unit, t.due_date or "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{t.document_title or ''}\n{format_path(t.path)} {t.heading}\n{t.unit}（{status_label(t.status)}）"
        if role == MEASURE_ROLE:
            return t.measure_id
        return None


class OverviewPane(QWidget):
    """Public: ``refresh()``; ``measure_activated(measure id)`` when a due-list row is double-clicked."""

    measure_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.counts = StatusCountModel(self)
        self.overdue = DueTaskModel(self)
        self.due_soon = DueTaskModel(self)
        self.chart = StatusChart()

        self.counts_view = _table(self.counts)
        self.counts_view.setObjectName("statusCounts")
        self.counts_view.setAccessibleName(self.tr("各单位任务状态统计"))
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.counts.columnCount()):
            self.counts_view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.overdue_view, self.due_soon_view = _table(self.overdue), _table(self.due_soon)
        self.overdue_view.setObjectName("overdueTasks")
        self.overdue_view.setAccessibleName(self.tr("已逾期的任务"))
        self.due_soon_view.setObjectName("dueSoonTasks")
        self.due_soon_view.setAccessibleName(self.tr("即将到期的任务"))
        self.overdue_box, self.due_soon_box = QGroupBox(), QGroupBox()
        for box, view in ((self.overdue_box, self.overdue_view), (self.due_soon_box, self.due_soon_view)):
            QVBoxLayout(box).addWidget(view)
            view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            view.doubleClicked.connect(lambda index: self.measure_activated.emit(index.data(MEASURE_ROLE)))

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.counts_view)
        top.addWidget(self.chart)
        top.setSizes([420, 520])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.overdue_box)
        bottom.addWidget(self.due_soon_box)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(bottom)
        QVBoxLayout(self).addWidget(outer)

        self._stale = True   # aggregates over the whole store: read when shown, not at start-up
        ctx.assignments_changed.connect(self._changed)
        ctx.documents_changed.connect(self._changed)

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self, *_):
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Re-read counts and due lists (aggregates: there is no smaller piece to update)."""
        self._stale = False
        self.counts.set_counts(self.ctx.store.status_counts())
        self.chart.set_rows(self.counts.unit_rows())
        overdue, soon = self.ctx.store.due_tasks(self.ctx.today(), SOON_DAYS)
        self.overdue.set_tasks(overdue)
        self.due_soon.set_tasks(soon)
        self.overdue_box.setTitle(self.tr("已逾期（{n}）").format(n=len(overdue)))
        self.due_soon_box.setTitle(self.tr("{days} 天内到期（{n}）").format(days=SOON_DAYS, n=len(soon)))


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.setAlternatingRowColors(True)
    return view
