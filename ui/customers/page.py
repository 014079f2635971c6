"""The customers page (and the recycle bin): search box, windowed table, detail panel.

Over 500 lines because it wires the list to the tag browser, the filter menus, the
columns and the detail panel, which all meet here; its commands are page_actions.py."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.query import box as query_box
from models.errors import Cancelled, GuanjiaError
from models.leads import model as scoring_model
from models.purchases import rfm
from models.purchases.rfm import SEGMENT_ORDER
from ui import formatting, icons, labels, style
from ui.column_fit import ColumnFitter
from ui.customers.community_filter import CommunityFilterButton, community_words, ids_words
from ui.customers.detail_panel import CustomerDetailPanel
from ui.customers.lifecycle_dialog import LifecycleDialog
from ui.customers.page_actions import CustomerActions
from ui.customers.page_columns import CustomerColumns
from ui.customers.query_bar import QueryBar, SearchLanguage
from ui.customers.table_model import CustomerTableModel
from ui.empty_state import EmptyState
from ui.followups.undo import Recorder
from ui.get_started import GetStarted
from ui.purchases.undo import NewPurchase
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.scoring_undo import RescoreRfm
from ui.tags.browser import TagBrowser
from ui.tags.chips import TagChipDelegate
from ui.tags.filter_bar import FilterBar
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill
from ui.undo import SetStages, TagCustomers

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 180


class CustomersPage(
    SearchLanguage, CustomerActions, CustomerColumns, Restyling, Retranslating, QWidget
):
    """One page type for the live list and the recycle bin (`in_bin`).

    Changes go through models/ and are pushed on the shared undo stack; every change
    ends in `dataChanged()`, which refreshes every page showing customers.
    """

    countsChanged = Signal(int, int)
    dataChanged = Signal()
    openCustomerRequested = Signal(int)  # a customer to show on the live page
    complaintsRequested = Signal(int, str)  # a customer's complaints (id, name)
    purchasesRequested = Signal(int, str)  # a customer's purchases (id, name)
    filterChanged = Signal()
    saveViewRequested = Signal()
    tagsEdited = Signal()  # tags or groups were created, renamed, merged, deleted...

    def __init__(self, undo_stack, settings: QSettings, in_bin: bool = False, parent=None):
        super().__init__(parent)
        self.in_bin = in_bin
        self.setObjectName("RecycleBinPage" if in_bin else "CustomersPage")
        self._undo = undo_stack
        self._settings = settings
        self.model = CustomerTableModel(self, in_bin=in_bin)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search_icon = self.search.addAction(icons.icon("search"), QLineEdit.LeadingPosition)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._apply_search(typing=True))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._apply_search)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        self.query_bar = QueryBar(self.search)
        self.query_bar.changed.connect(self._apply_search)
        if not in_bin:
            bar.addWidget(self.query_bar.help_button)
        names = ("restore", "purge", "empty_bin") if in_bin else ("new", "edit", "delete")
        for name in names:
            button = QPushButton()
            button.setObjectName(f"button_{name}")
            button.clicked.connect(getattr(self, f"{name}_clicked"))
            self.buttons[name] = button
            bar.addWidget(button)
        self.tags_button = None
        if not in_bin:
            self.tags_button = QPushButton()
            self.tags_button.setObjectName("button_tags")
            self.tags_menu = QMenu(self)
            self.tags_button.setMenu(self.tags_menu)
            bar.addWidget(self.tags_button)
            self.contact_button = QPushButton()
            self.contact_button.setObjectName("button_contact_filter")
            self.contact_menu = QMenu(self)
            self.contact_menu.setObjectName("contact_filter_menu")
            self.contact_button.setMenu(self.contact_menu)
            bar.addWidget(self.contact_button)
            self.segment_button = QPushButton()
            self.segment_button.setObjectName("button_segment_filter")
            self.segment_menu = QMenu(self)
            self.segment_menu.setObjectName("segment_filter_menu")
            self.segment_button.setMenu(self.segment_menu)
            bar.addWidget(self.segment_button)
            self.community_button = CommunityFilterButton()
            self.community_button.changeRequested.connect(self.set_community_filter)
            bar.addWidget(self.community_button)

        self.table = QTableView()
        self.table.setObjectName("customer_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        formatting.comfortable_rows(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(self._save_columns_soon)
        header.sectionResized.connect(self._save_columns_soon)
        self.table.setSortingEnabled(True)
        self.model.sortRejected.connect(self._show_sort_indicator)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = EmptyState(self.table, "recycle_bin" if in_bin else "search")
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_columns)
        self.column_fit = ColumnFitter(
            self.table, {"mobile": lambda: self._text_room("13800000000"),  # whole mobiles
                         "name": lambda: self._text_room("欧阳明明")},
            keys=lambda s: self.model.columns[s].key if s < len(self.model.columns) else "",
            give_way=("email", "company", "notes", "address"),
        )  # fmt: skip

        self.detail = CustomerDetailPanel(in_bin=in_bin)
        self.detail.editRequested.connect(self.edit_clicked)
        self.detail.deleteRequested.connect(self.delete_clicked)
        self.detail.restoreRequested.connect(self.restore_clicked)
        self.detail.purgeRequested.connect(self.purge_clicked)
        self.detail.contactsChanged.connect(lambda: self._changed([self.current_id()]))
        self.detail.undoable = Recorder(self._undo, self._changed, self._show_error)
        self.detail.complaintsRequested.connect(self.complaintsRequested)
        self.detail.purchasesRequested.connect(self.purchasesRequested)
        self.detail.purchaseAdded.connect(
            lambda pid: self._undo.push(NewPurchase(pid, self._changed, self._show_error))
        )
        self.detail.membershipDone.connect(
            lambda dialog: self._undo.push(dialog.make_step(self._changed, self._show_error))
        )
        self.detail.newRequested.connect(self.new_clicked)
        self.detail.bulkTagRequested.connect(lambda: self.bulk_tag())

        self.chip_delegate = TagChipDelegate(self.table)
        self.browser = None
        self.filter_bar = None
        self.splitter = QSplitter()
        self.splitter.setObjectName(f"{self.objectName()}_splitter")
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        if not in_bin:
            self.browser = TagBrowser(self._undo)
            self.browser.stateRequested.connect(self.set_tag_state)
            self.browser.tagsEdited.connect(self._tags_edited)
            self.browser.countScopeChanged.connect(self.request_tag_counts)
            self.splitter.addWidget(self.browser)
            self.filter_bar = FilterBar()
            self.filter_bar.stateRequested.connect(self.set_tag_state)
            self.filter_bar.anyChanged.connect(self.set_any_tags)
            self.filter_bar.clearRequested.connect(self.clear_tag_filter)
            self.filter_bar.saveViewRequested.connect(self.saveViewRequested)
            self.filter_bar.conditionCleared.connect(self.clear_condition)
            table_layout.addWidget(self.filter_bar)
            self._counts = BackgroundReader(self)
            self._counts.ready.connect(self.browser.set_counts)
        table_layout.addWidget(self.table, 1)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1 if not in_bin else 0, 1)
        self.splitter.setSizes([200, 800, 300] if not in_bin else [900, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.query_bar)
        self.query_bar.setVisible(not in_bin)
        layout.addWidget(self.splitter, 1)
        # No customers at all (not: none matching): what to do first, instead of the table.
        self.get_started: GetStarted | None = None
        self.get_started_box = QWidget()
        self.get_started_box.hide()
        if not in_bin:
            self.get_started = GetStarted()
            box = QVBoxLayout(self.get_started_box)
            box.setContentsMargins(0, 24, 0, 0)
            box.addWidget(self.get_started, 0, Qt.AlignHCenter)
            box.addStretch(1)
            layout.addWidget(self.get_started_box, 1)
            self.model.countsChanged.connect(lambda *_a: self._show_get_started())

        self._set_delegates()
        self.model.countsChanged.connect(self.countsChanged)
        self.model.countsChanged.connect(lambda *_a: self._show_list_summary())
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.restore_columns()
        self._show_sort_indicator()
        self._retranslate_texts()
        self.restyle()
        self._show_filter()
        self._show_get_started()
        self._show_list_summary()

    # ------------------------------------------------------------ language

    def retranslate(self) -> None:
        self._retranslate_texts()
        self.model.retranslate()

    def _retranslate_texts(self) -> None:
        if self.in_bin:
            self.search.setPlaceholderText(self.tr("Search the recycle bin"))
        else:
            self.search.setPlaceholderText(
                self.tr("Search name, mobile, company, WeChat, email, notes, pinyin (Ctrl+F)")
            )
        texts = {
            "new": self.tr("New customer"),
            "edit": self.tr("Edit"),
            "delete": self.tr("Delete"),
            "restore": self.tr("Restore"),
            "purge": self.tr("Delete for good"),
            "empty_bin": self.tr("Empty recycle bin"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        if self.in_bin:
            self.empty.set_text(
                self.tr("The recycle bin is empty"),
                self.tr("Deleted customers wait here until they are restored or deleted for good."),
            )
        else:
            self.empty.set_text(
                self.tr("No customer matches"),
                self.tr("Try fewer words, or clear the tag and other filters."),
            )
        if self.tags_button is not None:
            self._retranslate_contact_filter()
            self._retranslate_segment_filter()
            self.community_button.retranslate()
            self.tags_button.setText(self.tr("Tags"))
            self.tags_menu.clear()
            self.tags_menu.addAction(self.tr("Add or remove tags…"), self.bulk_tag)
            self.tags_menu.addAction(
                self.tr("Remove tags…"), lambda: self.bulk_tag(remove_first=True)
            )

    def restyle(self) -> None:
        """The toolbar buttons' icons, in the current palette's colours."""
        names = {"new": "new_customer", "edit": "edit", "delete": "delete",
                 "restore": "restore_customer", "purge": "delete_for_good",
                 "empty_bin": "empty_bin"}  # fmt: skip
        for name, button in self.buttons.items():
            button.setIcon(icons.icon(names[name]))
        if self.tags_button is not None:
            self.tags_button.setIcon(icons.icon("tags"))
            self.contact_button.setIcon(icons.icon("contact_filter"))
            self.segment_button.setIcon(icons.icon("segment"))
            self.community_button.restyle()
        self.search_icon.setIcon(icons.icon("search"))

    def _retranslate_contact_filter(self) -> None:
        flt = self.model.filter
        menu = self.contact_menu
        menu.clear()
        for days in (7, 30, 90, 180):
            action = menu.addAction(
                fill(self.tr("Not contacted in %1 days"), str(days)),
                lambda days=days: self.set_contact_filter(days, self.model.filter.no_next_followup),
            )
            action.setCheckable(True)
            action.setChecked(flt.not_contacted_days == days)
        menu.addAction(self.tr("Not contacted in … days"), self._ask_contact_days)
        menu.addSeparator()
        action = menu.addAction(
            self.tr("No next follow-up"),
            lambda: self.set_contact_filter(
                self.model.filter.not_contacted_days, not self.model.filter.no_next_followup
            ),
        )
        action.setCheckable(True)
        action.setChecked(flt.no_next_followup)
        menu.addSeparator()
        menu.addAction(self.tr("Any contact history"), lambda: self.set_contact_filter(0, False))
        parts = []
        if flt.not_contacted_days:
            parts.append(fill(self.tr("%1+ days"), str(flt.not_contacted_days)))
        if flt.no_next_followup:
            parts.append(self.tr("none planned"))
        text = self.tr("Contact")
        self.contact_button.setText(f"{text}: {', '.join(parts)}" if parts else text)
        style.set_role(self.contact_button, "active" if parts else "")

    def _retranslate_segment_filter(self) -> None:
        """The Segment menu: RFM segments, a dashboard chart's filter, RFM actions."""

        flt = self.model.filter
        menu = self.segment_menu
        menu.clear()
        for code in SEGMENT_ORDER:
            action = menu.addAction(
                labels.segment_label(code),
                lambda code=code: self.set_filter(self.model.filter.with_rfm_segment(code)),
            )
            action.setCheckable(True)
            action.setChecked(flt.rfm_segment == code)
        menu.addAction(self.tr("Any segment"), lambda: self.set_filter(flt.with_rfm_segment("")))
        parts = [labels.segment_label(flt.rfm_segment)] if flt.rfm_segment else []
        menu.addSeparator()  # leads by their grade (issue 28, models.leads)
        for grade in scoring_model.GRADES:
            action = menu.addAction(
                fill(self.tr("Lead grade %1"), grade),
                lambda grade=grade: self.set_filter(self.model.filter.with_lead_grade(grade)),
            )
            action.setObjectName(f"lead_grade_{grade}")
            action.setCheckable(True)
            action.setChecked(flt.lead_grade == grade)
        menu.addAction(self.tr("Any lead grade"), lambda: self.set_filter(flt.with_lead_grade("")))
        if flt.lead_grade:
            parts.append(fill(self.tr("Lead grade %1"), flt.lead_grade))
        if flt.where:
            menu.addSeparator()
            for key, value in flt.where:
                parts.append(self._where_text(key, value))
            menu.addAction(fill(self.tr("Clear the chart filter (%1)"), ", ".join(
                self._where_text(k, v) for k, v in flt.where)),
                lambda: self.set_filter(self.model.filter.with_where()))  # fmt: skip
        menu.addSeparator()
        menu.addAction(self.tr("Recompute RFM now"), self.recompute_rfm)
        menu.addAction(self.tr("Give each customer their RFM segment's tag"), self.apply_rfm_tags)
        menu.addSeparator()
        menu.addAction(self.tr("Lifecycle suggestions…"), lambda: self.review_lifecycle())
        text = self.tr("Segment")
        self.segment_button.setText(f"{text}: {', '.join(parts)}" if parts else text)
        style.set_role(self.segment_button, "active" if parts else "")

    def _where_text(self, key: str, value: str) -> str:
        if key == "source":
            return labels.field_label("source") + " " + (labels.source_label(value) or "—")
        if key == "stage":
            return labels.field_label("stage") + " " + (labels.stage_label(value) or "—")
        return fill(self.tr("Created in %1"), value)

    def recompute_rfm(self) -> int:
        """Compute and store the RFM afresh: one undo step (unless too large to keep)."""
        rescore = run_with_progress(self, self.tr("Computing RFM…"),
                                    lambda _p, _c: rfm.rescore(), cancellable=False)  # fmt: skip
        if rescore.previous is None:  # too large to keep: older steps would undo past it
            self._undo.clear()
        elif rescore.written:
            run = self._runner(len(rescore.written), self.tr("Computing RFM…"))
            self._undo.push(RescoreRfm(rescore, self._changed, run))
        self.dataChanged.emit()
        return len(rescore.scores)

    def apply_rfm_tags(self):
        """Store the RFM afresh and keep the tag group RFM 分群 in step (undoable)."""

        def work(progress, cancel):
            rfm.refresh()
            return rfm.apply_as_tags(progress, cancel)

        try:
            change = run_with_progress(self, self.tr("Tagging RFM segments…"), work)
        except Cancelled:
            return None
        if not change.empty:
            size = sum(len(v) for v in [*change.added.values(), *change.removed.values()])
            self._undo.push(TagCustomers(change, self._changed, self._runner(size)))
        self._changed()
        return change

    def review_lifecycle(self):
        """The lifecycle suggestions dialog (window-modal, not blocking); each accept is
        one undo step."""

        dialog = LifecycleDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def accepted(before: dict, after: dict) -> None:
            run = self._runner(len(before), self.tr("Changing stages…"))
            self._undo.push(SetStages(before, after, self._changed, run))
            self._changed()

        dialog.stagesChanged.connect(accepted)
        dialog.open()
        return dialog

    def set_contact_filter(self, not_contacted_days: int, no_next_followup: bool) -> None:
        """Only customers not contacted in N days (0: any) and/or with nothing planned."""
        self.set_filter(self.model.filter.with_contact(not_contacted_days, no_next_followup))

    def _ask_contact_days(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        days, ok = QInputDialog.getInt(
            self, self.tr("Not contacted in"), self.tr("Days without contact:"),
            self.model.filter.not_contacted_days or 60, 1, 3650,
        )  # fmt: skip
        if ok:
            self.set_contact_filter(days, self.model.filter.no_next_followup)

    # ------------------------------------------------------------ search, selection

    # ------------------------------------------------------------ tag filter

    @property
    def filter(self) -> CustomerFilter:
        return self.model.filter

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show what `flt` matches: search box, tag tree, chips and table follow."""
        if self.in_bin:
            self.model.set_search(flt.search)
            return
        known = self.browser.model.tag_infos()  # the browser holds the current tags
        flt = flt.with_tags(
            [t for t in flt.tags if t in known], [t for t in flt.not_tags if t in known]
        )
        changed = flt != self.model.filter
        self.model.set_filter(flt)
        if not self._box_says(flt):  # what the box shows is what the filter is
            self.search.blockSignals(True)
            text = query_box.describe(flt, {i: t.name for i, t in known.items()})
            # terms only: a space after them, so that typing goes on with a new term
            self.search.setText(text + " " if text and not (flt.search or flt.query) else text)
            self.search.blockSignals(False)
            self.query_bar.show_error(None)
        self._show_filter()
        if changed:
            self.request_tag_counts()
            self.filterChanged.emit()

    def _show_filter(self) -> None:
        if self.browser is None:
            return
        self._retranslate_contact_filter()
        self._retranslate_segment_filter()
        flt = self.model.filter
        self.community_button.show_filter(flt)
        self.browser.set_filter(flt)
        conditions = [(k, w) for k, w in (("community", community_words(flt)),
                                          ("ids", ids_words(flt))) if w]  # fmt: skip
        self.filter_bar.set_filter(flt, self.browser.model.tag_infos(), conditions)

    def set_community_filter(self, community: int, role: str, level: str, none: bool) -> None:
        """Members of a community (0: any) with a role and level, or in none."""
        self.set_filter(self.model.filter.with_community(community, role, none, level))

    def clear_condition(self, key: str) -> None:
        """A filter bar chip removed: "community" or "ids" (a metrics chart's customers)."""
        flt = self.model.filter
        self.set_filter(flt.with_community() if key == "community" else flt.with_ids(None))

    def set_tag_state(self, tag_id: int, state: str) -> None:
        self.set_filter(self.model.filter.with_tag_state(tag_id, state))

    def set_any_tags(self, any_tags: bool) -> None:
        flt = self.model.filter
        self.set_filter(flt.with_tags(flt.tags, flt.not_tags, any_tags))

    def clear_tag_filter(self) -> None:
        self.set_filter(self.model.filter.with_tags((), (), False))

    def request_tag_counts(self) -> None:
        if self.browser is None:
            return
        flt = self.model.filter if self.browser.counts_follow_list else None
        self._counts.request(lambda: customer_list.tag_counts(flt))

    def wait_for_counts(self) -> None:
        if self.browser is not None:
            self._counts.wait()

    def _tags_edited(self) -> None:
        self.set_filter(self.model.filter)  # drops tags that no longer exist
        self.tagsEdited.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        ids = [self.model.customer_id(r) for r in self.selected_rows()]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.customer_id(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_args) -> None:
        cid = self.current_id()
        try:
            customer = customers.get(cid) if cid is not None else None
        except GuanjiaError:
            customer = None
        selected = len(self.selected_rows())
        if selected > 1:
            self.detail.show_selection(selected, customer)
        else:
            self.detail.show_customer(customer)
        self._update_buttons()

    def _show_list_summary(self) -> None:
        """The detail panel's words for the list while no customer is selected."""
        known = self.browser.model.tag_infos() if self.browser is not None else {}
        names = {i: t.name for i, t in known.items()}
        self.detail.set_list(self.model.matching, self.model.total, self.model.filter, names)

    def _update_buttons(self) -> None:
        has = bool(self.selected_rows())
        for name in ("edit", "delete", "restore", "purge"):
            if name in self.buttons:
                self.buttons[name].setEnabled(has)
        if "empty_bin" in self.buttons:
            self.buttons["empty_bin"].setEnabled(self.model.total > 0)

    def _show_get_started(self) -> None:
        if self.get_started is None:
            return
        empty = self.model.total == 0
        self.get_started_box.setVisible(empty)
        self.splitter.setVisible(not empty)

    def _after_reset(self) -> None:
        self._show_sort_indicator()
        self._selection_changed()

    def refresh(self, keep_id: int | None = None, columns_changed: bool = False) -> None:
        keep = keep_id if keep_id is not None else self.current_id()
        self.model.refresh(columns_changed=columns_changed)
        self._set_delegates()
        if self.browser is not None:
            self.browser.reload()  # a customer edit may have created tags
        if columns_changed:
            self.restore_columns()
        self.request_tag_counts()
        if keep is not None:
            self.select_customer(keep)
        self._update_buttons()

    def _set_delegates(self) -> None:
        for i, col in enumerate(self.model.columns):
            delegate = self.chip_delegate if col.key == "tags" else None
            self.table.setItemDelegateForColumn(i, delegate)
