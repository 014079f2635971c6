"""The design tokens: every colour of the program, named by what it means, for the light
and the dark theme; the spacing scale, the radii and the type sizes (the same in both).

Colours are "#rrggbb" strings: the application style sheet takes them as they are,
painting code wraps them, `QColor(style.tokens().danger)`. Text colours reach WCAG AA
(4.5:1) on the surfaces they are drawn on (tests/test_theme.py checks the pairs)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Tokens:
    name: str  # "light" or "dark"
    # ------------------------------------------------ surfaces
    window: str  # behind everything: the page background
    panel: str  # cards, tables, inputs, dialogs' content
    sunken: str  # alternate rows, a header row, the sidebar
    hover: str  # a row or button under the mouse
    border: str  # hairlines between things
    border_strong: str  # an input's frame, a focused card
    # ------------------------------------------------ text
    text: str
    text_muted: str  # hints, captions, notes
    text_subtle: str  # done, closed, skipped: still readable, clearly set back
    text_disabled: str
    # ------------------------------------------------ the accent
    accent: str  # the primary button, the focus ring, the current page
    accent_hover: str
    accent_pressed: str
    on_accent: str  # text on the accent
    accent_text: str  # the accent as text (a link, an active filter) on the panel
    accent_soft: str  # the current sidebar entry, a hovered primary thing
    selection: str  # selected rows and text
    selection_text: str
    # ------------------------------------------------ states
    success: str
    warning: str
    danger: str
    confirmation: str  # "saved"
    success_soft: str
    warning_soft: str  # a value kept in the notes (import)
    danger_soft: str  # an escalated complaint, a cell that keeps its row out
    info_soft: str  # the header row of a sheet
    # ------------------------------------------------ the notice banner
    notice_background: str
    notice_border: str
    notice_text: str
    # ------------------------------------------------ badges and chips (white marks on them)
    badge_danger: str
    badge_accent: str
    on_badge: str
    # the customer card's filled pills: lifecycle stages from first contact to gone, and
    # the RFM segment (their text black or white, whichever reads: chips.text_color)
    stage_lead: str
    stage_new: str
    stage_active: str
    stage_dormant: str
    stage_churned: str
    rfm_badge: str
    chip_include: str
    chip_exclude: str
    chip_more: str
    chip_hover_border: str
    chip_dark_text: str  # on a light tag colour
    chip_light_text: str  # on a dark tag colour
    tag_default: str  # a group's or tag's colour when none is chosen (as models/ stores)
    tag_new: str  # a name typed in the tag editor that is no tag yet
    # ------------------------------------------------ tooltips, scroll bars
    tooltip: str
    tooltip_text: str
    scrollbar: str
    scrollbar_hover: str
    # ------------------------------------------------ charts
    chart_series: tuple[str, ...]

    def colours(self) -> dict[str, str]:
        """Every single colour by name (not the chart series)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("name", "chart_series")
        }


LIGHT = Tokens(
    name="light",
    window="#f4f5f7",
    panel="#ffffff",
    sunken="#f7f8fa",
    hover="#edf0f4",
    border="#e1e4e9",
    border_strong="#c3c9d1",
    text="#1f2329",
    text_muted="#555d69",
    text_subtle="#626974",
    text_disabled="#a3a9b1",
    accent="#2d66d6",
    accent_hover="#2759bd",
    accent_pressed="#204ca4",
    on_accent="#ffffff",
    accent_text="#2257c2",
    accent_soft="#e6eefc",
    selection="#d6e3fa",
    selection_text="#1f2329",
    success="#1c7a45",
    warning="#ad4e00",
    danger="#c4302b",
    confirmation="#176b3c",
    success_soft="#e2f3e8",
    warning_soft="#fff2d1",
    danger_soft="#fde8e7",
    info_soft="#e2ebf7",
    notice_background="#fff7e0",
    notice_border="#f0c85e",
    notice_text="#4a3500",
    badge_danger="#c93631",
    badge_accent="#2d66d6",
    on_badge="#ffffff",
    stage_lead="#8e7cc3",
    stage_new="#1e88e5",
    stage_active="#2e7d32",
    stage_dormant="#f9a825",
    stage_churned="#9e9e9e",
    rfm_badge="#5c6bc0",
    chip_include="#1b7d46",
    chip_exclude="#c93631",
    chip_more="#e3e6ea",
    chip_hover_border="#3f4650",
    chip_dark_text="#1f2329",
    chip_light_text="#ffffff",
    tag_default="#607d8b",
    tag_new="#90a4ae",
    tooltip="#2a2f36",
    tooltip_text="#f4f5f7",
    scrollbar="#c8cdd4",
    scrollbar_hover="#a6adb7",
    chart_series=(
        "#3a6fd8",
        "#e8833a",
        "#2a9d72",
        "#d64f4a",
        "#8b6fd0",
        "#1b9fb4",
        "#c99a1e",
        "#c25f98",
        "#6f7c8a",
        "#9c755f",
    ),
)

DARK = Tokens(
    name="dark",
    window="#141619",
    panel="#1c1f23",
    sunken="#202328",
    hover="#292d33",
    border="#2f343b",
    border_strong="#48505a",
    text="#e4e7eb",
    text_muted="#a6aeb9",
    text_subtle="#8e97a3",
    text_disabled="#5d646e",
    accent="#3b6fd9",
    accent_hover="#3466cf",
    accent_pressed="#3162c4",
    on_accent="#ffffff",
    accent_text="#86aaf8",
    accent_soft="#1f2d47",
    selection="#27406b",
    selection_text="#f2f4f7",
    success="#5cc58a",
    warning="#efa451",
    danger="#f17a73",
    confirmation="#6bd197",
    success_soft="#183322",
    warning_soft="#3a2f15",
    danger_soft="#45211f",
    info_soft="#1d2c44",
    notice_background="#372d14",
    notice_border="#7d6420",
    notice_text="#f5e4b5",
    badge_danger="#c93b35",
    badge_accent="#3b6fd9",
    on_badge="#ffffff",
    stage_lead="#9d8fd0",
    stage_new="#3b8fe0",
    stage_active="#3f9a47",
    stage_dormant="#e0a526",
    stage_churned="#7d7d7d",
    rfm_badge="#6f7cc9",
    chip_include="#23874f",
    chip_exclude="#c93b35",
    chip_more="#3a3f47",
    chip_hover_border="#d2d8df",
    chip_dark_text="#1f2329",
    chip_light_text="#ffffff",
    tag_default="#607d8b",
    tag_new="#90a4ae",
    tooltip="#2c3138",
    tooltip_text="#e4e7eb",
    scrollbar="#3d434b",
    scrollbar_hover="#565e68",
    chart_series=(
        "#6d95ef",
        "#f0a05e",
        "#4cc095",
        "#ef7a74",
        "#a892e8",
        "#45bfd2",
        "#e0bb4e",
        "#da82b5",
        "#9aa6b2",
        "#bd967e",
    ),
)

THEMES = {"light": LIGHT, "dark": DARK}

# ---------------------------------------------------------------- the same in both themes
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}  # px, margins and gaps
RADIUS = {"s": 4, "m": 6, "l": 10, "pill": 999}  # px
TYPE = {"title": 20, "section": 15, "kpi": 26, "body": 13, "small": 12}  # px
ROW_HEIGHT = 30  # px: a table row, a list entry
HEADER_PADDING = (4, 6)  # px, a column title's top/bottom and sides (ui.column_fit counts them)


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
