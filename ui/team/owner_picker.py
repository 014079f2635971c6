"""The owner (负责人) field of the customer, follow-up and complaint forms: a combo of
the active staff one can also type in; a name not on the list, or inactive, is refused
with the reason (an owner kept unchanged may stay a former, inactive one)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from models.errors import ValidationError
from models.team import staff
from ui.messages import error_message


class OwnerPicker(QComboBox):
    def __init__(self, value: str = "", parent=None, placeholder: str = ""):
        super().__init__(parent)
        self.setEditable(True)
        self.original = staff.clean(value)
        names = staff.names()
        self.addItem("")
        self.addItems(names)
        if self.original and self.original not in names:
            self.addItem(self.original)  # a former owner, kept while unchanged
        self.setCurrentText(self.original)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)

    def text(self) -> str:
        return staff.clean(self.currentText())

    def problem(self) -> str:
        """The reason the owner typed is refused ("" when it is fine)."""
        name = self.text()
        if not name or name == self.original:
            return ""
        try:
            staff.require_active(name)
        except ValidationError as exc:
            return error_message(exc)
        return ""
