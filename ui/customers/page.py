"""The customers page (and the recycle bin): search box, windowed table, detail panel."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import customer_list, customers
from models.errors import GuanjiaError
from ui import labels
from ui.customers.detail_panel import CustomerDetailPanel
from ui.customers.edit_dialog import CustomerDialog
from ui.customers.table_model import CustomerTableModel
from ui.undo import AddCustomer, EditCustomer, MoveToBin, RestoreFromBin

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 180


class CustomersPage(QWidget):
    """One page type for the live list and the recycle bin (`in_bin`).

    Changes go through models/ and are pushed on the shared undo stack; every change
    ends in `dataChanged()`, which refreshes every page showing customers.
    """

    countsChanged = Signal(int, int)
    dataChanged = Signal()
    openCustomerRequested = Signal(int)  # a customer to show on the live page

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
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._apply_search)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        names = ("restore", "purge", "empty_bin") if in_bin else ("new", "edit", "delete")
        for name in names:
            button = QPushButton()
            button.setObjectName(f"button_{name}")
            button.clicked.connect(getattr(self, f"{name}_clicked"))
            self.buttons[name] = button
            bar.addWidget(button)

        self.table = QTableView()
        self.table.setObjectName("customer_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.verticalHeader().setDefaultSectionSize(26)
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
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_columns)

        self.detail = CustomerDetailPanel(in_bin=in_bin)
        self.detail.editRequested.connect(self.edit_clicked)
        self.detail.deleteRequested.connect(self.delete_clicked)
        self.detail.restoreRequested.connect(self.restore_clicked)
        self.detail.purgeRequested.connect(self.purge_clicked)

        self.splitter = QSplitter()
        self.splitter.setObjectName(f"{self.objectName()}_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.model.countsChanged.connect(self.countsChanged)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.restore_columns()
        self._show_sort_indicator()
        self._retranslate()

    # ------------------------------------------------------------ language

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
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

    # ------------------------------------------------------------ search, selection

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())

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
            self.detail.show_customer(customers.get(cid) if cid is not None else None)
        except GuanjiaError:
            self.detail.show_customer(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.selected_rows())
        for name in ("edit", "delete", "restore", "purge"):
            if name in self.buttons:
                self.buttons[name].setEnabled(has)
        if "empty_bin" in self.buttons:
            self.buttons["empty_bin"].setEnabled(self.model.total > 0)

    def _after_reset(self) -> None:
        self._show_sort_indicator()
        self._selection_changed()

    def refresh(self, keep_id: int | None = None, columns_changed: bool = False) -> None:
        keep = keep_id if keep_id is not None else self.current_id()
        self.model.refresh(columns_changed=columns_changed)
        if columns_changed:
            self.restore_columns()
        if keep is not None:
            self.select_customer(keep)
        self._update_buttons()

    # ------------------------------------------------------------ actions

    def _changed(self, ids=()) -> None:
        """After any change: refresh every page (the main window connects dataChanged)."""
        self.dataChanged.emit()
        if ids and not self.in_bin:
            self.select_customer(ids[0])

    def _show_error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot save"), labels.error_message(exc))

    def new_clicked(self) -> None:
        dialog = CustomerDialog(self)
        if dialog.exec() != CustomerDialog.Accepted:
            if dialog.open_existing_id is not None:
                self.openCustomerRequested.emit(dialog.open_existing_id)
            return
        try:
            cid = customers.create(dialog.values())
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        self._undo.push(AddCustomer(cid, self._changed))
        self._changed([cid])

    def edit_clicked(self) -> None:
        cid = self.current_id()
        if cid is None or self.in_bin:
            return
        try:
            before = customers.snapshot(cid)
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        dialog = CustomerDialog(self, customers.get(cid))
        if dialog.exec() != CustomerDialog.Accepted:
            if dialog.open_existing_id is not None:
                self.openCustomerRequested.emit(dialog.open_existing_id)
            return
        try:
            customers.update(cid, dialog.values())
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        self._undo.push(EditCustomer(before, self._changed))
        self._changed([cid])

    def delete_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or self.in_bin:
            return
        customers.move_to_bin(ids)
        self._undo.push(MoveToBin(ids, self._changed))
        self._changed()

    def restore_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.in_bin:
            return
        customers.restore_from_bin(ids)
        self._undo.push(RestoreFromBin(ids, self._changed))
        self._changed()

    def purge_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.in_bin:
            return
        text = self.tr("Delete %n customer(s) for good? This cannot be undone.", "", len(ids))
        if not self._confirm(text):
            return
        customers.purge(ids)
        self._undo.clear()  # earlier steps may refer to customers that no longer exist
        self._changed()

    def empty_bin_clicked(self) -> None:
        ids = customers.bin_ids()
        if not ids:
            return
        text = self.tr(
            "Empty the recycle bin: delete %n customer(s) for good? This cannot be undone.",
            "",
            len(ids),
        )
        if not self._confirm(text):
            return
        customers.purge(ids)
        self._undo.clear()
        self._changed()

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Delete for good"), text, parent=self)
        box.setObjectName("confirm_purge")
        box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        return box.exec() == QMessageBox.Yes

    def _double_clicked(self, _index) -> None:
        if self.in_bin:
            return
        self.edit_clicked()

    def _table_menu(self, pos) -> None:
        menu = QMenu(self)
        if self.in_bin:
            menu.addAction(self.tr("Restore"), self.restore_clicked)
            menu.addAction(self.tr("Delete for good"), self.purge_clicked)
        else:
            menu.addAction(self.tr("New customer"), self.new_clicked)
            menu.addAction(self.tr("Edit"), self.edit_clicked)
            menu.addAction(self.tr("Delete"), self.delete_clicked)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ sorting and columns

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        col = self.model.sort_column()
        order = Qt.DescendingOrder if self.model.sort_spec.descending else Qt.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(col, order)
        header.blockSignals(False)
        header.setSortIndicatorShown(col >= 0)

    def _settings_key(self) -> str:
        return f"columns/{self.objectName()}"

    def _header_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        for i in range(len(self.model.columns)):
            action = QAction(self.model.headerData(i, Qt.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, section: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(section, not visible)
        self.save_columns()

    def _save_columns_soon(self, *_args) -> None:
        self._save_timer.start()

    def save_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = {
            "order": [
                self.model.columns[header.logicalIndex(v)].key for v in range(header.count())
            ],
            "hidden": [
                c.key for i, c in enumerate(self.model.columns) if header.isSectionHidden(i)
            ],
            "widths": {c.key: header.sectionSize(i) for i, c in enumerate(self.model.columns)},
            "sort": [self.model.sort_spec.key, self.model.sort_spec.descending],
        }
        self._settings.setValue(self._settings_key(), json.dumps(state))

    def restore_columns(self) -> None:
        raw = self._settings.value(self._settings_key(), "")
        try:
            state = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            state = {}
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.model.columns]
        hidden = set(state.get("hidden", customer_list.DEFAULT_HIDDEN))
        widths = state.get("widths", {})
        for i, key in enumerate(keys):
            header.setSectionHidden(i, key in hidden)
            header.resizeSection(
                i, int(widths.get(key, 150 if key in ("company", "notes", "address") else 110))
            )
        order = [k for k in state.get("order", []) if k in keys]
        order += [k for k in keys if k not in order]
        for visual, key in enumerate(order):
            current = header.visualIndex(keys.index(key))
            if current != visual:
                header.moveSection(current, visual)
        sort = state.get("sort")
        if sort and (sort[0] in keys or sort[0] == "id"):
            self.model.set_sort(customer_list.Sort(sort[0], bool(sort[1])))

    def reset_columns(self) -> None:
        self._settings.remove(self._settings_key())
        header = self.table.horizontalHeader()
        for i in range(header.count()):
            if header.visualIndex(i) != i:
                header.moveSection(header.visualIndex(i), i)
        self.restore_columns()
        self.save_columns()
