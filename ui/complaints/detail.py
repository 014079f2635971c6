"""One complaint beside the list: its facts, the step buttons its status allows, and its
history as a timeline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import clock
from models.complaints import complaint_list, vocabulary
from ui import formatting, style
from ui.complaints import labels as cl
from ui.complaints.sla_look import SLA_ROLES
from ui.retranslating import Retranslating
from ui.text import fill

STEP_ACTIONS = ("respond", "start", "resolve", "visit", "reopen")


class ComplaintDetail(Retranslating, QWidget):
    stepRequested = Signal(str)  # a vocabulary.STEPS action
    editRequested = Signal()
    faqRequested = Signal()
    customerRequested = Signal(int)
    deleteRequested = Signal()
    deadlineRequested = Signal()  # set the resolve deadline by hand, or clear it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ComplaintDetail")
        self.row: dict | None = None
        self.title = QLabel()
        self.title.setObjectName("complaint_title")
        self.title.setWordWrap(True)
        style.set_role(self.title, "section")
        self.state = QLabel()
        self.state.setObjectName("complaint_state")
        self.state.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("channel", "received", "owner", "response_due", "resolve_due",
                    "description", "root_cause", "solution", "satisfaction"):  # fmt: skip
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"complaint_{key}")
            self.fact_labels[key] = (name, value)
            self.facts.addRow(name, value)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, action in enumerate(
            STEP_ACTIONS + ("edit", "deadline", "faq", "customer", "delete")
        ):
            button = QPushButton()
            button.setObjectName(f"complaint_{action}")
            self.buttons[action] = button
            grid.addWidget(button, i // 3, i % 3)
            if action in STEP_ACTIONS:
                button.clicked.connect(lambda _c=False, a=action: self.stepRequested.emit(a))
        self.buttons["edit"].clicked.connect(self.editRequested)
        self.buttons["faq"].clicked.connect(self.faqRequested)
        self.buttons["delete"].clicked.connect(self.deleteRequested)
        self.buttons["deadline"].clicked.connect(self.deadlineRequested)
        self.buttons["customer"].clicked.connect(
            lambda: self.row and self.customerRequested.emit(self.row["customer_id"])
        )
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.setObjectName("complaint_history")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(self.facts)
        layout.addLayout(grid)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.retranslate()
        self.show_complaint(None)

    def retranslate(self) -> None:
        names = {
            "channel": self.tr("Channel"), "received": self.tr("Received"),
            "owner": self.tr("Owner"), "response_due": self.tr("Respond by"),
            "resolve_due": self.tr("Resolve by"), "description": self.tr("Description"),
            "root_cause": self.tr("Root cause"), "solution": self.tr("Solution"),
            "satisfaction": self.tr("Satisfaction"),
        }  # fmt: skip
        for key, (name, _value) in self.fact_labels.items():
            name.setText(names[key])
        for action in STEP_ACTIONS:
            self.buttons[action].setText(cl.action_label(action) + "…")
        self.buttons["edit"].setText(self.tr("Edit…"))
        self.buttons["deadline"].setText(self.tr("Deadline…"))
        self.buttons["faq"].setText(self.tr("Add to FAQ…"))
        self.buttons["customer"].setText(self.tr("Open customer"))
        self.buttons["delete"].setText(self.tr("Delete"))
        self.history_label.setText(self.tr("History"))
        self.show_complaint(self.row)

    def show_complaint(self, row: dict | None) -> None:
        self.row = row
        for w in self.buttons.values():
            w.setEnabled(False)
        self.history.clear()
        if row is None:
            self.title.setText(self.tr("Select a complaint to see it here."))
            self.state.clear()
            for _name, value in self.fact_labels.values():
                value.clear()
            return
        self.title.setText(
            f"#{row['id']} · {row['customer_name']} · {cl.category_label(row['category'])}"
        )
        now = clock.now()
        parts = [cl.status_label(row["status"]), cl.severity_label(row["severity"])]
        countdown = cl.countdown_text(row, now)
        if countdown:
            parts.append(countdown)
        if row["escalated_now"]:
            parts.append(self.tr("⚑ escalated"))
        if row["high_value"]:
            parts.append(self.tr("★ high-value customer"))
        self.state.setText(" · ".join(parts))
        style.set_role(self.state, SLA_ROLES.get(row["sla_state"], ""))
        values = {
            "channel": cl.channel_label(row["channel"]),
            "received": formatting.datetime_text(row["received_at"]),
            "owner": row["owner"] or "—",
            "response_due": self._due_text(row["response_due"], row["responded_at"]),
            "resolve_due": self._due_text(row["resolve_due"], row["resolved_at"])
            + ("  " + self.tr("(set by hand)") if row["deadline_by_hand"] else ""),
            "description": row["description"],
            "root_cause": row["root_cause"] or "—",
            "solution": row["solution"] or "—",
            "satisfaction": (
                f"{'★' * row['satisfaction']} {row['satisfaction']}/5 {row['visit_comment']}"
                if row["satisfaction"] else "—"
            ),
        }  # fmt: skip
        for key, (_name, value) in self.fact_labels.items():
            value.setText(values[key])
        for action in STEP_ACTIONS:
            self.buttons[action].setEnabled(row["status"] in vocabulary.STEPS[action][0])
        for key in ("edit", "customer", "delete"):
            self.buttons[key].setEnabled(True)
        self.buttons["faq"].setEnabled(row["status"] in ("resolved", "return_visited"))
        self.buttons["deadline"].setEnabled(row["status"] in vocabulary.OPEN_STATUSES)
        for event in reversed(complaint_list.events(row["id"])):
            head = f"{formatting.datetime_text(event['at'])}  {cl.action_label(event['action'])}"
            if event["action"] in STEP_ACTIONS or event["action"] == "create":
                head += f" → {cl.status_label(event['to_status'])}"
            note = event["note"]
            if event["action"] == "escalate":
                note = cl.escalation_text(note)
            if event["owner"]:
                head += f"  ({event['owner']})"
            self.history.addItem(head + (f"\n{note}" if note else ""))

    def _due_text(self, due, done) -> str:
        text = formatting.datetime_text(due)
        if done is not None:
            late = done > due
            text += "  " + fill(
                self.tr("done %1, late") if late else self.tr("done %1, in time"),
                formatting.datetime_text(done),
            )
        return text
