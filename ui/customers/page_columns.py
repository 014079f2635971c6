"""The customer list's columns (a mixin of CustomersPage): which are shown and in what
order, their widths and the sort, kept in the settings per page; the header's menu to
show, hide and reset them. Texts translate in the page's context (CustomersPage, named
outright: a mixin's self.tr would be read under another)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from models.customers import customer_list
from ui.customers.table_model import LEVEL

DEFAULT_WIDTHS = {"company": 150, "notes": 150, "address": 150, "tags": 200}


class CustomerColumns:
    """Mixed into CustomersPage (which provides model, table, column_fit, _settings and
    _save_timer)."""

    def visible_columns(self) -> list[str]:
        """Keys of the shown columns in the order the user arranged them."""
        header = self.table.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(self.model.columns[logical].key)
        return keys

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
        menu.addAction(
            QCoreApplication.translate("CustomersPage", "Reset columns"), self.reset_columns
        )
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, section: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(section, not visible)
        self.column_fit.fit()
        self.save_columns()

    def _save_columns_soon(self, *_args) -> None:
        self._save_timer.start()

    def _text_room(self, text: str) -> int:
        """A column's width for `text` in the table's font as styled now (the application
        style sheet sets it after construction), with the cell's padding."""
        return self.table.fontMetrics().horizontalAdvance(text) + 20

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
        # The member level too: with it the first columns do not fit at 1280x720.
        hidden = set(state.get("hidden", customer_list.DEFAULT_HIDDEN | {LEVEL}))
        widths = state.get("widths", {})
        for i, key in enumerate(keys):
            header.setSectionHidden(i, key in hidden)
            header.resizeSection(i, int(widths.get(key, DEFAULT_WIDTHS.get(key, 110))))
        order = [k for k in state.get("order", []) if k in keys]
        order += [k for k in keys if k not in order]
        for visual, key in enumerate(order):
            current = header.visualIndex(keys.index(key))
            if current != visual:
                header.moveSection(current, visual)
        sort = state.get("sort")
        if sort and (sort[0] in keys or sort[0] == "id"):
            self.model.set_sort(customer_list.Sort(sort[0], bool(sort[1])))
        self.column_fit.fit()

    def reset_columns(self) -> None:
        self._settings.remove(self._settings_key())
        self.column_fit.active = True  # fitted to the width again
        header = self.table.horizontalHeader()
        for i in range(header.count()):
            if header.visualIndex(i) != i:
                header.moveSection(header.visualIndex(i), i)
        self.restore_columns()
        self.save_columns()
