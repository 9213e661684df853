"""The export menu's work: run the chosen export in the background, say where it went, open it if asked; and read
a returned ledger, preview it, and apply it as one undo step."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from desktop.ui.common.background_task import BackgroundTask, prepare_in_background, wait_for
from desktop.ui.common.file_dialogs import open_file
from desktop.ui.context import AppContext
from desktop.ui.exports.export_dialog import BRIEFING, LEDGER, UNIT_LEDGERS, ExportDialog
from desktop.ui.common.undo_commands import ApplyReturn


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportActions(QObject):
    """Owned by the main window; ``window`` supplies the current document/unit and the status bar."""

    def __init__(self, ctx: AppContext, window: QWidget, settings: QSettings):
        super().__init__(window)
        self.ctx, self.window, self.settings = ctx, window, settings
        self.opener = open_with_system     # what "完成后打开" calls (a test records instead of launching an app)
        self.task: BackgroundTask | None = None
        self.dialog: QDialog | None = None   # the dialog on screen, for tests and for the window to close

    # exports
    def ask(self, kind: str, current_document: int | None = None, current_unit: int | None = None,
            document_filtered: bool = True) -> ExportDialog:
        """The export dialog, offering ``current_document`` and ``current_unit`` as scopes; it starts on the one
        the window shows (the document only when the table is filtered to it)."""
        folder = self.settings.value("export/folder", str(Path.home()))
        open_after = self.settings.value("export/openAfter", False, type=bool)
        self.dialog = ExportDialog(self.ctx, kind, folder, current_document, current_unit, open_after, self.window,
                                   document_filtered, issuer=self.settings.value("export/issuer", "", type=str))
        self.dialog.accepted.connect(lambda: self.export(self.dialog.choices()))
        self.dialog.open()
        return self.dialog

    def export(self, choices: dict) -> BackgroundTask | None:
        if self.task is not None:
            self._say(self.tr("另一项导出或导入正在进行，请稍候"))
            return None
        path: Path = choices["path"]
        self.settings.setValue("export/folder", str(path if choices["kind"] == UNIT_LEDGERS else path.parent))
        self.settings.setValue("export/openAfter", choices["open_after"])
        if choices["kind"] == BRIEFING:
            self.settings.setValue("export/issuer", choices.get("issuer", ""))
        labels = {LEDGER: self.tr("正在导出任务分工表…"), UNIT_LEDGERS: self.tr("正在导出各单位任务台账…"),
                  BRIEFING: self.tr("正在导出汇报材料…")}
        task = prepare_in_background(self.window, self.tr("导出"), labels[choices["kind"]], self._work(choices),
                                     lambda result: self._exported(choices, result), self._failed,
                                     cancellable=choices["kind"] == UNIT_LEDGERS, on_finished=self._task_done)
        return self._start(task)

    def _work(self, c: dict):
        store, today = self.ctx.store, self.ctx.today()
        if c["kind"] == LEDGER:
            from desktop.export_jobs import export_ledger
            docs = None if c["document_id"] is None else [c["document_id"]]
            return lambda progress, cancelled: export_ledger(store, c["path"], docs, c["unit_id"], c["status"], today,
                                                                   include_context=c.get("include_context", False),
                                                                   form=c.get("form", "详版"))
        if c["kind"] == BRIEFING:
            from desktop.export_jobs import export_briefing
            return lambda progress, cancelled: export_briefing(store, c["path"], c["document_id"], c["unit_id"],
                                                               c["include_internal"], today, c["fonts"],
                                                               include_context=c.get("include_context", False),
                                                               issuer=c.get("issuer", ""))
        from desktop.export_jobs import export_unit_ledgers
        units = None if c["unit_id"] is None else [c["unit_id"]]

        def unit_ledgers(progress, cancelled):
            def told(done: int, total: int, name: str) -> None:
                progress(done, total, self.tr("正在导出 {name}（{done}/{total}）").format(name=name, done=done + 1,
                                                                                     total=total))
            return export_unit_ledgers(store, c["path"], units, told, cancelled)
        return unit_ledgers

    def _exported(self, choices: dict, result) -> None:
        if choices["kind"] == UNIT_LEDGERS:
            where = choices["path"]
            self._say(self.tr("已导出 {n} 个单位的任务台账 → {path}").format(n=len(result), path=where))
        else:
            where = result
            self._say(self.tr("已导出 → {path}").format(path=where))
        if choices["open_after"]:
            self.opener(Path(where))

    # returned ledgers
    def ask_return(self) -> None:
        from exporters.returns import ACCEPTED_SUFFIXES
        folder = self.settings.value("export/folder", str(Path.home()))
        patterns = " ".join(f"*{suffix}" for suffix in ACCEPTED_SUFFIXES)
        kinds = self.tr("回收的任务台账（Excel、WPS、LibreOffice） ({patterns})").format(patterns=patterns)
        path = open_file(self.window, self.tr("导入回收台账"), folder, f"{kinds};;{self.tr('所有文件 (*)')}")
        if path:
            self.read_return(Path(path))

    def read_return(self, path: Path, unit_id: int | None = None) -> BackgroundTask | None:
        if self.task is not None:
            self._say(self.tr("另一项导出或导入正在进行，请稍候"))
            return None
        from desktop.return_jobs import read_return
        from exporters.returns import UnitNotFound
        store = self.ctx.store

        def work(progress, cancelled):
            try:
                return read_return(store, path, unit_id)
            except UnitNotFound:
                return None           # the officer names the unit, then it is read again
        task = prepare_in_background(self.window, self.tr("导入回收台账"), self.tr("正在读取 {name}…").format(
            name=path.name), work, lambda preview: self._preview(path, preview), self._failed,
            on_finished=self._task_done)
        return self._start(task)

    def _ask_unit(self, path: Path) -> None:
        units = self.ctx.unit_choices()
        name, ok = QInputDialog.getItem(self.window, self.tr("导入回收台账"),
                                        self.tr("无法从文件判断填报单位，请选择：{name}").format(name=path.name),
                                        [u.qualified_name for u in units], 0, False)
        if ok:
            unit_id = next(u.id for u in units if u.qualified_name == name)
            QTimer.singleShot(0, lambda: self.read_return(path, unit_id))   # after this task has finished

    def _preview(self, path: Path, preview) -> None:
        if preview is None:
            self._ask_unit(path)
            return
        from desktop.store.rounds.book import RoundBook
        from desktop.ui.exports.return_dialog import ReturnPreviewDialog
        from desktop.round_jobs import round_of_return
        try:      # a closed round's workbook, or a unit outside its round, is refused before the preview
            round_ = round_of_return(RoundBook(self.ctx.store), path, preview.unit_id)
        except ValueError as exc:
            self._failed(str(exc))
            return
        self.dialog = ReturnPreviewDialog(preview, self.window, round_.name if round_ else None)
        self.dialog.accepted.connect(lambda: self.apply_return(preview, self.dialog.choices(), round_))
        self.dialog.open()

    def _count_for_round(self, preview, round_) -> str:
        """Record the return against its round (received today); the words that say so, '' without a round."""
        if round_ is None:
            return ""
        from desktop.store.rounds.book import RoundBook
        RoundBook(self.ctx.store).record_return(round_.id, preview.unit_id, self.ctx.today(), preview.path.name)
        return self.tr("；已计入“{name}”").format(name=round_.name)

    def apply_return(self, preview, choices: dict, round_=None) -> None:
        """Write the chosen values as one undo step through the store's rule for returns (Store.apply_return, as the
        command line does): the returned file is kept first, and a copy that cannot be kept writes nothing. The
        return then counts for its round (``round_``, from desktop.round_jobs.round_of_return)."""
        from exporters.returns import return_values
        values = return_values(preview, choices)
        if not values:
            counted = self._count_for_round(preview, round_)
            if counted:
                self._say(self.tr("没有需要写入的修改") + counted)
            return
        command = ApplyReturn(self.ctx, preview.unit_name, values, preview.path)
        try:
            error = self.ctx.execute(command)
        except OSError as exc:
            why = self.tr("磁盘已满") if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
            self._failed(self.tr("无法存档原文件（{why}），回收台账未写入，数据库未改动").format(why=why))
            return
        if error:
            self._failed(error)
            return
        left = len(preview.conflicts) - sum(side == "file" for side in choices.values())
        n = sum(len(v) for v in values.values())
        said = (self.tr("已写入 {n} 处（可撤销）；原文件已存档") if command.evidence is not None
                else self.tr("已写入 {n} 处（可撤销）")).format(n=n)
        self._say(said + (self.tr("；{k} 处冲突保留系统值").format(k=left) if left else "")
                  + self._count_for_round(preview, round_))

    # shared
    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("操作未完成"), message)

    def _start(self, task: BackgroundTask) -> BackgroundTask:
        """Taken before the thread runs, released by its ``finished`` — which may come before start() returns."""
        self.task = task
        task.start()
        return task

    def _task_done(self) -> None:
        self.task = None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def busy(self) -> bool:
        return self.task is not None

    def wait(self) -> None:
        """Let a running export finish its file (the window is closing)."""
        wait_for(self.task)
