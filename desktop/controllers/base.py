"""What every controller of the main window shares: the window it works for, actions
made on that window (so their shortcuts work wherever the focus is in it), and the
hooks the window calls when the language changes and before it closes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


def make_action(window: QMainWindow, name: str, slot, shortcut=None) -> QAction:
    """An action of the window named `action_<name>`, its text set when retranslating."""
    action = QAction(window)
    action.setObjectName(f"action_{name}")
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
    window.addAction(action)
    return action


class Controller(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def action(self, name: str, slot, shortcut=None) -> QAction:
        return make_action(self.window, name, slot, shortcut)

    def say(self, text: str, ms: int) -> None:
        """A message in the window's status bar for `ms` milliseconds."""
        self.window.statusBar().showMessage(text, ms)

    def retranslate(self) -> None:
        """Set the texts of this controller's actions and widgets in the current language."""

    def before_close(self) -> None:
        """The window is closing: stop timers, wait for work running in the background."""
