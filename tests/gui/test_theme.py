"""Light and dark: the tokens (contrast), the theme applied live from Settings →
Appearance and remembered, following the system in "auto", roles styled by the one
application style sheet, charts and painted icons in the theme's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui import style
from ui.style import DARK, LIGHT, contrast

# (text token, the surfaces it is drawn on): WCAG AA for normal text is 4.5:1.
TEXT_ON = {
    "text": ("panel", "window", "sunken", "hover", "selection", "danger_soft", "warning_soft",
             "info_soft", "accent_soft"),
    "text_muted": ("panel", "window", "sunken", "hover"),
    "text_subtle": ("panel", "window", "sunken", "danger_soft"),
    "accent_text": ("panel", "window", "sunken", "accent_soft"),
    "success": ("panel", "window", "sunken"),
    "warning": ("panel", "window", "sunken"),
    "danger": ("panel", "window", "sunken", "danger_soft"),
    "confirmation": ("panel", "window"),
    "notice_text": ("notice_background",),
    "on_accent": ("accent", "accent_hover", "accent_pressed"),
    "on_badge": ("badge_danger", "badge_accent", "chip_include", "chip_exclude"),
    "tooltip_text": ("tooltip",),
    "selection_text": ("selection",),
}  # fmt: skip


@pytest.fixture
def themed(qapp):
    """Whatever a test applies, the next test starts with no theme (as tests build widgets)."""
    yield qapp
    style.remove_theme()


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_reach_wcag_aa_on_their_surfaces(tokens):
    low = [
        f"{fg} on {bg}: {contrast(getattr(tokens, fg), getattr(tokens, bg)):.2f}"
        for fg, surfaces in TEXT_ON.items()
        for bg in surfaces
        if contrast(getattr(tokens, fg), getattr(tokens, bg)) < 4.5
    ]
    assert low == []
    # The chart series stand apart from the chart's background (3:1, graphics).
    assert min(contrast(c, tokens.panel) for c in tokens.chart_series) >= 2.5


def test_the_themes_differ_where_they_should_and_name_every_colour():
    assert LIGHT.colours().keys() == DARK.colours().keys()
    for name in ("window", "panel", "text", "danger", "danger_soft", "selection",
                 "notice_background", "chip_more"):  # fmt: skip
        assert getattr(LIGHT, name) != getattr(DARK, name), name
    assert QColor(DARK.window).lightness() < 40 < 200 < QColor(LIGHT.window).lightness()
    # The tag colour models/ stores by default stays the same whatever the theme.
    assert LIGHT.tag_default == DARK.tag_default


def test_the_old_names_read_the_theme_in_force(themed):
    for name, token in style.LEGACY.items():
        assert getattr(style, name) == getattr(LIGHT, token), name
    style.apply_theme("dark")
    assert style.ERROR == DARK.danger != LIGHT.danger
    assert DARK.danger_soft == style.ESCALATED_BACKGROUND
    assert DARK.chart_series == style.CHART_SERIES
    with pytest.raises(AttributeError):
        _ = style.NO_SUCH_COLOUR


def test_a_role_is_styled_by_the_application_sheet_in_each_theme(themed, qtbot):
    label = style.error_label("Wrong")
    hint = style.hint_label("A hint")
    qtbot.addWidget(label)
    qtbot.addWidget(hint)
    seen = {}
    for mode in ("light", "dark"):
        style.apply_theme(mode)
        label.ensurePolished()
        hint.ensurePolished()
        seen[mode] = (label.palette().color(label.foregroundRole()).name(),
                      hint.palette().color(hint.foregroundRole()).name())  # fmt: skip
    assert seen == {"light": (LIGHT.danger, LIGHT.text_muted),
                    "dark": (DARK.danger, DARK.text_muted)}  # fmt: skip
    style.set_role(label, "")  # no role: the text colour again
    assert label.palette().color(label.foregroundRole()).name() == DARK.text
    with pytest.raises(ValueError):
        style.set_role(label, "no-such-role")


def test_applying_a_theme_sets_fusion_the_palette_and_one_sheet(themed):
    app = QApplication.instance()
    style.apply_theme("dark")
    assert style.tokens() is DARK and style.mode() == "dark"
    assert app.palette().color(QPalette.Window).name() == DARK.window
    assert app.palette().color(QPalette.Base).name() == DARK.panel
    assert app.styleSheet() == style.build_sheet(DARK)
    assert LIGHT.window not in app.styleSheet()
    style.apply_theme("light")
    assert app.palette().color(QPalette.Text).name() == LIGHT.text
    assert app.styleSheet() == style.build_sheet(LIGHT)
    style.apply_theme("nonsense")  # anything else follows the system
    assert style.mode() == "auto"


def test_auto_follows_the_system_and_a_choice_does_not(themed, monkeypatch):
    from ui.style import theme

    hints = QApplication.styleHints()
    style.apply_theme("auto")
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.tokens() is DARK
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.tokens() is LIGHT
    style.apply_theme("dark")  # chosen: the system's change is not followed
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.tokens() is DARK


def test_painted_tag_icons_follow_the_theme(themed):
    from ui.tags.chips import state_icon

    def centre(icon):
        return icon.pixmap(16, 16).toImage().pixelColor(8, 3).name()

    light = centre(state_icon(LIGHT.tag_default, "exclude"))
    style.apply_theme("dark")
    dark = centre(state_icon(LIGHT.tag_default, "exclude"))
    assert (light, dark) == (LIGHT.chip_exclude, DARK.chip_exclude)


def test_settings_appearance_switches_live_persists_and_charts_follow(window, qtbot, themed):
    from desktop import settings as app_settings
    from ui.sidebar import Sidebar

    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.board is not None and not page.reader.busy(), timeout=20000)
    chart = page.charts["sources"]
    assert chart.figure.get_facecolor()[:3] == pytest.approx(QColor(LIGHT.panel).getRgbF()[:3])
    menu = window.appearance.menu
    assert menu in [a.menu() for a in window.menu_settings.actions() if a.menu()]
    assert [a.text() for a in menu.actions()] == ["Follow the system", "Light", "Dark"]
    assert window.appearance.actions["auto"].isChecked()

    window.findChild(type(window.appearance.actions["dark"]), "action_theme_dark").trigger()
    assert style.tokens() is DARK
    assert QApplication.instance().palette().color(QPalette.Window).name() == DARK.window
    assert window.appearance.actions["dark"].isChecked()
    assert chart.figure.get_facecolor()[:3] == pytest.approx(QColor(DARK.panel).getRgbF()[:3])
    assert app_settings.theme(app_settings.open_settings()) == "dark"  # read back from disk

    window.appearance.actions["light"].trigger()
    assert style.tokens() is LIGHT
    assert chart.figure.get_facecolor()[:3] == pytest.approx(QColor(LIGHT.panel).getRgbF()[:3])
    assert app_settings.theme(app_settings.open_settings()) == "light"


def test_the_theme_setting_is_kept_and_checked_in_a_new_window(qtbot, demo_db):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow

    settings = app_settings.open_settings()
    assert app_settings.theme(settings) == "auto"
    app_settings.set_theme(settings, "dark")
    app_settings.set_theme(settings, "sepia")  # not a theme: follow the system
    assert app_settings.theme(settings) == "auto"
    app_settings.set_theme(settings, "dark")
    settings.sync()
    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    # Its start-up work runs in workers: closed before they land, they would call back
    # into deleted widgets (a crash in a later test).
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    assert w.appearance.actions["dark"].isChecked()
    assert not w.appearance.actions["auto"].isChecked()


def test_empty_state_and_kpi_card_helpers(qtbot, themed):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.empty_state import EmptyState

    style.apply_theme("light")
    view = QTableView()
    view.setModel(QStandardItemModel(0, 1, view))
    qtbot.addWidget(view)
    empty = EmptyState(view, "search")
    empty.set_text("No customers yet")
    assert style.role_of(empty) == "empty_state" and style.role_of(empty.title) == "section"
    card = style.KpiCard()
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.clicked):
        qtbot.mouseClick(card, Qt.LeftButton)
    card.set_alert(True)
    assert card.value.palette().color(card.value.foregroundRole()).name() == LIGHT.danger
    assert isinstance(style.chip("VIP", "accent"), QLabel)


def test_a_restyling_widget_inside_a_window_restyles_once_per_change(themed, qtbot):
    from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

    from ui.restyling import Restyling

    class Badge(Restyling, QFrame):
        def __init__(self):
            super().__init__()
            self.colours: list[str] = []

        def restyle(self) -> None:
            self.colours.append(style.tokens().badge_danger)

    window = QWidget()
    qtbot.addWidget(window)
    badge = Badge()
    QVBoxLayout(window).addWidget(badge)
    window.show()
    style.apply_theme("dark")
    style.apply_theme("dark")  # the same theme again: nothing to do
    style.apply_theme("light")
    assert badge.colours == [DARK.badge_danger, LIGHT.badge_danger]


def test_the_calendar_weekends_follow_the_theme(themed, qtbot):
    from ui.followups.calendar import CountCalendar

    def weekend(calendar) -> str:
        return calendar.weekdayTextFormat(Qt.Sunday).foreground().color().name()

    style.apply_theme("light")
    calendar = CountCalendar()
    qtbot.addWidget(calendar)
    assert weekend(calendar) == LIGHT.danger  # not Qt's own pure red
    style.apply_theme("dark")
    qtbot.waitUntil(lambda: weekend(calendar) == DARK.danger, timeout=3000)
