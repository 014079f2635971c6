"""Restyling: a widget that re-applies its colours and icons when the theme changes.

Switching between light and dark sets a new application palette; Qt then sends
QEvent.ApplicationPaletteChange to every widget. A widget that builds colours or icons
from the palette or from ui.style (icons, painted badges, charts) lists the mixin before
its Qt class,

    class Sidebar(Restyling, QWidget):
        def restyle(self) -> None: ...

and calls `self.restyle()` once itself when built. Delegates and item models read the
current colours at paint/data time instead and need nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Restyling:
    """Mixin for a QWidget subclass: on ApplicationPaletteChange, `self.restyle()`, then
    Qt's own handling. Combine with Retranslating in either order, both before the Qt class."""

    def restyle(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.ApplicationPaletteChange:
            self.restyle()
        super().changeEvent(event)  # type: ignore[misc]
