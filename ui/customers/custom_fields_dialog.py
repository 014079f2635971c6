"""Managing custom fields: add (text, number, date, choice), rename, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from models.customers import custom_fields
from models.errors import NotFoundError, ValidationError
from ui import messages, style
from ui.buttons import button_box
from ui.tasks import run_with_progress


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "text": QCoreApplication.translate("CustomFieldsDialog", "Text"),
        "number": QCoreApplication.translate("CustomFieldsDialog", "Number"),
        "date": QCoreApplication.translate("CustomFieldsDialog", "Date"),
        "choice": QCoreApplication.translate("CustomFieldsDialog", "Choice"),
    }
    return names.get(kind, kind)


class NewFieldDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("NewFieldDialog")
        self.setWindowTitle(self.tr("New custom field"))
        self.name = QLineEdit()
        self.name.setObjectName("field_name")
        self.kind = QComboBox()
        self.kind.setObjectName("field_kind")
        for kind in custom_fields.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.choices = QLineEdit()
        self.choices.setObjectName("field_choices")
        self.choices.setPlaceholderText(self.tr("for a choice field: values separated by commas"))
        self.error = QLabel()
        style.error_text(self.error)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self):
        text = self.choices.text().replace("，", ",").replace("、", ",")
        try:
            custom_fields.add_field(self.name.text(), self.kind.currentData(), text.split(","))
        except ValidationError as exc:
            self.error.setText(messages.error_message(exc))
            return
        super().accept()


class CustomFieldsDialog(QDialog):
    """Lists the custom fields; `changed` is True when any was added, renamed or deleted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CustomFieldsDialog")
        self.setWindowTitle(self.tr("Custom fields"))
        self.changed = False
        self.list = QListWidget()
        self.list.setObjectName("field_list")
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("add_field")
        add.clicked.connect(self.add_field)
        rename = QPushButton(self.tr("Rename…"))
        rename.clicked.connect(self.rename_field)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_field)
        side = QVBoxLayout()
        for b in (add, rename, delete):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        # An index makes sorting the list by this field fast with many customers; it
        # costs a little on every write of the field's values, so it is asked for.
        self.sort_index = QCheckBox(self.tr("Index for sorting (faster with many customers)"))
        self.sort_index.setObjectName("field_sort_index")
        self.sort_index.setEnabled(False)
        self.sort_index.toggled.connect(self.set_sort_index)
        self.list.currentItemChanged.connect(self._show_sort_index)
        buttons = button_box(QDialogButtonBox.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Custom fields show as columns and in the customer form.")))
        layout.addLayout(row)
        layout.addWidget(self.sort_index)
        layout.addWidget(buttons)
        self.resize(460, 340)
        self._reload()

    def _reload(self):
        self.list.clear()
        for field in custom_fields.list_fields():
            text = f"{field.name}  ({kind_label(field.kind)})"
            if field.kind == "choice":
                text += ": " + "、".join(field.choice_list)
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, field.id)
            item.setData(Qt.UserRole + 1, field.sort_indexed)
            self.list.addItem(item)
        self._show_sort_index()

    def _show_sort_index(self, *_args):
        item = self.list.currentItem()
        self.sort_index.blockSignals(True)
        self.sort_index.setEnabled(item is not None)
        self.sort_index.setChecked(bool(item and item.data(Qt.UserRole + 1)))
        self.sort_index.blockSignals(False)

    def set_sort_index(self, indexed: bool):
        item = self.list.currentItem()
        if item is None:
            return
        fid = item.data(Qt.UserRole)
        label = self.tr("Building the sort index…") if indexed else self.tr("Removing the index…")
        try:
            run_with_progress(
                self, label, lambda _p, _c: custom_fields.set_sort_index(fid, indexed),
                cancellable=False,
            )  # fmt: skip
        except NotFoundError:  # deleted meanwhile (another window): show what is there
            self.changed = True
            self._reload()
            return
        item.setData(Qt.UserRole + 1, indexed)

    def _current_id(self):
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def add_field(self):
        if NewFieldDialog(self).exec() == QDialog.Accepted:
            self.changed = True
            self._reload()

    def rename_field(self):
        fid = self._current_id()
        if fid is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename field"), self.tr("New name:"))
        if not ok:
            return
        try:
            custom_fields.rename_field(fid, name)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Rename field"), messages.error_message(exc))
            return
        self.changed = True
        self._reload()

    def delete_field(self):
        fid = self._current_id()
        if fid is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete field"),
            self.tr("Delete this field and its value for every customer? This cannot be undone."),
        )
        if answer == QMessageBox.Yes:
            custom_fields.delete_field(fid)
            self.changed = True
            self._reload()
