"""The Leads page (线索): the pool (公海) or one staff member's leads ("my leads", the audit
name's by default), not yet contacted first and oldest first (by grade once lead
scoring is there); assign by hand or by rule, put back in the pool, reclaim the overdue
now. Every action is one undo step (row images: models/leads/lead_changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.errors import GuanjiaError
from models.leads import assignment, lead_changes, pool, reclaim
from models.storage import audit
from models.team import staff
from ui import labels, style
from ui.empty_state import EmptyState
from ui.messages import error_message
from ui.retranslating import Retranslating
from ui.text import fill
from ui.undo_rows import RowsCommand

POOL = "\x00pool"  # the view combo's data for the pool (no staff name can be it)
PAGE = 500  # rows shown; the count says how many there are
COLUMNS = ("name", "owner", "city", "source", "assigned_at", "contact_by", "last_contact_at",
           "lead_score", "lead_grade")  # fmt: skip


class LeadsPage(Retranslating, QWidget):
    changed = Signal()  # leads were assigned or reclaimed (other pages refresh)

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        style.set_role(self.title, "title")
        top.addWidget(self.title)
        top.addStretch(1)
        self.view_label = QLabel()
        top.addWidget(self.view_label)
        self.view = QComboBox()
        self.view.setObjectName("leads_view")
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.view)
        layout.addLayout(top)
        self.notice = QLabel()
        self.notice.setObjectName("leads_notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("leads_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(self.table, "leads")  # what the pool (or a list) is for
        actions = QHBoxLayout()
        self.staff_pick = QComboBox()
        self.staff_pick.setObjectName("leads_assign_to")
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(lambda: self.assign_selected())
        self.rule_pick = QComboBox()
        self.rule_pick.setObjectName("leads_rule")
        self.rule_button = QPushButton()
        self.rule_button.clicked.connect(lambda: self.assign_by_rule())
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.put_back_selected())
        self.reclaim_button = QPushButton()
        self.reclaim_button.clicked.connect(lambda: self.reclaim_now())
        for widget in (self.staff_pick, self.assign_button, self.rule_pick, self.rule_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        actions.addWidget(self.reclaim_button)
        layout.addLayout(actions)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.retranslate()
        self.reload_choices()

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.title.setText(self.tr("Leads"))
        self.view_label.setText(self.tr("Show:"))
        self.assign_button.setText(self.tr("Assign selected to"))
        self.rule_button.setText(self.tr("Assign the pool by rule"))
        self.back_button.setText(self.tr("Put back in the pool"))
        self.reclaim_button.setText(self.tr("Reclaim overdue now"))
        self.reclaim_button.setToolTip(self.tr(
            "Leads assigned from the pool with no logged contact within the days set "
            "(`guanjia leads settings`) go back to the pool"))  # fmt: skip
        heads = {
            "name": self.tr("Name"), "owner": self.tr("Owner"), "city": self.tr("City"),
            "source": self.tr("Source"), "assigned_at": self.tr("Assigned"),
            "contact_by": self.tr("First contact by"), "last_contact_at": self.tr("Last contact"),
            "lead_score": self.tr("Score"), "lead_grade": self.tr("Grade"),
        }  # fmt: skip
        self.table.setHorizontalHeaderLabels([heads[c] for c in COLUMNS])
        if self.view.count():
            self.view.setItemText(0, self.tr("The pool (公海)"))
        self._say_empty(self.query())

    # ------------------------------------------------------------ reading

    def reload_choices(self) -> None:
        """The staff and rules lists (after the team or the rules changed)."""
        current = self.view.currentData()
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItem(self.tr("The pool (公海)"), POOL)
        for name in staff.names(active_only=False):
            self.view.addItem(name, name)
        me = audit.staff()
        wanted = current if current is not None else (me if staff.find(me) else POOL)
        self.view.setCurrentIndex(max(0, self.view.findData(wanted)))
        self.view.blockSignals(False)
        self.staff_pick.clear()
        self.staff_pick.addItems(staff.names())
        self.rule_pick.clear()
        for rule in assignment.rules():
            self.rule_pick.addItem(rule["name"], rule["id"])
        self.refresh()

    def query(self) -> pool.LeadQuery:
        chosen = self.view.currentData()
        if chosen == POOL or chosen is None:
            return pool.LeadQuery(pool=True, limit=PAGE)
        return pool.LeadQuery(owner=chosen, sort="grade", limit=PAGE)

    def refresh(self) -> None:
        query = self.query()
        try:
            self.rows = pool.leads(query)
            total = pool.count(query)
        except GuanjiaError as exc:  # the person was removed meanwhile
            self.rows, total = [], 0
            self.notice.setText(error_message(exc))
        self.table.setRowCount(len(self.rows))
        today = clock.today()
        for i, row in enumerate(self.rows):
            late = (row["contact_by"] is not None and not row["contacted"]
                    and row["contact_by"] <= today)  # fmt: skip
            for j, column in enumerate(COLUMNS):
                item = QTableWidgetItem(self._text(row, column))
                if late and column == "contact_by":
                    item.setForeground(QBrush(QColor(style.OVERDUE)))
                self.table.setItem(i, j, item)
        self.count_label.setText(fill(self.tr("%1 leads"), QLocale().toString(total)))
        self._say_empty(query)
        self._show_warning(query)
        self._selection_changed()

    def _say_empty(self, query: pool.LeadQuery) -> None:
        """An empty list says what it is for and the one action that fills it."""
        if query.pool:
            self.empty.set_text(self.tr("The pool (公海) is empty"), self.tr(
                "The pool holds the leads nobody owns yet, for the team to share out. "
                "Add a customer at stage Lead without an owner (or import a list of "
                "them): they wait here to be assigned."))  # fmt: skip
        else:
            self.empty.set_text(fill(self.tr("%1 has no leads"), query.owner), self.tr(
                "Show the pool and assign leads to them, selected by hand or by a rule."))  # fmt: skip

    def _text(self, row: dict, column: str) -> str:
        value = row.get(column)
        if value is None or value == "":
            return ""
        if column == "source":
            return labels.source_label(value)
        if column in ("assigned_at", "last_contact_at"):
            return f"{value:%Y-%m-%d %H:%M}"
        if column == "contact_by":
            return "" if row["contacted"] else f"{value:%Y-%m-%d}"
        return str(value)

    def _show_warning(self, query: pool.LeadQuery) -> None:
        owner = None if query.pool else query.owner
        soon = reclaim.warnings(owner=owner)
        if query.pool:
            self.notice.setText("")
        elif soon:
            self.notice.setText(fill(self.tr(
                "%1 leads go back to the pool tomorrow unless contacted today."), len(soon)))  # fmt: skip
            style.error_text(self.notice)
        else:
            self.notice.setText("")

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r]["id"] for r in rows]

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_ids())
        self.assign_button.setEnabled(chosen and self.staff_pick.count() > 0)
        self.back_button.setEnabled(chosen)
        self.rule_button.setEnabled(self.rule_pick.count() > 0)

    # ------------------------------------------------------------ writing

    def _undoable(self, text: str, ids: list[int], work) -> bool:
        """Do `work` (refused: said, nothing written) as one undo step over those leads."""
        try:
            with lead_changes.recording(ids) as changes:
                work()
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Leads"), error_message(exc))
            return False
        if self.undo_stack is not None and changes:
            self.undo_stack.push(RowsCommand(
                text, "lead", changes, lead_changes.write, lead_changes.describe, ids,
                self._after_change, refused=self._refused))  # fmt: skip
        self._after_change(ids)
        return True

    def _after_change(self, _ids) -> None:
        self.refresh()
        self.changed.emit()

    def _refused(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Leads"), error_message(exc))

    def assign_selected(self, person: str | None = None) -> bool:
        ids = self.selected_ids()
        person = self.staff_pick.currentText() if person is None else person
        if not ids:
            return False
        try:
            plan = assignment.plan_by_hand(person, ids)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Leads"), error_message(exc))
            return False
        return self._undoable(QCoreApplication.translate("Undo", "Assign leads"), ids,
                              lambda: assignment.apply(plan))  # fmt: skip

    def assign_by_rule(self, rule=None) -> int:
        rule = self.rule_pick.currentData() if rule is None else rule
        if rule is None:
            return 0
        try:
            plan = assignment.plan_rule(rule)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Leads"), error_message(exc))
            return 0
        if not plan.pairs:
            QMessageBox.information(self, self.tr("Leads"), self.tr("No pool lead fits this rule."))
            return 0
        done = self._undoable(QCoreApplication.translate("Undo", "Assign leads by rule"),
                              plan.ids(), lambda: assignment.apply(plan))  # fmt: skip
        return len(plan.pairs) if done else 0

    def put_back_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        return self._undoable(QCoreApplication.translate("Undo", "Put leads back in the pool"),
                              ids, lambda: reclaim.unassign(ids))  # fmt: skip

    def reclaim_now(self) -> int:
        ids = [r["id"] for r in reclaim.due()]
        if not ids:
            QMessageBox.information(self, self.tr("Leads"), self.tr("No lead is overdue."))
            return 0
        done = self._undoable(QCoreApplication.translate("Undo", "Reclaim overdue leads"), ids,
                              lambda: reclaim.sweep())  # fmt: skip
        return len(ids) if done else 0
