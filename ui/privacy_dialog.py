"""Settings > Password and privacy: the password that opens the program (set, change,
remove), the idle time after which the window locks, and masking of mobiles.
Each change is saved at once (models.app_lock, models.masking); `changed` tells the
window to apply it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.errors import GuanjiaError, ValidationError
from models.privacy import app_lock, masking
from ui import style
from ui.buttons import button_box
from ui.messages import error_message


class PrivacyDialog(QDialog):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("privacy_dialog")
        self.setWindowTitle(self.tr("Password and privacy"))

        self.password_box = QGroupBox(self.tr("Password to open Guanjia"))
        self.status = QLabel()
        self.status.setObjectName("password_status")
        self.status.setWordWrap(True)
        self.current = self._field("privacy_current")
        self.new = self._field("privacy_new")
        self.repeat = self._field("privacy_repeat")
        self.set_button = QPushButton()
        self.set_button.setObjectName("privacy_set")
        self.set_button.clicked.connect(lambda: self.save_password())
        self.remove_button = QPushButton(self.tr("Remove the password"))
        self.remove_button.setObjectName("privacy_remove")
        self.remove_button.clicked.connect(lambda: self.remove_password())
        self.message = QLabel()
        self.message.setObjectName("privacy_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        self.current_label = QLabel(self.tr("Current password:"))
        form.addRow(self.current_label, self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.password_box)
        box.addWidget(self.status)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.message)

        self.lock_choice = QComboBox()
        self.lock_choice.setObjectName("privacy_lock")
        for minutes in app_lock.LOCK_CHOICES:
            self.lock_choice.addItem(self._minutes_text(minutes), minutes)
        self.lock_choice.activated.connect(lambda _i: self.save_lock())
        self.lock_note = QLabel(self.tr("Locking needs a password."))
        style.note_text(self.lock_note)
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock the window after")))
        lock_row.addWidget(self.lock_choice)
        lock_row.addWidget(self.lock_note, 1)

        self.mask = QCheckBox(
            self.tr("Hide the middle digits of mobiles (138****5678) in the customer list, "
                    "the detail panel and every export")
        )  # fmt: skip
        self.mask.setObjectName("privacy_mask")
        self.mask.setChecked(masking.mobiles_masked())
        self.mask.toggled.connect(self.save_mask)
        note = QLabel(
            self.tr("The password keeps people at the counter out of Guanjia; it does not "
                    "encrypt the data file. Protect the computer's account too. For a "
                    "backup that leaves this computer, use File > Export an encrypted backup.")
        )  # fmt: skip
        note.setWordWrap(True)
        style.note_text(note)

        close = button_box(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.password_box)
        layout.addLayout(lock_row)
        layout.addWidget(self.mask)
        layout.addWidget(note)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        self._show_state()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.Password)
        return field

    def _minutes_text(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Never")
        if minutes % 60 == 0:
            return self.tr("%n hour(s)", "", minutes // 60)
        return self.tr("%n minute(s)", "", minutes)

    def _show_state(self) -> None:
        is_set = app_lock.is_set()
        self.status.setText(
            self.tr("A password is set: Guanjia asks for it when it opens and when it is locked.")
            if is_set
            else self.tr("No password is set: anyone at this computer can open Guanjia.")
        )
        self.current_label.setVisible(is_set)
        self.current.setVisible(is_set)
        self.set_button.setText(
            self.tr("Change the password") if is_set else self.tr("Set the password")
        )
        self.remove_button.setVisible(is_set)
        minutes = app_lock.lock_minutes()
        index = self.lock_choice.findData(minutes)
        if index < 0:
            self.lock_choice.addItem(self._minutes_text(minutes), minutes)
            index = self.lock_choice.count() - 1
        self.lock_choice.setCurrentIndex(index)
        self.lock_choice.setEnabled(is_set)
        self.lock_note.setVisible(not is_set)
        for field in (self.current, self.new, self.repeat):
            field.clear()

    def _say(self, text: str, ok: bool) -> None:
        style.set_role(self.message, "confirmation" if ok else "error")
        self.message.setText(text)

    def save_password(self) -> bool:
        try:
            if self.new.text() != self.repeat.text():
                raise ValidationError("password", "password_mismatch", "not the same")
            was_set = app_lock.is_set()
            app_lock.set_password(self.new.text(), current=self.current.text())
        except GuanjiaError as exc:
            self._say(error_message(exc), False)
            return False
        self._show_state()
        self._say(self.tr("Password changed.") if was_set else self.tr("Password set."), True)
        self.changed.emit()
        return True

    def remove_password(self) -> bool:
        try:
            app_lock.clear_password(self.current.text())
        except GuanjiaError as exc:
            self._say(error_message(exc), False)
            return False
        self._show_state()
        self._say(self.tr("Password removed: Guanjia opens without one."), True)
        self.changed.emit()
        return True

    def save_lock(self) -> None:
        app_lock.set_lock_minutes(self.lock_choice.currentData())
        self.changed.emit()

    def save_mask(self, on: bool) -> None:
        masking.set_mobiles_masked(on)
        self.changed.emit()
