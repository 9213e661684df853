"""识别情况: what the engine saw in one document, in Chinese, with a 复制 button so an officer can send it to support."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from desktop.store.queries import MeasureFilter

from desktop.ui.review.document_warnings import warning_reasons

EXCERPT = 40        # characters of the body's first and last lines shown
OUTLINE_LINES = 30  # outline entries listed at the most


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagnosticsReport", text)


def _excerpt(text: str, head: bool) -> str:
    text = " ".join(text.split())
    if len(text) <= EXCERPT:
        return text
    return text[:EXCERPT] + "…" if head else "…" + text[-EXCERPT:]


def diagnostics_report(store, document_id: int) -> str:
    """The report as plain text: the document, the body range, label levels, irregular labels, units share, warnings."""
    doc = next((d for d in store.documents() if d.id == document_id), None)
    if doc is None:
        return _tr("文件已不在数据库中。")
    seen = store.diagnostics(document_id)
    context = len(store.measure_ids(MeasureFilter(document_id=document_id, kind="context")))
    lines = [_tr("识别情况：{title}").format(title=doc.title or doc.source_name),
             _tr("原文件：{name}").format(name=doc.source_name)]
    lines += [label + value for label, value in ((_tr("文号："), doc.doc_number), (_tr("发文机关："), doc.issuer),
                                                 (_tr("日期："), doc.date)) if value]
    lines.append(_tr("识别结果：共 {n} 项措施（任务 {tasks} 项，背景条目 {context} 项）").format(
        n=doc.measure_count, tasks=doc.measure_count - context, context=context))
    if seen is None:
        lines.append(_tr("本文件导入时尚未记录识别情况（较早版本导入）；重新导入原文件即可查看。"))
        return "\n".join(lines)
    text = store.document_text(document_id).text
    start, end = seen["body_start"], seen["body_end"]
    first, last = seen["body_paragraphs"]
    lines.append(_tr("正文范围：第 {start} 至第 {end} 字（第 {first} 至第 {last} 段），全文共 {total} 字").format(
        start=start + 1, end=end, first=first + 1, last=last, total=len(text)))
    if end > start:
        lines.append(_tr("正文开头：{text}").format(text=_excerpt(text[start:end], head=True)))
        lines.append(_tr("正文结尾：{text}").format(text=_excerpt(text[start:end], head=False)))
    levels = seen.get("levels") or []
    lines.append(_tr("编号层级：{levels}").format(levels=" → ".join(levels) if levels else _tr("未找到编号")))
    irregular = seen.get("irregular_labels") or []
    lines.append(_tr("编号不连续：{places}").format(places="；".join(irregular) if irregular else _tr("无")))
    confidence = seen.get("confidence", {})
    tasks = confidence.get("tasks", 0)
    if tasks:
        lines.append(_tr("有责任单位的任务：{units:.0%}；有牵头单位的任务：{lead:.0%}（共 {n} 项任务）").format(
            units=confidence.get("tasks_with_units", 0.0), lead=confidence.get("tasks_with_lead", 0.0), n=tasks))
    else:
        lines.append(_tr("有责任单位的任务：没有识别出任务"))
    warnings = seen.get("warnings") or []
    lines.append(_tr("警告：") + ("；".join(warning_reasons(warnings)) if warnings else _tr("无")))
    outline = store.outline(document_id)
    if outline:
        lines.append(_tr("识别出的提纲（前 {n} 条）：").format(n=min(len(outline), OUTLINE_LINES)))
        lines += ["  " * r.depth + f"{r.label} {_excerpt(r.heading, head=True)}".strip()
                  for r in outline[:OUTLINE_LINES]]
    return "\n".join(lines)


class DiagnosticsDialog(QDialog):
    """Read-only report; 复制 puts it on the clipboard whole."""

    def __init__(self, store, document_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("识别情况"))
        self.setObjectName("diagnosticsDialog")
        self.resize(640, 520)
        self.report = QPlainTextEdit(objectName="diagnosticsText", readOnly=True)
        self.report.setAccessibleName(self.tr("识别情况"))
        self.report.setPlainText(diagnostics_report(store, document_id))
        self.report.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.GeneralFont))
        note = QLabel(self.tr("如果识别有误，请点“复制”，把以上内容连同原文件发给技术支持。"), wordWrap=True)
        self.copy_button = QPushButton(self.tr("复制"), objectName="copyDiagnostics")
        self.copy_button.setToolTip(self.tr("把识别情况复制到剪贴板"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(objectName="diagnosticsCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addWidget(note)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.setFocus(Qt.OtherFocusReason)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copied.setText(self.tr("已复制到剪贴板"))
