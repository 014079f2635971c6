"""The detail panel beside the table: the selected customer's card over their timeline;
with no customer selected the list's summary, with several the bulk actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.customers.customer_filter import CustomerFilter
from models.followups import stay_in_touch
from ui import icons, style
from ui.complaints.dialogs import ComplaintDialog
from ui.customers.card import CustomerCard
from ui.customers.card_summary import ListSummary
from ui.followups.dialogs import FollowupDialog, InteractionDialog, PurchaseDialog
from ui.followups.rules_dialog import StayInTouchDialog
from ui.followups.timeline import TimelineList
from ui.membership.cards_menu import MembershipMenu
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.text import fill

# What the timeline's Add menu offers, in its order (each a method of the panel).
TIMELINE_ACTIONS = ("log_contact", "plan_followup", "add_purchase", "stay_in_touch",
                    "new_complaint")  # fmt: skip

CARD_SHARE = 0.6  # at most this part of the panel's height goes to the card; it scrolls


class CardScroll(QScrollArea):
    """Scrolls the card as one; asks for the card's whole height at its width, so the
    timeline below gets what is left and the card scrolls only when the panel is short."""

    def __init__(self, card: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName("card_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.setWidget(card)

    def sizeHint(self) -> QSize:
        card = self.widget()
        height = card.heightForWidth(max(self.viewport().width(), 200))
        if height < 0:
            height = card.sizeHint().height()
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 80)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the card's height follows its width


class CustomerDetailPanel(Restyling, Retranslating, QWidget):
    """The customer card with Edit/Delete (or Restore/Delete for good in the bin) and the
    timeline; the list's summary or the selection's bulk actions otherwise."""

    editRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()
    purgeRequested = Signal()
    newRequested = Signal()  # the summary's New customer
    bulkTagRequested = Signal()  # the selection's Add or remove tags
    contactsChanged = Signal()  # a contact was logged or a follow-up planned here
    complaintsRequested = Signal(int, str)  # show this customer's complaints
    purchasesRequested = Signal(int, str)  # show this customer's purchases
    purchaseAdded = Signal(int)  # a purchase recorded here (the page makes it an undo step)
    membershipDone = Signal(object)  # a membership dialog accepted: its make_step(...)

    def __init__(self, parent=None, in_bin: bool = False):
        super().__init__(parent)
        self.setObjectName("CustomerDetailPanel")
        self._in_bin = in_bin
        self.card = CustomerCard(in_bin=in_bin)
        self.card.editRequested.connect(self.editRequested)
        self.card.deleteRequested.connect(self.deleteRequested)
        self.card.restoreRequested.connect(self.restoreRequested)
        self.card.purgeRequested.connect(self.purgeRequested)
        self.card.complaintsRequested.connect(self.complaintsRequested)
        self.card.purchasesRequested.connect(self.purchasesRequested)
        # The card's parts other code and tests reach for by their old names.
        self.title = self.card.title
        self.primary = self.card.primary
        self.secondary = self.card.secondary
        self.complaint_badge = self.card.complaint_badge
        self.scroll = CardScroll(self.card)

        self.summary = ListSummary(in_bin=in_bin)
        self.summary.newRequested.connect(self.newRequested)
        self.summary.bulkTagRequested.connect(self.bulkTagRequested)
        self.summary.deleteRequested.connect(self.deleteRequested)
        self.summary.restoreRequested.connect(self.restoreRequested)
        self.summary.purgeRequested.connect(self.purgeRequested)

        customer_page = QWidget()
        customer_page.setObjectName("card_page")
        page_layout = QVBoxLayout(customer_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.scroll, 0 if not in_bin else 1)
        self.timeline = TimelineList()
        self.timeline.changed.connect(self.contactsChanged)
        self.timeline.setMinimumHeight(140)
        self.touch_label = QLabel()
        self.touch_label.setObjectName("detail_touch")
        self.touch_label.setWordWrap(True)
        style.hint_text(self.touch_label)
        self.contact_actions: dict[str, QAction] = {}
        self.add_button: QToolButton | None = None
        if not in_bin:
            # The timeline's actions: one menu button, so no text is ever cut.
            self.timeline_title = QLabel()
            font = self.timeline_title.font()
            font.setBold(True)
            self.timeline_title.setFont(font)
            self.add_menu = QMenu(self)
            self.add_menu.setObjectName("detail_add_menu")
            for name in TIMELINE_ACTIONS:
                action = self.add_menu.addAction("")
                action.setObjectName(f"detail_{name}")
                action.triggered.connect(getattr(self, name))
                self.contact_actions[name] = action
            self.add_button = QToolButton()
            self.add_button.setObjectName("detail_add")
            self.add_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            self.add_button.setPopupMode(QToolButton.InstantPopup)
            self.add_button.setMenu(self.add_menu)
            head = QHBoxLayout()
            head.setContentsMargins(0, 6, 0, 0)
            head.addWidget(self.timeline_title, 1)
            head.addWidget(self.add_button)
            # Count cards, paid membership, referrals (ui/membership/cards_menu.py).
            self.member_menu = MembershipMenu(self, lambda: self.customer)
            self.member_menu.done.connect(self.membershipDone)
            self.member_menu.done.connect(lambda _d: self.show_customer(self.customer))
            self.member_button = QToolButton()
            self.member_button.setObjectName("detail_member")
            self.member_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            self.member_button.setPopupMode(QToolButton.InstantPopup)
            self.member_button.setMenu(self.member_menu)
            head.addWidget(self.member_button)
            timeline_box = QWidget()
            timeline_box.setObjectName("timeline_box")
            box = QVBoxLayout(timeline_box)
            box.setContentsMargins(0, 0, 0, 0)
            box.addLayout(head)
            box.addWidget(self.touch_label)
            box.addWidget(self.timeline, 1)
            page_layout.addWidget(timeline_box, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.summary)
        self.stack.addWidget(customer_page)
        self._customer_page = customer_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(260)
        self.show_customer(None)
        self.restyle()

    def retranslate(self) -> None:
        self._show_timeline(self.customer)

    def restyle(self) -> None:
        if self.add_button is not None:  # the recycle bin's panel has none
            self.add_button.setIcon(icons.icon("add"))
            self.member_button.setIcon(icons.icon("member_actions"))
        self._show_timeline(self.customer)  # the entries' colours

    @property
    def customer(self) -> dict | None:
        return self.card.customer

    # ------------------------------------------------------------ what the panel shows

    def show_customer(self, customer: dict | None) -> None:
        """The customer's card and timeline; the list's summary when None."""
        self.card.show_customer(customer)
        self._show_timeline(customer)
        self.scroll.updateGeometry()
        if customer is None:
            self.summary.show_list_again()
            self.stack.setCurrentWidget(self.summary)
        else:
            self.stack.setCurrentWidget(self._customer_page)

    def show_selection(self, count: int, current: dict | None = None) -> None:
        """Several customers selected: how many and the bulk actions. `current` (the
        current row's customer) stays the panel's `customer` for commands that take one."""
        self.card.show_customer(current)
        self._show_timeline(None)
        self.summary.show_selection(count)
        self.stack.setCurrentWidget(self.summary)

    def set_list(self, matching: int, total: int, flt: CustomerFilter,
                 tag_names: dict[int, str]) -> None:  # fmt: skip
        """What the list shows, for the summary shown while no customer is selected."""
        self.summary.update_list(matching, total, flt, tag_names)

    def showing(self) -> str:
        """ "card", "list" or "selection": what the panel shows now."""
        if self.stack.currentWidget() is self._customer_page:
            return "card"
        return self.summary.mode

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._in_bin:  # the timeline keeps at least the rest of the height
            self.scroll.setMaximumHeight(max(120, round(event.size().height() * CARD_SHARE)))

    # ------------------------------------------------------------ the timeline

    def _show_timeline(self, customer: dict | None) -> None:
        if self._in_bin:
            return
        texts = {
            "log_contact": self.tr("Log contact…"),
            "plan_followup": self.tr("Plan follow-up…"),
            "stay_in_touch": self.tr("Stay in touch…"),
            "new_complaint": self.tr("Complaint…"),
            "add_purchase": self.tr("Purchase…"),
        }
        for name, action in self.contact_actions.items():
            action.setText(texts[name])
        add = self.tr("Add")
        self.add_button.setText(add if not self.add_button.icon().isNull() else f"+ {add}")
        self.add_button.setToolTip(self.tr("Log a contact, plan a follow-up, record a purchase…"))
        self.add_button.setEnabled(customer is not None)
        self.member_button.setText(self.tr("Member"))
        self.member_button.setToolTip(self.tr("Count cards, paid membership, referrals"))
        self.member_button.setEnabled(customer is not None)
        self.timeline_title.setText(self.tr("Timeline"))
        cid = customer["id"] if customer else None
        self.timeline.show_customer(cid)
        rules = stay_in_touch.rules_for_customer(cid) if cid is not None else []
        if rules:
            every = min(r.every_days for r in rules)
            self.touch_label.setText(fill(self.tr("Stay in touch: every %1 days"), str(every)))
        self.touch_label.setVisible(bool(rules))

    @property
    def undoable(self):
        """What makes a contact or follow-up written here one undo step (the page's)."""
        return self.timeline.undoable

    @undoable.setter
    def undoable(self, recorder) -> None:
        self.timeline.undoable = recorder

    def log_contact(self):
        dialog = InteractionDialog(self, self.customer["id"], self.customer["name"])
        dialog.undoable = self.undoable
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def plan_followup(self):
        dialog = FollowupDialog(self, self.customer["id"])
        dialog.undoable = self.undoable
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def add_purchase(self):
        dialog = PurchaseDialog(self, self.customer["id"], self.customer["name"])
        dialog.accepted.connect(lambda: self.purchaseAdded.emit(dialog.purchase_id))
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def new_complaint(self):
        dialog = ComplaintDialog(self, self.customer["id"])
        dialog.accepted.connect(self.contactsChanged)
        dialog.open()
        return dialog

    def stay_in_touch(self):
        dialog = StayInTouchDialog(self, self.customer["id"])
        dialog.finished.connect(lambda _r: dialog.changed and self.contactsChanged.emit())
        dialog.open()
        return dialog
