"""The library: documents by issuer and year with measure counts, later versions nested, 需核对 documents red."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.ui.review.document_warnings import ALARM_COLOR, library_tooltip

DOCUMENT_ID = Qt.UserRole + 1
ALL_DOCUMENTS = Qt.UserRole + 2     # True on the first row, 全部文件: the way back from one document to all


def _item(text: str, document_id: int | None = None, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(document_id, DOCUMENT_ID)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class LibraryModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("文件"), self.tr("措施")])

    def set_documents(self, documents) -> None:
        self.removeRows(0, self.rowCount())
        by_id = {d.id: d for d in documents}
        everything = [_item(self.tr("全部文件（{n} 个）").format(n=len(documents)),
                            tooltip=self.tr("显示全部文件的措施")),
                      _item(str(sum(d.measure_count for d in documents)))]
        for item in everything:
            item.setData(True, ALL_DOCUMENTS)
        font = QFont()
        font.setBold(True)
        everything[0].setFont(font)
        self.appendRow(everything)

        def root_of(d):
            while d.version_of in by_id:
                d = by_id[d.version_of]
            return d

        chains: dict[int, list] = {}
        for d in documents:
            chains.setdefault(root_of(d).id, []).append(d)
        groups: dict[str, dict[str, list]] = {}
        for root_id, chain in chains.items():
            latest = max(chain, key=lambda d: d.version_no)
            issuer = latest.issuer or self.tr("（未识别发文机关）")
            year = (latest.date or "")[:4] or self.tr("（无日期）")
            groups.setdefault(issuer, {}).setdefault(year, []).append(sorted(chain, key=lambda d: -d.version_no))
        for issuer in sorted(groups):
            issuer_item = _item(issuer)
            for year in sorted(groups[issuer], reverse=True):
                year_item = _item(year)
                for chain in groups[issuer][year]:
                    year_item.appendRow(self._document_row(chain[0], chain[1:]))
                issuer_item.appendRow([year_item, _item("")])
            self.appendRow([issuer_item, _item("")])

    def _document_row(self, d, older) -> list[QStandardItem]:
        title = d.title or d.source_name
        if d.version_no > 1:
            title += self.tr("（第{n}版）").format(n=d.version_no)
        if d.alarming:
            title = self.tr("〔需核对〕") + title     # first: a long title is cut at its end
        first = _item(title, d.id, library_tooltip(d))
        count = _item(str(d.measure_count), d.id, first.toolTip())
        if d.alarming:     # no measures or no units found: red, with the reason on the tooltip
            first.setForeground(ALARM_COLOR)
            count.setForeground(ALARM_COLOR)
        for o in older:
            first.appendRow([_item(self.tr("第{n}版：{title}").format(n=o.version_no, title=o.title or o.source_name),
                                   o.id, o.source_name), _item(str(o.measure_count), o.id)])
        return [first, count]

    def all_documents_index(self) -> QModelIndex:
        return self.index(0, 0)

    def index_of(self, document_id: int) -> QModelIndex | None:
        hits = self.match(self.index(0, 0), DOCUMENT_ID, document_id, 1, Qt.MatchExactly | Qt.MatchRecursive)
        return hits[0] if hits else None

    def document_ids(self) -> list[int]:
        out = []

        def walk(parent):
            for row in range(self.rowCount(parent)):
                index = self.index(row, 0, parent)
                if index.data(DOCUMENT_ID) is not None:
                    out.append(index.data(DOCUMENT_ID))
                walk(index)
        walk(QModelIndex())
        return out
