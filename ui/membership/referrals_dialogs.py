"""Referral dialogs (转介绍): "Introduced by" (choose the introducer; oneself and cycles
refused in the dialog), the tree of who the customer brought, level by level, with the
counts, and `IntroducedByLine`, the customer card's line that opens the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.membership import referrals
from ui import formatting, style
from ui.buttons import button_box
from ui.followups.dialogs import CustomerPicker
from ui.membership import cards_undo
from ui.membership.cards_dialogs import FormDialog
from ui.retranslating import Retranslating
from ui.text import fill


class IntroducedByDialog(FormDialog):
    """Who introduced the customer: recorded, or changed (audited) until the rewards
    are granted."""

    def __init__(self, parent, customer_id: int, customer_name: str = ""):
        super().__init__(parent, customer_id, customer_name)
        self.setObjectName("IntroducedByDialog")
        self.before = referrals.introducer_of(customer_id)
        self.after: int | None = None
        self.now = QLabel()
        self.now.setObjectName("ref_current")
        style.hint_text(self.now)
        self.form.addRow(self.now)
        self.picker = CustomerPicker()
        self.picker_label = QLabel()
        self.form.addRow(self.picker_label, self.picker)
        self.note = QLineEdit()
        self.note.setObjectName("ref_note")
        self.note_label = QLabel()
        self.form.addRow(self.note_label, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Introduced by: %1"), self.customer_name)
                            if self.customer_name else self.tr("Introduced by"))  # fmt: skip
        info = referrals.summary(self.customer_id)
        self.now.setText(fill(self.tr("Now: %1"), info["introduced_by_name"])
                         if info["introduced_by"] else self.tr("Nobody recorded yet."))  # fmt: skip
        self.picker_label.setText(self.tr("Introducer"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional"))

    def write(self) -> None:
        chosen = self.picker.customer_id
        if chosen is None:
            raise ValidationError("customer", "customer_missing", "choose a customer")
        referrals.set_introducer(self.customer_id, chosen, self.note.text())
        self.after = chosen

    def make_step(self, after_change, refused=None):
        return cards_undo.IntroducerStep(self.customer_id, self.before, self.after,
                                         after_change, refused)  # fmt: skip


class ReferralTreeDialog(Retranslating, QDialog):
    """Who the customer brought, and whom those brought, as a tree (a tick: made a
    first purchase); above it who introduced the customer, and the counts."""

    def __init__(self, parent, customer_id: int):
        super().__init__(parent)
        self.setObjectName("ReferralTreeDialog")
        self.customer_id = customer_id
        self.data = referrals.tree(customer_id)
        self.chain = QLabel()
        self.chain.setObjectName("ref_chain")
        self.chain.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("ref_counts")
        self.counts.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("ref_tree")
        self.tree.setColumnCount(3)
        formatting.comfortable_rows(self.tree)
        self.items: dict[int, QTreeWidgetItem] = {}
        self._fill(self.tree.invisibleRootItem(), self.data)
        self.tree.expandAll()
        buttons = button_box(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.counts)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.retranslate()

    def _fill(self, parent: QTreeWidgetItem, node: dict) -> None:
        item = QTreeWidgetItem(parent, [node["name"], "", str(len(node["children"]))])
        item.setData(0, Qt.UserRole, node["customer_id"])
        item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
        self.items[node["customer_id"]] = item
        for child in node["children"]:
            self._fill(item, child)

    def retranslate(self) -> None:
        d = self.data
        self.setWindowTitle(fill(self.tr("Referrals: %1"), d["name"]))
        up = " ← ".join(x["name"] for x in d["introduced_by"])
        self.chain.setText(fill(self.tr("Introduced by: %1"), up) if up
                           else self.tr("Introduced by nobody recorded."))  # fmt: skip
        converted = sum(1 for c in d["children"] if c["converted"])
        self.counts.setText(fill(self.tr("Brought %1 directly (%2 made a first purchase), %3 at"
                                         " all levels."), d["direct"], converted,
                                 d["all_levels"]))  # fmt: skip
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("First purchase"),
                                   self.tr("Brought")])  # fmt: skip
        for item in self.items.values():
            cid = item.data(0, Qt.UserRole)
            item.setText(1, self.tr("Yes") if self._converted(cid) else "")

    def _converted(self, customer_id: int) -> bool:
        stack = [self.data]
        while stack:
            node = stack.pop()
            if node["customer_id"] == customer_id:
                return node["converted"]
            stack.extend(node["children"])
        return False


class IntroducedByLine(Retranslating, QWidget):
    """The customer card's line: who introduced them and how many they brought; a click
    opens the referral tree."""

    treeRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("IntroducedByLine")
        self.customer_id: int | None = None
        self.info: dict = {}
        self.link = QToolButton()
        self.link.setObjectName("detail_referrals")
        self.link.setAutoRaise(True)
        self.link.clicked.connect(lambda: self.customer_id is not None
                                  and self.treeRequested.emit(self.customer_id))  # fmt: skip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.link)
        layout.addStretch(1)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.info = referrals.summary(customer_id) if customer_id is not None else {}
        self.retranslate()

    def retranslate(self) -> None:
        info = self.info
        parts = []
        if info.get("introduced_by"):
            parts.append(fill(self.tr("Introduced by %1"), info["introduced_by_name"]))
        if info.get("direct"):
            parts.append(fill(self.tr("brought %1"), info["direct"]))
        self.link.setText(" · ".join(parts))
        self.link.setToolTip(self.tr("Show the referral tree"))
        self.setVisible(bool(parts))


def open_tree(parent, customer_id: int) -> ReferralTreeDialog:
    dialog = ReferralTreeDialog(parent, customer_id)
    dialog.open()
    return dialog
