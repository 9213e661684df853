"""The annotation pane: the notes of the current measure or document, an editor for them, and the orphans.

Autosave: what is typed in the editor is saved 1.5 s after the last keystroke, when the focus leaves the editor,
when another note or document is chosen, and when the pane is hidden (the window closing). Each save runs an
undoable command; the saves of one editing session (from choosing a note, or starting a new one, until 保存,
取消 or choosing another) merge into that session's first command through QUndoCommand.mergeWith, so the stack
gets one step per session whose undo puts back the note as it was before the session (or removes a new note).
A crash loses at most the last 1.5 s of typing; a saved note is in the store.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QButtonGroup, QCompleter, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QSplitter, QToolButton, QTreeView, QVBoxLayout, QWidget)

from desktop.store.rows import AnnotationRow

from desktop.ui.notes.annotation_model import AnnotationListModel, short
from desktop.ui.context import AppContext
from desktop.ui.forms.ui_annotation_editor import Ui_AnnotationEditor
from desktop.ui.common.tree_views import flat_tree, select_row_quietly
from desktop.ui.common.undo_commands import AddAnnotation, DeleteAnnotation, EditAnnotation

TAG_SEPARATORS = re.compile(r"[、,，;；\s]+")
ERROR_COLOR, SAVED_COLOR = "#b91c1c", "#15803d"
AUTOSAVE_MS = 1500
_SESSION_MERGE_ID = 0x4E6F7465


class _SessionCommand:
    """Mixin: the saves of one editing session (same ``session`` number, same note) become one undo step."""

    session = -1
    annotation_id: int | None = None

    def id(self) -> int:
        return _SESSION_MERGE_ID

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, SessionEdit) and other.session == self.session
                and other.annotation_id == self.annotation_id):
            return False
        if isinstance(self, SessionEdit):
            self.new = other.new
        # a SessionAdd needs nothing: its undo deletes the note as it is now, and a redo restores that snapshot
        return True


class SessionAdd(_SessionCommand, AddAnnotation):
    def __init__(self, session: int, *args, **kwargs):
        AddAnnotation.__init__(self, *args, **kwargs)
        self.session = session


class SessionEdit(_SessionCommand, EditAnnotation):
    def __init__(self, session: int, *args, **kwargs):
        EditAnnotation.__init__(self, *args, **kwargs)
        self.session = session


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by 、, commas or spaces; each once, in order."""
    return list(dict.fromkeys(t for t in TAG_SEPARATORS.split(text) if t))


class TagCompleter(QCompleter):
    """Completes the tag being typed (the text after the last separator), keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [TAG_SEPARATORS.split(path)[-1]]

    def pathFromIndex(self, index: QModelIndex) -> str:
        text = self.widget().text() if self.widget() else ""
        last = TAG_SEPARATORS.split(text)[-1]
        return text[:len(text) - len(last)] + index.data()


class AnnotationEditor(QWidget):
    """The note editor (forms/annotation_editor.ui): body, tags, shareable flag, 保存/取消/删除."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AnnotationEditor()
        self.ui.setupUi(self)


def _note_list(model: AnnotationListModel) -> QTreeView:
    view = flat_tree(model)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(AnnotationListModel.QUOTE, QHeaderView.ResizeToContents)
    header.setSectionResizeMode(AnnotationListModel.BODY, QHeaderView.Stretch)
    header.setSectionResizeMode(AnnotationListModel.TAGS, QHeaderView.ResizeToContents)
    header.setSectionResizeMode(AnnotationListModel.VISIBILITY, QHeaderView.ResizeToContents)
    return view


def _fit_rows(view: QTreeView, rows: int, most: int = 4) -> None:
    """Size a list to its rows (up to ``most``), so a short orphan list leaves the room to the notes."""
    row = view.sizeHintForRow(0) if rows else 0
    header = view.header().sizeHint().height()
    view.setMaximumHeight(header + max(row, 18) * min(max(rows, 1), most) + 2 * view.frameWidth() + 4)


