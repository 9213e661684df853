"""The compare window: two documents side by side, measure by measure, with the change list, coverage and pins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QTabWidget, QTreeView, QVBoxLayout, QWidget)

from exporters.compare_docx import write_compare_docx
from exporters.compare_rows import measure_number
from exporters.compare_xlsx import write_compare_xlsx

from desktop.ui.compare.commands import SetComparePins, pin_events
from desktop.ui.compare.connector import CompareConnector
from desktop.ui.compare.coverage_model import CompareCoverageModel
from desktop.ui.compare.labels import is_difference
from desktop.ui.compare.overview import CompareOverview
from desktop.ui.compare.pairs_model import FILTERS, ComparePairsModel, shown
from desktop.ui.compare.pane import ComparePane
from desktop.ui.compare.session import CompareSession, load_session
from desktop.ui.compare.side_panel import CompareSidePanel
from desktop.ui.compare.sync import ScrollSync
from desktop.ui.context import AppContext
from desktop.ui.common.file_dialogs import save_file
from desktop.ui.common.file_names import file_name
from desktop.ui.common.screen_fit import fit_window, show_fitted
from desktop.ui.common.tree_views import flat_tree, select_row_quietly

PREFERRED_SIZE = QSize(1400, 900)


def _tree(model) -> QTreeView:
    view = flat_tree(model)
    view.header().setStretchLastSection(True)
    view.header().setSectionResizeMode(QHeaderView.ResizeToContents)
    return view


class CompareWindow(QMainWindow):
    def __init__(self, ctx: AppContext, doc_a: int, doc_b: int, parent=None):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.ctx, self.doc_a, self.doc_b = ctx, doc_a, doc_b
        self.session: CompareSession | None = None
        self.current: int | None = None           # pair index
        self.picked: list[int | None] = [None, None]   # measure index picked on each side (for a pin)

        self.panes = (ComparePane(0), ComparePane(1))
        self.connector = CompareConnector(*self.panes)
        self.overview = CompareOverview()
        self.sync = ScrollSync(*self.panes, parent=self)
        self.titles = (QLabel(), QLabel())
        for side, label in enumerate(self.titles):
            label.setObjectName("compareTitleA" if side == 0 else "compareTitleB")
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold; padding: 2px 4px;")

        self.pairs_model = ComparePairsModel(self)
        self.pair_list = _tree(self.pairs_model)
        self.pair_list.setObjectName("compareChangeList")
        self.pair_list.setAccessibleName(self.tr("差异列表"))
        self.coverage_model = CompareCoverageModel(self)
        self.coverage = _tree(self.coverage_model)
        self.coverage.setObjectName("compareCoverage")
        self.coverage.setAccessibleName(self.tr("覆盖情况"))
        self.coverage_label = QLabel(objectName="compareCoverageSummary")
        self.coverage_label.setWordWrap(True)
        self.sides = (CompareSidePanel(ctx, doc_a), CompareSidePanel(ctx, doc_b))

        self._build_actions()
        self._build_layout()
        self.statusBar()

        for pane in self.panes:
            pane.measure_clicked.connect(self.pick_measure)
        self.overview.pair_clicked.connect(self.select_pair)
        self.pair_list.selectionModel().currentRowChanged.connect(self._on_list_row)
        self.coverage.selectionModel().currentRowChanged.connect(self._on_coverage_row)
        pin_events().pins_changed.connect(self._on_pins_changed)
        ctx.annotations_changed.connect(self._on_annotations_changed)
        ctx.assignments_changed.connect(self._on_measures_changed)
        ctx.deadlines_changed.connect(self._on_measures_changed)
        self.realign()

    # construction
    def _build_actions(self) -> None:
        bar = self.addToolBar(self.tr("对照"))
        bar.setObjectName("compareToolBar")
        bar.setMovable(False)

        def action(text: str, slot, shortcut=None, tip: str | None = None, checkable=False) -> QAction:
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            if tip:
                a.setToolTip(tip)
            a.setCheckable(checkable)
            (a.toggled if checkable else a.triggered).connect(slot)
            bar.addAction(a)
            return a

        self.previous_action = action(self.tr("上一处差异"), self.previous_difference, "Shift+F7",
                                      self.tr("上一处差异（Shift+F7）"))
        self.next_action = action(self.tr("下一处差异"), self.next_difference, "F7", self.tr("下一处差异（F7）"))
        self.position = QLabel(objectName="comparePosition")
        self.position.setMinimumWidth(110)
        self.position.setAlignment(Qt.AlignCenter)
        bar.addWidget(self.position)
        self.sync_action = action(self.tr("同步滚动"), self.sync.set_enabled, checkable=True,
                                  tip=self.tr("滚动一侧时另一侧对齐到对应措施"))
        self.sync_action.setChecked(True)
        self.swap_action = action(self.tr("交换 A/B"), self.swap, "Ctrl+Shift+S",
                                  self.tr("交换两侧：B 作为 A，A 作为 B（覆盖情况随之改为看 A 是否落实 B）"))
        self.swap_action.setObjectName("swapAction")
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("显示：")))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("compareFilter")
        self.filter_combo.setAccessibleName(self.tr("显示哪些配对"))
        for mode, text in zip(FILTERS, (self.tr("全部"), self.tr("仅有变化"), self.tr("仅未匹配"))):
            self.filter_combo.addItem(text, mode)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        bar.addWidget(self.filter_combo)
        bar.addSeparator()
        self.pin_action = action(self.tr("固定配对"), self.pin_picked,
                                 tip=self.tr("把两侧选中的措施固定为一对（在两侧原文中各点选一项措施）"))
        self.unpin_action = action(self.tr("取消配对"), self.unpin_current,
                                   tip=self.tr("拆开当前这一对，不再自动配对"))
        self.note_action = action(self.tr("添加批注"), self.add_note, tip=self.tr("为原文中选中的文字添加批注"))
        bar.addSeparator()
        self.word_action = action(self.tr("导出Word"), lambda: self.export_word())
        self.excel_action = action(self.tr("导出Excel"), lambda: self.export_excel())
        close = QAction(self.tr("关闭"), self, shortcut=QKeySequence.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _build_layout(self) -> None:
        columns = []
        for side in (0, 1):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            box.addWidget(self.titles[side])
            box.addWidget(self.panes[side], 1)
            columns.append(column)
        texts = QWidget()
        row = QHBoxLayout(texts)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(columns[0], 1)
        row.addWidget(self.connector)
        row.addWidget(columns[1], 1)
        row.addWidget(self.overview)

        self.lists = QTabWidget()
        self.lists.setObjectName("compareLists")
        self.lists.addTab(self.pair_list, self.tr("差异列表"))
        coverage = QWidget()
        box = QVBoxLayout(coverage)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.coverage_label)
        box.addWidget(self.coverage)
        self.lists.addTab(coverage, self.tr("覆盖情况（B 是否落实 A）"))
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("compareSides")
        self.side_tabs.addTab(self.sides[0], self.tr("A侧措施"))
        self.side_tabs.addTab(self.sides[1], self.tr("B侧措施"))
        bottom = QSplitter(Qt.Horizontal)
        bottom.addWidget(self.lists)
        bottom.addWidget(self.side_tabs)
        bottom.setSizes([520, 680])
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(texts)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 340])
        self.setCentralWidget(self.splitter)
        fit_window(self, PREFERRED_SIZE)   # 1400×900 where it fits (open_compare maximises it on a laptop)

    # loading
    def realign(self, keep: list | None = None) -> None:
        """Read both documents and their pins, align, and show the result; the picked measures stay picked."""
        keep = keep if keep is not None else [self._picked_measure(side) for side in (0, 1)]
        self.session = session = load_session(self.ctx.store, self.doc_a, self.doc_b)
        self.setWindowTitle(self.tr("对照：{a} ↔ {b}").format(a=session.titles[0], b=session.titles[1]))
        for side in (0, 1):
            label = self.tr("A：{title}") if side == 0 else self.tr("B：{title}")
            self.titles[side].setText(label.format(title=session.titles[side]))
            self.panes[side].show_session(session)
        self.picked = [self._index_of(side, key) for side, key in enumerate(keep)]
        self.overview.set_pairs(session.alignment.pairs)
        self.pairs_model.set_session(session)
        self.coverage_model.set_session(session)
        covered, total = self.coverage_model.covered()
        self.coverage_label.setText(self.tr("A的 {total} 项措施中，B体现了 {covered} 项，未体现 {missing} 项。")
                                    .format(total=total, covered=covered, missing=total - covered))
        pair = next((session.pair_of[s][i] for s, i in enumerate(self.picked) if i is not None), None)
        self._show_pair(pair, scroll=False)

    def swap(self) -> None:
        """B becomes A and A becomes B: the texts, the lists, the coverage question and each side's panel."""
        keep = [self._picked_measure(side) for side in (1, 0)]
        self.doc_a, self.doc_b = self.doc_b, self.doc_a
        self.sides = (self.sides[1], self.sides[0])
        current = self.side_tabs.currentIndex()
        while self.side_tabs.count():
            self.side_tabs.removeTab(0)
        self.side_tabs.addTab(self.sides[0], self.tr("A侧措施"))
        self.side_tabs.addTab(self.sides[1], self.tr("B侧措施"))
        self.side_tabs.setCurrentIndex(1 - current if current >= 0 else 0)
        self.realign(keep)
        self.statusBar().showMessage(self.tr("已交换：A 为《{a}》").format(a=self.session.titles[0]), 5000)

    def _picked_measure(self, side: int):
        i = self.picked[side]
        return self.session.measures(side)[i].path if self.session is not None and i is not None else None

    def _index_of(self, side: int, path) -> int | None:
        return next((i for i, m in enumerate(self.session.measures(side)) if m.path == path), None)

    # selection and navigation
    def select_pair(self, pair_index: int | None) -> None:
        """Make a pair current: both sides picked, tinted, joined, listed and scrolled into view."""
        if self.session is None or pair_index is None:
            return
        pair = self.session.alignment.pairs[pair_index]
        self.picked = [pair.a[0] if pair.a else None, pair.b[0] if pair.b else None]
        self._show_pair(pair_index, scroll=True)

    def pick_measure(self, side: int, index: int) -> None:
        """A click on a measure in one pane: that side's pick for a pin; its pair becomes current."""
        self.picked[side] = index
        self._show_pair(self.session.pair_of[side].get(index), scroll=False)

    def _show_pair(self, pair_index: int | None, scroll: bool) -> None:
        self.current = pair_index
        for w in (*self.panes, self.connector, self.overview):
            w.set_current_pair(pair_index)
        select_row_quietly(self.pair_list, self.pairs_model.row_of(pair_index))
        a = self.picked[0]
        select_row_quietly(self.coverage, self.coverage_model.rows.index(a) if a is not None else -1)
        for side in (0, 1):
            i = self.picked[side]
            self.sides[side].set_measure(self.session.measures(side)[i].key if i is not None else None)
        if scroll and pair_index is not None:
            self._scroll_to(pair_index)
        self._update_actions()
        self._show_position()

    def _show_position(self) -> None:
        """差异 3/37: where the current pair is among the differences F7 visits."""
        differences = self.differences()
        if self.current in differences:
            self.position.setText(self.tr("差异 {i}/{n}").format(i=differences.index(self.current) + 1,
                                                                 n=len(differences)))
        else:
            self.position.setText(self.tr("共 {n} 处差异").format(n=len(differences)))

    def _scroll_to(self, pair_index: int) -> None:
        ys = [pane.pair_y(pair_index) for pane in self.panes]
        with self.sync.paused():
            for pane, y in zip(self.panes, ys):
                if y is not None:
                    pane.scroll_to_y(y[0])
        if None in ys and self.sync.enabled:   # an unmatched pair: the other side follows to its place
            self.sync.follow(ys.index(next(y for y in ys if y is not None)))
        self.connector.update()

    def differences(self) -> list[int]:
        """Pair indexes F7 visits: the differences the filter shows, in reading order."""
        mode = self.filter_combo.currentData()
        pairs = self.session.alignment.pairs if self.session else []
        return [p for p, pair in enumerate(pairs) if is_difference(pair) and shown(pair, mode)]

    def next_difference(self) -> None:
        after = [p for p in self.differences() if self.current is None or p > self.current]
        if after:
            self.select_pair(after[0])
        else:
            self.statusBar().showMessage(self.tr("已是最后一处差异"), 3000)

    def previous_difference(self) -> None:
        before = [p for p in self.differences() if self.current is not None and p < self.current]
        if before:
            self.select_pair(before[-1])
        else:
            self.statusBar().showMessage(self.tr("已是第一处差异"), 3000)

    def current_measures(self) -> tuple[str, str]:
        """The numbers (二.（一）.3) of the current pair's measures on each side, "" for a missing side."""
        if self.session is None or self.current is None:
            return "", ""
        pair = self.session.alignment.pairs[self.current]
        return tuple("、".join(measure_number(self.session.measures(s)[i]) for i in self.session.indexes(pair, s))
                     for s in (0, 1))

    def _on_list_row(self, current, _previous) -> None:
        p = current.siblingAtColumn(0).data(ComparePairsModel.PairRole) if current.isValid() else None
        if p is not None and p != self.current:
            self.select_pair(p)

    def _on_coverage_row(self, current, _previous) -> None:
        p = current.siblingAtColumn(0).data(CompareCoverageModel.PairRole) if current.isValid() else None
        if p is not None:
            self.picked[0] = self.coverage_model.row_at(current)
            self.select_pair(p)

    def _on_filter(self) -> None:
        self.pairs_model.set_mode(self.filter_combo.currentData())
        select_row_quietly(self.pair_list, self.pairs_model.row_of(self.current))
        self._show_position()

    # pins
    def _update_actions(self) -> None:
        a, b = self.picked
        pair = self.session.alignment.pairs[self.current] if self.session and self.current is not None else None
        same = pair is not None and pair.pinned and pair.a == (a,) and pair.b == (b,)
        self.pin_action.setEnabled(a is not None and b is not None and not same)
        if a is not None and b is not None:
            al = self.session.alignment
            self.pin_action.setToolTip(self.tr("固定配对：A {a} ↔ B {b}").format(a=measure_number(al.a[a]),
                                                                           b=measure_number(al.b[b])))
        self.unpin_action.setEnabled(pair is not None and bool(pair.a) and bool(pair.b))

    def pin_picked(self) -> None:
        a, b = self.picked
        if a is None or b is None:
            return
        al = self.session.alignment
        self._run(SetComparePins(self.ctx, self.doc_a, self.doc_b, [(al.a[a].path, al.b[b].path)], True))

    def unpin_current(self) -> None:
        if self.current is None:
            return
        pair = self.session.alignment.pairs[self.current]
        al = self.session.alignment
        paths = [(al.a[i].path, al.b[j].path) for i in pair.a for j in pair.b]
        if paths:
            self._run(SetComparePins(self.ctx, self.doc_a, self.doc_b, paths, False))

    def _run(self, command) -> None:
        message = self.ctx.execute(command)
        if message:
            self.statusBar().showMessage(message, 5000)

    def _on_pins_changed(self, doc_a: int, doc_b: int) -> None:
        if {doc_a, doc_b} == {self.doc_a, self.doc_b}:
            self.realign()

    # notes and corrections made here or elsewhere
    def add_note(self) -> None:
        for side, pane in enumerate(self.panes):
            span = pane.selected_span()
            if span is not None:
                self.side_tabs.setCurrentIndex(side)
                self.sides[side].add_note(*span)
                return
        self.statusBar().showMessage(self.tr("请先在原文中选中要批注的文字"), 3000)

    def _on_annotations_changed(self, document_id: int) -> None:
        if self.session is not None and document_id in (self.doc_a, self.doc_b):
            side = 0 if document_id == self.doc_a else 1
            notes = [(n.start, n.end) for n in self.ctx.store.annotations(document_id=document_id) if not n.orphan]
            self.session.notes[side][:] = notes
            self.panes[side].paint()

    def _on_measures_changed(self, measure_ids: list) -> None:
        if self.session is None:
            return
        keys = {m.key for side in (0, 1) for m in self.session.measures(side)}
        if keys & set(measure_ids):
            self.realign()   # units and deadlines are part of each pair's delta

    # export
    def _ask_path(self, caption: str, suffix: str, kind: str) -> str:
        a, b = self.session.titles
        name = file_name(a, b, self.tr("对照表"), suffix=suffix, limit=20)
        return save_file(self, caption, str(Path.home() / name), f"{kind} (*{suffix})")

    def export_word(self, path: str | None = None) -> Path | None:
        path = path or self._ask_path(self.tr("导出对照表（Word）"), ".docx", "Word")
        return self._export(write_compare_docx, path) if path else None

    def export_excel(self, path: str | None = None) -> Path | None:
        path = path or self._ask_path(self.tr("导出对照表（Excel）"), ".xlsx", "Excel")
        return self._export(write_compare_xlsx, path) if path else None

    def _export(self, write, path: str) -> Path | None:
        try:
            out = write(self.session.alignment, path, self.session.titles)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入文件：{error}").format(error=exc))
            return None
        self.statusBar().showMessage(self.tr("已导出：{path}").format(path=out), 8000)
        return out


def open_compare(ctx: AppContext, parent, doc_a_id: int, doc_b_id: int) -> CompareWindow:
    """Open (and show) a compare window of document A against document B."""
    window = CompareWindow(ctx, doc_a_id, doc_b_id, parent)
    window.setWindowFlag(Qt.Window, True)
    window.setAttribute(Qt.WA_DeleteOnClose, True)
    show_fitted(window, PREFERRED_SIZE)
    window.raise_()
    window.activateWindow()   # F7 works at once, without a click into the new window first
    return window
