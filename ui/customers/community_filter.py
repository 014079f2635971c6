"""The customer list's 社群 filter: a button in the filter row (like Tags, Contact and
Segment) whose menu lists the communities (with a search box inside: there can be
thousands), the roles, the engagement levels and "in no community". And the words for a
filter's community and id-set conditions (the button, the filter bar, the summary)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from models.communities import communities
from models.communities.tables import LEVELS, ROLES
from models.customers.customer_filter import CustomerFilter
from ui import icons, style
from ui.communities import community_labels
from ui.text import fill

LIST_HEIGHT = 260


def community_name(community_id: int) -> str:
    for cid, name in communities.names(include_archived=True):
        if cid == community_id:
            return name
    return f"#{community_id}"


def community_words(flt: CustomerFilter, name: str | None = None) -> str:
    """The community conditions in words ("" when none): "宝妈群 · 骨干 · 核心"."""
    if flt.no_community:
        return QCoreApplication.translate("CommunityFilter", "In no community")
    if not flt.has_community:
        return ""
    parts = []
    if flt.community:
        parts.append(name if name is not None else community_name(flt.community))
    else:
        parts.append(QCoreApplication.translate("CommunityFilter", "Any community"))
    if flt.community_role:
        parts.append(community_labels.label(community_labels.role_labels(), flt.community_role))
    if flt.community_level:
        parts.append(community_labels.label(community_labels.level_labels(), flt.community_level))
    return " · ".join(parts)


def ids_words(flt: CustomerFilter) -> str:
    """The id-set condition in words ("" when none)."""
    if not flt.has_ids:
        return ""
    return flt.ids_label or fill(
        QCoreApplication.translate("CommunityFilter", "%1 chosen customers"),
        str(len(flt.customer_ids)),
    )


class CommunityFilterButton(QPushButton):
    """The 社群 button. `changeRequested` carries (community id, role, level, none): the
    page makes the filter from it (0, "", "", False: no community condition)."""

    changeRequested = Signal(int, str, str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("button_community_filter")
        self.flt = CustomerFilter()
        self._names: dict[int, str] = {}
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("community_filter_menu")
        self.setMenu(self.menu_)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        self.search = QLineEdit()
        self.search.setObjectName("community_filter_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.list = QListWidget()
        self.list.setObjectName("community_filter_list")
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.itemActivated.connect(self._picked)
        self.list.itemClicked.connect(self._picked)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.list_action = QWidgetAction(self)  # not the menu's: clear() keeps it
        self.list_action.setDefaultWidget(box)
        self.menu_.aboutToShow.connect(self.reload)
        self.actions_: dict[str, object] = {}
        self.retranslate()

    # ------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("CommunityFilter", "Search communities")
        )
        self._build_menu()
        self.show_filter(self.flt)

    def restyle(self) -> None:
        self.setIcon(icons.icon("communities"))

    def show_filter(self, flt: CustomerFilter) -> None:
        """The button's text and checks for `flt`."""
        self.flt = flt
        words = community_words(flt, self._names.get(flt.community))
        text = QCoreApplication.translate("CommunityFilter", "Community")
        self.setText(f"{text}: {words}" if words else text)
        style.set_role(self, "active" if words else "")
        for key, action in self.actions_.items():
            kind, _, code = key.partition(":")
            on = {"role": flt.community_role == code, "level": flt.community_level == code,
                  "none": flt.no_community}[kind]  # fmt: skip
            action.setChecked(on)

    def _build_menu(self) -> None:
        menu = self.menu_
        menu.clear()
        self.actions_ = {}
        menu.addSection(QCoreApplication.translate("CommunityFilter", "Community"))
        menu.addAction(self.list_action)
        menu.addSection(QCoreApplication.translate("CommunityFilter", "Role"))
        roles = community_labels.role_labels()
        for code in ROLES:
            self._checkable(f"role:{code}", roles[code], lambda c=code: self._set(role=c))
        menu.addAction(
            QCoreApplication.translate("CommunityFilter", "Any role"), lambda: self._set(role="")
        )
        menu.addSection(QCoreApplication.translate("CommunityFilter", "Engagement level"))
        levels = community_labels.level_labels()
        for code in LEVELS:
            self._checkable(f"level:{code}", levels[code], lambda c=code: self._set(level=c))
        menu.addAction(
            QCoreApplication.translate("CommunityFilter", "Any level"), lambda: self._set(level="")
        )
        menu.addSeparator()
        self._checkable("none:", QCoreApplication.translate("CommunityFilter", "In no community"),
                        lambda: self.changeRequested.emit(0, "", "", not self.flt.no_community))  # fmt: skip
        menu.addAction(QCoreApplication.translate("CommunityFilter", "Clear the community filter"),
                       lambda: self.changeRequested.emit(0, "", "", False))  # fmt: skip

    def _checkable(self, key: str, text: str, slot) -> None:
        action = self.menu_.addAction(text, slot)
        action.setCheckable(True)
        action.setObjectName(f"community_filter_{key.replace(':', '_').rstrip('_')}")
        self.actions_[key] = action

    # ------------------------------------------------------------ the communities

    def reload(self) -> None:
        """The communities afresh (each time the menu opens: they change elsewhere)."""
        rows = communities.names()
        self._names = dict(communities.names(include_archived=True))
        self.list.clear()
        any_item = QListWidgetItem(QCoreApplication.translate("CommunityFilter", "Any community"))
        any_item.setData(Qt.UserRole, 0)
        self.list.addItem(any_item)
        for cid, name in rows:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, cid)
            self.list.addItem(item)
            if cid == self.flt.community:
                item.setSelected(True)
        self._search_changed(self.search.text())

    def _search_changed(self, text: str) -> None:
        words = text.strip().lower().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = item.data(Qt.UserRole) == 0 or all(w in item.text().lower() for w in words)
            item.setHidden(not shown)

    def _picked(self, item: QListWidgetItem) -> None:
        self._set(community=int(item.data(Qt.UserRole)))
        self.menu_.close()

    def _set(self, community: int | None = None, role: str | None = None,
             level: str | None = None) -> None:  # fmt: skip
        f = self.flt
        self.changeRequested.emit(
            f.community if community is None else community,
            f.community_role if role is None else role,
            f.community_level if level is None else level,
            False,
        )
