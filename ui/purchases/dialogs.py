"""The purchases page's dialogs: record a purchase for any customer, correct one (amount,
time, note, with a reason), refund part of one (what is left shown and offered), void
one (the reason asked). Each makes its change through models.purchases and keeps what
the undo step needs (`purchase_id`, `before`)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models.errors import GuanjiaError, ValidationError
from models.membership import recording
from models.purchases import corrections
from ui import formatting, messages, style
from ui.buttons import button_box
from ui.followups.dialogs import CustomerPicker, PurchaseDialog, qdate


class NewPurchaseDialog(PurchaseDialog):
    """Record a purchase; without a customer given, the customer is picked first."""

    def __init__(self, parent, customer_id: int | None = None, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.picker = None
        if customer_id is None:
            self.picker = CustomerPicker()
            self.form.insertRow(0, QLabel(self.tr("Customer")), self.picker)

    def write(self) -> None:
        if self.picker is not None:
            self.customer_id = self.picker.customer_id
            if self.customer_id is None:
                raise ValidationError("customer", "customer_missing", "choose a customer")
        super().write()


class _ReasonDialog(QDialog):
    """A form, an error line and OK/Cancel; `write()` makes the change or raises."""

    def __init__(self, parent, title: str, row: dict):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.row = row
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        summary = QLabel(" · ".join((formatting.datetime_text(row["at"]), row["customer_name"],
                                     formatting.money(row["amount_cents"]))))  # fmt: skip
        summary.setObjectName("purchase_summary")
        self.form.addRow(summary)
        self.reason = QLineEdit()
        self.reason.setObjectName("purchase_reason")
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.error.hide()
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(440, 220)

    def write(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.write()
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        super().accept()


class RefundDialog(_ReasonDialog):
    """Refund part or all of the purchase: what is left of it offered."""

    def __init__(self, parent, row: dict):
        super().__init__(parent, self.tr("Refund"), row)
        self.setObjectName("RefundDialog")
        self.purchase_id: int | None = None
        self.left = corrections.left_cents(row["id"])
        left = QLabel(formatting.money(self.left))
        left.setObjectName("refund_left")
        self.form.addRow(QLabel(self.tr("Left to refund")), left)
        self.amount = QLineEdit(f"{self.left / 100:.2f}" if self.left > 0 else "")
        self.amount.setObjectName("refund_amount")
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 30"))
        self.form.addRow(QLabel(self.tr("Amount")), self.amount)
        self.reason.setPlaceholderText(self.tr("Optional"))
        self.form.addRow(QLabel(self.tr("Reason")), self.reason)

    def write(self) -> None:
        self.purchase_id, self.earned = recording.refund(self.row["id"], self.amount.text(),
                                                         reason=self.reason.text())  # fmt: skip


class VoidDialog(_ReasonDialog):
    """Void the purchase: kept, out of every total; the reason is required."""

    def __init__(self, parent, row: dict):
        super().__init__(parent, self.tr("Void purchase"), row)
        self.setObjectName("VoidDialog")
        self.before: dict | None = None
        hint = QLabel(self.tr("The purchase is kept, marked voided, and leaves every total."))
        hint.setWordWrap(True)
        style.hint_text(hint)
        self.form.addRow(hint)
        self.reason.setPlaceholderText(self.tr("Required, e.g. entered twice"))
        self.form.addRow(QLabel(self.tr("Reason")), self.reason)

    def write(self) -> None:
        self.before, self.earned = recording.void(self.row["id"], self.reason.text())


class EditPurchaseDialog(_ReasonDialog):
    """Correct the amount, time or note; the reason goes to the audit log."""

    def __init__(self, parent, row: dict):
        super().__init__(parent, self.tr("Edit purchase"), row)
        self.setObjectName("EditPurchaseDialog")
        self.before: dict | None = None
        self.amount = QLineEdit(f"{abs(row['amount_cents']) / 100:.2f}")
        self.amount.setObjectName("edit_amount")
        self.form.addRow(QLabel(self.tr("Amount")), self.amount)
        at = row["at"]
        self.when = QDateTimeEdit(QDateTime(qdate(at.date()), QTime(at.hour, at.minute)))
        self.when.setObjectName("edit_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(QLabel(self.tr("When")), self.when)
        self.note = QLineEdit(row["note"])
        self.note.setObjectName("edit_note")
        self.form.addRow(QLabel(self.tr("Note")), self.note)
        self.reason.setPlaceholderText(self.tr("Optional"))
        self.form.addRow(QLabel(self.tr("Reason")), self.reason)

    def write(self) -> None:
        at = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        self.before, self.earned = recording.edit(
            self.row["id"], amount=self.amount.text(),
            at=at if at != self.row["at"].replace(second=0) else None,
            note=self.note.text(), reason=self.reason.text(),
        )  # fmt: skip
