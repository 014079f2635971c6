"""The audit log in the window: filter by dates, action, kind of record, staff and text;
the newest entries in a table, every column in the user's language (ui.audit_details
says the details); export what the filters select to Excel. Reads in a worker."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.errors import Cancelled, GuanjiaError
from models.excel import audit_export
from models.merging import merging
from models.storage import audit
from ui import file_dialogs, formatting
from ui.audit_details import detail_text
from ui.buttons import button_box
from ui.messages import error_message
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill

SHOWN = 1000  # newest entries in the table; the export takes them all


def action_label(code: str) -> str:
    return {
        "create": QCoreApplication.translate("Audit", "Created"),
        "edit": QCoreApplication.translate("Audit", "Edited"),
        "delete": QCoreApplication.translate("Audit", "Deleted (to the bin)"),
        "undelete": QCoreApplication.translate("Audit", "Restored from the bin"),
        "purge": QCoreApplication.translate("Audit", "Deleted for good"),
        "tag": QCoreApplication.translate("Audit", "Tags changed"),
        "merge": QCoreApplication.translate("Audit", "Merged"),
        "import": QCoreApplication.translate("Audit", "Imported"),
        "import_undo": QCoreApplication.translate("Audit", "Import undone"),
        "undo": QCoreApplication.translate("Audit", "Undone"),
        "redo": QCoreApplication.translate("Audit", "Redone"),
        "backup": QCoreApplication.translate("Audit", "Backed up"),
        "restore": QCoreApplication.translate("Audit", "Restored a backup"),
        "erase": QCoreApplication.translate("Audit", "Personal data erased"),
        "privacy": QCoreApplication.translate("Audit", "Privacy settings changed"),
        "complete": QCoreApplication.translate("Audit", "Completed"),
        "skip": QCoreApplication.translate("Audit", "Skipped"),
        "snooze": QCoreApplication.translate("Audit", "Snoozed"),
        "reschedule": QCoreApplication.translate("Audit", "Rescheduled"),
        "reassign": QCoreApplication.translate("Audit", "Reassigned"),
        "refund": QCoreApplication.translate("Audit", "Refunded"),
        "step": QCoreApplication.translate("Audit", "Workflow step"),
        "stage": QCoreApplication.translate("Audit", "Lifecycle stage set"),
        "score": QCoreApplication.translate("Audit", "RFM scored"),
        "settings": QCoreApplication.translate("Audit", "Settings changed"),
        "cancel": QCoreApplication.translate("Audit", "Cancelled"),
        "join": QCoreApplication.translate("Audit", "Joined"),
        "leave": QCoreApplication.translate("Audit", "Left"),
        "archive": QCoreApplication.translate("Audit", "Archived"),
        "activity": QCoreApplication.translate("Audit", "Activity recorded"),
        "signup": QCoreApplication.translate("Audit", "Signed up"),
        "checkin": QCoreApplication.translate("Audit", "Checked in"),
        "noshow": QCoreApplication.translate("Audit", "Did not come"),
        "feedback": QCoreApplication.translate("Audit", "Feedback"),
        "enroll": QCoreApplication.translate("Audit", "Member enrolled"),
        "card": QCoreApplication.translate("Audit", "Member card changed"),
        "earn": QCoreApplication.translate("Audit", "Points earned"),
        "redeem": QCoreApplication.translate("Audit", "Points redeemed"),
        "adjust": QCoreApplication.translate("Audit", "Points adjusted"),
        "expire": QCoreApplication.translate("Audit", "Points expired"),
        "reverse": QCoreApplication.translate("Audit", "Reversed"),
        "topup": QCoreApplication.translate("Audit", "Topped up"),
        "pay": QCoreApplication.translate("Audit", "Paid from stored value"),
        "transfer": QCoreApplication.translate("Audit", "Stored value transferred"),
        "sell": QCoreApplication.translate("Audit", "Sold"),
        "use": QCoreApplication.translate("Audit", "Visit used"),
        "renew": QCoreApplication.translate("Audit", "Renewed"),
        "refer": QCoreApplication.translate("Audit", "Introducer recorded"),
        "reward": QCoreApplication.translate("Audit", "Referral rewarded"),
        "level": QCoreApplication.translate("Audit", "Member level changed"),
        "lock": QCoreApplication.translate("Audit", "Member level locked"),
        "unlock": QCoreApplication.translate("Audit", "Member level unlocked"),
        "answer": QCoreApplication.translate("Audit", "Survey answer recorded"),
        "rename": QCoreApplication.translate("Audit", "Staff member renamed"),
        "deactivate": QCoreApplication.translate("Audit", "Staff member deactivated"),
        "activate": QCoreApplication.translate("Audit", "Staff member activated"),
        "assign": QCoreApplication.translate("Audit", "Leads assigned"),
        "reclaim": QCoreApplication.translate("Audit", "Leads reclaimed to the pool"),
        "cost": QCoreApplication.translate("Audit", "Acquisition cost entered"),
        "rule": QCoreApplication.translate("Audit", "Automation rule changed"),
        "automate": QCoreApplication.translate("Audit", "Automation rules ran"),
        "not_duplicate": QCoreApplication.translate("Audit", "Marked not duplicates"),
    }.get(code, code)


def target_label(code: str) -> str:
    return {
        "customer": QCoreApplication.translate("Audit", "Customer"),
        "tag": QCoreApplication.translate("Audit", "Tag"),
        "import": QCoreApplication.translate("Audit", "Import"),
        "backup": QCoreApplication.translate("Audit", "Backup"),
        "followup": QCoreApplication.translate("Audit", "Follow-up"),
        "interaction": QCoreApplication.translate("Audit", "Interaction"),
        "complaint": QCoreApplication.translate("Audit", "Complaint"),
        "purchase": QCoreApplication.translate("Audit", "Purchase"),
        "setting": QCoreApplication.translate("Audit", "Setting"),
        "community": QCoreApplication.translate("Audit", "Community"),
        "event": QCoreApplication.translate("Audit", "Event"),
        "member": QCoreApplication.translate("Audit", "Member"),
        "points": QCoreApplication.translate("Audit", "Points"),
        "wallet": QCoreApplication.translate("Audit", "Stored value"),
        "count_card": QCoreApplication.translate("Audit", "Count card"),
        "paid": QCoreApplication.translate("Audit", "Paid membership"),
        "referral": QCoreApplication.translate("Audit", "Referral"),
        "level": QCoreApplication.translate("Audit", "Member level"),
        "survey": QCoreApplication.translate("Audit", "Survey"),
        "staff": QCoreApplication.translate("Audit", "Staff"),
        "lead": QCoreApplication.translate("Audit", "Lead"),
        "cost": QCoreApplication.translate("Audit", "Acquisition cost"),
        "rule": QCoreApplication.translate("Audit", "Automation rule"),
    }.get(code, code)


def export_words() -> dict:
    """audit_export.export's keyword arguments in the user's language: the column titles and
    the sheet's name, the actions, the kinds of record (the window and the CLI)."""
    return {
        "titles": {**column_titles(), "_sheet": QCoreApplication.translate("Audit", "Audit log")},
        "action_words": {code: action_label(code) for code in audit.ACTIONS},
        "target_words": {code: target_label(code) for code in audit.TARGETS},
        "detail_words": lambda row: detail_text(row["detail"], row["target"]),
    }


