"""The wizard's second page: which target each column goes to; proposed, changeable,
remembered. The targets and the checks are the kind's (ImportKind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from models.errors import ValidationError
from models.excel import import_engine
from ui import formatting, style
from ui.imports.view import cell_text
from ui.messages import error_message, field_label
from ui.retranslating import Retranslating


class MappingPage(Retranslating, QWizardPage):
    """Which field each column goes to; proposed, changeable, remembered."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mapping_table")
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
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

    def initializePage(self) -> None:
        sheet = self.w.sheet
        key = (id(sheet.rows), sheet.header_row, sheet.name)
        if self._for == key and self.combos:
            return
        self._for = key
        mapping = import_engine.proposed_mapping(self.w.kind, sheet)
        samples = [cells for _line, cells in zip(range(50), sheet.data(), strict=False)]
        targets = self.w.view.targets()
        self.table.setRowCount(sheet.width)
        self.combos = []
        for col, header in enumerate(sheet.headers):
            self.table.setItem(col, 0, QTableWidgetItem(header))
            values = [cell_text(row[1][col]) for row in samples if col < len(row[1])]
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
        """Fields that two columns claim (but those the kind joins: for customers, name,
        notes, address and tags)."""
        mapping = self.mapping()
        multi = self.w.kind.multi
        return {t for t in mapping if t and t not in multi and mapping.count(t) > 1}

    def _refused(self) -> ValidationError | None:
        """Why the kind refuses the mapping (no amount column for purchases), if it does."""
        try:
            import_engine.check_mapping(self.w.kind, self.mapping())
        except ValidationError as exc:
            return exc
        return None

    def _check(self) -> None:
        mapping = self.mapping()
        twice = self._twice()
        if twice:
            names = "、".join(field_label(t) for t in sorted(twice))
            self.warning.setText(error_message("mapping_twice") + f" ({names})")
        elif not any(mapping):
            self.warning.setText(
                QCoreApplication.translate(
                    "ImportWizard", "No column is mapped: choose a field for at least one."
                )
            )
        else:
            refused = self._refused()
            text = error_message(refused) if refused else self.w.view.mapping_warning(mapping)
            self.warning.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.mapping()
        if not self.combos or not any(mapping) or self._twice():
            return False
        return self._refused() is None
