"""A customer's timeline (互动记录, follow-ups, complaints, purchases, newest first), for the
detail panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from models.insights import timeline
from ui import formatting, labels, style
from ui.complaints import labels as cl
from ui.followups.agenda_model import row_color
from ui.text import fill

EntryRole = Qt.UserRole + 1


def entry_text(entry: dict) -> str:
    row = entry["row"]
    if entry["type"] == "interaction":
        when = formatting.datetime_text(row["at"])
        summary = row["summary"] or "—"
        return f"{when}  {labels.channel_label(row['channel'])}\n{summary}"
    if entry["type"] == "purchase":
        when = formatting.datetime_text(row["at"])
        refund = row["amount_cents"] < 0
        head = (QCoreApplication.translate("Timeline", "Refund") if refund
                else QCoreApplication.translate("Timeline", "Purchase"))  # fmt: skip
        parts = [formatting.money(row["amount_cents"])]
        if row["payment"]:
            parts.append(labels.payment_label(row["payment"]))
        if row["order_no"]:
            parts.append(fill(QCoreApplication.translate("Timeline", "Order %1"), row["order_no"]))
        return f"{when}  {head} · {' · '.join(parts)}\n{row['note'] or ''}".rstrip()
    if entry["type"] == "complaint":
        when = formatting.datetime_text(row["received_at"])
        head = fill(QCoreApplication.translate("Timeline", "Complaint #%1"), str(row["id"]))
        state = f"{cl.category_label(row['category'])} · {cl.status_label(row['status'])}"
        if row["satisfaction"]:
            state += f" · {row['satisfaction']}/5"
        first_line = (row["description"].splitlines() or [""])[0]
        return f"{when}  {head} · {state}\n{first_line}"
    when = labels.due_text(row["due_at"], row["has_time"])
    state = labels.status_label(row["status"])
    if row["status"] == "open":
        state = QCoreApplication.translate("Timeline", "Planned")
    head = f"{when}  {labels.channel_label(row['kind'])} · {state}"
    return f"{head}\n{labels.followup_subject(row) or '—'}"


class TimelineList(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListWidget.NoSelection)
        self.customer_id: int | None = None

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.clear()
        if customer_id is None:
            return
        entries = timeline.for_customer(customer_id, limit=100)
        if not entries:
            item = QListWidgetItem(
                QCoreApplication.translate("Timeline", "No contact logged or planned yet.")
            )
            item.setForeground(QBrush(QColor(style.DONE)))
            self.addItem(item)
            return
        for entry in entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(EntryRole, entry)
            if entry["type"] == "complaint" and entry["row"]["status"] in (
                "new",
                "responded",
                "in_progress",
            ):
                item.setForeground(QBrush(QColor(style.OPEN_COMPLAINT)))
            if entry["type"] == "followup":
                color = row_color({**entry["row"], "type": "followup"})
                if color is not None:
                    item.setForeground(QBrush(color))
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
