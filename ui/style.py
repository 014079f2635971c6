"""The colours of the ui/ in one place, named by what they mean, and the few inline style
sheets that repeat.

Colours are "#rrggbb" strings: a style sheet takes them as they are, painting code wraps
them, `QColor(style.ERROR)`. No other module of ui/ writes a colour out
(tests/test_style.py checks)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

# ------------------------------------------------------------ states
ERROR = "#c62828"  # errors; overdue; an excluded tag; escalated; urgent counts
WARNING = "#e65100"  # coming due: a follow-up due today, an SLA deadline near
SUCCESS = "#2e7d32"  # all is well: an SLA kept, a required tag
CONFIRMATION = "#1b5e20"  # the text saying a change was saved (darker, to read)

# ------------------------------------------------------------ quiet text
HINT = "#616161"  # an explanation under or beside a control
NOTE = "#666666"  # a side note in a dialog or on the lock screen
DONE = "#757575"  # a follow-up done
CLOSED = "#808080"  # a closed complaint
SKIPPED_ROW = "#7f7f7f"  # import: duplicates, the rows above the header row
ZERO_COUNT = "#9e9e9e"  # a tag no customer has

# ------------------------------------------------------------ follow-ups
OVERDUE = ERROR
DUE_TODAY = WARNING
CALENDAR_PAST = ERROR  # the count badge of a day gone by
CALENDAR_AHEAD = "#1e88e5"  # the count badge of today and the days ahead
BADGE_TEXT = "#ffffff"  # the number on a badge, the mark on a tag's state dot

# ------------------------------------------------------------ complaints
SLA_ON_TIME = SUCCESS
SLA_NEAR = WARNING
SLA_OVERDUE = ERROR
ESCALATED = ERROR  # the sidebar's Complaints entry while some are escalated
COMPLAINT_FLAGS = ERROR  # the column of ⚑ (escalated) and ★ (high-value customer)
OPEN_COMPLAINT = ERROR  # a customer's open complaints: the badge, their timeline entries
ESCALATED_BACKGROUND = "#fdecea"

# ------------------------------------------------------------ import preview
IMPORT_ERROR_BACKGROUND = "#fde2e1"  # a cell that keeps its row out
IMPORT_WARNING_BACKGROUND = "#fff4ce"  # a value kept in the notes: the row is imported
HEADER_ROW_BACKGROUND = "#dce6f1"  # the header row, as the Excel exports colour theirs

# ------------------------------------------------------------ the notice banner
NOTICE_BACKGROUND = "#fff8e1"
NOTICE_BORDER = "#ffca28"
NOTICE_TEXT = "#3e2723"

# ------------------------------------------------------------ tags and chips
TAG_DEFAULT = "#607d8b"  # a group's or tag's colour when none is chosen (as models/ stores)
TAG_NEW = "#90a4ae"  # a name typed in the tag editor that is no tag yet
CHIP_INCLUDE = SUCCESS  # a tag a filter requires
CHIP_EXCLUDE = ERROR  # a tag a filter leaves out
CHIP_DARK_TEXT = "#212121"  # on a light chip
CHIP_LIGHT_TEXT = "#ffffff"  # on a dark chip
CHIP_MORE = "#e0e0e0"  # the "+N" chip of tags that do not fit
CHIP_HOVER_BORDER = "#424242"

# ------------------------------------------------------------ the customer card
# Badges are filled pills; their text is black or white, whichever reads (chips.text_color).
STAGE_LEAD = "#8e7cc3"  # lifecycle stages, from first contact to gone
STAGE_NEW = "#1e88e5"
STAGE_ACTIVE = SUCCESS
STAGE_DORMANT = "#f9a825"
STAGE_CHURNED = "#9e9e9e"
RFM_BADGE = "#5c6bc0"  # the customer's RFM segment
DANGER_BADGE = OPEN_COMPLAINT  # open complaints on the card: a click shows them

# ------------------------------------------------------------ dashboard charts
# Colours that read on light and dark backgrounds alike (Tableau 10).
CHART_SERIES = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")  # fmt: skip

# ------------------------------------------------------------ inline style sheets
ERROR_STYLE = f"color: {ERROR};"
ERROR_BORDER_STYLE = f"border: 1px solid {ERROR};"  # a field with an error
CONFIRMATION_STYLE = f"color: {CONFIRMATION};"
HINT_STYLE = f"color: {HINT};"
NOTE_STYLE = f"color: {NOTE};"

W = TypeVar("W", bound=QWidget)


def error_text(widget: W) -> W:
    """Show the widget's text in the error red; returns the widget."""
    widget.setStyleSheet(ERROR_STYLE)
    return widget


def hint_text(widget: W) -> W:
    """Show the widget's text as a hint (grey); returns the widget."""
    widget.setStyleSheet(HINT_STYLE)
    return widget


def note_text(widget: W) -> W:
    """Show the widget's text as a side note (grey); returns the widget."""
    widget.setStyleSheet(NOTE_STYLE)
    return widget