class AnnotationPane(QWidget):
    """Call ``set_document``/``set_measure`` as the review window moves; ``add_note`` for a selection in the text."""

    jump_requested = Signal(int, int)   # start, end of the clicked note's anchored text

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.document_id: int | None = None
        self.measure_id: int | None = None
        self._new: tuple[int, int, int, str] | None = None   # (document, start, end, quote) of a note being added
        self._editing: AnnotationRow | None = None            # the stored note shown in the editor
        self._session = 0          # editing session number (see the module docstring)
        self._dirty = False        # typed since the last save
        self._loading = False      # the editor is being filled, not typed into
        self._saved: dict | None = None   # the values this pane last wrote, to tell its own writes from others'
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.flush)

        self.measure_button = QToolButton(text=self.tr("本措施"), checkable=True, checked=True)
        self.document_button = QToolButton(text=self.tr("全文"), checkable=True)
        self.scope_group = QButtonGroup(self)
        for b in (self.measure_button, self.document_button):
            b.setAutoRaise(False)
            self.scope_group.addButton(b)
        self.scope_group.buttonToggled.connect(self._on_scope_toggled)
        self.count_label = QLabel(objectName="noteCount")

        self.model = AnnotationListModel(ctx, orphans=False, parent=self)
        self.view = _note_list(self.model)
        self.view.setObjectName("noteList")
        self.view.setAccessibleName(self.tr("批注列表"))
        self.orphan_model = AnnotationListModel(ctx, orphans=True, parent=self)
        self.orphan_view = _note_list(self.orphan_model)
        self.orphan_view.setObjectName("orphanNotes")
        self.orphan_view.setAccessibleName(self.tr("未能重新定位的批注"))
        for view in (self.view, self.orphan_view):
            view.clicked.connect(self._on_clicked)
            view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.orphan_model.modelReset.connect(self._after_reset)

        self.editor = AnnotationEditor()
        self.ui = self.editor.ui
        self.ui.bodyEdit.setAccessibleName(self.tr("批注内容"))
        self.ui.tagsEdit.setAccessibleName(self.tr("批注标签"))
        self.tag_model = QStringListModel(self)
        completer = TagCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.ui.tagsEdit.setCompleter(completer)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.save, context=Qt.WidgetWithChildrenShortcut)
        self.ui.bodyEdit.textChanged.connect(self._edited)
        self.ui.tagsEdit.textEdited.connect(self._edited)
        self.ui.shareableCheck.clicked.connect(self._edited)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        QShortcut(QKeySequence("Escape"), self.editor, self._cancel, context=Qt.WidgetWithChildrenShortcut)

        self.orphan_box = QGroupBox(self.tr("未能重新定位的批注"))
        self.orphan_box.setStyleSheet("QGroupBox { font-weight: bold; color: #9a3412; }")
        self.orphan_hint = QLabel(self.tr("文件新版本中找不到这些批注所标注的原文。批注均已保留，可在此查看、修改或删除。"))
        self.orphan_hint.setWordWrap(True)
        self.orphan_hint.setStyleSheet("font-weight: normal; color: palette(text);")
        self.tracking_label = QLabel(self.tr("未能延续的跟踪信息"))
        self.tracking_label.setStyleSheet("font-weight: normal; color: palette(text);")
        self.tracking_text = QLabel()
        self.tracking_text.setWordWrap(True)
        self.tracking_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.tracking_text.setStyleSheet("font-weight: normal; color: palette(text);")
        box = QVBoxLayout(self.orphan_box)
        for w in (self.orphan_hint, self.orphan_view, self.tracking_label, self.tracking_text):
            box.addWidget(w)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("批注")))
        top.addWidget(self.measure_button)
        top.addWidget(self.document_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addLayout(top)
        notes_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Vertical)
        for w in (notes, self.editor, self.orphan_box):
            self.splitter.addWidget(w)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        ctx.annotations_changed.connect(self._on_annotations_changed)
        self._show_editor(None)
        self._refresh_orphans()

    # public API
    def set_document(self, document_id: int | None) -> None:
        if document_id == self.document_id:
            return
        self._end_session()
        self.document_id, self.measure_id, self._new = document_id, None, None
        self._show_editor(None)
        self._reload()

    def set_measure(self, measure_id: int | None) -> None:
        if measure_id is not None:
            detail = self.ctx.store.measure_detail(measure_id)
            if detail is not None and detail.document_id != self.document_id:
                self.set_document(detail.document_id)
        if measure_id == self.measure_id:
            return
        self.measure_id = measure_id
        self._reload_notes()

    def add_note(self, document_id: int, start: int, end: int, quote: str) -> None:
        """Open the editor for a new note on text[start:end]; 保存 adds it (one undo step)."""
        self.set_document(document_id)
        self._end_session()
        self.view.clearSelection()
        self.orphan_view.clearSelection()
        self._new = (document_id, start, end, quote)
        self._show_editor(None)
        self.ui.bodyEdit.setFocus(Qt.OtherFocusReason)

    def save(self) -> None:
        """保存: write now and end the editing session (later typing is a new undo step)."""
        if self._commit(explicit=True):
            self._session += 1

    def flush(self) -> None:
        """Write what was typed since the last save, if anything (the autosave)."""
        if self._dirty:
            self._commit(explicit=False)

    def _commit(self, explicit: bool) -> bool:
        self.autosave_timer.stop()
        body = self.ui.bodyEdit.toPlainText().strip()
        tags = split_tags(self.ui.tagsEdit.text())
        visibility = "shareable" if self.ui.shareableCheck.isChecked() else "internal"
        if self._new is None and self._editing is None:
            return False
        if not body:   # an empty note is never stored; said only when asked to save
            if explicit:
                self._say(self.tr("批注内容不能为空"), error=True)
            return False
        self._dirty = False
        new = dict(body=body, visibility=visibility, tags=tags)
        if self._new is not None:
            doc, start, end, _ = self._new
            self._saved = new
            command = SessionAdd(self._session, self.ctx, doc, start, end, body, visibility, tags)
            if not self._run(command):
                return False
            self._new = None
            self._adopt(command.annotation_id)
        else:
            note = self._editing
            old = dict(body=note.body, visibility=note.visibility, tags=list(note.tags))
            if new == old:   # already autosaved (the click on 保存 moved the focus out of the editor first)
                if explicit:
                    self._say(self.tr("已保存") + " " + QTime.currentTime().toString("HH:mm:ss"))
                return True
            self._saved = new
            if not self._run(SessionEdit(self._session, self.ctx, note.id, note.document_id, old, new)):
                return False
        self._say((self.tr("已保存") if explicit else self.tr("已自动保存")) + " "
                  + QTime.currentTime().toString("HH:mm:ss"))
        return True

    def _edited(self, *_) -> None:
        if self._loading or (self._new is None and self._editing is None):
            return
        self._dirty = True
        self.autosave_timer.start()

    def _end_session(self) -> None:
        """Save what is pending and start a new session: the next edit is a new undo step."""
        self.flush()
        self._session += 1

    def _on_focus_changed(self, old, new) -> None:
        if old is not None and self.editor.isAncestorOf(old) and not (new and self.editor.isAncestorOf(new)):
            self.flush()

    def hideEvent(self, event) -> None:   # the window closing, or the dock hidden
        self.flush()
        super().hideEvent(event)

    def _adopt(self, annotation_id: int) -> None:
        """The new note just stored becomes the note in the editor, without touching what is being typed."""
        self._editing = self._stored(annotation_id)
        self._select(annotation_id, load=False)
        if self._editing is not None:
            self.ui.quoteLabel.setText(f"「{short(self._editing.quote, 80)}」 {self.model.where(self._editing)}".strip())
        self.ui.deleteButton.setEnabled(self._editing is not None)

    def delete_current(self) -> None:
        note = self._editing
        self.autosave_timer.stop()
        self._dirty = False
        if note is not None and self._run(DeleteAnnotation(self.ctx, note.id, note.document_id)):
            self._session += 1
            self._show_editor(None)

    # loading
    def _scope_measure(self) -> int | None:
        return self.measure_id if self.measure_button.isChecked() else None

    def _reload(self) -> None:
        self.tag_model.setStringList(self.ctx.store.tag_names())
        self._reload_notes()
        self._refresh_orphans()

    def _reload_notes(self) -> None:
        self.measure_button.setEnabled(self.measure_id is not None)
        self.model.set_scope(self.document_id, self._scope_measure())

    def _refresh_orphans(self) -> None:
        self.orphan_model.set_scope(self.document_id)
        # an orphaned note is listed above as the note itself; the store's orphan list adds lost tracking
        tracking = [o for o in self.ctx.store.orphans(self.document_id) if o.kind != "annotation"] \
            if self.document_id is not None else []
        self.tracking_text.setText("\n".join("• " + o.summary for o in tracking))
        _fit_rows(self.orphan_view, self.orphan_model.rowCount())
        self.orphan_view.setVisible(self.orphan_model.rowCount() > 0)
        self.tracking_label.setVisible(bool(tracking))
        self.tracking_text.setVisible(bool(tracking))
        self.orphan_box.setVisible(self.orphan_model.rowCount() > 0 or bool(tracking))

    def _on_scope_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._reload_notes()

    def _on_annotations_changed(self, document_id: int) -> None:
        if document_id != self.document_id:
            return
        self.tag_model.setStringList(self.ctx.store.tag_names())
        self._refresh_orphans()   # the models refresh themselves; the tracking list and visibility follow here
        if self._editing is not None:
            stored = self._stored(self._editing.id)
            if stored is None:
                self._show_editor(None)
            elif self._saved == dict(body=stored.body, visibility=stored.visibility, tags=list(stored.tags)):
                self._editing = stored          # this pane's own save: the editor already shows it, keep the cursor
            elif stored != self._editing:   # changed elsewhere or undone: show what the store holds
                self._show_editor(stored)

    def _stored(self, annotation_id: int) -> AnnotationRow | None:
        for model in (self.model, self.orphan_model):
            row = model.row_of(annotation_id)
            if row >= 0:
                return model.rows[row]
        return next((r for r in self.ctx.store.annotations(document_id=self.document_id) if r.id == annotation_id),
                    None)

    def _after_reset(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("{n} 条").format(n=n))
        if self._editing is not None:
            self._select(self._editing.id, load=False)

    # selection and editor
    def _select(self, annotation_id: int | None, load: bool = True) -> None:
        for view, model in ((self.view, self.model), (self.orphan_view, self.orphan_model)):
            row = model.row_of(annotation_id) if annotation_id is not None else -1
            select_row_quietly(view, row)
            if row >= 0 and load:
                self._show_editor(model.rows[row])

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.model().row_at(current) if current.isValid() else None
        if row is None or (self._editing is not None and row.id == self._editing.id):
            return
        self._end_session()
        self._new = None
        other = self.orphan_view if current.model() is self.model else self.view
        other.selectionModel().blockSignals(True)
        other.selectionModel().clearSelection()
        other.selectionModel().blockSignals(False)
        self._show_editor(row)
        self._select(row.id, load=False)   # a pending save above reloaded the list and reselected the old note

    def _on_clicked(self, index: QModelIndex) -> None:
        row = index.model().row_at(index)
        if row is None:
            return
        if self._editing is None or self._editing.id != row.id:
            self._end_session()
            self._new = None
            self._show_editor(row)
            self._select(row.id, load=False)
        if not row.orphan:   # an orphan's old offsets point at text that is no longer there
            self.jump_requested.emit(row.start, row.end)

    def _show_editor(self, note: AnnotationRow | None) -> None:
        """Fill the editor with a stored note, the new note being added, or nothing."""
        self._editing = note
        self._dirty = False
        self.autosave_timer.stop()
        ui = self.ui
        ui.messageLabel.clear()
        if note is not None:
            where = self.model.where(note)
            orphan = self.tr("（孤立）") if note.orphan else ""
            ui.quoteLabel.setText(f"{orphan}「{short(note.quote, 80)}」 {where}".strip())
            body, tags, shareable = note.body, "、".join(note.tags), note.visibility == "shareable"
        elif self._new is not None:
            ui.quoteLabel.setText(self.tr("新批注：") + f"「{short(self._new[3], 80)}」")
            body, tags, shareable = "", "", False
        else:
            ui.quoteLabel.setText(self.tr("在原文中选中文字后添加批注，或在上方列表中选择一条批注。"))
            body, tags, shareable = "", "", False
        self._loading = True
        if ui.bodyEdit.toPlainText() != body:   # unchanged text keeps the cursor where the officer is typing
            ui.bodyEdit.setPlainText(body)
        ui.tagsEdit.setText(tags)
        ui.shareableCheck.setChecked(shareable)
        self._loading = False
        active = note is not None or self._new is not None
        for w in (ui.bodyEdit, ui.tagsEdit, ui.shareableCheck, ui.saveButton, ui.cancelButton):
            w.setEnabled(active)
        ui.deleteButton.setEnabled(note is not None)

    def _cancel(self) -> None:
        """取消: forget this session's typing; what it already autosaved is undone (its one undo step)."""
        self.autosave_timer.stop()
        self._dirty = False
        stack = self.ctx.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, _SessionCommand) and top.session == self._session:
            stack.undo()   # the note goes back to how it was before the session (a new note goes away)
        self._session += 1
        if self._new is not None:
            self._new = None
            self._show_editor(None)
        elif self._editing is not None:
            self._show_editor(self._stored(self._editing.id))   # put back the stored values

    def _run(self, command) -> bool:
        message = self.ctx.execute(command)
        self._say(message or "", error=True)
        return message is None

    def _say(self, text: str, error: bool = False) -> None:
        """A refusal in red; a save in green — never a success in the colour of an error."""
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("kind", "error" if error else "saved")
        label.setStyleSheet(f"color: {ERROR_COLOR if error else SAVED_COLOR};")
