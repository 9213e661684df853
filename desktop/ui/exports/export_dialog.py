"""One dialog for the three exports: the scope and what it holds, notes and fonts, where to write, open after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.ui.common.file_dialogs import choose_folder, save_file
from desktop.ui.common.file_names import file_name
from desktop.ui.exports.export_scope_box import (BRIEFING, DOCUMENT, DOCUMENT_UNIT, EVERYTHING, LEDGER, UNIT,
                                                 UNIT_LEDGERS, ExportScopeBox)

__all__ = ["BRIEFING", "LEDGER", "UNIT_LEDGERS", "ExportDialog"]
FONT_ROLES = ("title", "body", "heading1", "heading2")


class ExportDialog(QDialog):
    """The choices of one export; ``choices()`` gives them to the export job once the officer says 导出, which is
    only possible when the scope holds something."""

    def __init__(self, ctx, kind: str, folder: str, current_document: int | None, current_unit: int | None,
                 open_after: bool, parent: QWidget | None = None, document_filtered: bool = True, issuer: str = ""):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ctx, self.kind, self.folder = ctx, kind, folder
        titles = {LEDGER: self.tr("导出任务分工表"), UNIT_LEDGERS: self.tr("导出各单位任务台账"),
                  BRIEFING: self.tr("导出汇报材料")}
        self.setWindowTitle(titles[kind])
        self.scope_box = ExportScopeBox(ctx, kind, current_document, current_unit, document_filtered, self)
        self.document, self.unit, self.status = self.scope_box.document, self.scope_box.unit, self.scope_box.status
        form = QFormLayout()

        self.internal = QCheckBox(self.tr("包含内部批注（封面标注“内部资料”）"), objectName="exportInternal")
        self.fonts: dict[str, QComboBox] = {}
        # the 落款's office; left empty, the briefing ends with （落款单位） for the officer to fill in
        self.issuer = QLineEdit(issuer, objectName="exportIssuer")
        self.issuer.setAccessibleName(self.tr("落款单位"))
        self.issuer.setPlaceholderText(self.tr("如：省发展改革委办公室（留空则留出“（落款单位）”待填）"))
        if kind == BRIEFING:
            form.addRow(self.tr("落款单位："), self.issuer)
            form.addRow("", self.internal)
            self._font_rows(form)
        self.form_choice = QComboBox(objectName="exportLedgerForm")
        self.form_choice.setAccessibleName(self.tr("重点任务写法"))
        self.form_choice.addItem(self.tr("详版（任务名和内容）"), "详版")
        self.form_choice.addItem(self.tr("简版（只写任务名）"), "简版")
        if kind == LEDGER:
            form.addRow(self.tr("重点任务："), self.form_choice)

        self.path = QLineEdit(objectName="exportPath")
        self.path.setAccessibleName(self.tr("保存位置"))
        self.path.setMinimumWidth(360)
        self._name_edited = False
        self.path.textEdited.connect(lambda: setattr(self, "_name_edited", True))
        browse = QPushButton(self.tr("浏览…"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("保存到：") if kind != UNIT_LEDGERS else self.tr("保存到文件夹："), row)
        self.path.setText(folder if kind == UNIT_LEDGERS else str(Path(folder) / self._default_name()))

        self.open_after = QCheckBox(self.tr("完成后打开") if kind != UNIT_LEDGERS else self.tr("完成后打开文件夹"),
                                    objectName="exportOpenAfter")
        self.open_after.setChecked(open_after)
        form.addRow("", self.open_after)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.Ok)
        self.export_button.setText(self.tr("导出"))
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.scope_box.changed.connect(self._scope_changed)
        self._scope_changed()
        self.resize(640, self.sizeHint().height())

    def _font_rows(self, form: QFormLayout) -> None:
        from exporters.fonts import CHAINS, installed_families, pick_fonts
        picked = pick_fonts()
        have = installed_families()
        names = {"title": self.tr("标题字体："), "body": self.tr("正文字体："), "heading1": self.tr("一级标题字体："),
                 "heading2": self.tr("二级标题字体：")}
        for role in FONT_ROLES:
            combo = QComboBox(objectName=f"font_{role}")
            combo.setAccessibleName(names[role].rstrip("："))
            combo.addItem(self.tr("自动：{family}").format(family=getattr(picked, role)), None)
            for family in dict.fromkeys((*CHAINS[role], *sorted(have))):
                if family in have:
                    combo.addItem(family, family)
            form.addRow(names[role], combo)
            self.fonts[role] = combo

    def _scope_changed(self) -> None:
        empty = self.scope_box.empty()
        self.export_button.setEnabled(not empty)
        self.export_button.setToolTip(self.tr("所选范围内没有可导出的内容") if empty else "")
        if self.kind != UNIT_LEDGERS and not self._name_edited:
            current = Path(self.path.text()) if self.path.text().strip() else Path(self.folder) / "x"
            self.path.setText(str(current.parent / self._default_name()))

    def _default_name(self) -> str:
        """The scope in the name: 《title》_任务分工表, 单位_任务分工表, both, or 全部文件_任务分工表."""
        key = self.scope_box.key()
        title = self.document.currentText() if key in (DOCUMENT, DOCUMENT_UNIT) else ""
        unit = self.unit.currentText() if key in (UNIT, DOCUMENT_UNIT) and self.unit.unit_id() is not None else ""
        base = {LEDGER: self.tr("任务分工表"), BRIEFING: self.tr("汇报材料")}[self.kind]
        everything = self.tr("全部文件") if key == EVERYTHING else ""
        return file_name(title, unit, everything, base, suffix=".xlsx" if self.kind == LEDGER else ".docx")

    def _browse(self) -> None:
        if self.kind == UNIT_LEDGERS:
            chosen = choose_folder(self, self.tr("选择保存文件夹"), self.path.text())
        else:
            pattern = self.tr("Excel 工作簿 (*.xlsx)") if self.kind == LEDGER else self.tr("Word 文档 (*.docx)")
            chosen = save_file(self, self.windowTitle(), self.path.text(), pattern)
        if chosen:
            self.path.setText(chosen)
            self._name_edited = True

    def _accept(self) -> None:
        text = self.path.text().strip()
        if self.scope_box.empty():
            return
        if not text:
            self.path.setPlaceholderText(self.tr("请填写保存位置"))
            self.path.setFocus()
            return
        suffix = {LEDGER: ".xlsx", BRIEFING: ".docx"}.get(self.kind)
        if suffix and not text.lower().endswith(suffix):
            self.path.setText(text + suffix)
        self.accept()

    def choices(self) -> dict:
        document_id, unit_id = self.scope_box.choice()
        fonts = {role: c.currentData() for role, c in self.fonts.items() if c.currentData()}
        return {"kind": self.kind, "path": Path(self.path.text().strip()), "document_id": document_id,
                "unit_id": unit_id, "status": self.scope_box.status_choice(), "scope": self.scope_box.key(),
                "include_internal": self.internal.isChecked(), "fonts": fonts or None,
                "include_context": self.scope_box.include_context(), "form": self.form_choice.currentData(),
                "issuer": self.issuer.text().strip(), "open_after": self.open_after.isChecked()}
