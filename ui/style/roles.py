"""Roles: what a widget is ("error", "title", "card", ...) as a dynamic property the
application style sheet styles, instead of a style sheet of the widget's own; and the
small constructors for the widgets that repeat."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.style.sheet import chip_sheet
from ui.style.theme import tokens

ROLES = (
    # text
    "error", "warning", "success", "confirmation", "hint", "note", "caption", "demo",
    "active", "title", "section", "kpi", "kpi_alert", "chip", "chip_accent", "chip_danger",
    # containers
    "card", "notice", "overlay", "sidebar", "empty_state",
    # controls
    "invalid", "primary",
)  # fmt: skip
CONTAINERS = ("card", "notice", "overlay", "empty_state")

W = TypeVar("W", bound=QWidget)


def set_role(widget: W, role: str | None) -> W:
    """Give the widget a role ("" or None: none) and re-polish it and what it holds;
    returns the widget."""
    role = role or ""
    if role and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if widget.property("role") == role:
        return widget
    widget.setProperty("role", role)
    if role in CONTAINERS:
        widget.setAttribute(Qt.WA_StyledBackground, True)
    repolish(widget)
    return widget


def role_of(widget: QWidget) -> str:
    return widget.property("role") or ""


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again to the widget and its children (a property changed)."""
    qt_style = widget.style()
    for w in (widget, *widget.findChildren(QWidget)):
        qt_style.unpolish(w)
        qt_style.polish(w)
    widget.update()


def set_chip_colour(widget: QWidget, colour: str) -> None:
    """A chip button in a tag's own colour (the one per-widget style sheet: the colour is
    the user's), its text black or white, whichever reads."""
    t = tokens()
    text = t.chip_dark_text if readable_on(colour) == "dark" else t.chip_light_text
    widget.setStyleSheet(chip_sheet(colour, text, t.chip_hover_border))


def readable_on(colour: str) -> str:
    """Which text reads on `colour` ("#rrggbb"): "dark" or "light"."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "dark" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "light"


# ---------------------------------------------------------------- the old helpers


def error_text(widget: W) -> W:
    """Show the widget's text in the error colour; returns the widget."""
    return set_role(widget, "error")


def hint_text(widget: W) -> W:
    """Show the widget's text as a hint (muted); returns the widget."""
    return set_role(widget, "hint")


def note_text(widget: W) -> W:
    """Show the widget's text as a side note (muted); returns the widget."""
    return set_role(widget, "note")


# ---------------------------------------------------------------- constructors


def label(text: str = "", role_name: str = "", *, wrap: bool = False) -> QLabel:
    w = QLabel(text)
    w.setWordWrap(wrap)
    return set_role(w, role_name)


def error_label(text: str = "") -> QLabel:
    """A wrapping error message (hidden while empty is the caller's choice)."""
    return label(text, "error", wrap=True)


def hint_label(text: str = "") -> QLabel:
    return label(text, "hint", wrap=True)


def section_header(text: str = "") -> QLabel:
    return label(text, "section")


def title_label(text: str = "") -> QLabel:
    return label(text, "title")


def chip(text: str = "", tone: str = "") -> QLabel:
    """A small pill of text: tone "" (neutral), "accent" or "danger"."""
    return label(text, f"chip_{tone}" if tone else "chip")


class KpiCard(QWidget):
    """A card with a big figure and its caption; clicking it emits `clicked`."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        set_role(self, "card")
        self.value = label("–", "kpi")
        self.value.setObjectName("kpi_value")
        self.caption = label("", "hint", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_alert(self, alert: bool) -> None:
        """The figure in the danger colour (something is overdue)."""
        set_role(self.value, "kpi_alert" if alert else "kpi")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
