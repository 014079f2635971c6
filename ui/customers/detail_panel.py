"""The detail panel beside the table: everything about the selected customer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.complaints import complaint_list
from models.customers.custom_fields import list_fields
from models.customers.customer_list import BUILTIN_COLUMNS
from models.followups import stay_in_touch
from ui import labels, style
from ui.complaints.dialogs import ComplaintDialog
from ui.followups.dialogs import FollowupDialog, InteractionDialog, PurchaseDialog
from ui.followups.rules_dialog import StayInTouchDialog
from ui.followups.timeline import TimelineList
from ui.retranslating import Retranslating
from ui.text import fill

# Every built-in column except the name, which is the panel's title.
SHOWN_FIELDS = tuple(k for k in BUILTIN_COLUMNS if k != "name")


class CustomerDetailPanel(Retranslating, QWidget):
    """Read-only view of one customer, with Edit/Delete (or Restore/Delete for good in the bin)."""

    editRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()
    purgeRequested = Signal()
    contactsChanged = Signal()  # a contact was logged or a follow-up planned here
    complaintsRequested = Signal(int, str)  # show this customer's complaints

    def __init__(self, parent=None, in_bin: bool = False):
        super().__init__(parent)
        self.setObjectName("CustomerDetailPanel")
        self._in_bin = in_bin
        self._customer: dict | None = None
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.NoFrame)
        self.primary = QPushButton()
        self.primary.setObjectName("detail_primary")
        self.secondary = QPushButton()
        self.secondary.setObjectName("detail_secondary")
        if in_bin:
            self.primary.clicked.connect(self.restoreRequested)
            self.secondary.clicked.connect(self.purgeRequested)
        else:
            self.primary.clicked.connect(self.editRequested)
            self.secondary.clicked.connect(self.deleteRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.primary)
        buttons.addWidget(self.secondary)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.timeline = TimelineList()
        self.touch_label = QLabel()
        self.touch_label.setObjectName("detail_touch")
        self.touch_label.setWordWrap(True)
        style.hint_text(self.touch_label)
        self.contact_buttons: dict[str, QPushButton] = {}
        if not in_bin:
            contacts = QHBoxLayout()
            for name in ("log_contact", "plan_followup", "add_purchase", "stay_in_touch",
                         "new_complaint"):  # fmt: skip
                button = QPushButton()
                button.setObjectName(f"detail_{name}")
                button.clicked.connect(getattr(self, name))
                self.contact_buttons[name] = button
                contacts.addWidget(button)
            contacts.addStretch(1)
            self.timeline_title = QLabel()
            self.timeline_title.setStyleSheet("font-weight: bold;")
            # The open-complaint badge: red, and a click shows them on the complaints page.
            self.complaint_badge = QPushButton()
            self.complaint_badge.setObjectName("detail_complaint_badge")
            self.complaint_badge.setFlat(True)
            self.complaint_badge.setStyleSheet(
                f"color: {style.OPEN_COMPLAINT}; font-weight: bold; text-align: left;"
            )
            self.complaint_badge.clicked.connect(
                lambda: (
                    self._customer
                    and self.complaintsRequested.emit(self._customer["id"], self._customer["name"])
                )
            )
            self.complaint_badge.hide()
            layout.insertWidget(1, self.complaint_badge)
            layout.addWidget(self.timeline_title)
            layout.addLayout(contacts)
            layout.addWidget(self.touch_label)
            layout.addWidget(self.timeline, 1)
        self.setMinimumWidth(260)
        self.show_customer(None)

    def retranslate(self) -> None:
        self.show_customer(self._customer)

    @property
    def customer(self) -> dict | None:
        return self._customer

    # ------------------------------------------------------------ contacts

    def _show_contacts(self, customer: dict | None) -> None:
        if self._in_bin:
            return
        texts = {
            "log_contact": self.tr("Log contact…"),
            "plan_followup": self.tr("Plan follow-up…"),
            "stay_in_touch": self.tr("Stay in touch…"),
            "new_complaint": self.tr("Complaint…"),
            "add_purchase": self.tr("Purchase…"),
        }
        for name, button in self.contact_buttons.items():
            button.setText(texts[name])
            button.setEnabled(customer is not None)
        self.timeline_title.setText(self.tr("Timeline"))
        cid = customer["id"] if customer else None
        self.timeline.show_customer(cid)
        rules = stay_in_touch.rules_for_customer(cid) if cid is not None else []
        if rules:
            every = min(r.every_days for r in rules)
            self.touch_label.setText(fill(self.tr("Stay in touch: every %1 days"), str(every)))
        self.touch_label.setVisible(bool(rules))
        open_complaints = complaint_list.open_count_for_customer(cid) if cid is not None else 0
        self.complaint_badge.setText(self.tr("⚑ %n open complaint(s)", "", open_complaints))
        self.complaint_badge.setVisible(open_complaints > 0)

    def log_contact(self):

        dialog = InteractionDialog(self, self._customer["id"], self._customer["name"])
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def plan_followup(self):

        dialog = FollowupDialog(self, self._customer["id"])
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def add_purchase(self):

        dialog = PurchaseDialog(self, self._customer["id"], self._customer["name"])
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def new_complaint(self):

        dialog = ComplaintDialog(self, self._customer["id"])
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def stay_in_touch(self):

        dialog = StayInTouchDialog(self, self._customer["id"])
        dialog.finished.connect(lambda _r: dialog.changed and self.contactsChanged.emit())
        dialog.open()
        return dialog

    def show_customer(self, customer: dict | None) -> None:
        self._customer = customer
        if self._in_bin:
            self.primary.setText(self.tr("Restore"))
            self.secondary.setText(self.tr("Delete for good"))
        else:
            self.primary.setText(self.tr("Edit"))
            self.secondary.setText(self.tr("Delete"))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.primary.setEnabled(customer is not None)
        self.secondary.setEnabled(customer is not None)
        self._show_contacts(customer)
        if customer is None:
            self.title.setText(self.tr("No customer selected"))
            return
        self.title.setText(customer["name"])
        rows = [(labels.field_label(k), labels.value_text(customer, k)) for k in SHOWN_FIELDS]
        custom = customer.get("custom", {})
        rows += [(f.name, custom.get(f.key, "")) for f in list_fields()]
        if customer.get("deleted_at"):
            rows.append(
                (labels.field_label("deleted_at"), labels.value_text(customer, "deleted_at"))
            )
        if customer.get("erased_at"):
            rows.append((self.tr("Personal data erased"), labels.value_text(customer, "erased_at")))
        for label, text in rows:
            if not text:
                continue
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.form.addRow(label + ":", value)
