"""Where the main window opens: maximised on the first start (no saved geometry), then as
the user left it (position, size, maximised or not), kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

KEY = "window/geometry"


def saved(settings: QSettings) -> bool:
    return settings.value(KEY) is not None


def restore(window: QWidget, settings: QSettings) -> bool:
    """Put the window where it was left; False when nothing was saved (or it is unusable)."""
    geometry = settings.value(KEY)
    return geometry is not None and window.restoreGeometry(geometry)


def save(window: QWidget, settings: QSettings) -> None:
    settings.setValue(KEY, window.saveGeometry())


def show(window: QWidget, settings: QSettings) -> None:
    """Show the window: maximised the first time, else as restored."""
    if saved(settings):
        window.show()
    else:
        window.showMaximized()
