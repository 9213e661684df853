"""What an export takes, said before anything is written: one document, one unit across documents, that unit in
that document, or everything — each with its count — and the chosen scope's documents and units listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QListWidget, QRadioButton,
                               QVBoxLayout, QWidget)

from desktop.core.vocabulary import STATUSES

from desktop.ui.common.status_labels import status_label
from desktop.ui.review.unit_picker import UnitPicker

LEDGER, UNIT_LEDGERS, BRIEFING = "ledger", "unit-ledgers", "briefing"
DOCUMENT, UNIT, DOCUMENT_UNIT, EVERYTHING = "document", "unit", "document-unit", "all"
LISTED = 40   # rows of the contents list; the summary line counts the rest


class ExportScopeBox(QGroupBox):
    """``choice()`` gives (document id, unit id) of the scope chosen; ``scope`` the summary the store reads for it."""

    changed = Signal()

    def __init__(self, ctx, kind: str, current_document: int | None, current_unit: int | None,
                 document_filtered: bool, parent: QWidget | None = None):
        super().__init__(self.tr("导出范围"), parent)
        self.setObjectName("exportScope")
        self.ctx, self.kind = ctx, kind
        self.scope = None
        documents = ctx.store.documents()
        self.document = QComboBox(objectName="exportDocument")
        self.document.setAccessibleName(self.tr("导出的文件"))
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document.setMinimumContentsLength(20)
        for d in documents:
            self.document.addItem(d.title or d.source_name, d.id)
        self.document.setCurrentIndex(max(0, self.document.findData(current_document)))
        self.unit = UnitPicker(ctx.store.resolve_unit, self)
        self.unit.setObjectName("exportUnit")
        self.unit.setAccessibleName(self.tr("导出的单位"))
        self.unit.set_units(ctx.unit_choices())
        self.unit.set_unit(current_unit)
        self.status = QComboBox(objectName="exportStatus")
        self.status.setAccessibleName(self.tr("导出的状态"))
        self.status.addItem(self.tr("全部状态"), None)
        for s in STATUSES:
            self.status.addItem(status_label(s), s)

        names = ({UNIT: self.tr("一个单位"), EVERYTHING: self.tr("全部有任务的单位（每个单位一个文件）")}
                 if kind == UNIT_LEDGERS else
                 {DOCUMENT: self.tr("一个文件"), UNIT: self.tr("一个单位（跨全部文件）"),
                  DOCUMENT_UNIT: self.tr("该文件中该单位的任务"), EVERYTHING: self.tr("全部文件")})
        self.names = names
        self.radios: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (key, text) in enumerate(names.items()):
            radio = QRadioButton(text, objectName=f"scope_{key.replace('-', '_')}")
            self.radios[key] = radio
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0)
        if kind != UNIT_LEDGERS:
            grid.addWidget(self.document, 0, 1)
            grid.addWidget(self.unit, 1, 1)
        else:
            grid.addWidget(self.unit, 0, 1)
            self.document.hide()
        if kind == LEDGER:
            grid.addWidget(QLabel(self.tr("只含状态：")), len(names), 0, Qt.AlignRight)
            grid.addWidget(self.status, len(names), 1)
        else:
            self.status.hide()
        self.context = QCheckBox(self.tr("包括指导思想、发展目标等不分工的背景条目"), objectName="exportIncludeContext")
        if kind != UNIT_LEDGERS:
            grid.addWidget(self.context, len(names) + 1, 0, 1, 2)
        else:
            self.context.hide()

        self.summary = QLabel(objectName="exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.contents = QListWidget(objectName="exportContents")
        self.contents.setAccessibleName(self.tr("导出内容"))
        self.contents.setMaximumHeight(118)
        self.contents.setAlternatingRowColors(True)
        self.contents.setWordWrap(True)            # the unit line wraps instead of scrolling sideways
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.contents.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.contents)

        self.radios[self._default(current_document if document_filtered else None, current_unit)].setChecked(True)
        self.group.buttonToggled.connect(lambda _b, on: on and self.refresh())
        self.document.currentIndexChanged.connect(lambda: self._follow(DOCUMENT))
        self.unit.unit_chosen.connect(lambda _u: self._follow(UNIT))
        self.status.currentIndexChanged.connect(self.refresh)
        self.context.toggled.connect(self.refresh)
        self.refresh()

    # the scope chosen
    def key(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())

    def choice(self) -> tuple[int | None, int | None]:
        """(document id, unit id) the export takes; None means every document / every unit."""
        key = self.key()
        document = self.document.currentData() if key in (DOCUMENT, DOCUMENT_UNIT) else None
        unit = self.unit.unit_id() if key in (UNIT, DOCUMENT_UNIT) else None
        return document, unit

    def status_choice(self) -> str | None:
        return self.status.currentData() if self.kind == LEDGER else None

    def include_context(self) -> bool:
        return self.kind != UNIT_LEDGERS and self.context.isChecked()

    def _count(self, document: int | None, unit: int | None) -> int:
        return self.ctx.store.export_scope(document, unit, self.status_choice(), self.include_context()).measures

    def _default(self, document: int | None, unit: int | None) -> str:
        """The narrowest scope the window showed that holds something: this document, this unit, or both."""
        if self.kind == UNIT_LEDGERS:
            return UNIT if unit is not None else EVERYTHING
        if document is not None and unit is not None and self._count(document, unit):
            return DOCUMENT_UNIT
        if unit is not None:
            return UNIT
        return DOCUMENT if document is not None else EVERYTHING

    def _follow(self, picked: str) -> None:
        """Picking a document or a unit means exporting it (keeping the combination when it was chosen)."""
        if self.key() != DOCUMENT_UNIT and picked in self.radios:
            self.radios[picked].setChecked(True)
        self.refresh()

    # what it holds
    def refresh(self) -> None:
        document, unit = self.document.currentData(), self.unit.unit_id()
        counts = {DOCUMENT: (document, None), UNIT: (None, unit), DOCUMENT_UNIT: (document, unit),
                  EVERYTHING: (None, None)}
        for key, radio in self.radios.items():
            d, u = counts[key]
            if key in (UNIT, DOCUMENT_UNIT) and u is None:
                radio.setText(self.names[key] + self.tr("（请先选择单位）"))
                continue
            if self.kind == UNIT_LEDGERS:
                n = len(self.ctx.store.export_scope(None, u).units)
                radio.setText(self.names[key] + (self.tr("（{n} 项任务）").format(
                    n=self.ctx.store.export_scope(None, u).assignments) if key == UNIT
                    else self.tr("：{n} 个单位").format(n=n)))
            else:
                radio.setText(self.names[key] + self.tr("（{n} 项措施）").format(n=self._count(d, u)))
        d, u = self.choice()
        if self.key() in (UNIT, DOCUMENT_UNIT) and u is None:
            self.scope = None
        else:
            self.scope = self.ctx.store.export_scope(d, u, self.status_choice(), self.include_context())
        self._show_contents()
        self.changed.emit()

    def empty(self) -> bool:
        return self.scope is None or self.scope.empty

    def _show_contents(self) -> None:
        self.contents.clear()
        s = self.scope
        if s is None:
            self.summary.setText(self.tr("请选择单位。"))
            return
        if s.empty:
            self.summary.setText(self.tr("所选范围内没有措施，不会导出空文件。请改选范围（括号中是各范围的措施数）。"))
            self.summary.setStyleSheet("color: #b91c1c;")
            return
        self.summary.setStyleSheet("")
        if self.kind == UNIT_LEDGERS:
            self.summary.setText(self.tr("将导出 {n} 个单位的任务台账（每个单位一个文件），共 {t} 项任务").format(
                n=len(s.units), t=s.assignments))
            rows = [self.tr("{unit}：{n} 项任务").format(unit=u, n=n) for u, n in s.units]
        else:
            self.summary.setText(self.tr("将导出 {d} 个文件、{m} 项措施，涉及 {u} 个单位").format(
                d=len(s.documents), m=s.measures, u=len(s.units)))
            rows = [self.tr("《{title}》：{n} 项措施").format(title=doc.title, n=doc.measures) for doc in s.documents]
            rows.append(self.tr("单位：") + "、".join(f"{u}（{n}）" for u, n in s.units[:8])
                        + (self.tr(" 等 {n} 个").format(n=len(s.units)) if len(s.units) > 8 else ""))
        self.contents.addItems(rows[:LISTED])
        if len(rows) > LISTED:
            self.contents.addItem(self.tr("……另有 {n} 项").format(n=len(rows) - LISTED))
