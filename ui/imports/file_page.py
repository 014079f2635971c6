"""The wizard's first page: the file, its sheet, header row and (CSV) encoding and
delimiter, with the first rows as read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from models.errors import GuanjiaError
from models.excel import import_engine, import_mapping
from ui import file_dialogs, formatting, style
from ui.imports.kinds import view_for
from ui.imports.view import KindView, cell_text
from ui.messages import error_message
from ui.retranslating import Retranslating
from ui.tasks import run_with_progress
from ui.text import fill

RAW_ROWS = 30
FILE_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt *.tsv"


def choose_file(parent, purchases: bool = False, view: KindView | None = None) -> str | None:
    """A spreadsheet to import customers (purchases: purchases; or the `view`'s kind)."""
    view = view or view_for("purchases" if purchases else "customers")
    path, _ = file_dialogs.get_open_file_name(
        "import",
        parent,
        view.window_title(),
        "",
        QCoreApplication.translate("ImportWizard", "Spreadsheets") + f" ({FILE_FILTER})",
    )
    return path or None


class FilePage(Retranslating, QWizardPage):
    """The file, its sheet, header row and (for CSV) encoding and delimiter."""

    def __init__(self, wizard):
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
        formatting.comfortable_rows(self.raw)
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
        path = choose_file(self, view=self.w.view)
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
        options = self.w.kind.options(
            sheet=self.sheet_combo.currentData() or None,
            header_row=None if detect_header else self.header_spin.value() - 1,
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
        )
        self.error_label.clear()
        try:
            sheet = run_with_progress(
                self,
                QCoreApplication.translate("ImportWizard", "Reading the file…"),
                lambda _p, _c: import_engine.load(self.w.path, options),
                cancellable=False,
            )
        except (GuanjiaError, OSError) as exc:
            self.w.sheet = None
            params = getattr(exc, "params", {}) or {}
            if params.get("sheets"):  # the workbook opened: any other sheet can be picked
                self._fill_sheets(params["sheets"], params.get("filled_rows", {}),
                                  options.sheet or "")  # fmt: skip
            self.error_label.setText(error_message(exc))
            self.raw.clear()
            self.raw.setRowCount(0)
            self.completeChanged.emit()
            return
        self.w.sheet = sheet
        book = sheet.workbook
        self._fill_sheets(book.sheets, book.filled_rows, sheet.name)
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

    def _fill_sheets(self, names: list[str], filled: dict[str, int], current: str) -> None:
        """Every sheet of the workbook, with its rows holding data where it was read
        (reading every sheet of a large workbook to count them would cost seconds)."""
        known = {self.sheet_combo.itemData(i): self.sheet_combo.itemText(i)
                 for i in range(self.sheet_combo.count())}  # fmt: skip
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in names:
            if name in filled:
                text = self._sheet_label(name, filled[name])
            else:  # counted in an earlier reading of this file, or not yet
                text = known.get(name, name)
            self.sheet_combo.addItem(text, name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(current), 0))
        self.sheet_combo.blockSignals(False)

    @staticmethod
    def _sheet_label(name: str, rows: int) -> str:
        if rows == 0:
            return fill(QCoreApplication.translate("ImportWizard", "%1 (empty)"), name)
        text = QCoreApplication.translate("ImportWizard", "%1 (%2 rows)")
        return fill(text, name, formatting.number(rows))

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
            self.w.sheet = import_engine.with_header_row(self.w.sheet, value - 1)
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
                item = QTableWidgetItem(cell_text(row[c]))
                if r == sheet.header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor(style.HEADER_ROW_BACKGROUND)))
                elif r < sheet.header_row:
                    item.setForeground(QBrush(QColor(style.SKIPPED_ROW)))
                self.raw.setItem(r, c, item)
        self.raw.resizeColumnsToContents()
        for col in range(width):
            self.raw.setColumnWidth(col, min(self.raw.columnWidth(col), 220))

    def isComplete(self) -> bool:
        return self.w.sheet is not None
