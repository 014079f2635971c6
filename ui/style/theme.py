"""The theme in force: light or dark, following the system or chosen, applied to the
QApplication (Fusion, a palette and the one style sheet from the tokens), live.

After a change every widget is sent QEvent.ApplicationPaletteChange (Qt 6 itself sends
it to windows only), on which ui.restyling.Restyling re-applies icons and painted colours;
`on_theme_change` callbacks (caches of painted icons) run before that."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from ui.style.sheet import build_palette, build_sheet
from ui.style.tokens import DARK, LIGHT, THEMES, Tokens

log = logging.getLogger(__name__)

MODES = ("auto", "light", "dark")  # follow the system, or always light, or always dark

_state: dict = {"tokens": LIGHT, "mode": "auto", "applied": None}
_callbacks: list[Callable[[], None]] = []


def tokens() -> Tokens:
    """The tokens of the theme in force (light until a theme is applied)."""
    return _state["tokens"]


def mode() -> str:
    """The chosen mode: "auto", "light" or "dark"."""
    return _state["mode"]


def on_theme_change(callback: Callable[[], None]) -> None:
    """Call `callback()` whenever the theme changes (before the widgets restyle)."""
    _callbacks.append(callback)


def system_scheme() -> str:
    """The system's colour scheme as "light" or "dark" ("light" when it says nothing)."""
    hints = QApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class _SystemWatch(QObject):
    """Follows the system's colour scheme while the mode is "auto"."""

    def changed(self, _scheme) -> None:
        if _state["mode"] == "auto":
            _set(THEMES[system_scheme()])


_watch: list[_SystemWatch] = []


def apply_theme(chosen: str = "auto") -> Tokens:
    """Apply `chosen` ("auto", "light" or "dark"; anything else is "auto") to the running
    QApplication; returns the tokens now in force."""
    app = QApplication.instance()
    _state["mode"] = chosen if chosen in MODES else "auto"
    hints = app.styleHints()
    if not _watch:
        watch = _SystemWatch(app)
        hints.colorSchemeChanged.connect(watch.changed)
        _watch.append(watch)
    # Qt's own dialogs and title bars follow a forced choice too (Qt 6.8+).
    if _state["mode"] == "auto":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    elif hasattr(hints, "setColorScheme"):
        wanted = Qt.ColorScheme.Dark if _state["mode"] == "dark" else Qt.ColorScheme.Light
        if hints.colorScheme() != wanted:
            hints.setColorScheme(wanted)
    theme = {"light": LIGHT, "dark": DARK}.get(_state["mode"]) or THEMES[system_scheme()]
    return _set(theme)


def _set(theme: Tokens) -> Tokens:
    app = QApplication.instance()
    _state["tokens"] = theme
    if _state["applied"] is theme and app.styleSheet():
        return theme
    _state["applied"] = theme
    for callback in list(_callbacks):
        callback()
    if not _state.get("fusion"):
        app.setStyle("Fusion")  # the same look on Windows, macOS and Linux
        _state["fusion"] = True
    app.setStyleSheet(build_sheet(theme))
    app.setPalette(build_palette(theme))
    _tell_widgets(app)
    log.info("theme %s (mode %s)", theme.name, _state["mode"])
    return theme


def _tell_widgets(app) -> None:
    """ApplicationPaletteChange to every widget of the program's inside a window (Qt
    sends it to the windows only); Restyling widgets restyle on it. Only widgets made
    in Python: one Qt made itself (a view's scroll bar, a header) and deleted during an
    earlier widget's restyle is not known to be gone, and any call on it would crash."""
    for widget in app.allWidgets():
        if not Shiboken.createdByPython(widget):
            continue
        try:
            if not widget.isWindow():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.ApplicationPaletteChange))
        except RuntimeError:  # deleted by an earlier widget's restyle
            pass


def remove_theme() -> None:
    """Back to no theme applied: Qt's own palette and no style sheet (tests)."""
    app = QApplication.instance()
    _state.update(tokens=LIGHT, mode="auto", applied=None)
    hints = app.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    for callback in list(_callbacks):
        callback()
    app.setStyleSheet("")
    app.setPalette(app.style().standardPalette())
    _tell_widgets(app)
