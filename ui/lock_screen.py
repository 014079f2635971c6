"""Asking for the program's password: at start (UnlockDialog) and over every open
window once it locks after idle time (LockOverlay, which hides what the window shows
until the password is given). The check is models.app_lock.check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.privacy import app_lock
from ui import style
from ui.buttons import button_box
from ui.text import fill

MAX_TRIES = 5  # then a pause, so guessing at the counter takes hours
PAUSE_SECONDS = 30


class _Tries(QObject):
    """Wrong tries shared by every password field (a pause applies to all of them)."""

    changed = Signal()

    def __init__(self):
        super().__init__()
        self.wrong = 0
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._resume)

    def failed(self) -> None:
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.paused = True
            self.timer.start(PAUSE_SECONDS * 1000)
        self.changed.emit()

    def succeeded(self) -> None:
        self.wrong = 0
        self.changed.emit()

    def _resume(self) -> None:
        self.wrong, self.paused = 0, False
        self.changed.emit()


_tries: _Tries | None = None


def tries() -> _Tries:
    global _tries
    if _tries is None:
        _tries = _Tries()
    return _tries


class PasswordPanel(QWidget):
    """A title, the password field and an Unlock button; `unlocked` when it is right."""

    unlocked = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("password_panel")
        heading = QLabel(title)
        heading.setObjectName("lock_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignCenter)
        self.field = QLineEdit()
        self.field.setObjectName("lock_password")
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setPlaceholderText(self.tr("Password"))
        self.field.setMinimumWidth(260)
        self.field.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("lock_unlock")
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        style.error_text(self.message)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.message)
        tries().changed.connect(self._show_tries)
        self._show_tries()

    def try_unlock(self) -> bool:
        if tries().paused:
            return False
        if app_lock.check(self.field.text()):
            self.field.clear()
            self.message.clear()
            tries().succeeded()
            self.unlocked.emit()
            return True
        self.field.selectAll()
        tries().failed()
        return False

    def _show_tries(self) -> None:
        paused = tries().paused
        self.field.setEnabled(not paused)
        self.button.setEnabled(not paused)
        if paused:
            self.message.setText(
                fill(
                    self.tr("Too many wrong passwords. Try again in %1 seconds."),
                    str(PAUSE_SECONDS),
                )
            )
        elif tries().wrong:
            self.message.setText(self.tr("The password is wrong."))
        else:
            self.message.clear()


class UnlockDialog(QDialog):
    """Before the window opens, when the business has set a password."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Guanjia"))
        self.panel = PasswordPanel(self.tr("Enter the password to open Guanjia"))
        self.panel.unlocked.connect(self.accept)
        hint = QLabel(
            self.tr("Forgot it? Whoever can use this computer's command line can remove "
                    "it: guanjia password --forget")
        )  # fmt: skip
        hint.setWordWrap(True)
        style.note_text(hint)
        buttons = button_box()
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.panel.field.setFocus()


class LockOverlay(QWidget):
    """Covers a whole window while the program is locked; asks for the password."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lock_overlay")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        style.set_role(self, "overlay")
        self.panel = PasswordPanel(self.tr("Guanjia is locked"), self)
        note = QLabel(
            self.tr("Locked after a time without use, or by Lock now. Enter the password to go on.")
        )
        note.setAlignment(Qt.AlignCenter)
        note.setWordWrap(True)
        style.note_text(note)
        box = QVBoxLayout()
        box.addWidget(self.panel)
        box.addWidget(note)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Resize and obj is self.parent():
            self.setGeometry(obj.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self.parent().removeEventFilter(self)
        self.hide()
        self.deleteLater()
