"""The import wizard: file and layout, column mapping, preview with options, result.

It imports customers (models/importer.py) or purchases (models/purchase_import.py);
the CLI uses the same calls. The file is read and written in worker threads; the
preview of the first rows is quick, and the counts of the whole file follow from a
background check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from models.customers.custom_fields import list_fields
from models.customers.record import TEXT_FIELDS
from models.errors import Cancelled, GuanjiaError, ValidationError
from models.excel import import_history, import_mapping, importer, purchase_import
from models.excel.import_report import write_error_report
from ui import style
from ui.labels import field_label, money_text, payment_label, value_text
from ui.messages import column_warning_text, error_message, problem_text, warning_text
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill

PREVIEW_ROWS = 200
RAW_ROWS = 30
FILE_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt *.tsv"
ERROR_BG = QColor(style.IMPORT_ERROR_BACKGROUND)
WARNING_BG = QColor(style.IMPORT_WARNING_BACKGROUND)  # a value kept in the notes
DUPLICATE_FG = QColor(style.SKIPPED_ROW)


def choose_file(parent, purchases: bool = False) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Import purchases")
        if purchases
        else QCoreApplication.translate("ImportWizard", "Import customers"),
        "",
        QCoreApplication.translate("ImportWizard", "Spreadsheets") + f" ({FILE_FILTER})",
    )
    return path or None


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def purchase_outcome(row: importer.RowPlan, order: purchase_import.Order | None) -> str:
    """What the import does with a purchase row (its order decides)."""
    if row.action == importer.ERROR:
        return "; ".join(problem_text(p) for p in row.problems)
    if row.action == importer.DUPLICATE:
        return QCoreApplication.translate("ImportWizard", "Already recorded")
    if order is not None and order.customer is not None:
        return fill(
            QCoreApplication.translate("ImportWizard", "New · customer #%1"), str(order.customer)
        )
    return QCoreApplication.translate("ImportWizard", "New · new customer")


def purchase_value(values: dict, field: str) -> str:
    """A clean purchase-import value as the user reads it."""
    value = values.get(field)
    if value is None:
        return ""
    if field == "amount":
        return money_text(value)
    if field == "unit_price":
        return money_text(round(value * 100))
    if field == "at":
        return value.strftime("%Y-%m-%d %H:%M")
    if field == "payment":
        return payment_label(value)
    if field == "quantity":
        return f"{value:g}"
    return str(value)


class FilePage(Retranslating, QWizardPage):
    """The file, its sheet, header row and (for CSV) encoding and delimiter."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet_combo")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("header_spin")
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding_combo")
        self.delimiter_combo = QComboBox()
        self.error_label = QLabel()
        self.error_label.setObjectName("file_error")
        self.error_label.setWordWrap(True)
        style.error_text(self.error_label)
        self.raw = QTableWidget()
        self.raw.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.raw.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self.form_labels,
            (self.sheet_combo, self.header_spin, self.encoding_combo, self.delimiter_combo),
            strict=True,
        ):
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.raw, 1)
        self.sheet_combo.activated.connect(lambda _i: self.reload())
        self.encoding_combo.activated.connect(lambda _i: self.reload())
        self.delimiter_combo.activated.connect(lambda _i: self.reload())
        self.header_spin.valueChanged.connect(self._header_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Excel (.xlsx, .xls), WPS and LibreOffice (.ods) workbooks and CSV text files.",
            )
        )
        self.choose_button.setText(QCoreApplication.translate("ImportWizard", "Choose file…"))
        labels = (
            QCoreApplication.translate("ImportWizard", "Sheet"),
            QCoreApplication.translate("ImportWizard", "Header row"),
            QCoreApplication.translate("ImportWizard", "Text encoding"),
            QCoreApplication.translate("ImportWizard", "Delimiter"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.header_spin.setSpecialValueText(
            QCoreApplication.translate("ImportWizard", "No header row")
        )
        self.encoding_combo.clear()
        for text, code in (
            (QCoreApplication.translate("ImportWizard", "Detect automatically"), None),
            ("UTF-8", "utf-8"),
            (
                QCoreApplication.translate("ImportWizard", "Chinese Simplified (GBK/GB18030)"),
                "gb18030",
            ),
            (QCoreApplication.translate("ImportWizard", "Chinese Traditional (Big5)"), "big5"),
            ("UTF-16", "utf-16"),
        ):
            self.encoding_combo.addItem(text, code)
        self.delimiter_combo.clear()
        for text, code in (
            (QCoreApplication.translate("ImportWizard", "Detect automatically"), None),
            (QCoreApplication.translate("ImportWizard", "Comma ,"), ","),
            (QCoreApplication.translate("ImportWizard", "Tab"), "\t"),
            (QCoreApplication.translate("ImportWizard", "Semicolon ;"), ";"),
        ):
            self.delimiter_combo.addItem(text, code)
        self._show_path()

    def _show_path(self) -> None:
        self.path_label.setText(
            self.w.path or QCoreApplication.translate("ImportWizard", "No file chosen.")
        )

    def _choose(self) -> None:
        path = choose_file(self, self.w.purchases)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        self.w.path = path
        self.w.sheet = None
        self.sheet_combo.clear()
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self._show_path()
        self.reload(detect_header=True)

    def reload(self, detect_header: bool = False) -> None:
        if not self.w.path:
            return
        options = importer.Options(
            sheet=self.sheet_combo.currentText() or None,
            header_row=None if detect_header else self.header_spin.value() - 1,
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
        )
        self.error_label.clear()
        try:
            sheet = run_with_progress(
                self,
                QCoreApplication.translate("ImportWizard", "Reading the file…"),
                lambda _p, _c: importer.load(self.w.path, options),
                cancellable=False,
            )
        except (GuanjiaError, OSError) as exc:
            self.w.sheet = None
            self.error_label.setText(error_message(exc))
            self.raw.clear()
            self.raw.setRowCount(0)
            self.completeChanged.emit()
            return
        self.w.sheet = sheet
        book = sheet.workbook
        self.sheet_combo.blockSignals(True)
        if self.sheet_combo.count() != len(book.sheets):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(book.sheets)
        self.sheet_combo.setCurrentText(sheet.name)
        self.sheet_combo.blockSignals(False)
        is_csv = book.kind == "csv"
        for widget in (self.encoding_combo, self.delimiter_combo):
            widget.setEnabled(is_csv)
        if is_csv:
            self._select_data(self.encoding_combo, book.encoding)
            self._select_data(self.delimiter_combo, book.delimiter)
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(0, max(1, min(len(sheet.rows), 1000)))
        self.header_spin.setValue(sheet.header_row + 1)
        self.header_spin.blockSignals(False)
        self._fill_raw()
        self.completeChanged.emit()

    @staticmethod
    def _select_data(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index < 0 and data:
            combo.addItem(str(data), data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _header_changed(self, value: int) -> None:
        if self.w.sheet is None:
            return
        try:
            self.w.sheet = importer.with_header_row(self.w.sheet, value - 1)
        except GuanjiaError as exc:
            self.error_label.setText(error_message(exc))
            return
        self._fill_raw()

    def _fill_raw(self) -> None:
        sheet = self.w.sheet
        rows = sheet.rows[:RAW_ROWS]
        width = min(sheet.width, 60)
        self.raw.clear()
        self.raw.setRowCount(len(rows))
        self.raw.setColumnCount(width)
        self.raw.setHorizontalHeaderLabels([import_mapping.column_letter(i) for i in range(width)])
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c in range(min(width, len(row))):
                item = QTableWidgetItem(_cell_text(row[c]))
                if r == sheet.header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor(style.HEADER_ROW_BACKGROUND)))
                elif r < sheet.header_row:
                    item.setForeground(QBrush(DUPLICATE_FG))
                self.raw.setItem(r, c, item)
        self.raw.resizeColumnsToContents()
        for col in range(width):
            self.raw.setColumnWidth(col, min(self.raw.columnWidth(col), 220))

    def isComplete(self) -> bool:
        return self.w.sheet is not None


class MappingPage(Retranslating, QWizardPage):
    """Which field each column goes to; proposed, changeable, remembered."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mapping_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.warning = QLabel()
        self.warning.setObjectName("mapping_warning")
        self.warning.setWordWrap(True)
        style.error_text(self.warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self.combos: list[QComboBox] = []
        self._for: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Match the columns to fields"))
        self.setSubTitle(
            QCoreApplication.translate("ImportWizard", "Guanjia proposed a field for each column from its title and values. "
               "Change any of them; columns set to “Don't import” are left out.")
        )  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Examples"),
                QCoreApplication.translate("ImportWizard", "Field"),
            ]
        )

    def targets(self) -> list[tuple[str, str]]:
        items = [("", QCoreApplication.translate("ImportWizard", "— Don't import —"))]
        if self.w.purchases:
            return items + [(t, field_label(t)) for t in purchase_import.TARGETS]
        items += [(f, field_label(f)) for f in TEXT_FIELDS]
        items.append(("tags", field_label("tags")))
        items += [(f.key, f.name) for f in list_fields()]
        return items

    def initializePage(self) -> None:
        sheet = self.w.sheet
        key = (id(sheet.rows), sheet.header_row, sheet.name)
        if self._for == key and self.combos:
            return
        self._for = key
        mapping = self.w.engine.proposed_mapping(sheet)
        samples = [cells for _line, cells in zip(range(50), sheet.data(), strict=False)]
        targets = self.targets()
        self.table.setRowCount(sheet.width)
        self.combos = []
        for col, header in enumerate(sheet.headers):
            self.table.setItem(col, 0, QTableWidgetItem(header))
            values = [_cell_text(row[1][col]) for row in samples if col < len(row[1])]
            examples = " | ".join(v for v in values if v.strip())[:120]
            self.table.setItem(col, 1, QTableWidgetItem(examples))
            combo = QComboBox()
            for target, label in targets:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping[col])))
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(col, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 180)
        self._check()

    def mapping(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def set_target(self, column: int, target: str) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(target))

    def _twice(self) -> set[str]:
        """Fields that two columns claim (for customers, name, notes, address and tags
        may; for purchases, none)."""
        mapping = self.mapping()
        multi = () if self.w.purchases else import_mapping.MULTI
        return {t for t in mapping if t and t not in multi and mapping.count(t) > 1}

    def _check(self) -> None:
        mapping = self.mapping()
        twice = self._twice()
        if self.w.purchases and not twice and any(mapping):
            try:
                purchase_import.check_mapping(mapping)
            except ValidationError as exc:  # no amount or no customer column
                self.warning.setText(error_message(exc))
            else:
                self.warning.clear()
        elif twice:
            names = "、".join(field_label(t) for t in sorted(twice))
            self.warning.setText(error_message("mapping_twice") + f" ({names})")
        elif not any(mapping):
            self.warning.setText(
                QCoreApplication.translate(
                    "ImportWizard", "No column is mapped: choose a field for at least one."
                )
            )
        elif "name" not in mapping:
            self.warning.setText(
                QCoreApplication.translate(
                    "ImportWizard",
                    "No column goes to Name: new customers cannot be created, only updated.",
                )
            )
        else:
            self.warning.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.mapping()
        if not self.combos or not any(mapping) or self._twice():
            return False
        if self.w.purchases:
            try:
                purchase_import.check_mapping(mapping)
            except ValidationError:
                return False
        return True


class PreviewPage(Retranslating, QWizardPage):
    """Options, the cleaned first rows with every problem marked, and the counts."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.keys = {k: QCheckBox() for k in importer.MATCH_KEYS}
        for key, box in self.keys.items():
            box.setChecked(True)
            box.setObjectName(f"match_{key}")
            box.toggled.connect(self.refresh)
        self.modes = {m: QRadioButton() for m in importer.DUPLICATE_MODES}
        self.errors = {m: QRadioButton() for m in importer.ERROR_MODES}
        self.mode_group, self.error_group = QButtonGroup(self), QButtonGroup(self)
        for group, buttons, prefix in (
            (self.mode_group, self.modes, "duplicate"),
            (self.error_group, self.errors, "errors"),
        ):
            for name, button in buttons.items():
                button.setObjectName(f"{prefix}_{name}")
                group.addButton(button)
                button.toggled.connect(lambda on: on and self.refresh())
        self.unknown = {m: QRadioButton() for m in purchase_import.UNKNOWN_MODES}
        self.unknown_group = QButtonGroup(self)
        for name, button in self.unknown.items():
            button.setObjectName(f"unknown_{name}")
            self.unknown_group.addButton(button)
            button.toggled.connect(lambda on: on and self.refresh())
        self.modes["skip"].setChecked(True)
        self.errors["skip"].setChecked(True)
        self.unknown["create"].setChecked(True)
        self.keys_box, self.mode_box, self.error_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.unknown_box = QGroupBox()
        for box, widgets in (
            (self.keys_box, self.keys.values()),
            (self.mode_box, self.modes.values()),
            (self.unknown_box, self.unknown.values()),
            (self.error_box, self.errors.values()),
        ):
            inner = QVBoxLayout(box)
            for widget in widgets:
                inner.addWidget(widget)
        options = QHBoxLayout()
        shown = (
            (self.unknown_box, self.error_box)
            if wizard.purchases
            else (self.keys_box, self.mode_box, self.error_box)
        )
        for box in shown:
            options.addWidget(box)
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("preview_table")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.checker = BackgroundReader(self)
        self.checker.ready.connect(self._full_plan_ready)
        self.checker.failed.connect(self._full_plan_failed)
        self.full_plan: importer.Plan | None = None
        self._ready = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Check before importing"))
        self.setSubTitle(
            QCoreApplication.translate("ImportWizard", "Nothing is written until you click Import.")
        )
        self.keys_box.setTitle(
            QCoreApplication.translate(
                "ImportWizard", "A row is the same customer when it has the same"
            )
        )
        for key, box in self.keys.items():
            box.setText(field_label(key))
        self.mode_box.setTitle(
            QCoreApplication.translate("ImportWizard", "When a row matches an existing customer")
        )
        self.modes["skip"].setText(
            QCoreApplication.translate("ImportWizard", "Skip it (list it in the report)")
        )
        self.modes["update"].setText(
            QCoreApplication.translate("ImportWizard", "Update the customer (filled cells only)")
        )
        self.modes["create"].setText(
            QCoreApplication.translate("ImportWizard", "Create a new customer anyway")
        )
        self.error_box.setTitle(QCoreApplication.translate("ImportWizard", "Rows with errors"))
        self.errors["skip"].setText(
            QCoreApplication.translate("ImportWizard", "Skip them and list them")
        )
        self.errors["stop"].setText(
            QCoreApplication.translate("ImportWizard", "Stop: import nothing")
        )
        self.unknown_box.setTitle(
            QCoreApplication.translate("ImportWizard", "A customer not yet in Guanjia")
        )
        self.unknown["create"].setText(
            QCoreApplication.translate(
                "ImportWizard", "Create the customer (from the number or name)"
            )
        )
        self.unknown["error"].setText(
            QCoreApplication.translate("ImportWizard", "List the row as an error")
        )

    def options(self) -> importer.Options | purchase_import.Options:
        mode = next(m for m, b in self.modes.items() if b.isChecked())
        on_error = next(m for m, b in self.errors.items() if b.isChecked())
        if self.w.purchases:
            return purchase_import.Options(
                sheet=self.w.sheet.name,
                header_row=self.w.sheet.header_row,
                mapping=self.w.mapping_page.mapping(),
                unknown_customers=next(m for m, b in self.unknown.items() if b.isChecked()),
                on_error=on_error,
            )
        return importer.Options(
            sheet=self.w.sheet.name,
            header_row=self.w.sheet.header_row,
            mapping=self.w.mapping_page.mapping(),
            match_keys=tuple(k for k, box in self.keys.items() if box.isChecked()),
            on_duplicate=mode,
            on_error=on_error,
        )

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.w.sheet is None or not self.w.mapping_page.combos:
            return
        options = self.options()
        sheet = self.w.sheet
        engine = self.w.engine
        try:
            quick = engine.plan(sheet, options, limit=PREVIEW_ROWS)
        except GuanjiaError as exc:  # a mapping the engine refuses
            self.full_plan, self._ready = None, False
            self.summary.setText(error_message(exc))
            self.completeChanged.emit()
            return
        self._fill(quick)
        self.full_plan, self._ready = None, False
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Checking all rows…"))
        self.checker.request(lambda: engine.plan(sheet, options))
        self.completeChanged.emit()

    def wait_for_check(self) -> None:
        self.checker.wait()

    def _full_plan_ready(self, plan) -> None:
        self.full_plan, self._ready = plan, True
        if self.w.purchases:
            return self._purchases_ready(plan)
        c = plan.counts
        text = fill(
            QCoreApplication.translate(
                "ImportWizard", "%1 new · %2 will update · %3 duplicates · %4 with errors"
            ),
            f"{c['new']:,}",
            f"{c['update']:,}",
            f"{c['duplicate']:,}",
            f"{c['error']:,}",
        )
        if plan.options.on_error == "stop" and c["error"]:
            text += "\n" + error_message("import_has_errors")
        elif not c["new"] and not c["update"]:
            text += "\n" + QCoreApplication.translate(
                "ImportWizard", "There is nothing to import with these options."
            )
        self.summary.setText(text + self._warnings(plan))
        self.completeChanged.emit()

    @staticmethod
    def _warnings(plan) -> str:
        """A line per column whose values were kept in the notes (or cut)."""
        return "".join("\n⚠ " + column_warning_text(w) for w in plan.column_warnings())

    def _purchases_ready(self, plan: purchase_import.Plan) -> None:
        # An order's outcome depends on all its rows, so the rows are shown as the
        # whole file's plan sees them.
        self._fill(plan)
        c = plan.counts
        orders = plan.new_orders
        text = fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 purchases to add (%2 rows, %3 new customers) · "
                "%4 rows already recorded · %5 rows with errors",
            ),
            f"{len(orders):,}",
            f"{c[importer.NEW]:,}",
            f"{plan.new_customers:,}",
            f"{c[importer.DUPLICATE]:,}",
            f"{c[importer.ERROR]:,}",
        )
        if plan.options.on_error == "stop" and c[importer.ERROR]:
            text += "\n" + error_message("import_has_errors")
        elif not orders:
            text += "\n" + QCoreApplication.translate(
                "ImportWizard", "There is nothing to import with these options."
            )
        self.summary.setText(text + self._warnings(plan))
        self.completeChanged.emit()

    def _full_plan_failed(self, message: str) -> None:
        self.summary.setText(message)

    def _fill(self, plan) -> None:
        """The first PREVIEW_ROWS rows: line, outcome, then each mapped field's clean
        value; problems marked on their cells."""
        rows = plan.rows[:PREVIEW_ROWS]
        if self.w.purchases:
            fields = [t for t in plan.mapping if t]
            titles = [field_label(f) for f in fields]
            order_of = {i: o for o in plan.orders for i in o.rows if i < PREVIEW_ROWS}

            def outcome(r, row):
                return purchase_outcome(row, order_of.get(r))

            def value(r, row, field):
                return purchase_value(plan.values(r), field)
        else:
            fields = [t for t in dict.fromkeys(plan.mapping) if t]
            names = {f.key: f.name for f in list_fields()}
            titles = [names.get(f) or field_label(f) for f in fields]

            def outcome(_r, row):
                return self._outcome(row)

            def value(_r, row, field):
                return self._value(row, field)

        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(2 + len(fields))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Outcome"),
            ]
            + titles
        )
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.line)))
            status = QTableWidgetItem(outcome(r, row))
            self.table.setItem(r, 1, status)
            by_field = {p.field: (WARNING_BG, warning_text(p)) for p in row.warnings}
            by_field.update({p.field: (ERROR_BG, problem_text(p)) for p in row.problems})
            for c, field in enumerate(fields, start=2):
                item = QTableWidgetItem(value(r, row, field))
                marked = by_field.get(field)
                if marked is not None:  # the cell as the file has it, marked
                    item.setBackground(QBrush(marked[0]))
                    item.setToolTip(marked[1])
                    if not item.text():
                        col = plan.mapping.index(field)
                        item.setText(_cell_text(row.cells[col]) if col < len(row.cells) else "")
                elif row.action == importer.DUPLICATE:
                    item.setForeground(QBrush(DUPLICATE_FG))
                self.table.setItem(r, c, item)
            if row.action == importer.ERROR:
                status.setBackground(QBrush(ERROR_BG))
                status.setToolTip("\n".join(problem_text(p) for p in row.problems))
            elif row.warnings:
                status.setBackground(QBrush(WARNING_BG))
                status.setToolTip("\n".join(warning_text(p) for p in row.warnings))
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):  # long reasons live in the tooltips
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))

    @staticmethod
    def _value(row: importer.RowPlan, field: str) -> str:
        values = row.values
        if field.startswith("cf:"):
            custom = values.get("custom", {})
            return custom.get(int(field[3:]), ("", None))[0]
        if field not in values:
            return ""
        return value_text(values, field)

    @staticmethod
    def _outcome(row: importer.RowPlan) -> str:
        if row.action == importer.NEW:
            return QCoreApplication.translate("ImportWizard", "New")
        if row.action == importer.UPDATE:
            return fill(QCoreApplication.translate("ImportWizard", "Update #%1"), str(row.target))
        if row.action == importer.DUPLICATE:
            if row.duplicate_of is not None:
                return fill(
                    QCoreApplication.translate("ImportWizard", "Same as row %1"),
                    str(row.duplicate_of),
                )
            return fill(QCoreApplication.translate("ImportWizard", "Exists (#%1)"), str(row.target))
        return "; ".join(problem_text(p) for p in row.problems)

    def isComplete(self) -> bool:
        plan = self.full_plan
        if not self._ready or plan is None:
            return False
        c = plan.counts
        if plan.options.on_error == "stop" and c["error"]:
            return False
        if self.w.purchases:
            return bool(plan.new_orders)
        return bool(c["new"] or c["update"])

    def validatePage(self) -> bool:
        plan = self.full_plan
        engine = self.w.engine
        try:
            result = run_with_progress(
                self,
                QCoreApplication.translate("ImportWizard", "Importing…"),
                lambda p, c: engine.run(plan, p, c),
            )
        except Cancelled:
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard", "The import was cancelled. Nothing was written."
                )
            )
            return False
        except GuanjiaError as exc:
            self.summary.setText(error_message(exc))
            return False
        self.w.result = result
        self.w.plan = plan
        self.w.imported.emit(result.import_id)
        return True


