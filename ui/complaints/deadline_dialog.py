"""Set a complaint's resolve deadline by hand (kept when the SLA settings or the
holidays change), or take it back to the SLA's deadline."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLabel

from models.complaints import complaint_sla, complaints, vocabulary
from ui import formatting
from ui.complaints.dialogs import py_datetime, qdatetime
from ui.followups.dialogs import _WriteDialog
from ui.text import fill


class DeadlineDialog(_WriteDialog):
    def __init__(self, parent, row: dict):
        super().__init__(parent, self.tr("Resolve deadline"))
        self.setObjectName("DeadlineDialog")
        self.row = row
        head = QLabel(f"#{row['id']} · {row['customer_name']}")
        self.form.addRow(head)
        self.deadline = QDateTimeEdit(qdatetime(row["resolve_due"]))
        self.deadline.setObjectName("deadline_value")
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.deadline.setCalendarPopup(True)
        self.form.addRow(QLabel(self.tr("Resolve by")), self.deadline)
        by_sla = complaint_sla.resolve_due(row["resolve_from"], row["severity"], vocabulary.sla())
        self.back_to_sla = QCheckBox(
            fill(self.tr("Back to the SLA's deadline (%1)"), formatting.datetime_text(by_sla))
        )
        self.back_to_sla.setObjectName("deadline_clear")
        self.back_to_sla.setEnabled(bool(row["deadline_by_hand"]))
        self.back_to_sla.toggled.connect(lambda on: self.deadline.setEnabled(not on))
        self.form.addRow(self.back_to_sla)
        note = QLabel(
            self.tr("A deadline set by hand stays when the SLA settings or the holidays change.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.resize(440, 0)

    def write(self) -> None:
        value = None if self.back_to_sla.isChecked() else py_datetime(self.deadline.dateTime())
        complaints.set_deadline(self.row["id"], value)
