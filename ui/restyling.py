"""Restyling: a widget that re-applies its colours and icons when the theme changes.

Switching between light and dark (ui.style.apply_theme) sets a new application palette
and style sheet, then sends QEvent.ApplicationPaletteChange to every widget. A widget that builds colours or icons
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
    Qt's own handling. Combine with Retranslating in either order, both before the Qt class.

    The event is caught in event(), not changeEvent(): Qt 6's QWidget does not pass
    ApplicationPaletteChange on to changeEvent."""

    def restyle(self) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ApplicationPaletteChange:
            self.restyle()
        return super().event(event)  # type: ignore[misc]
