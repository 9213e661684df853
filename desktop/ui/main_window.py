"""The main window: review, task assignment and overview tabs, the annotation dock, menus, drag-and-drop import."""

from __future__ import annotations


from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QProgressDialog
import shiboken6

from desktop.core.readers import SUPPORTED_SUFFIXES
from desktop.store.registry import jurisdiction_of

from desktop.ui.notes.annotation_pane import AnnotationPane
from desktop.ui.backup_dialog import open_backups
from desktop.ui.common.file_dialogs import choose_folder, open_files
from desktop.ui.common.shortcut_guard import ShortcutGuard
from desktop.ui.common.screen_fit import is_small_screen, keep_on_screen, show_fitted
from desktop.ui.context import AppContext
from desktop.ui.exports.export_actions import ExportActions
from desktop.ui.exports.export_dialog import BRIEFING, LEDGER, UNIT_LEDGERS
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.review.import_result_dialog import ImportResultDialog
from desktop.ui.review.import_worker import ImportWorker
from desktop.ui.tasks.overview_pane import OverviewPane
from desktop.ui.review.review_tab import ReviewTab
from desktop.ui.rounds.history_pane import RoundHistoryPane
from desktop.ui.rounds.rounds_tab import RoundsTab
from desktop.ui.tasks.task_table_pane import TaskTablePane

