"""The 会员 page: the member list (card number, name, mobile, level, points, balance,
count cards, status) with a fast search by card number, mobile, name or pinyin
initials; the actions on the selected member: top-up (the bonus rule previewed), pay,
refund of principal, transfer between cards, points adjusted (a reason required) or
redeemed, card lost (挂失) and replaced (补卡), the statement; enrolment, the stored
value's reports and the counter screen (收银台, F2). Every ledger movement is one undo
step of the window: its undo is a reversing entry (ui/membership/undo.py); so are an
enrolment and a replacement (models/membership/card_undo.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import GuanjiaError
from models.membership import (
    auto_points,
    card_undo,
    cards,
    checkout,
    member_search,
    points,
    wallet,
)
from ui import formatting, icons, messages
from ui.empty_state import EmptyState
from ui.membership import dialogs
from ui.membership.counter import CounterDialog
from ui.membership.reports import ReportsDialog
from ui.membership.statements import StatementDialog
from ui.membership.table_model import COLUMNS, MemberTableModel
from ui.membership.undo import LedgerCommand
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader
from ui.text import fill

ACTIONS = ("topup", "pay", "refund", "transfer", "adjust", "redeem", "lost", "replace",
           "statement")  # fmt: skip
ICONS = {"enroll": "new_customer", "counter": "counter", "reports": "reports",
         "topup": "purchase", "pay": "purchase", "refund": "refund", "transfer": "edit",
         "adjust": "edit", "redeem": "edit", "lost": "lock", "replace": "edit",
         "statement": "statement"}  # fmt: skip


def _undo_text(key: str) -> str:
    return {
        "topup": QCoreApplication.translate("Undo", "Top up"),
        "pay": QCoreApplication.translate("Undo", "Pay from stored value"),
        "refund": QCoreApplication.translate("Undo", "Refund principal"),
        "transfer": QCoreApplication.translate("Undo", "Transfer between cards"),
        "adjust": QCoreApplication.translate("Undo", "Adjust points"),
        "redeem": QCoreApplication.translate("Undo", "Redeem points"),
        "lost": QCoreApplication.translate("Undo", "Report card lost"),
        "checkout": QCoreApplication.translate("Undo", "Counter sale"),
        "enroll": QCoreApplication.translate("Undo", "Enrol a member"),
        "review": QCoreApplication.translate("Undo", "Points for a review"),
        "replace": QCoreApplication.translate("Undo", "Replace card"),
    }[key]


def _reverse_wallet(entry_id: int) -> None:
    wallet.reverse(entry_id, "undo")


def _reverse_points(entry_id: int) -> None:
    points.reverse(entry_id, "undo")


def _found_again(card_no: str) -> None:
    cards.set_status(card_no, "active", "undo")


UNDO = {"topup": _reverse_wallet, "pay": _reverse_wallet, "refund": _reverse_wallet,
        "transfer": _reverse_wallet, "adjust": _reverse_points, "redeem": _reverse_points,
        "lost": _found_again, "checkout": lambda done: checkout.reverse(done, "undo"),
        "enroll": card_undo.withdraw_enrolment}  # fmt: skip
DIALOGS = {"topup": dialogs.TopUpDialog, "pay": dialogs.PayDialog,
           "refund": dialogs.RefundDialog, "transfer": dialogs.TransferDialog,
           "adjust": dialogs.PointsDialog, "lost": dialogs.LostDialog,
           "replace": dialogs.ReplaceDialog}  # fmt: skip


class MembersPage(Restyling, Retranslating, QWidget):
    dataChanged = Signal()  # a movement was written: balances, purchases, the dashboard

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("MembersPage")
        self.undo_stack = undo_stack
        self.model = MemberTableModel(self)
        self.counter = BackgroundReader(self)  # the count, off the GUI thread
        self.counter.ready.connect(self._count_ready)
        self._count: tuple[str, int] | None = None
        self._loaded = False
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setClearButtonEnabled(True)
        self.buttons: dict[str, QPushButton] = {}
        for key in ("enroll", "counter", "reports", *ACTIONS):
            button = QPushButton()
            button.setObjectName(f"member_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.run(k))
            self.buttons[key] = button
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for key in ("enroll", "counter", "reports"):
            top.addWidget(self.buttons[key])
        actions = QHBoxLayout()
        for key in ACTIONS:
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)
        for key, width in (("card", 120), ("name", 110), ("mobile", 120), ("level", 80),
                           ("points", 80), ("balance", 110), ("visits", 90)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.run("statement"))
        self.review_action = QAction(self)  # 评价: the task's points, from the row's menu
        self.review_action.setObjectName("member_review")
        self.review_action.triggered.connect(self.record_review)
        self.table.addAction(self.review_action)
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.empty = EmptyState(self.table, "members")
        self.count_label = QLabel()
        self.count_label.setObjectName("member_count")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.counter_shortcut = QShortcut(QKeySequence("F2"), self)
        self.counter_shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        self.counter_shortcut.activated.connect(lambda: self.run("counter"))
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ text

    def restyle(self) -> None:
        for key, button in self.buttons.items():
            button.setIcon(icons.icon(ICONS[key]))

    def retranslate(self) -> None:
        for key, text in (
            ("enroll", self.tr("Enrol…")), ("counter", self.tr("Counter (F2)")),
            ("reports", self.tr("Reports…")), ("topup", self.tr("Top up…")),
            ("pay", self.tr("Pay…")), ("refund", self.tr("Refund…")),
            ("transfer", self.tr("Transfer…")), ("adjust", self.tr("Adjust points…")),
            ("redeem", self.tr("Redeem points…")), ("lost", self.tr("Card lost…")),
            ("replace", self.tr("Replace card…")), ("statement", self.tr("Statement…")),
        ):  # fmt: skip
            self.buttons[key].setText(text)
        self.review_action.setText(self.tr("Wrote a review (评价): earn its points"))
        self.search.setPlaceholderText(self.tr("Card number, mobile, name or pinyin initials"))
        self.empty.set_text(self.tr("No members to show"),
                            self.tr("Enrol a customer, or search for another."))  # fmt: skip
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        self._update_count()

    # ------------------------------------------------------------ loading

    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def reload(self, keep: int | None = None) -> None:
        self._timer.stop()
        current = self.current()
        keep = keep if keep is not None else (current["customer_id"] if current else None)
        self._loaded = True
        text = self.search.text()
        self.model.set_search(text)
        self._count = None
        self.counter.request(lambda: (text, member_search.count(text)))
        row = self.model.row_of(keep) if keep is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._update_buttons()
        self._update_count()

    def _count_ready(self, answer) -> None:
        if answer[0] == self.model.search:
            self._count = answer
            self._update_count()

    def wait_for_counts(self) -> None:
        while self.counter.busy():
            self.counter.wait()
            QCoreApplication.processEvents()

    def _update_count(self) -> None:
        if self._count is None:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(fill(self.tr("%1 members"), formatting.number(self._count[1])))

    def current(self) -> dict | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def select_member(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for key in ACTIONS:
            self.buttons[key].setEnabled(chosen)
        self.review_action.setEnabled(chosen)

    # ------------------------------------------------------------ actions

    def _error(self, exc: Exception) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Members"), messages.error_message(exc),
                          parent=self)  # fmt: skip
        box.setObjectName("member_error")
        box.open()

    def _changed(self, keep: int | None = None) -> None:
        self.reload(keep)
        self.dataChanged.emit()

    def push(self, key: str, customer_id: int, token, do, undo=None) -> None:
        """One undo step for a movement just made (`token`: what it wrote; `undo`: how
        it is undone, else by the key)."""
        if self.undo_stack is not None:
            self.undo_stack.push(LedgerCommand(_undo_text(key), customer_id, token, do,
                                               undo or UNDO[key], lambda _ids: self._changed(),
                                               self._error))  # fmt: skip

    def run(self, key: str):
        """Open the action's dialog (or screen); returns it (tests drive it)."""
        if key == "counter":
            return self.open_counter()
        if key == "reports":
            dialog = ReportsDialog(self)
            dialog.open()
            return dialog
        if key == "enroll":
            dialog = dialogs.EnrollDialog(self)
            dialog.accepted.connect(lambda: self._enrolled(dialog))
            dialog.open()
            return dialog
        row = self.current()
        if row is None:
            return None
        if key == "statement":
            dialog = StatementDialog(self, row["customer_id"], row["name"], row["card"])
        elif key == "redeem":
            dialog = dialogs.PointsDialog(self, row["customer_id"], row["name"], redeem=True)
        else:
            dialog = DIALOGS[key](self, row["customer_id"], row["name"])
        if key != "statement":
            dialog.accepted.connect(lambda: self._done(key, dialog))
        dialog.open()
        return dialog

    def _enrolled(self, dialog) -> None:
        cid, number = dialog.customer_id, dialog.token
        self.push("enroll", cid, number, lambda: auto_points.enroll(cid, number)[0].card_no)
        self.search.blockSignals(True)
        self.search.setText(dialog.token)
        self.search.blockSignals(False)
        self._changed(dialog.customer_id)

    def _done(self, key: str, dialog) -> None:
        if key == "replace":  # redo takes the same new card; undo gives the old its status
            old, status, reason, why = dialog.before

            def again(new=dialog.token):
                return card_undo.redo_replace(old, new, why)

            def back(new):
                card_undo.undo_replace(new, status, reason)

            self.push(key, dialog.customer_id, dialog.token, again, back)
        elif key in UNDO:
            self.push(key, dialog.customer_id, dialog.token, dialog.do)
        self._changed(dialog.customer_id)

    def record_review(self) -> None:
        """The member wrote a review (评价): the task's points, once; an undo step."""
        row = self.current()
        if row is None:
            return
        cid = row["customer_id"]
        try:
            entry = auto_points.reward_review(cid)
        except GuanjiaError as exc:
            self._error(exc)
            return
        self.push("review", cid, entry, lambda: auto_points.reward_review(cid), _reverse_points)
        self._changed(cid)

    def open_counter(self) -> CounterDialog:
        dialog = CounterDialog(self)
        dialog.recorded.connect(self._sold)
        dialog.open()
        return dialog

    def _sold(self, done: dict, redo) -> None:
        self.push("checkout", done["customer_id"], done, redo)
        self.refresh()
        self.dataChanged.emit()
