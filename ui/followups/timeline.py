"""A customer's timeline (互动记录, follow-ups, complaints, purchases, newest first), for the
detail panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QMessageBox

from models.errors import GuanjiaError
from models.followups import followups, interactions
from models.insights import timeline
from ui import formatting, labels, messages, style
from ui.complaints import labels as cl
from ui.events.labels import signup_status_label
from ui.followups.agenda_model import row_color
from ui.followups.dialogs import FollowupDialog, InteractionDialog
from ui.surveys import score_labels
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
            parts.append(
                fill(
                    QCoreApplication.translate("Timeline", "Order %1"),
                    row["order_no"],
                )
            )
        return f"{when}  {head} · {' · '.join(parts)}\n{row['note'] or ''}".rstrip()
    if entry["type"] in ("community", "event"):
        return _community_text(entry)
    if entry["type"] == "survey":  # a survey answer (issue 27)
        return score_labels.timeline_text(row)
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


def _community_text(entry: dict) -> str:
    """A join or leave of a community, or an event signed up for (attended, missed...)."""
    row = entry["row"]
    if entry["type"] == "community":
        when = formatting.date_text(entry["at"].date())
        text = (QCoreApplication.translate("Timeline", "Joined the community %1")
                if row["what"] == "joined"
                else QCoreApplication.translate("Timeline", "Left the community %1"))  # fmt: skip
        return f"{when}  {fill(text, row['name'])}"
    when = formatting.datetime_text(entry["at"])
    head = fill(QCoreApplication.translate("Timeline", "Event %1"), row["title"])
    return f"{when}  {head} · {signup_status_label(row['status'], row['walk_in'])}"


class TimelineList(QListWidget):
    """The entries; a logged contact's or a follow-up's context menu edits or deletes it
    (through `undoable`, a ui.followups.undo.Recorder the page sets: one undo step)."""

    changed = Signal()  # an entry was edited or deleted here

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListWidget.NoSelection)
        self.customer_id: int | None = None
        self.undoable = None
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        menu = self.build_menu(item.data(EntryRole) if item is not None else None)
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(pos))

    def build_menu(self, entry: dict | None) -> QMenu | None:
        if not entry or entry["type"] not in ("interaction", "followup"):
            return None
        row = entry["row"]
        menu = QMenu(self)
        menu.setObjectName("timeline_menu")
        if entry["type"] == "interaction":
            menu.addAction(
                QCoreApplication.translate("Timeline", "Edit contact…"),
                lambda: self.edit_contact(row),
            )
            menu.addAction(QCoreApplication.translate("Timeline", "Delete contact"),
                           lambda: self._write("delete_contact", lambda: interactions.delete(
                               row["id"]), interaction_ids=[row["id"]]))  # fmt: skip
        else:
            if row["status"] == "open":
                menu.addAction(QCoreApplication.translate("Timeline", "Edit follow-up…"),
                               lambda: self.edit_followup(row))  # fmt: skip
            menu.addAction(QCoreApplication.translate("Timeline", "Delete follow-up"),
                           lambda: self._write("delete", lambda: followups.delete(row["id"]),
                                               followup_ids=[row["id"]]))  # fmt: skip
        return menu

    def edit_contact(self, row: dict) -> InteractionDialog:
        dialog = InteractionDialog(self, self.customer_id, row=row)
        return self._open(dialog)

    def edit_followup(self, row: dict) -> FollowupDialog:
        return self._open(FollowupDialog(self, row=followups.get(row["id"])))

    def _open(self, dialog):
        dialog.undoable = self.undoable
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def _write(self, action: str, work, followup_ids=(), interaction_ids=()) -> bool:
        try:
            if self.undoable is None:
                work()
            else:
                self.undoable(action, work, followup_ids, interaction_ids)
        except GuanjiaError as exc:  # deleted meanwhile (another window, the CLI)
            QMessageBox.warning(self, QCoreApplication.translate("Timeline", "Timeline"),
                                messages.error_message(exc))  # fmt: skip
            return False
        self.changed.emit()
        return True

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
            if entry["type"] == "survey":  # promoter green, passive amber, detractor red
                color = score_labels.category_color(entry["row"]["category"], text=True)
                item.setForeground(QBrush(QColor(color)))
            if entry["type"] == "followup":
                color = row_color({**entry["row"], "type": "followup"})
                if color is not None:
                    item.setForeground(QBrush(color))
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
