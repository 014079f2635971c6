"""How an SLA state looks in the window: its colour in the complaints table and its role
(ui.style) on the detail pane. Kept apart from ui.complaints.labels, whose texts the
command line reads without loading the window's style."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui import style

SLA_ROLES = {"on_time": "success", "near": "warning", "overdue": "error"}  # ui.style roles


def sla_color(state: str) -> QColor:
    """The colour of an SLA state ("on_time", "near", "overdue") in the theme in force."""
    return QColor(
        {"on_time": style.SLA_ON_TIME, "near": style.SLA_NEAR, "overdue": style.SLA_OVERDUE}[state]
    )
