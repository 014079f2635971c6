"""The detail panel beside the table: everything about the selected customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.custom_fields import list_fields
from models.customer_list import BUILTIN_COLUMNS
from ui import labels

# Every built-in column except the name, which is the panel's title.
SHOWN_FIELDS = tuple(k for k in BUILTIN_COLUMNS if k != "name")


class CustomerDetailPanel(QWidget):
    """Read-only view of one customer, with Edit/Delete (or Restore/Delete for good in the bin)."""

    editRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()
    purgeRequested = Signal()

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
        self.setMinimumWidth(260)
        self.show_customer(None)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.show_customer(self._customer)
        super().changeEvent(event)

    @property
    def customer(self) -> dict | None:
        return self._customer

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
        for label, text in rows:
            if not text:
                continue
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.form.addRow(label + ":", value)