class ResultPage(Retranslating, QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.text = QLabel()
        self.text.setObjectName("result_text")
        self.text.setWordWrap(True)
        self.report_button = QPushButton()
        self.report_button.setObjectName("save_report")
        self.report_button.clicked.connect(lambda: self.save_report())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(lambda: self.undo())
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import finished"))
        self.report_button.setText(
            QCoreApplication.translate("ImportWizard", "Save the rows not imported…")
        )
        self.undo_button.setText(QCoreApplication.translate("ImportWizard", "Undo this import"))

    def initializePage(self) -> None:
        r = self.w.result
        if self.w.purchases:
            counts = fill(
                QCoreApplication.translate(
                    "ImportWizard",
                    "%1 purchases added (%2 of them refunds), %3 customers created, "
                    "%4 rows already recorded, %5 rows with errors.",
                ),
                f"{r.purchases:,}",
                f"{r.refunds:,}",
                f"{r.customers_created:,}",
                f"{r.skipped:,}",
                f"{r.errors:,}",
            )
        else:
            counts = fill(
                QCoreApplication.translate(
                    "ImportWizard",
                    "%1 customers created, %2 updated, %3 duplicates skipped, %4 rows with errors.",
                ),
                f"{r.created:,}",
                f"{r.updated:,}",
                f"{r.skipped:,}",
                f"{r.errors:,}",
            )
        self.text.setText(
            counts
            + PreviewPage._warnings(self.w.plan)
            + "\n"
            + QCoreApplication.translate(
                "ImportWizard", "You can undo this import later from File > Import history."
            )
        )
        self.report_button.setEnabled(bool(r.skipped or r.errors))
        self.undo_button.setEnabled(True)

    def save_report(self, path: str | None = None) -> bool:
        if path is None:
            suggested = str(Path(self.w.path).with_name(Path(self.w.path).stem + "-未导入.xlsx"))
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("ImportWizard", "Save report"), suggested, "*.xlsx"
            )
            if not path:
                return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_error_report(
                path,
                self.w.plan,
                reason_title=QCoreApplication.translate("ImportWizard", "Reason"),
                line_title=QCoreApplication.translate("ImportWizard", "Row"),
                reason_text=self._reason,
            )
        except OSError as exc:  # a folder without write access, or the file open in Excel
            self.text.setText(self.text.text() + "\n" + str(exc))
            return False
        self.text.setText(
            self.text.text()
            + "\n"
            + fill(QCoreApplication.translate("ImportWizard", "Report saved: %1"), path)
        )
        return True

    def _reason(self, row: importer.RowPlan, problem) -> str:
        if problem is not None:
            return problem_text(problem)
        if self.w.purchases:
            return QCoreApplication.translate("ImportWizard", "Already recorded")
        return PreviewPage._outcome(row)

    def undo(self) -> None:
        try:
            report = import_history.undo(self.w.result.import_id)
        except GuanjiaError as exc:  # undone meanwhile from the history dialog
            self.text.setText(error_message(exc))
            self.undo_button.setEnabled(False)
            return
        self.undo_button.setEnabled(False)
        self.text.setText(undo_summary(report))
        self.w.imported.emit(self.w.result.import_id)


