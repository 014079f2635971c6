"""The communities' dialogs: a community's fields (new or edit), and choosing customers
to add by search (or a community to add the selected customers to)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models.communities import communities, members
from models.communities.tables import PLATFORMS, ROLES, STAGES
from models.errors import GuanjiaError
from models.tags import tags
from ui.communities import community_labels as cl
from ui.text import fill

SHOWN = 200  # search results listed at most


def _combo(labels: dict[str, str], codes, current: str = "") -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(labels.get(code, code), code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class CommunityDialog(QDialog):
    """A community's fields; `values()` the dict for communities.create / edit."""

    def __init__(self, parent=None, row: dict | None = None):
        super().__init__(parent)
        row = row or {}
        self.setWindowTitle(self.tr("Edit community") if row else self.tr("New community"))
        self.name = QLineEdit(row.get("name", ""))
        self.platform = _combo(cl.platform_labels(), PLATFORMS, row.get("platform", ""))
        self.stage = _combo(cl.stage_labels(), STAGES, row.get("stage", "start"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("Default"))
        self.capacity.setValue(row.get("capacity") or 0)
        self.owner = QLineEdit(row.get("owner_staff", ""))
        self.goal_members = QSpinBox()
        self.goal_members.setRange(0, 1000000)
        self.goal_members.setSpecialValueText(self.tr("None"))
        self.goal_members.setValue(row.get("goal_members") or 0)
        self.goal_active = QSpinBox()
        self.goal_active.setRange(0, 100)
        self.goal_active.setSuffix(" %")
        self.goal_active.setSpecialValueText(self.tr("None"))
        self.goal_active.setValue((row.get("goal_active_permille") or 0) // 10)
        goal_by = row.get("goal_by")
        self.goal_by = QLineEdit(goal_by.isoformat() if goal_by else "")
        self.goal_by.setPlaceholderText("2026-12-31")
        self.notes = QPlainTextEdit(row.get("notes", ""))
        self.notes.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Owner (staff)"), self.owner)
        form.addRow(self.tr("Goal: members"), self.goal_members)
        form.addRow(self.tr("Goal: active rate"), self.goal_active)
        form.addRow(self.tr("Goal: by"), self.goal_by)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "platform": self.platform.currentData(),
            "stage": self.stage.currentData(),
            "capacity": self.capacity.value() or None,
            "owner_staff": self.owner.text(),
            "goal_members": self.goal_members.value() or None,
            "goal_active_permille": self.goal_active.value() * 10 or None,
            "goal_by": self.goal_by.text().strip() or None,
            "notes": self.notes.toPlainText(),
        }


class MemberPickerDialog(QDialog):
    """Search customers, or take the customers of a tag, and tick those to add; a role
    for them all. A tag's customers beyond the SHOWN listed are added too (said below
    the list)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add members"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, mobile, pinyin initials…"))
        self.find = QPushButton(self.tr("Search"))
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("member_tag")
        self.tag_box.addItem(self.tr("Customers of a tag…"), "")
        for info in tags.list_tags():
            self.tag_box.addItem(info.name, info.name)
        self.tag_box.activated.connect(lambda _i: self.use_tag(self.tag_box.currentData()))
        self.more = QLabel()
        self._more: list[int] = []  # a tag's customers not listed (beyond SHOWN)
        self.results = QListWidget()
        self.role_box = _combo(cl.role_labels(), ROLES, "member")
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.find)
        row.addWidget(self.tag_box)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.more)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.find.clicked.connect(self.run_search)
        self.search.returnPressed.connect(self.run_search)
        self.find.setAutoDefault(False)

    def run_search(self) -> None:
        try:
            ids = members.ids_by_search(self.search.text())[:SHOWN]
        except GuanjiaError:
            self._list([])
            return
        self._list(ids)

    def use_tag(self, name: str) -> None:
        """List the customers of the tag `name` (all of them join unless unticked)."""
        if not name:
            return
        try:
            ids = members.ids_by_tag(name)
        except GuanjiaError:  # the tag went meanwhile
            ids = []
        self._list(ids[:SHOWN], ids[SHOWN:])

    def _list(self, ids: list[int], more=()) -> None:
        self.results.clear()
        self._more = list(more)
        self.more.setText(fill(self.tr("… and %1 more customers of the tag, added too"),
                               len(self._more)) if self._more else "")  # fmt: skip
        names = members.customer_names(ids)
        for cid in ids:
            item = QListWidgetItem(names.get(cid, f"#{cid}"))
            item.setData(Qt.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.results.addItem(item)

    def chosen(self) -> list[int]:
        return [self.results.item(i).data(Qt.UserRole) for i in range(self.results.count())
                if self.results.item(i).checkState() == Qt.Checked] + self._more  # fmt: skip

    def role(self) -> str:
        return self.role_box.currentData()


class CommunityChooserDialog(QDialog):
    """Which community the selected customers join ("Add to community…"), and as what."""

    def __init__(self, parent=None, count: int = 0):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to community"))
        self.community = QComboBox()
        for row in communities.list_communities():
            self.community.addItem(row["name"], row["id"])
        self.role_box = _combo(cl.role_labels(), ROLES, "member")
        form = QFormLayout()
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Role"), self.role_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Ok).setEnabled(self.community.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def community_id(self) -> int | None:
        return self.community.currentData()

    def role(self) -> str:
        return self.role_box.currentData()
