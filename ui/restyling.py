"""Restyling: a widget that re-applies its colours and icons when the theme changes.

Switching between light and dark sets a new application palette. Qt then sends
QEvent.PaletteChange to the changeEvent of every widget whose palette comes from the
application's (ApplicationPaletteChange goes only to top-level windows' event(), not
to changeEvent). A widget that builds colours or icons from the palette or from
ui.style (icons, painted badges, charts) lists the mixin before its Qt class,

    class Sidebar(Restyling, QWidget):
        def restyle(self) -> None: ...

and calls `self.restyle()` once itself when built. Delegates and item models read the
current colours at paint/data time instead and need nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication


class Restyling:
    """Mixin for a QWidget subclass: when the application palette has changed,
    `self.restyle()`, then Qt's own handling. Combine with Retranslating in either order,
    both before the Qt class.

    A PaletteChange of the widget's own (its style sheet, its parent's palette, a change
    while it is being built) does not restyle: only a new application palette does."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._styled_for = QGuiApplication.palette().cacheKey()

    def restyle(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            key = QGuiApplication.palette().cacheKey()
            # not yet set while Qt's constructor runs: nothing to restyle then
            if kind == QEvent.ApplicationPaletteChange or key != getattr(self, "_styled_for", key):
                self._styled_for = key
                self.restyle()
        super().changeEvent(event)  # type: ignore[misc]