_SETTINGS_GROUP = "mainWindow"
PREFERRED_SIZE = QSize(1480, 920)
NOTES_WIDTH = 330


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: QSettings, title_suffix: str = "", parent=None):
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.title_suffix = title_suffix
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.last_outcomes: list = []
        self._panes_restored = False
        self._geometry_restored = self._state_restored = False
        self._closing = False
        self._tasks_unit: int | None = None   # the unit the 任务分工表 follows from the filter bar

        self.review = ReviewTab(ctx, self)
        self.tasks = TaskTablePane(ctx, self)
        self.overview = OverviewPane(ctx, self)
        self.ui.reviewTabLayout.addWidget(self.review)
        self.ui.tasksTabLayout.addWidget(self.tasks)
        self.ui.overviewTabLayout.addWidget(self.overview)
        self.notes = AnnotationPane(ctx, self)
        self.notes_dock = QDockWidget(self.tr("批注"), self, objectName="notesDock")
        self.notes_dock.setWidget(self.notes)
        self.notes_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                                    | QDockWidget.DockWidgetClosable)
        self.addDockWidget(Qt.RightDockWidgetArea, self.notes_dock)
        self.rounds = RoundsTab(ctx, self)
        self.ui.tabs.addTab(self.rounds, self.tr("调度"))
        self.history_dock = QDockWidget(self.tr("推进历程"), self, objectName="roundHistoryDock")
        self.history_dock.setWidget(RoundHistoryPane(ctx, self))
        self.addDockWidget(Qt.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()     # shown from 视图 → 推进历程: the review table keeps its width
        self.notes_action = self.notes_dock.toggleViewAction()
        self.notes_action.setText(self.tr("批注栏"))
        self.notes_action.setObjectName("actionToggleNotes")
        self.notes_action.setShortcut(QKeySequence("F9"))
        self.notes_action.setToolTip(self.tr("显示或隐藏批注栏（F9）"))

        self.exports = ExportActions(ctx, self, settings)
        self.compare_windows: list = []
        self._wire_actions()
        self._wire_panes()
        self._update_title()
        self.restore_layout()
        self.shortcut_guard = ShortcutGuard(self)
        self.shortcut_guard.refresh()

    # wiring
    def _wire_actions(self) -> None:
        ui, stack = self.ui, self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.menuEdit.insertActions(ui.actionAddNote, [self.undo_action, self.redo_action])
        ui.menuEdit.insertSeparator(ui.actionAddNote)
        ui.toolbar.insertActions(ui.actionImportFiles, [self.undo_action, self.redo_action])
        ui.toolbar.insertSeparator(ui.actionImportFiles)
        ui.toolbar.insertAction(ui.actionUnitTasks, self.notes_action)
        ui.menuView.insertAction(ui.actionFocusLibrary, self.notes_action)
        ui.menuView.insertAction(ui.actionFocusLibrary, self.history_dock.toggleViewAction())
        ui.menuView.insertSeparator(ui.actionFocusLibrary)
        ui.actionImportFiles.triggered.connect(self.choose_files)
        ui.actionImportFolder.triggered.connect(self.choose_folder)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAddNote.triggered.connect(self.add_note)
        ui.actionAddNote.setEnabled(False)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionClearFilter.triggered.connect(self.review.filter_bar.clear)
        for i, action in enumerate((ui.actionShowReview, ui.actionShowTasks, ui.actionShowOverview)):
            action.triggered.connect(lambda _=False, i=i: ui.tabs.setCurrentIndex(i))
        ui.actionUnitTasks.triggered.connect(self.show_unit_tasks)
        ui.actionFocusLibrary.triggered.connect(lambda: self._focus(self.review.library))
        ui.actionFocusTable.triggered.connect(lambda: self._focus(self.review.table))
        ui.actionFocusSource.triggered.connect(lambda: self._focus(self.review.source))
        ui.actionAbout.triggered.connect(self._about)
        ui.actionBackups.triggered.connect(lambda: setattr(self, "backup_dialog", open_backups(self)))
        for action, kind in ((ui.actionExportLedger, LEDGER), (ui.actionExportUnitLedgers, UNIT_LEDGERS),
                             (ui.actionExportBriefing, BRIEFING)):
            action.triggered.connect(lambda _=False, kind=kind: self.export(kind))
        ui.actionImportReturn.triggered.connect(self.exports.ask_return)
        from desktop.ui.team.connect_dialog import add_connect_action
        add_connect_action(self)   # 文件 → 连接团队数据库…
        ui.actionCompare.triggered.connect(self.compare_selected)
        language = self.settings.value("language", "zh_CN")
        ui.actionLanguageZh.setChecked(language != "en")
        ui.actionLanguageEn.setChecked(language == "en")
        ui.actionLanguageZh.triggered.connect(lambda: self._set_language("zh_CN"))
        ui.actionLanguageEn.triggered.connect(lambda: self._set_language("en"))

    def _wire_panes(self) -> None:
        review = self.review
        review.filter_bar.changed.connect(self._on_filter)
        review.source.selection_made.connect(self.ui.actionAddNote.setEnabled)
        review.document_changed.connect(self._on_document)
        review.measure_changed.connect(self._on_measure)
        self.notes.jump_requested.connect(self._jump)
        self.tasks.measure_activated.connect(self._show_measure)
        self.overview.measure_activated.connect(self._show_measure)
        self.ctx.annotations_changed.connect(self._on_annotations)

    def _focus(self, widget) -> None:
        self.ui.tabs.setCurrentIndex(0)
        widget.setFocus(Qt.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self._focus(self.review.filter_bar.search)
        self.review.filter_bar.search.selectAll()

    # reactions
    def _on_document(self, document_id: int) -> None:
        self.notes.set_document(document_id or None)
        if document_id and self._tasks_unit is None:
            self.tasks.set_document(document_id)
        self._on_annotations(document_id)

    def _on_measure(self, measure_id: int) -> None:
        self.notes.set_measure(measure_id or None)

    def _on_filter(self, f) -> None:
        """The 任务分工表 follows the unit chosen in the filter bar (that unit's tasks in every document), and goes
        back to the document shown when the unit filter is cleared."""
        if f.unit_id == self._tasks_unit:
            return
        self._tasks_unit = f.unit_id
        if f.unit_id is not None:
            self.tasks.set_unit(f.unit_id)
        else:
            self.tasks.show_document_scope(self.review.document_id)

    def _on_annotations(self, document_id: int) -> None:
        if document_id and document_id == self.review.document_id:
            self.review.source.set_notes([(a.start, a.end) for a in self.ctx.store.annotations(document_id)
                                          if not a.orphan])

    def _jump(self, start: int, end: int) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.review.source.jump_to(start, end)

    def _show_measure(self, measure_id: int) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.review.select_measure(measure_id)

    def add_note(self) -> None:
        span = self.review.source.selected_span()
        if span is None or self.review.document_id is None:
            self.statusBar().showMessage(self.tr("请先在原文中选中要批注的文字"), 5000)
            return
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes.add_note(self.review.document_id, *span)

    def show_unit_tasks(self) -> None:
        unit_id = self.review.filter_bar.unit.unit_id()
        if unit_id is None:
            self.statusBar().showMessage(self.tr("请先在筛选栏选择单位"), 5000)
            return
        self.tasks.set_unit(unit_id)
        self.ui.tabs.setCurrentIndex(1)

    def export(self, kind: str):
        """The export dialog for ``kind``, preset to what the table shows: its document filter (else the document in
        the source is offered without being chosen) and its unit filter."""
        filtered = self.review.filter_bar.document.currentData()
        return self.exports.ask(kind, filtered or self.review.document_id, self.review.filter_bar.unit.unit_id(),
                                document_filtered=filtered is not None)

    def compare_pair(self) -> tuple[int, int] | None:
        """(A, B) to compare: the two documents selected in the library in the order the officer selected them —
        except that a provincial plan is A against a municipal one (coverage asks whether the lower plan picks up
        each measure of the upper) —, or the one selected and its previous version; None when the selection says
        neither."""
        chosen = self.review.selected_documents() or ([self.review.document_id] if self.review.document_id else [])
        documents = {d.id: d for d in self.ctx.store.documents()}
        if len(chosen) == 2:
            a, b = chosen
            if upper_plan(documents[b]) and not upper_plan(documents[a]) and lower_plan(documents[a]):
                a, b = b, a
            return a, b
        if len(chosen) == 1 and documents[chosen[0]].version_of:
            return documents[chosen[0]].version_of, chosen[0]
        return None

    def compare_selected(self):
        pair = self.compare_pair()
        if pair is None:
            QMessageBox.information(self, self.tr("对照"), self.tr("请在文件库中选中两个文件（按住 Ctrl 点选），"
                                                               "或选中一个有上一版本的文件。"))
            return None
        from desktop.ui.compare.window import open_compare
        window = open_compare(self.ctx, self, *pair)
        # a closed compare window deletes itself: keep only those still there
        self.compare_windows = [w for w in self.compare_windows if shiboken6.isValid(w) and w.isVisible()] + [window]
        return window

    def _update_title(self) -> None:
        # Every edit is committed to the store the moment it is made, so there is never unsaved work to flag:
        # the title names the store instead of showing a modified star that would mean nothing. Qt adds the
        # application's name (政策台账) itself on Linux and Windows, so the title does not repeat it.
        self.setWindowTitle(self.title_suffix.strip(" —") or str(self.ctx.store.directory))

    def _about(self) -> None:
        from desktop.ui.about_dialog import show_about
        self.about_dialog = show_about(self, self.ctx.store)

    def _set_language(self, language: str) -> None:
        self.settings.setValue("language", language)
        self.ui.actionLanguageZh.setChecked(language != "en")
        self.ui.actionLanguageEn.setChecked(language == "en")
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动时切换。"))

    # import
    def choose_files(self) -> None:
        pattern = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files = open_files(self, self.tr("导入政策文件"), "", self.tr("政策文件 ({p})").format(p=pattern))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("导入文件夹"), "")
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> bool:
        """Start a background import; False if one is already running."""
        if self.worker is not None:
            self.statusBar().showMessage(self.tr("正在导入，请等待当前导入完成"), 5000)
            return False
        self.worker = ImportWorker(self.ctx.store, [str(p) for p in paths], self)
        self.progress = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("导入"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.requestInterruption)
        self.worker.progress.connect(self._on_progress)
        self.worker.outcomes_ready.connect(self._on_imported)
        self.worker.finished.connect(self._on_worker_done)
        self.worker.start()   # connected before it starts: a file that fails at once still reports back
        return True

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("正在导入 {name}（{done}/{total}）").format(name=name, done=done + 1,
                                                                                      total=total) if name else "")

    def _on_imported(self, outcomes: list) -> None:
        self.last_outcomes = outcomes
        if self._closing:
            return
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if any(o.status in ("imported", "new_version") for o in outcomes):
            self.ctx.documents_changed.emit()
        self.statusBar().showMessage(self.tr("导入完成：{n} 个文件").format(n=len(outcomes)), 8000)
        self.result_dialog = ImportResultDialog(outcomes, self)
        self.result_dialog.diagnostics_asked.connect(self.review.show_diagnostics)
        self.result_dialog.show()
        self.result_dialog.activateWindow()   # Enter or Esc closes it at once

    def _on_worker_done(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # layout that persists
    def restore_layout(self, panes: bool = False) -> None:
        """Window geometry and docks at construction; splitters and columns once shown (they scale to the size)."""
        s = self.settings
        s.beginGroup(_SETTINGS_GROUP)
        window = (("geometry", self.restoreGeometry), ("state", self.restoreState))
        inside = (("reviewSplitter", self.review.splitter.restoreState),
                  ("leftSplitter", self.review.left.restoreState),
                  ("rightSplitter", self.review.right.restoreState),
                  ("measureColumns", self.review.table.horizontalHeader().restoreState))
        restored = set()
        for key, restore in inside if panes else window:
            value = s.value(key)
            if isinstance(value, QByteArray) and restore(value):
                restored.add(key)
        columns_by_hand = s.value("measureColumnsByHand", False, bool)
        s.endGroup()
        if panes:
            if "measureColumns" in restored and columns_by_hand:
                self.review.columns.chosen_by_hand()
            else:
                self.review.columns.fit()
            return
        self._geometry_restored, self._state_restored = "geometry" in restored, "state" in restored
        if not self._state_restored:
            self.resizeDocks([self.notes_dock], [NOTES_WIDTH], Qt.Horizontal)
            if is_small_screen(self):
                self.notes_dock.hide()   # on a laptop the table needs the width; F9 or 添加批注 brings it back

    def show_fitted(self) -> None:
        """Show the window within the screen: as the officer left it (moved back onto this screen if needed), or on
        first start at a comfortable size — maximised on a laptop screen."""
        if self._geometry_restored:
            keep_on_screen(self)
            self.show()
        else:
            show_fitted(self, PREFERRED_SIZE)

    def save_layout(self) -> None:
        s = self.settings
        s.beginGroup(_SETTINGS_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.setValue("reviewSplitter", self.review.splitter.saveState())
        s.setValue("leftSplitter", self.review.left.saveState())
        s.setValue("rightSplitter", self.review.right.saveState())
        s.setValue("measureColumns", self.review.table.horizontalHeader().saveState())
        s.setValue("measureColumnsByHand", not self.review.columns.auto)
        s.endGroup()
        s.sync()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._panes_restored:
            self._panes_restored = True
            self.restore_layout(panes=True)

    def closeEvent(self, event):
        self._closing = True
        self.notes.flush()         # a note being typed is saved even when the 批注 bar is hidden
        self.exports.wait()        # an export finishes its file (written under a temporary name until whole)
        if self.worker is not None:
            self.worker.requestInterruption()
            self.worker.wait()
        self.save_layout()
        super().closeEvent(event)


def upper_plan(document) -> bool:
    """A provincial document (广东省…, 广西壮族自治区…), not a city's."""
    where = jurisdiction_of(document.issuer, document.title)
    return where.province is not None and where.city is None


def lower_plan(document) -> bool:
    """A city's document (广州市…)."""
    return jurisdiction_of(document.issuer, document.title).city is not None
