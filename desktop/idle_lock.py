"""Locks the program after a time without keyboard or mouse use (or at once, from the
menu), when the business has set a password: every open window is covered by a
LockOverlay, and until the password is given no click, key or shortcut reaches
anything else. Open dialogs and running work keep their state underneath."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.lock_screen import LockOverlay

CHECK_MS = 5000
# input that counts as use, and that is kept from the windows while locked
ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
            QEvent.TouchBegin}  # fmt: skip
BLOCKED = ACTIVITY | {QEvent.KeyRelease, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick,
                      QEvent.Shortcut, QEvent.ShortcutOverride, QEvent.ContextMenu,
                      QEvent.Drop, QEvent.DragEnter}  # fmt: skip


class IdleLock(QObject):
    lockedChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.idle_seconds = 0  # 0: never locks by itself
        self.enabled = False  # a password is set
        self.locked = False
        self.last_input = time.monotonic()
        self.overlays: list[LockOverlay] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._filtering = False

    def configure(self, password_set: bool, minutes: int) -> None:
        self.enabled = password_set
        self.idle_seconds = minutes * 60 if password_set else 0
        self.last_input = time.monotonic()
        self._filter(self.enabled)
        if self.idle_seconds:
            self.timer.start()
        else:
            self.timer.stop()
        if not self.enabled and self.locked:
            self.unlock()

    def _filter(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self._filtering:
            app.installEventFilter(self)
        elif not on and self._filtering:
            app.removeEventFilter(self)
        self._filtering = on

    def check(self, now: float | None = None) -> bool:
        """Lock when idle long enough; True if it locked."""
        now = time.monotonic() if now is None else now
        idle = now - self.last_input
        if self.enabled and self.idle_seconds and not self.locked and idle >= self.idle_seconds:
            self.lock()
            return True
        return False

    def lock(self) -> None:
        if not self.enabled or self.locked:
            return
        while (popup := QApplication.activePopupWidget()) is not None:  # menus, completers
            popup.close()
        self.locked = True
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.windowType() in (Qt.Window, Qt.Dialog):
                overlay = LockOverlay(window)
                overlay.panel.unlocked.connect(self.unlock)
                self.overlays.append(overlay)
        active = QApplication.activeWindow()
        for overlay in self.overlays:
            if overlay.parent() is active or len(self.overlays) == 1:
                overlay.panel.field.setFocus()
        self.lockedChanged.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        for overlay in self.overlays:
            overlay.remove()
        self.overlays.clear()
        self.last_input = time.monotonic()
        self.lockedChanged.emit(False)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind in ACTIVITY and not self.locked:
            self.last_input = time.monotonic()
            return False
        if self.locked and kind in BLOCKED:
            if not isinstance(obj, QWidget):
                return kind == QEvent.Shortcut  # actions' shortcuts; windows pass events on
            return not _inside_overlay(obj)
        return False


def _inside_overlay(widget: QWidget) -> bool:
    while widget is not None:
        if isinstance(widget, LockOverlay):
            return True
        widget = widget.parentWidget()
    return False
