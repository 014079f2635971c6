"""ui/'s design system: the tokens (every colour, named by meaning, for light and dark;
spacing, radii, type sizes), the theme applied to the application (Fusion, a palette,
ONE style sheet, live), roles instead of style sheets of a widget's own, and the
constructors of the widgets that repeat.

    from ui import style
    style.apply_theme("auto")            # desktop/ does this at start and from the menu
    style.tokens().danger                # a colour of the theme in force
    style.set_role(label, "error")       # styled by the application style sheet
    style.error_label(), style.section_header(), style.KpiCard() (an empty list's
    picture and text: ui/empty_state.py)

The old names (`style.ERROR`, `style.CHART_SERIES`, ...) still read,
always in the theme in force: read them when painting, not once at import. No other
module of ui/ or desktop/ writes a colour out or calls setStyleSheet
(tests/test_style.py checks)."""

from __future__ import annotations

from ui.style.roles import (
    CONTAINERS,
    ROLES,
    KpiCard,
    chip,
    error_label,
    error_text,
    hint_label,
    hint_text,
    label,
    note_text,
    readable_on,
    repolish,
    role_of,
    section_header,
    set_chip_colour,
    set_role,
    title_label,
)
from ui.style.sheet import build_palette, build_sheet
from ui.style.theme import (
    MODES,
    apply_theme,
    mode,
    on_theme_change,
    remove_theme,
    system_scheme,
    tokens,
)
from ui.style.tokens import (
    DARK,
    HEADER_PADDING,
    LIGHT,
    RADIUS,
    ROW_HEIGHT,
    SPACE,
    THEMES,
    TYPE,
    Tokens,
    contrast,
)

__all__ = [
    "CONTAINERS", "DARK", "HEADER_PADDING", "LIGHT", "MODES", "RADIUS", "ROLES", "ROW_HEIGHT", "SPACE",
    "THEMES", "TYPE", "KpiCard", "Tokens", "apply_theme", "build_palette",
    "build_sheet", "chip", "contrast", "error_label", "error_text", "hint_label",
    "hint_text", "label", "mode", "note_text", "on_theme_change", "readable_on",
    "remove_theme", "repolish", "role_of", "section_header", "set_chip_colour", "set_role",
    "system_scheme", "title_label", "tokens",
]  # fmt: skip

# The names ui/ used before the tokens, each the token it now is.
LEGACY = {
    # states
    "ERROR": "danger", "WARNING": "warning", "SUCCESS": "success",
    "CONFIRMATION": "confirmation",
    # quiet text
    "HINT": "text_muted", "NOTE": "text_muted", "DONE": "text_subtle",
    "CLOSED": "text_subtle", "SKIPPED_ROW": "text_subtle", "ZERO_COUNT": "text_subtle",
    # follow-ups
    "OVERDUE": "danger", "DUE_TODAY": "warning", "CALENDAR_PAST": "badge_danger",
    "CALENDAR_AHEAD": "badge_accent", "BADGE_TEXT": "on_badge",
    # complaints
    "SLA_ON_TIME": "success", "SLA_NEAR": "warning", "SLA_OVERDUE": "danger",
    "ESCALATED": "danger", "COMPLAINT_FLAGS": "danger", "OPEN_COMPLAINT": "danger",
    "ESCALATED_BACKGROUND": "danger_soft",
    # import preview
    "IMPORT_ERROR_BACKGROUND": "danger_soft", "IMPORT_WARNING_BACKGROUND": "warning_soft",
    "HEADER_ROW_BACKGROUND": "info_soft",
    # the notice banner
    "NOTICE_BACKGROUND": "notice_background", "NOTICE_BORDER": "notice_border",
    "NOTICE_TEXT": "notice_text",
    # tags and chips
    "TAG_DEFAULT": "tag_default", "TAG_NEW": "tag_new", "CHIP_INCLUDE": "chip_include",
    "CHIP_EXCLUDE": "chip_exclude", "CHIP_DARK_TEXT": "chip_dark_text",
    "CHIP_LIGHT_TEXT": "chip_light_text", "CHIP_MORE": "chip_more",
    "CHIP_HOVER_BORDER": "chip_hover_border",
    # the customer card
    "STAGE_LEAD": "stage_lead", "STAGE_NEW": "stage_new", "STAGE_ACTIVE": "stage_active",
    "STAGE_DORMANT": "stage_dormant", "STAGE_CHURNED": "stage_churned",
    "RFM_BADGE": "rfm_badge", "DANGER_BADGE": "badge_danger",
    # charts
    "CHART_SERIES": "chart_series",
}  # fmt: skip


def __getattr__(name: str):
    """`style.ERROR` and the other old names: the current theme's value, at each read."""
    if name in LEGACY:
        return getattr(tokens(), LEGACY[name])
    raise AttributeError(f"module 'ui.style' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *LEGACY])
