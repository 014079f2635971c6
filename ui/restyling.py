"""Restyling: a widget that re-applies its colours and icons when the theme changes.

Switching between light and dark (ui.style.apply_theme) sets a new application
palette and style sheet. A widget that builds colours or icons from the palette or
from ui.style (icons, painted badges, charts) lists the mixin before its Qt class,

    class Sidebar(Restyling, QWidget):
        def restyle(self) -> None: ...

and calls `self.restyle()` once itself when built. Delegates and item models read the
current colours at paint/data time instead and need nothing.

How the news arrives: Qt sends ApplicationPaletteChange only to the application object
and to top-level windows' event(), never to a changeEvent, and PaletteChange only to
widgets whose palette is not fixed by a style sheet. So the mixin listens to the
application (its paletteChanged signal) and restyles every Restyling widget once the
widgets have their new palettes; a widget's PaletteChange restyles it too. Either way
a widget restyles once per new application palette: its own palette or style sheet
changing does not restyle it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

_watched: list = []  # the application whose palette changes are followed


def restyle_all() -> None:
    """Restyle every Restyling widget not yet styled for the current application palette."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, Restyling):
            widget.restyle_if_new()


def _follow_the_application() -> None:
    app = QCoreApplication.instance()
    if app is None or any(a is app for a in _watched):
        return
    _watched[:] = [app]
    # After the event loop has handed each widget its new palette (posted events).
    app.paletteChanged.connect(lambda _p: QTimer.singleShot(0, restyle_all))


class Restyling:
    """Mixin for a QWidget subclass: when the application palette is new, `self.restyle()`.
    Combine with Retranslating in either order, both before the Qt class."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._styled_for = QGuiApplication.palette().cacheKey()
        _follow_the_application()

    def restyle(self) -> None:
        raise NotImplementedError

    def restyle_if_new(self) -> None:
        key = QGuiApplication.palette().cacheKey()
        # not yet set while Qt's constructor runs: nothing to restyle then
        if key != getattr(self, "_styled_for", key):
            self._styled_for = key
            self.restyle()

    def event(self, event: QEvent) -> bool:
        # ApplicationPaletteChange reaches event() (apply_theme sends it to every widget),
        # never changeEvent(); PaletteChange comes to both.
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self.restyle_if_new()
        return super().event(event)  # type: ignore[misc]
