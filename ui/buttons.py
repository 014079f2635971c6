"""Dialogs' button rows: a QDialogButtonBox (the platform's order: OK left of Cancel on
Windows, right of it on macOS and GNOME) whose standard buttons read in the window's
language whether or not Qt's own translation is installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox


def standard_texts() -> dict:
    """The standard buttons the dialogs use, with their texts in the current language."""
    return {
        QDialogButtonBox.Ok: QCoreApplication.translate("DialogButtons", "OK"),
        QDialogButtonBox.Cancel: QCoreApplication.translate("DialogButtons", "Cancel"),
        QDialogButtonBox.Close: QCoreApplication.translate("DialogButtons", "Close"),
        QDialogButtonBox.Save: QCoreApplication.translate("DialogButtons", "Save"),
        QDialogButtonBox.Apply: QCoreApplication.translate("DialogButtons", "Apply"),
        QDialogButtonBox.Yes: QCoreApplication.translate("DialogButtons", "Yes"),
        QDialogButtonBox.No: QCoreApplication.translate("DialogButtons", "No"),
    }


def name_standard_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Set the texts of `box`'s standard buttons (call again after a language change)."""
    for which, text in standard_texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def button_box(buttons=QDialogButtonBox.NoButton) -> QDialogButtonBox:
    """A dialog's button row: `QDialogButtonBox(buttons)` with the standard buttons named
    in the current language. Add a dialog's own buttons with their roles
    (`box.addButton(text, QDialogButtonBox.ActionRole)`), never a row of its own."""
    return name_standard_buttons(QDialogButtonBox(buttons))
