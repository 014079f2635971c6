"""The purchases page (消费记录): filters (customer, dates, amounts, payment, item, order
number, voided shown or not), the list newest first in keyset pages, and the actions:
add, edit, refund (of the selected purchase), void (with a reason), export of the
filtered list. Every write is one undo step of the window (ui/purchases/undo.py).
Reached from the sidebar, from a customer's card (the page filtered to the customer) and
from the dashboard's sales chart (filtered to the month clicked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import Cancelled, GuanjiaError
from models.excel.purchase_export import KEYS, export_purchases
from models.purchases import corrections, purchase_list, purchases
from ui import file_dialogs, formatting, icons, labels, messages
from ui.empty_state import EmptyState
from ui.purchases.dialogs import EditPurchaseDialog, NewPurchaseDialog, RefundDialog, VoidDialog
from ui.purchases.table_model import COLUMNS, PurchaseTableModel, column_title
from ui.purchases.undo import CorrectPurchase, NewPurchase
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill

NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


def _py_date(edit: QDateEdit) -> dt.date | None:
    d = edit.date()
    return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


class PurchasesPage(Restyling, Retranslating, QWidget):
    openCustomerRequested = Signal(int)
    dataChanged = Signal()  # purchases were written: totals, RFM, the dashboard move
    countsChanged = Signal()  # the list's count and sum arrived

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("PurchasesPage")
        self.undo_stack = undo_stack
        self.model = PurchaseTableModel(self)
        self.counter = BackgroundReader(self)  # the count and sum, off the GUI thread
        self.counter.ready.connect(self._counts_ready)
        self._loaded = False
        self.customer_id: int | None = None  # "this customer's purchases"

        self.buttons = {}
        for key, slot in (("add", self.add_purchase), ("edit", self.edit_current),
                          ("refund", self.refund_current), ("void", self.void_current),
                          ("export", self.export)):  # fmt: skip
            button = QPushButton()
            button.setObjectName(f"purchase_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
        self.customer = self._line("filter_customer")
        self.item = self._line("filter_item")
        self.order_no = self._line("filter_order")
        self.amount_min = self._line("filter_amount_min", 90)
        self.amount_max = self._line("filter_amount_max", 90)
        self.payment = QComboBox()
        self.payment.setObjectName("filter_payment")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for w, name in ((self.date_from, "filter_from"), (self.date_to, "filter_to")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(NO_DATE)
            w.setDate(NO_DATE)
        self.show_voided = QCheckBox()
        self.show_voided.setObjectName("filter_voided")
        self.customer_chip = QPushButton()
        self.customer_chip.setObjectName("filter_customer_chip")
        self.customer_chip.clicked.connect(lambda: self.show_customer(None))
        self.customer_chip.hide()
        self.filter_error = QLabel()
        self.filter_error.setObjectName("filter_error")
        self.filter_error.hide()

        actions = QHBoxLayout()
        for key in ("add", "edit", "refund", "void"):
            actions.addWidget(self.buttons[key])
        actions.addWidget(self.customer, 1)
        actions.addWidget(self.buttons["export"])
        filters = QHBoxLayout()
        self.label_dates = QLabel()
        self.label_amount = QLabel()
        for w in (self.label_dates, self.date_from, QLabel("–"), self.date_to,
                  self.label_amount, self.amount_min, QLabel("–"), self.amount_max,
                  self.payment, self.item, self.order_no, self.show_voided,
                  self.customer_chip):  # fmt: skip
            filters.addWidget(w)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("purchase_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)
        for key, width in (("at", 140), ("customer", 150), ("amount", 100), ("refunded", 90),
                           ("payment", 105), ("items", 160), ("order_no", 110)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.empty = EmptyState(self.table, "purchases")
        self.count_label = QLabel()
        self.count_label.setObjectName("purchase_count")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.reload)
        for line in (self.customer, self.item, self.order_no, self.amount_min, self.amount_max):
            line.textChanged.connect(lambda _t: self._timer.start())
        self.payment.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_voided.toggled.connect(lambda _c: self.reload())
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda _d: self.reload())
        self.retranslate()
        self.restyle()

    def _line(self, name: str, width: int | None = None) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setClearButtonEnabled(True)
        if width:
            line.setMaximumWidth(width)
        return line

    # ------------------------------------------------------------ text

    def restyle(self) -> None:
        for key, name in (("add", "purchase"), ("edit", "edit"), ("refund", "refund"),
                          ("void", "void"), ("export", "excel")):  # fmt: skip
            self.buttons[key].setIcon(icons.icon(name))

    def retranslate(self) -> None:
        for key, text in (("add", self.tr("Add…")), ("edit", self.tr("Edit…")),
                          ("refund", self.tr("Refund…")), ("void", self.tr("Void…")),
                          ("export", self.tr("Export…"))):  # fmt: skip
            self.buttons[key].setText(text)
        self.buttons["void"].setToolTip(self.tr("Void: kept, marked, out of every total"))
        self.customer.setPlaceholderText(self.tr("Customer name or number"))
        self.item.setPlaceholderText(self.tr("Item"))
        self.order_no.setPlaceholderText(self.tr("Order number"))
        self.amount_min.setPlaceholderText(self.tr("from ¥"))
        self.amount_max.setPlaceholderText(self.tr("to ¥"))
        self.label_dates.setText(self.tr("Date"))
        self.label_amount.setText(self.tr("Amount"))
        self.show_voided.setText(self.tr("Show voided"))
        for w in (self.date_from, self.date_to):
            w.setSpecialValueText(self.tr("any"))
        current = self.payment.currentData()
        self.payment.blockSignals(True)
        self.payment.clear()
        self.payment.addItem(self.tr("Any payment"), "")
        for code in purchases.PAYMENTS:
            self.payment.addItem(labels.payment_label(code), code)
        self.payment.setCurrentIndex(max(0, self.payment.findData(current)))
        self.payment.blockSignals(False)
        self.empty.set_text(self.tr("No purchases to show"),
                            self.tr("Other filters above show other purchases."))  # fmt: skip
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        self._update_count()

    # ------------------------------------------------------------ loading

    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def refresh(self) -> None:
        """Data changed elsewhere: reload if shown, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def purchase_filter(self) -> purchase_list.PurchaseFilter:
        """The filter the bar describes; a bad amount is said beside it (and ignored)."""
        bounds, bad = [], False
        for line in (self.amount_min, self.amount_max):
            text = line.text().strip()
            try:
                bounds.append(purchases.to_cents(text) if text else None)
            except GuanjiaError:
                bounds.append(None)
                bad = True
        self.filter_error.setText(messages.error_message("amount_invalid") if bad else "")
        self.filter_error.setVisible(bad)
        return purchase_list.PurchaseFilter(
            customer_id=self.customer_id, customer=self.customer.text(),
            date_from=_py_date(self.date_from), date_to=_py_date(self.date_to),
            amount_min=bounds[0], amount_max=bounds[1],
            payment=self.payment.currentData() or "", item=self.item.text(),
            order_no=self.order_no.text(), show_voided=self.show_voided.isChecked(),
        )  # fmt: skip

    def reload(self, keep: int | None = None) -> None:
        self._timer.stop()
        current = self.current()
        keep = keep if keep is not None else (current["id"] if current else None)
        self._loaded = True
        flt = self.purchase_filter()
        self.model.set_filter(flt)
        self.counter.request(lambda: (flt, purchase_list.count_and_sum(flt)))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()
        self._update_count()

    def _counts_ready(self, answer) -> None:
        flt, (total, sum_cents) = answer
        if flt == self.model.filter:  # else a newer filter's count is on its way
            self.model.set_counts(total, sum_cents)
            self._update_count()
            self.countsChanged.emit()

    def wait_for_counts(self) -> None:
        """Block until the count being read has landed (tests, screenshots, closing)."""
        while self.counter.busy():
            self.counter.wait()
            QCoreApplication.processEvents()

    def _update_count(self) -> None:
        if self.model.total is None:
            self.count_label.setText(self.tr("Counting…"))
            return
        self.count_label.setText(fill(self.tr("%1 purchases and refunds · total %2"),
                                      formatting.number(self.model.total),
                                      formatting.money(self.model.sum_cents)))  # fmt: skip

    def _update_buttons(self) -> None:
        row = self.current()
        live = row is not None and row["voided_at"] is None
        self.buttons["edit"].setEnabled(live)
        self.buttons["void"].setEnabled(live)
        self.buttons["refund"].setEnabled(live and row["refund_of"] is None
                                          and row["amount_cents"] > row["refunded_cents"])  # fmt: skip

    def current(self) -> dict | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def select_purchase(self, purchase_id: int) -> bool:
        row = self.model.row_of(purchase_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # ------------------------------------------------------------ filtered views

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only this customer's purchases, or everyone's again."""
        self.customer_id = customer_id
        self.customer_chip.setVisible(customer_id is not None)
        self.customer_chip.setText(f"{name} ✕")
        self.reload()

    def show_period(self, first: dt.date, last: dt.date) -> None:
        """The purchases of these days (the dashboard's sales chart); other filters cleared."""
        self.customer_id = None
        self.customer_chip.hide()
        for w in (self.customer, self.item, self.order_no, self.amount_min, self.amount_max):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for w, day in ((self.date_from, first), (self.date_to, last)):
            w.blockSignals(True)
            w.setDate(QDate(day.year, day.month, day.day))
            w.blockSignals(False)
        self.payment.blockSignals(True)
        self.payment.setCurrentIndex(0)
        self.payment.blockSignals(False)
        self.reload()

    # ------------------------------------------------------------ actions

    def _changed(self, keep: int | None = None) -> None:
        self.reload(keep)
        self.dataChanged.emit()

    def _after_undo(self, _customer_ids) -> None:
        self._changed()

    def _error(self, exc: Exception) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Purchases"),
                          messages.error_message(exc), parent=self)  # fmt: skip
        box.setObjectName("purchase_error")
        box.open()

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def add_purchase(self) -> NewPurchaseDialog:
        dialog = NewPurchaseDialog(self, self.customer_id,
                                   self.customer_chip.text().removesuffix(" ✕"))  # fmt: skip
        dialog.accepted.connect(lambda: self._added(dialog.purchase_id))
        dialog.open()
        return dialog

    def _added(self, purchase_id: int | None, refund: bool = False) -> None:
        if purchase_id is None:
            return
        self._push(NewPurchase(purchase_id, self._after_undo, self._error, refund=refund))
        self._changed(purchase_id)

    def edit_current(self) -> EditPurchaseDialog | None:
        row = self.current()
        if row is None or row["voided_at"] is not None:
            return None
        dialog = EditPurchaseDialog(self, row)
        dialog.accepted.connect(lambda: self._corrected(dialog.before))
        dialog.open()
        return dialog

    def _corrected(self, before: dict | None, void: bool = False) -> None:
        if before is None:
            return
        if before != corrections.snapshot(before["id"]):  # an edit may change nothing
            self._push(CorrectPurchase(before, self._after_undo, self._error, void=void))
        self._changed(before["id"])

    def refund_current(self) -> RefundDialog | None:
        row = self.current()
        if row is None or row["voided_at"] is not None or row["refund_of"] is not None:
            return None
        dialog = RefundDialog(self, row)
        dialog.accepted.connect(lambda: self._added(dialog.purchase_id, refund=True))
        dialog.open()
        return dialog

    def void_current(self) -> VoidDialog | None:
        row = self.current()
        if row is None or row["voided_at"] is not None:
            return None
        dialog = VoidDialog(self, row)
        dialog.accepted.connect(lambda: self._corrected(dialog.before, void=True))
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> int | None:
        """The list as filtered, every row, to .xlsx or .csv (in a worker, cancellable)."""
        if path is None:
            path, _ = file_dialogs.get_save_file_name("export",
                self, self.tr("Export purchases"), self.tr("Purchases") + ".xlsx",
                "*.xlsx *.csv",
            )  # fmt: skip
            if not path:
                return None
        titles = {k: export_title(k) for k in KEYS}
        titles["_sheet"] = self.tr("Purchases")
        flt = self.purchase_filter()
        try:
            return run_with_progress(
                self, self.tr("Exporting…"),
                lambda progress, cancel: export_purchases(
                    path, flt, export_cell, titles, progress=progress, cancel=cancel
                ),
            )  # fmt: skip
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            self._error(exc)
            return None


def export_title(key: str) -> str:
    if key in COLUMNS:
        return column_title(key)
    return {
        "id": QCoreApplication.translate("PurchaseTable", "No."),
        "customer_number": labels.field_label("number"),
        "voided": QCoreApplication.translate("PurchaseTable", "Voided"),
        "refund_of": QCoreApplication.translate("PurchaseTable", "Refund of No."),
    }[key]


def export_cell(row: dict, key: str):
    if key == "payment":
        return labels.payment_label(row["payment"]) if row["payment"] else ""
    if key == "customer":
        return row["customer_name"]
    if key == "voided":
        return row["void_reason"] if row["voided_at"] is not None else ""
    return row[key]