def undo_summary(report: import_history.UndoReport) -> str:
    if report.purchases_removed:
        return fill(
            QCoreApplication.translate(
                "ImportWizard", "Import undone: %1 purchases and %2 customers removed."
            ),
            f"{report.purchases_removed:,}",
            f"{report.removed:,}",
        )
    text = fill(
        QCoreApplication.translate(
            "ImportWizard", "Import undone: %1 customers removed, %2 restored."
        ),
        f"{report.removed:,}",
        f"{report.restored:,}",
    )
    if report.kept:
        text += " " + fill(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 changes made after the import were kept (edited customers went to the recycle bin).",
            ),
            f"{len(report.kept):,}",
        )
    return text


class ImportWizard(Retranslating, QWizard):
    """Import customers, or with `purchases=True` purchases, from a spreadsheet.
    `imported(import id)` after a write or undo."""

    imported = Signal(int)

    def __init__(self, parent=None, path: str | None = None, purchases: bool = False):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.purchases = purchases
        self.engine = purchase_import if purchases else importer  # plan, run, proposed_mapping
        self.path: str | None = None
        self.sheet: importer.Sheet | None = None
        self.plan: importer.Plan | None = None
        self.result: importer.Result | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage)
        self.resize(900, 640)
        self.retranslate()
        if path:
            self.file_page.open_path(path)

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("ImportWizard", "Import purchases")
            if self.purchases
            else QCoreApplication.translate("ImportWizard", "Import customers")
        )
        self.setButtonText(
            QWizard.CommitButton, QCoreApplication.translate("ImportWizard", "Import")
        )
        self.preview_page.setCommitPage(True)

    def done(self, result: int) -> None:
        self.preview_page.wait_for_check()
        super().done(result)
