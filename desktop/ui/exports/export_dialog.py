"""One dialog for the three exports: what to export (documents, unit, status, notes, fonts), where, and open after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.core.vocabulary import STATUSES

from desktop.ui.common.status_labels import status_label
from desktop.ui.review.unit_picker import UnitPicker

LEDGER, UNIT_LEDGERS, BRIEFING = "ledger", "unit-ledgers", "briefing"
FONT_ROLES = ("title", "body", "heading1", "heading2")


class ExportDialog(QDialog):
    """The choices of one export; ``choices()`` gives them to the export job once the officer says 导出."""

    def __init__(self, ctx, kind: str, folder: str, current_document: int | None, current_unit: int | None,
                 open_after: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        titles = {LEDGER: self.tr("导出任务分工表"), UNIT_LEDGERS: self.tr("导出各单位任务台账"),
                  BRIEFING: self.tr("导出汇报材料")}
        self.setWindowTitle(titles[kind])
        form = QFormLayout()

        self.document = QComboBox(objectName="exportDocument")
        self.document.addItem(self.tr("全部文件"), None)
        for d in ctx.store.documents():
            self.document.addItem(d.title or d.source_name, d.id)
        self.document.setCurrentIndex(max(0, self.document.findData(current_document)))
        self.unit = UnitPicker(ctx.store.resolve_unit, self, allow_all=True)
        self.unit.setObjectName("exportUnit")
        self.unit.set_units(ctx.unit_choices())
        self.unit.set_unit(current_unit)
        if kind != UNIT_LEDGERS:
            form.addRow(self.tr("文件："), self.document)
        form.addRow(self.tr("单位："), self.unit)

        self.status = QComboBox(objectName="exportStatus")
        self.status.addItem(self.tr("全部状态"), None)
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        if kind == LEDGER:
            form.addRow(self.tr("状态："), self.status)

        self.internal = QCheckBox(self.tr("包含内部批注（封面标注“内部资料”）"), objectName="exportInternal")
        self.fonts: dict[str, QComboBox] = {}
        if kind == BRIEFING:
            form.addRow("", self.internal)
            self._font_rows(form)

        self.path = QLineEdit(objectName="exportPath")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("保存到：") if kind != UNIT_LEDGERS else self.tr("保存到文件夹："), row)
        self.path.setText(str(Path(folder) / self._default_name()) if kind != UNIT_LEDGERS else folder)

        self.open_after = QCheckBox(self.tr("完成后打开") if kind != UNIT_LEDGERS else self.tr("完成后打开文件夹"),
                                    objectName="exportOpenAfter")
        self.open_after.setChecked(open_after)
        form.addRow("", self.open_after)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("导出"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _font_rows(self, form: QFormLayout) -> None:
        from exporters.fonts import CHAINS, installed_families, pick_fonts
        picked = pick_fonts()
        have = installed_families()
        names = {"title": self.tr("标题字体："), "body": self.tr("正文字体："), "heading1": self.tr("一级标题字体："),
                 "heading2": self.tr("二级标题字体：")}
        for role in FONT_ROLES:
            combo = QComboBox(objectName=f"font_{role}")
            combo.addItem(self.tr("自动：{family}").format(family=getattr(picked, role)), None)
            for family in dict.fromkeys((*CHAINS[role], *sorted(have))):
                if family in have:
                    combo.addItem(family, family)
            form.addRow(names[role], combo)
            self.fonts[role] = combo

    def _default_name(self) -> str:
        doc = self.document.currentText() if self.document.currentData() is not None else ""
        base = {LEDGER: "任务分工表", BRIEFING: "汇报材料"}[self.kind]
        suffix = ".xlsx" if self.kind == LEDGER else ".docx"
        safe = "".join(c for c in doc[:30] if c not in '\\/:*?"<>|')
        return f"{safe}{'_' if safe else ''}{base}{suffix}"

    def _browse(self) -> None:
        if self.kind == UNIT_LEDGERS:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择保存文件夹"), self.path.text())
        else:
            pattern = self.tr("Excel 工作簿 (*.xlsx)") if self.kind == LEDGER else self.tr("Word 文档 (*.docx)")
            chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), pattern)
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.path.setPlaceholderText(self.tr("请填写保存位置"))
            self.path.setFocus()
            return
        suffix = {LEDGER: ".xlsx", BRIEFING: ".docx"}.get(self.kind)
        if suffix and not text.lower().endswith(suffix):
            self.path.setText(text + suffix)
        self.accept()

    def choices(self) -> dict:
        fonts = {role: c.currentData() for role, c in self.fonts.items() if c.currentData()}
        return {"kind": self.kind, "path": Path(self.path.text().strip()), "document_id": self.document.currentData(),
                "unit_id": self.unit.unit_id(), "status": self.status.currentData(),
                "include_internal": self.internal.isChecked(), "fonts": fonts or None,
                "open_after": self.open_after.isChecked()}
