"""Retranslating: a widget that re-applies its texts when the language changes.

Installing a translator sends QEvent.LanguageChange to every widget (desktop/translations.py).
A widget that sets its texts in `retranslate()` lists the mixin before its Qt class,

    class TagBrowser(Retranslating, QWidget):
        def retranslate(self) -> None: ...

and calls `self.retranslate()` once itself when built. No other ui/ widget overrides
changeEvent for LanguageChange (tests/test_style.py checks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget subclass: on LanguageChange, `self.retranslate()`, then Qt's own
    handling. It must come before the Qt base class, so that its changeEvent is found first
    and `super().changeEvent` reaches Qt's."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
