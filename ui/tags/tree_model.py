"""TagTreeModel: tag groups and their tags as a two-column tree (name, customer count)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.tags import tags as tag_store
from models.values.search_text import normalise
from ui import formatting, style
from ui.tags.chips import state_icon


@dataclass
class _Group:
    id: int
    name: str
    color: str
    tags: list = field(default_factory=list)  # TagInfo


class TagTreeModel(QAbstractItemModel):
    """Top-level rows are groups, their children tags. A tag index's internalId is its
    group's row + 1; a group's is 0. States come from the customer filter: a tag is
    "include"d, "exclude"d or "off"."""

    KindRole = Qt.UserRole + 1  # "group" or "tag"
    IdRole = Qt.UserRole + 2
    StateRole = Qt.UserRole + 3
    ColorRole = Qt.UserRole + 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[_Group] = []
        self._groups: list[_Group] = []
        self._counts: dict[int, int] = {}
        self._include: set[int] = set()
        self._exclude: set[int] = set()
        self._text = ""
        self.reload()

    # ------------------------------------------------------------ state

    def reload(self) -> None:
        """Re-read groups and tags (after any tag or group change)."""
        groups = {g.id: _Group(g.id, g.name, g.color) for g in tag_store.list_groups()}
        for info in tag_store.list_tags():
            groups[info.group_id].tags.append(info)
        fresh = list(groups.values())
        if fresh != self._all:  # unchanged: keep the view's scroll and expansion
            self._all = fresh
            self._rebuild()

    def set_filter_text(self, text: str) -> None:
        text = normalise(text)
        if text != self._text:
            self._text = text
            self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        if not self._text:
            self._groups = self._all
        else:
            self._groups = []
            for g in self._all:
                if self._text in normalise(g.name):
                    self._groups.append(g)
                    continue
                hits = [t for t in g.tags if self._text in tag_store.match_text(t.name)]
                if hits:
                    self._groups.append(_Group(g.id, g.name, g.color, hits))
        self.endResetModel()

    def set_counts(self, counts: dict[int, int]) -> None:
        self._counts = dict(counts)
        self._changed_all([1, 0])

    def set_states(self, include, exclude) -> None:
        self._include, self._exclude = set(include), set(exclude)
        self._changed_all([0])

    def _changed_all(self, columns) -> None:
        for row, g in enumerate(self._groups):
            parent = self.index(row, 0)
            if g.tags:
                for col in columns:
                    self.dataChanged.emit(
                        self.index(0, col, parent), self.index(len(g.tags) - 1, col, parent)
                    )

    def tag_infos(self) -> dict[int, object]:
        return {t.id: t for g in self._all for t in g.tags}

    def groups(self) -> list[tuple[int, str]]:
        return [(g.id, g.name) for g in self._all]

    def tag_index(self, tag_id: int) -> QModelIndex:
        for row, g in enumerate(self._groups):
            for trow, t in enumerate(g.tags):
                if t.id == tag_id:
                    return self.index(trow, 0, self.index(row, 0))
        return QModelIndex()

    def group_index(self, group_id: int) -> QModelIndex:
        for row, g in enumerate(self._groups):
            if g.id == group_id:
                return self.index(row, 0)
        return QModelIndex()

    def state(self, tag_id: int) -> str:
        if tag_id in self._include:
            return "include"
        if tag_id in self._exclude:
            return "exclude"
        return "off"

    # ------------------------------------------------------------ Qt API

    def index(self, row, column, parent=QModelIndex()):  # noqa: B008
        if column not in (0, 1) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g].tags):
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].tags)
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 2

    def _node(self, index):
        if index.internalId() == 0:
            return "group", self._groups[index.row()]
        return "tag", self._groups[index.internalId() - 1].tags[index.row()]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        kind, node = self._node(index)
        col = index.column()
        if role == self.KindRole:
            return kind
        if role == self.IdRole:
            return node.id
        if role == self.ColorRole:
            return node.color
        if kind == "group":
            if role == Qt.DisplayRole and col == 0:
                return node.name
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.DecorationRole and col == 0:
                return state_icon(node.color, "off")
            return None
        state = self.state(node.id)
        if role == self.StateRole:
            return state
        if role == Qt.DisplayRole:
            if col == 0:
                return node.name
            return formatting.number(self._counts.get(node.id, 0))
        if role == Qt.DecorationRole and col == 0:
            return state_icon(node.color, state)
        if role == Qt.TextAlignmentRole:
            return formatting.RIGHT if col == 1 else formatting.LEFT
        if role == Qt.ToolTipRole and col == 0:
            return node.name  # a long tag name is cut by the narrow browser
        if role == Qt.ForegroundRole:
            if state == "exclude":
                return QBrush(QColor(style.CHIP_EXCLUDE))
            if col == 1 and not self._counts.get(node.id):
                return QBrush(QColor(style.ZERO_COUNT))
        if role == Qt.FontRole and state != "off":
            font = QFont()
            font.setBold(state == "include")
            font.setStrikeOut(state == "exclude")
            return font
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole and section == 0:
            return self.tr("Tag")
        if role == Qt.DisplayRole and section == 1:
            return self.tr("Count")  # short: the tag names need the narrow panel's room
        if role == Qt.ToolTipRole and section == 1:
            return self.tr("Customers with the tag")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable
