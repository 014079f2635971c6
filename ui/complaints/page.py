"""The complaints page (投诉管理): filters, the list in priority order with its SLA
countdowns, the selected complaint with its steps and history, and the metrics. Just
over 500 lines: the filters, the list and the detail are one screen's wiring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.complaints import complaint_images, complaint_list, complaints, vocabulary
from models.complaints.complaint_sla import SEVERITIES
from models.errors import Cancelled, GuanjiaError
from models.excel.complaint_export import KEYS, export_complaints
from ui import file_dialogs, formatting, icons, labels, messages
from ui.column_fit import fit_columns
from ui.complaints import labels as cl
from ui.complaints.deadline_dialog import DeadlineDialog
from ui.complaints.detail import ComplaintDetail
from ui.complaints.dialogs import (
    ComplaintDialog,
    SlaSettingsDialog,
    StepDialog,
)
from ui.complaints.faq_dialogs import FaqDialog, FaqEntryDialog
from ui.complaints.metrics_view import MetricsView, py_date
from ui.complaints.table_model import COLUMNS, ComplaintTableModel
from ui.complaints.undo import ComplaintChange, SettingsChange
from ui.empty_state import EmptyState
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import run_with_progress
from ui.text import fill

STATUS_FILTERS = ("open", "", *vocabulary.STATUSES)  # "" all
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


class ComplaintsPage(Restyling, Retranslating, QWidget):
    openCustomerRequested = Signal(int)
    dataChanged = Signal()  # complaints (and maybe follow-ups) were written

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("ComplaintsPage")
        self._undo = undo_stack  # the window's: each write is one undo step
        self.model = ComplaintTableModel(self)
        self._loaded = False
        self.customer_id: int | None = None  # "this customer's complaints"

        self.button_new = QPushButton()
        self.button_new.setObjectName("complaint_new")
        self.button_new.clicked.connect(lambda: self.new_complaint())
        self.search = QLineEdit()
        self.search.setObjectName("complaint_search")
        self.search.setClearButtonEnabled(True)
        self.search_icon = self.search.addAction(icons.icon("search"), QLineEdit.LeadingPosition)
        self.status = QComboBox()
        self.status.setObjectName("filter_status")
        self.overdue = QCheckBox()
        self.overdue.setObjectName("filter_overdue")
        self.severity = QComboBox()
        self.severity.setObjectName("filter_severity")
        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.owner = QComboBox()
        self.owner.setObjectName("filter_owner")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for w, name in ((self.date_from, "filter_from"), (self.date_to, "filter_to")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(NO_DATE)
            w.setDate(NO_DATE)
        self.customer_chip = QPushButton()
        self.customer_chip.setObjectName("filter_customer")
        self.customer_chip.clicked.connect(lambda: self.show_customer(None))
        self.customer_chip.hide()
        self.button_faq = QPushButton()
        self.button_faq.setObjectName("complaint_faq")
        self.button_faq.clicked.connect(lambda: self.show_faq())
        self.button_export = QPushButton()
        self.button_export.setObjectName("complaint_export")
        self.button_export.clicked.connect(lambda: self.export())
        self.button_settings = QPushButton()
        self.button_settings.setObjectName("complaint_settings")
        self.button_settings.clicked.connect(lambda: self.edit_settings())

        bar = QHBoxLayout()  # what to do, and the search
        bar.addWidget(self.button_new)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.button_faq)
        bar.addWidget(self.button_export)
        bar.addWidget(self.button_settings)
        filters = QHBoxLayout()  # which complaints
        for w in (self.status, self.overdue, self.severity, self.category, self.owner):
            filters.addWidget(w)
        self.label_dates = QLabel()
        filters.addWidget(self.label_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.customer_chip)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("complaint_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for key, width in (("id", 50), ("flags", 36), ("customer", 110), ("category", 100),
                           ("severity", 60), ("status", 80), ("received", 130), ("sla", 210),
                           ("owner", 80)):  # fmt: skip
            self.table.setColumnWidth(COLUMNS.index(key), width)
        header.setSectionResizeMode(COLUMNS.index("flags"), QHeaderView.Fixed)
        when = self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 14
        self.column_fit = fit_columns(  # the countdown read whole, the description gives way
            self.table, {"received": when, "flags": 36}, keys=lambda s: COLUMNS[s],
            give_way=("description", "customer", "category", "owner"))  # fmt: skip
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.edit_complaint())
        self.empty = EmptyState(self.table, "empty_complaints")
        self.detail = ComplaintDetail()
        self.detail.stepRequested.connect(self.take_step)
        self.detail.editRequested.connect(lambda: self.edit_complaint())
        self.detail.faqRequested.connect(lambda: self.add_to_faq())
        self.detail.customerRequested.connect(self.openCustomerRequested)
        self.detail.deleteRequested.connect(lambda: self.delete_current())
        self.detail.deadlineRequested.connect(lambda: self.set_deadline())
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 420])
        self.count_label = QLabel()
        self.count_label.setObjectName("complaint_count")
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.splitter, 1)
        list_layout.addWidget(self.count_label)
        self.metrics = MetricsView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaint_tabs")
        self.tabs.addTab(list_tab, "")
        self.tabs.addTab(self.metrics, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status, self.severity, self.category, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _c: self.reload())
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda _d: self.reload())
        self.clock_timer = QTimer(self, interval=60_000)  # the countdowns move each minute
        self.clock_timer.timeout.connect(self._tick)
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ text

    def restyle(self) -> None:
        """The buttons' icons, in the current palette's colours."""
        self.button_new.setIcon(icons.icon("new_complaint"))
        self.button_faq.setIcon(icons.icon("faq"))
        self.button_export.setIcon(icons.icon("excel"))
        self.button_settings.setIcon(icons.icon("complaint_settings"))
        self.search_icon.setIcon(icons.icon("search"))

    def retranslate(self) -> None:
        self.button_new.setText(self.tr("New complaint…"))
        self.search.setPlaceholderText(
            self.tr("Search description, customer, mobile, solution or #number")
        )
        self.overdue.setText(self.tr("Overdue only"))
        self.label_dates.setText(self.tr("Received"))
        for w in (self.date_from, self.date_to):
            w.setSpecialValueText(self.tr("any"))
        self.button_faq.setText(self.tr("FAQ…"))
        self.button_settings.setText(self.tr("Settings…"))
        self.button_export.setText(self.tr("Export…"))
        self.empty.set_text(
            self.tr("No complaints to show"), self.tr("Other filters above show other complaints.")
        )
        self.tabs.setTabText(0, self.tr("Complaints"))
        self.tabs.setTabText(1, self.tr("Metrics"))
        self._fill_filters()
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    def show_filtered(self, spec: dict) -> None:
        """Show the complaints a dashboard chart stands for: {"status": s},
        {"category": c} or {"overdue": True}; every other filter is cleared."""
        self.show_customer(None)
        for box in (self.status, self.severity, self.category, self.owner):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        if "status" in spec:
            self.status.setCurrentIndex(max(0, self.status.findData(spec["status"])))
        if "category" in spec:
            index = self.category.findData(spec["category"])
            if index < 0:
                self.category.addItem(spec["category"], spec["category"])
                index = self.category.count() - 1
            self.category.setCurrentIndex(index)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(bool(spec.get("overdue")))
        self.overdue.blockSignals(False)
        self.reload()

    def _fill_filters(self) -> None:
        """(Re)fill the choice filters, keeping what is chosen."""

        def fill_box(box, items, everything):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)

        statuses = [(cl.status_label(s), s) for s in STATUS_FILTERS if s]
        fill_box(self.status, statuses, self.tr("All statuses"))
        if not self._loaded and self.status.currentData() is None:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData("open"))
            self.status.blockSignals(False)
        fill_box(
            self.severity,
            [(cl.severity_label(s), s) for s in SEVERITIES],
            self.tr("All severities"),
        )
        fill_box(
            self.category,
            [(cl.category_label(c), c) for c in vocabulary.categories()],
            self.tr("All categories"),
        )
        fill_box(self.owner, [(o, o) for o in complaint_list.owners()], self.tr("All owners"))

    # ------------------------------------------------------------ loading

    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded:
            self.reload()
        self.clock_timer.start()

    def hideEvent(self, event):
        self.clock_timer.stop()
        super().hideEvent(event)

    def complaint_filter(self) -> complaint_list.ComplaintFilter:
        def date_of(edit):
            return None if edit.date() == NO_DATE else py_date(edit.date())

        return complaint_list.where(
            status=self.status.currentData(),
            overdue=self.overdue.isChecked(),
            owner=self.owner.currentData(),
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            received_from=date_of(self.date_from),
            received_to=date_of(self.date_to),
            customer_id=self.customer_id,
            search=self.search.text(),
        )

    def reload(self, keep: int | None = None) -> None:
        """Read the list again, keeping the shown complaint (or `keep`) shown: selected
        if it is still in the list, else beside it (a step may move it out of the
        filter, and the next step or the FAQ entry is usually made right after)."""
        self._search_timer.stop()
        current = self.current()
        keep = keep if keep is not None else (current["id"] if current else None)
        self._loaded = True
        self.model.set_filter(self.complaint_filter())
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._show_current()
        elif keep is not None and (kept := self._fetch(keep)) is not None:
            self.table.setCurrentIndex(QModelIndex())
            self.detail.show_complaint(kept)
        elif self.model.rows:
            self.table.selectRow(0)
            self._show_current()
        else:
            self.detail.show_complaint(None)
        self._update_count()

    def _fetch(self, complaint_id: int) -> dict | None:
        """The complaint as shown now, or None once it is gone (deleted elsewhere)."""
        try:
            return complaint_list.get(complaint_id, now=self.model.now)
        except GuanjiaError:
            return None

    def refresh(self) -> None:
        """Data changed elsewhere: reload if shown, else when next shown."""
        self._fill_filters()
        if self.isVisible():
            self.reload()
            if self.tabs.currentIndex() == 1:
                self.metrics.refresh()
        else:
            self._loaded = False

    def _tick(self) -> None:
        self.model.tick()
        shown = self.current()
        if shown is not None:
            self.detail.show_complaint(self._fetch(shown["id"]))

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.metrics.refresh()

    def _update_count(self) -> None:
        shown = self.model.total
        self.count_label.setText(self.tr("%n complaints", "", shown))

    def current(self) -> dict | None:
        """The complaint shown beside the list: what the actions act on."""
        return self.detail.row

    def _show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        row = self.model.row_data(index.row()) if index.isValid() else None
        self.detail.show_complaint(self._fetch(row["id"]) if row is not None else None)

    def select_complaint(self, complaint_id: int) -> bool:
        row = self.model.row_of(complaint_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only this customer's complaints (all statuses), or everyone's again."""
        self.customer_id = customer_id
        self.customer_chip.setVisible(customer_id is not None)
        self.customer_chip.setText(f"{name} ✕")
        if customer_id is not None:
            self.status.setCurrentIndex(0)  # all statuses
        self.reload()

    # ------------------------------------------------------------ actions

    def _changed(self, keep: int | None = None) -> None:
        self._fill_filters()
        self.reload(keep)
        self.dataChanged.emit()

    def _error(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Complaints"), messages.error_message(exc), parent=self
        )
        box.setObjectName("complaint_error")
        box.exec()

    def push(self, command) -> None:
        """An undo step onto the window's stack (a change that changed nothing is not)."""
        if self._undo is not None and not command.empty():
            self._undo.push(command)

    def _pushed(self, text: str, before: dict) -> None:
        keep = before["id"]
        self.push(ComplaintChange(text, before, lambda _ids: self._changed(keep)))

    def new_complaint(self, customer_id: int | None = None) -> ComplaintDialog:
        dialog = ComplaintDialog(self, customer_id or self.customer_id)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: ComplaintDialog) -> None:
        keep = dialog.complaint_id
        self.push(ComplaintChange(self.tr("New complaint"), dialog.before,
                                  lambda _ids: self._changed(keep), dialog.made_customer))  # fmt: skip
        # A new complaint is "new": make sure the list shows it.
        if self.status.currentData() not in (None, "open", "new"):
            self.status.setCurrentIndex(self.status.findData("open"))
        self._changed(dialog.complaint_id)

    def edit_complaint(self) -> ComplaintDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = ComplaintDialog(self, row=complaint_list.get(row["id"]))
        dialog.accepted.connect(lambda: self._edited(self.tr("Edit complaint"), dialog.before))
        dialog.open()
        return dialog

    def _edited(self, text: str, before: dict) -> None:
        self._pushed(text, before)
        self._changed(before["id"])

    def take_step(self, action: str, row: dict | None = None) -> StepDialog | None:
        row = row or self.current()
        if row is None:
            return None
        dialog = StepDialog(self, complaint_list.get(row["id"]), action)
        text = fill(self.tr("%1: complaint #%2"), cl.action_label(action), str(row["id"]))
        dialog.accepted.connect(lambda: self._edited(text, dialog.before))
        dialog.open()
        return dialog

    def set_deadline(self, row: dict | None = None) -> DeadlineDialog | None:
        row = row or self.current()
        if row is None:
            return None
        dialog = DeadlineDialog(self, complaint_list.get(row["id"]))
        dialog.accepted.connect(lambda: self._changed(row["id"]))
        dialog.open()
        return dialog

    def add_to_faq(self) -> FaqEntryDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = FaqEntryDialog(self, complaint=complaint_list.get(row["id"]))
        dialog.open()
        return dialog

    def show_faq(self) -> FaqDialog:
        dialog = FaqDialog(self)
        dialog.open()
        return dialog

    def edit_settings(self) -> SlaSettingsDialog:
        dialog = SlaSettingsDialog(self, self.push, lambda _ids: self._changed())
        dialog.accepted.connect(lambda: self._settings_saved(dialog.before))
        dialog.finished.connect(lambda _r: self._fill_filters())  # categories may change
        dialog.open()
        return dialog

    def _settings_saved(self, before: dict) -> None:
        self.push(SettingsChange(self.tr("Complaint settings"), before, lambda _i: self._changed()))
        self._changed()

    def export(self, path: str | None = None) -> int | None:
        """The list as filtered, every row, to .xlsx or .csv (in a worker, cancellable)."""

        if path is None:
            path, _ = file_dialogs.get_save_file_name("export",
                self, self.tr("Export complaints"), self.tr("Complaints") + ".xlsx",
                "*.xlsx *.csv",
            )  # fmt: skip
            if not path:
                return None
        titles = {k: export_title(k) for k in KEYS}
        titles["_sheet"] = self.tr("Complaints")
        flt = self.complaint_filter()
        try:
            return run_with_progress(
                self, self.tr("Exporting…"),
                lambda progress, cancel: export_complaints(
                    path, flt, export_cell, titles, progress=progress, cancel=cancel
                ),
            )  # fmt: skip
        except Cancelled:
            return None
        except (GuanjiaError, OSError) as exc:
            self._error(exc)
            return None

    def delete_current(self, confirm: bool = True) -> bool:
        row = self.current()
        if row is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete complaint"),
                fill(
                    self.tr("Delete complaint #%1 and its history?"),
                    str(row["id"]),
                ),
            )
            if answer != QMessageBox.Yes:
                return False
        before = complaint_images.image(row["id"])
        try:
            complaints.delete(row["id"])
        except GuanjiaError as exc:
            self._error(exc)
            return False
        text = fill(self.tr("Delete complaint #%1"), str(row["id"]))
        self.push(ComplaintChange(text, before, lambda _ids: self._changed(before["id"])))
        self._changed()
        return True