def column_titles() -> dict[str, str]:
    return {
        "at": QCoreApplication.translate("Audit", "When"),
        "staff": QCoreApplication.translate("Audit", "Staff"),
        "action": QCoreApplication.translate("Audit", "What"),
        "target": QCoreApplication.translate("Audit", "Record"),
        "target_id": QCoreApplication.translate("Audit", "Number"),
        "count": QCoreApplication.translate("Audit", "Records"),
        "detail": QCoreApplication.translate("Audit", "Detail"),
    }


def _read(query: audit.AuditQuery):
    return audit.entries(query, limit=SHOWN), audit.count(query), audit.staff_names()


class AuditDialog(QDialog):
    """Who did what and when."""

    COLUMNS = ("at", "staff", "action", "target", "count", "detail")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.rows: list[dict] = []
        self.total = 0
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for code in audit.ACTIONS:
            self.action.addItem(action_label(code), code)
        self.action.currentIndexChanged.connect(self._changed)
        self.kind = QComboBox()
        self.kind.setObjectName("audit_kind")
        self.kind.addItem(self.tr("All records"), "")
        for code in audit.TARGETS:
            self.kind.addItem(target_label(code), code)
        self.kind.currentIndexChanged.connect(self._changed)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("All staff"), None)
        self.staff.currentIndexChanged.connect(self._changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the details…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.action)
        filters.addWidget(self.kind)
        filters.addWidget(self.staff)
        filters.addWidget(self.search, 1)
        titles = column_titles()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([titles[c] for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        formatting.comfortable_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.Stretch)
        self.status = QLabel()
        self.status.setObjectName("audit_status")
        buttons = button_box(QDialogButtonBox.Close)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ActionRole)
        self.export_button.clicked.connect(lambda: self.export())
        # issue 29: a merge of customers undone later, from its entry
        self.undo_merge_button = buttons.addButton(self.tr("Undo this merge"),
                                                   QDialogButtonBox.ActionRole)  # fmt: skip
        self.undo_merge_button.setObjectName("undo_merge")
        self.undo_merge_button.clicked.connect(lambda: self.undo_merge())
        self.undo_merge_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(980, 600)
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._show)
        self.reader.failed.connect(self.status.setText)
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self.refresh)
        self.refresh()

    def query(self) -> audit.AuditQuery:
        return audit.AuditQuery(
            since=self.since.date().toPython(),
            until=self.until.date().toPython(),
            action=self.action.currentData() or "",
            target=self.kind.currentData() or "",
            staff=self.staff.currentData(),
            text=self.search.text(),
        )

    def _changed(self, *_args) -> None:
        self.debounce.start()

    def refresh(self) -> None:
        query = self.query()
        self.status.setText(self.tr("Reading…"))
        self.reader.request(lambda: _read(query))

    def _show(self, answer) -> None:
        self.rows, self.total, names = answer
        self._fill_staff(names)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            at = row["at"]
            at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
            target = target_label(row["target"])
            if row["target_id"]:
                target += f" #{row['target_id']}"
            values = (formatting.datetime_text(at, seconds=True), row["staff"],
                      action_label(row["action"]), target, formatting.number(row["count"]),
                      detail_text(row["detail"], row["target"]))  # fmt: skip
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == len(values) - 1:
                    item.setToolTip(text)
                if self.COLUMNS[c] == "count":
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
        if self.total > len(self.rows):
            self.status.setText(
                fill(self.tr("The newest %1 of %2 entries. Narrow the filters, or export them all."),
                     f"{len(self.rows):,}", f"{self.total:,}")
            )  # fmt: skip
        else:
            self.status.setText(fill(self.tr("%1 entries."), f"{self.total:,}"))
        self.export_button.setEnabled(self.total > 0)

    def merge_of_row(self, row: int) -> int | None:
        """The merge a customer "merge" entry names ("… merge #4"), else None."""
        if not 0 <= row < len(self.rows):
            return None
        entry = self.rows[row]
        if entry["action"] != "merge" or entry["target"] != "customer":
            return None
        found = re.search(r"merge #(\d+)$", entry["detail"] or "")
        return int(found.group(1)) if found else None

    def _selection_changed(self) -> None:
        self.undo_merge_button.setEnabled(self.merge_of_row(self.table.currentRow()) is not None)

    def undo_merge(self) -> bool:
        """Undo the selected entry's merge: every row back as it was (refused, with the
        reason, when one changed since or it was undone already)."""
        merge_id = self.merge_of_row(self.table.currentRow())
        if merge_id is None:
            return False
        try:
            merging.undo(merge_id)
        except GuanjiaError as exc:
            QMessageBox.warning(self, self.tr("Cannot undo"), error_message(exc))
            return False
        self.refresh()
        return True

    def _fill_staff(self, names: list[str]) -> None:
        current = self.staff.currentData()
        known = [self.staff.itemData(i) for i in range(1, self.staff.count())]
        if known == names:
            return
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("All staff"), None)
        for name in names:
            self.staff.addItem(name or self.tr("(no name)"), name)
        index = self.staff.findData(current) if current is not None else 0
        self.staff.setCurrentIndex(max(index, 0))
        self.staff.blockSignals(False)

    def export(self, path: str | None = None) -> int | None:
        if path is None:
            path, _ = file_dialogs.get_save_file_name("export",
                self, self.tr("Export the audit log"), self.tr("audit-log") + ".xlsx",
                self.tr("Excel workbook") + " (*.xlsx);;CSV (*.csv)",
            )  # fmt: skip
            if not path:
                return None
        query = self.query()
        words = export_words()
        try:
            written = run_with_progress(
                self,
                self.tr("Exporting…"),
                lambda p, c: audit_export.export(path, query, progress=p, cancel=c, **words),
            )
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            text = error_message(exc) if isinstance(exc, GuanjiaError) else str(exc)
            QMessageBox.warning(self, self.tr("Export the audit log"), text)
            return None
        self.status.setText(fill(self.tr("%1 entries written to %2"), f"{written:,}", path))
        return written

    def done(self, result: int) -> None:
        self.reader.stop()
        super().done(result)
