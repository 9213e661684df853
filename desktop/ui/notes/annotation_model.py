"""The notes of a measure or a document: quote, body, tags, visibility; orphans marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.store.rows import AnnotationRow

from desktop.ui.context import AppContext
from desktop.ui.common.row_list_model import RowListModel
from desktop.core.path_format import format_path

QUOTE_CHARS = 14
ORPHAN_COLOR = QColor("#9a3412")


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class AnnotationListModel(RowListModel):
    """Rows are AnnotationRow; ``orphans`` picks all notes (None), only the placed ones (False) or only orphans (True)."""

    QUOTE, BODY, TAGS, VISIBILITY = range(4)
    AnnotationIdRole = Qt.UserRole + 1

    def __init__(self, ctx: AppContext, orphans: bool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.orphans = orphans
        self.document_id: int | None = None
        self.measure_id: int | None = None
        self.headers = [self.tr("原文"), self.tr("批注"), self.tr("标签"), self.tr("范围")]
        ctx.annotations_changed.connect(self._on_annotations_changed)

    def set_scope(self, document_id: int | None, measure_id: int | None = None) -> None:
        """The notes of one measure when ``measure_id`` is given, else of the whole document."""
        self.document_id, self.measure_id = document_id, measure_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self._load()
        self.endResetModel()

    def _load(self) -> list[AnnotationRow]:
        if self.measure_id is not None:
            rows = self.ctx.store.annotations(measure_id=self.measure_id, orphans_only=bool(self.orphans))
        elif self.document_id is not None:
            rows = self.ctx.store.annotations(document_id=self.document_id, orphans_only=bool(self.orphans))
        else:
            return []
        return [r for r in rows if self.orphans is not False or not r.orphan]

    def _on_annotations_changed(self, document_id: int) -> None:
        if self.document_id is None or document_id == self.document_id:
            self.refresh()

    def row_of(self, annotation_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == annotation_id), -1)

    # Qt model interface
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            return self._text(r, col)
        if role == Qt.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ForegroundRole and r.orphan:
            return QBrush(ORPHAN_COLOR)
        if role == self.AnnotationIdRole:
            return r.id
        return None

    def _text(self, r: AnnotationRow, col: int) -> str:
        if col == self.QUOTE:
            mark = self.tr("（孤立）") if r.orphan else ""
            return mark + "「" + short(r.quote, QUOTE_CHARS) + "」"
        if col == self.BODY:
            return short(r.body, 60)
        if col == self.TAGS:
            return "、".join(r.tags)
        return self.tr("可共享") if r.visibility == "shareable" else self.tr("内部")

    def where(self, r: AnnotationRow) -> str:
        return self.tr("措施 {path}").format(path=format_path(r.measure_path)) if r.measure_path else ""

    def _tooltip(self, r: AnnotationRow) -> str:
        lines = [f"「{r.quote}」", r.body, self.where(r)]
        if r.orphan:
            lines.append(self.tr("新版本中未找到这段原文，批注已保留"))
        return "\n".join(x for x in lines if x)