def export_title(key: str) -> str:
    names = {
        "id": QCoreApplication.translate("ComplaintTable", "No."),
        "received_at": QCoreApplication.translate("ComplaintTable", "Received"),
        "customer": QCoreApplication.translate("ComplaintTable", "Customer"),
        "category": QCoreApplication.translate("ComplaintTable", "Category"),
        "severity": QCoreApplication.translate("ComplaintTable", "Severity"),
        "channel": QCoreApplication.translate("ComplaintDetail", "Channel"),
        "status": QCoreApplication.translate("ComplaintTable", "Status"),
        "owner": QCoreApplication.translate("ComplaintTable", "Owner"),
        "description": QCoreApplication.translate("ComplaintTable", "Description"),
        "response_due": QCoreApplication.translate("ComplaintDetail", "Respond by"),
        "responded_at": QCoreApplication.translate("ComplaintsPage", "Responded at"),
        "resolve_due": QCoreApplication.translate("ComplaintDetail", "Resolve by"),
        "resolved_at": QCoreApplication.translate("ComplaintsPage", "Resolved at"),
        "overdue": QCoreApplication.translate("ComplaintsPage", "Overdue"),
        "root_cause": QCoreApplication.translate("ComplaintDetail", "Root cause"),
        "solution": QCoreApplication.translate("ComplaintDetail", "Solution"),
        "satisfaction": QCoreApplication.translate("ComplaintDetail", "Satisfaction"),
        "visit_comment": QCoreApplication.translate("StepDialog", "Customer's comment"),
    }
    if key == "mobile":
        return labels.field_label("mobile")
    return names[key]


def export_cell(row: dict, key: str):
    if key == "customer":
        return row["customer_name"]
    if key == "mobile":
        return row["customer_mobile"]
    if key == "category":
        return cl.category_label(row["category"])
    if key == "severity":
        return cl.severity_label(row["severity"])
    if key == "channel":
        return cl.channel_label(row["channel"])
    if key == "status":
        return cl.status_label(row["status"])
    if key == "overdue":
        return QCoreApplication.translate("ComplaintsPage", "Yes") if row["overdue"] else ""
    return row[key]
