"""Export options: all matching customers or only the selected ones, the format, and
masked mobiles. The export itself runs in a worker thread (desktop/main_window.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from ui import labels
from ui.buttons import button_box
from ui.text import fill


class ExportDialog(QDialog):
    def __init__(self, parent, matching: int, selected: int, columns: int):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export customers"))
        self.all_button = QRadioButton(
            fill(
                QCoreApplication.translate("ExportDialog", "All %1 customers in the list"),
                f"{matching:,}",
            )
        )
        self.all_button.setObjectName("export_all")
        self.selected_button = QRadioButton(
            fill(
                QCoreApplication.translate("ExportDialog", "Only the %1 selected"), f"{selected:,}"
            )
        )
        self.selected_button.setObjectName("export_selected")
        self.selected_button.setEnabled(selected > 0)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.selected_button)
        (self.selected_button if selected > 1 else self.all_button).setChecked(True)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("export_format")
        self.format_combo.addItem(
            QCoreApplication.translate("ExportDialog", "Excel workbook (.xlsx)"), ".xlsx"
        )
        self.format_combo.addItem(
            QCoreApplication.translate("ExportDialog", "CSV, UTF-8 for Excel and WPS (.csv)"),
            ".csv",
        )
        self.mask = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Hide the middle digits of mobiles (138****5678)"
            )
        )
        self.mask.setObjectName("export_mask")
        if labels.mobiles_masked():  # the business's choice (Password and privacy)
            self.mask.setChecked(True)
            self.mask.setEnabled(False)
            self.mask.setToolTip(
                QCoreApplication.translate(
                    "ExportDialog",
                    "Mobiles are always masked: see Settings > Password and privacy.",
                )
            )
        note = QLabel(
            fill(QCoreApplication.translate("ExportDialog", "The %1 visible columns are exported in their order, as the list shows them."),
                 str(columns))
        )  # fmt: skip
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "Format"), self.format_combo)
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(
            QCoreApplication.translate("ExportDialog", "Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_button)
        layout.addWidget(self.selected_button)
        layout.addLayout(form)
        layout.addWidget(self.mask)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def only_selected(self) -> bool:
        return self.selected_button.isChecked()

    @property
    def suffix(self) -> str:
        return self.format_combo.currentData()
