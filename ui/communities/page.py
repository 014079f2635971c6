"""The 社群 Communities page: the communities (members, joined and left this month,
active rate, progress to goal) above the selected one's members (role, level and its
trend, joined, left). New / Edit / Archive a community; Add members by search; Leave.
Each write is one undo step (ui.communities.undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.communities import communities, level_tags, members
from models.communities.tables import LEVELS, ROLES
from models.errors import Cancelled, GuanjiaError
from ui import formatting, icons, messages
from ui.communities import community_labels as cl
from ui.communities.dialogs import CommunityDialog, MemberPickerDialog
from ui.communities.engagement_help import EngagementHelp
from ui.communities.level_tags_undo import LevelTagsOff, LevelTagsOn
from ui.communities.undo import recorded_step
from ui.retranslating import Retranslating
from ui.tasks import run_with_progress
from ui.text import fill

ID_ROLE = Qt.UserRole


def trend(level: str, before: str) -> str:
    """↑ when the level rose since last month, ↓ when it fell, "" otherwise."""
    if not level or not before or level == before or level not in LEVELS or before not in LEVELS:
        return ""
    return "↑" if LEVELS.index(level) < LEVELS.index(before) else "↓"


class CommunitiesPage(Retranslating, QWidget):
    dataChanged = Signal()

    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.title = QLabel()
        self.btn_new = QPushButton(icons.icon("add"), "")
        self.btn_edit = QPushButton(icons.icon("edit"), "")
        self.btn_archive = QPushButton()
        self.show_archived = QCheckBox()
        self.level_tags = QCheckBox()
        self.level_tags.setObjectName("level_tags")
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.members_title = QLabel()
        self.btn_add_members = QPushButton(icons.icon("add"), "")
        self.btn_leave = QPushButton()
        self.btn_role = QPushButton()
        self.show_left = QCheckBox()
        self.member_table = QTableWidget(0, 6)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.member_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.member_table.verticalHeader().hide()
        self.member_table.horizontalHeader().setStretchLastSection(True)
        for view in (self.table, self.member_table):
            formatting.comfortable_rows(view)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for w in (self.level_tags, self.show_archived, self.btn_new, self.btn_edit,
                  self.btn_archive):  # fmt: skip
            bar.addWidget(w)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.members_title)
        bar2.addStretch(1)
        for w in (self.show_left, self.btn_add_members, self.btn_role, self.btn_leave):
            bar2.addWidget(w)
        bottom_layout.addLayout(bar2)
        beside = QHBoxLayout()  # the members, and how their levels are computed
        beside.addWidget(self.member_table, 1)
        self.engagement_help = EngagementHelp()
        self.engagement_help.setMaximumWidth(300)
        self.engagement_help.weights_changed.connect(self.refresh_members)
        beside.addWidget(self.engagement_help)
        bottom_layout.addLayout(beside)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.btn_new.clicked.connect(self.new_community)
        self.btn_edit.clicked.connect(self.edit_community)
        self.btn_archive.clicked.connect(self.archive_community)
        self.btn_add_members.clicked.connect(self.add_members)
        self.btn_leave.clicked.connect(self.leave_selected)
        self.btn_role.clicked.connect(self._role_clicked)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.level_tags.clicked.connect(self.set_level_tags)
        self.show_left.toggled.connect(lambda _on: self.refresh_members())
        self.table.itemSelectionChanged.connect(self.refresh_members)
        self.member_table.itemSelectionChanged.connect(self._update_buttons)
        self.rows: list[dict] = []
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._set_texts()
        if self.rows:  # the cells say codes in words
            self.refresh()

    def _set_texts(self) -> None:
        self.title.setText(self.tr("Communities"))
        self.btn_new.setText(self.tr("New community…"))
        self.btn_edit.setText(self.tr("Edit…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.level_tags.setText(self.tr("Level tags"))
        self.level_tags.setToolTip(self.tr(
            "Keep the tags of the group 社群等级 (核心, 活跃, 参与, 观望, 沉默) in step with each "
            "member's best level, after every recompute"))  # fmt: skip
        self.btn_add_members.setText(self.tr("Add members…"))
        self.btn_leave.setText(self.tr("Leave"))
        self.btn_role.setText(self.tr("Role…"))
        self.btn_leave.setToolTip(self.tr("The selected members leave (their history stays)"))
        self.show_left.setText(self.tr("Members who left"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Platform"), self.tr("Members"), self.tr("Joined this month"),
            self.tr("Left this month"), self.tr("Active rate"), self.tr("Goal progress")])  # fmt: skip
        self.member_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Level"), self.tr("Trend"),
            self.tr("Joined"), self.tr("Left")])  # fmt: skip
        self.table.horizontalHeaderItem(5).setToolTip(
            self.tr("Members with any recorded activity in the last 30 days"))  # fmt: skip
        self._update_buttons()

    # ------------------------------------------------------------ reading

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def selected_row(self) -> dict | None:
        cid = self.selected_id()
        return next((r for r in self.rows if r["id"] == cid), None)

    def selected_members(self) -> list[int]:
        rows = sorted({i.row() for i in self.member_table.selectedItems()})
        return [self.member_table.item(r, 0).data(ID_ROLE) for r in rows]

    def refresh(self) -> None:
        keep = self.selected_id()
        self.rows = communities.list_communities(include_archived=self.show_archived.isChecked())
        self.level_tags.setChecked(level_tags.is_on())
        platforms = cl.platform_labels()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = row["name"] + (self.tr(" (archived)") if row["archived"] else "")
            capacity = f" / {formatting.number(row['capacity'])}" if row["capacity"] else ""
            progress = "" if row["progress"] is None else formatting.percent(row["progress"], 0)
            cells = [name, cl.label(platforms, row["platform"]),
                     formatting.number(row["members"]) + capacity,
                     formatting.number(row["joined_month"]), formatting.number(row["left_month"]),
                     formatting.percent(row["active_rate"], 0), progress]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row["id"])
                if c >= 2:
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
            state = row["capacity_state"]
            if state != "ok":
                self.table.item(r, 2).setToolTip(
                    self.tr("The group is full") if state == "full"
                    else self.tr("The group is nearly full (90 % or more)"))  # fmt: skip
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()  # the platform's words in full (企业微信客户群)
        index = next((i for i, row in enumerate(self.rows) if row["id"] == keep), 0)
        if self.rows:
            self.table.selectRow(index)
        self.refresh_members()

    def refresh_members(self) -> None:
        cid = self.selected_id()
        rows = [] if cid is None else members.members(cid, left=self.show_left.isChecked())
        roles, levels = cl.role_labels(), cl.level_labels()
        self.member_table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            cells = [m["name"], cl.label(roles, m["role"]), cl.label(levels, m["level"]),
                     trend(m["level"], m["level_before"]), formatting.date_text(m["joined"]),
                     formatting.date_text(m["left"]) if m["left"] else ""]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, m["customer_id"])
                self.member_table.setItem(r, c, item)
        self.member_table.resizeColumnsToContents()
        row = self.selected_row()
        self.members_title.setText(fill(self.tr("Members of %1"), row["name"]) if row
                                   else self.tr("Members"))  # fmt: skip
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        live = row is not None and not row["archived"]
        self.btn_edit.setEnabled(row is not None)
        self.btn_archive.setEnabled(row is not None)
        self.btn_archive.setText(self.tr("Unarchive") if row and row["archived"]
                                 else self.tr("Archive"))  # fmt: skip
        self.btn_add_members.setEnabled(live)
        chosen = live and not self.show_left.isChecked() and bool(self.member_table.selectedItems())
        self.btn_leave.setEnabled(chosen)
        self.btn_role.setEnabled(chosen)

    # ------------------------------------------------------------ writing

    def _changed(self, _ids=()) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _refused(self, exc: GuanjiaError) -> None:
        QMessageBox.warning(self, self.tr("Communities"), messages.error_message(exc))

    def _step(self, text: str, ids):
        return recorded_step(self.undo_stack, text, ids, self._changed, self._refused)

    def new_community(self) -> int | None:
        dialog = CommunityDialog(self)
        if not dialog.exec():
            return None
        new_id = None
        try:
            with self._step(self.tr("Add community"), []):
                new_id = communities.create(dialog.values())
        except GuanjiaError as exc:
            self._refused(exc)
            return None
        self._changed()
        self.select(new_id)
        return new_id

    def select(self, community_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row["id"] == community_id:
                self.table.selectRow(r)

    def edit_community(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = CommunityDialog(self, row)
        if not dialog.exec():
            return
        try:
            with self._step(self.tr("Edit community"), [row["id"]]):
                communities.edit(row["id"], dialog.values())
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()

    def archive_community(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        text = self.tr("Unarchive community") if row["archived"] else self.tr("Archive community")
        try:
            with self._step(text, [row["id"]]):
                communities.archive(row["id"], archived=not row["archived"])
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()

    def add_members(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = MemberPickerDialog(self)
        if not dialog.exec():
            return
        self.join(row["id"], dialog.chosen(), dialog.role())

    def join(self, community_id: int, customer_ids, role: str = "member"):
        """Customers join (one undo step); past capacity, offers the next group."""
        try:
            over = members.overflow_count(community_id, customer_ids)
            next_group = over > 0 and self._offer_next_group(over)
            with self._step(self.tr("Add members"), [community_id]):
                result = members.join(community_id, customer_ids, role=role, overflow=next_group)
        except GuanjiaError as exc:
            self._refused(exc)
            return None
        if result.already:
            QMessageBox.information(self, self.tr("Communities"), fill(self.tr(
                "Members already (nothing changed for them): %1"), len(result.already)))  # fmt: skip
        elif result.capacity_state == "near":
            QMessageBox.information(self, self.tr("Communities"), fill(self.tr(
                "The group is nearly full: %1 of %2 places taken."), result.members,
                result.capacity))  # fmt: skip
        self._changed()
        return result

    def _offer_next_group(self, over: int) -> bool:
        answer = QMessageBox.question(self, self.tr("The group is full"), fill(self.tr(
            "%1 customers did not fit in the group. Start the next group for them?"),
            over))  # fmt: skip
        return answer == QMessageBox.Yes

    def set_level_tags(self, on: bool) -> None:
        """Turn the live level tags on (tagging every member now, in a worker) or off:
        one undo step."""

        def run(fn):
            return run_with_progress(self, self.tr("Tagging engagement levels…"), fn)

        try:
            if on:
                change = run(lambda p, c: level_tags.apply_as_tags(p, c))
                self.undo_stack.push(LevelTagsOn(change, self._changed, run))
            else:
                level_tags.set_on(False)
                self.undo_stack.push(LevelTagsOff(self._changed, run))
        except Cancelled:
            pass  # nothing written
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()

    def _role_clicked(self) -> None:
        labels = cl.role_labels()
        codes = list(ROLES)
        text, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role in the community"),
                                        [labels[c] for c in codes], len(codes) - 1, False)  # fmt: skip
        if ok:
            self.set_role(codes[[labels[c] for c in codes].index(text)])

    def set_role(self, role: str) -> None:
        """The selected members' role (one undo step)."""
        cid, ids = self.selected_id(), self.selected_members()
        if cid is None or not ids:
            return
        try:
            with self._step(self.tr("Change role"), [cid]):
                members.set_roles(cid, ids, role)
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()

    def leave_selected(self) -> None:
        cid, ids = self.selected_id(), self.selected_members()
        if cid is None or not ids:
            return
        try:
            with self._step(self.tr("Leave community"), [cid]):
                members.leave(cid, ids)
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()
