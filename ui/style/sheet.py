"""The one application style sheet and the QPalette, both built from the tokens.

Widgets get their look from here through their class and a `role` property
(`ui.style.set_role(label, "error")`), never from a style sheet of their own. Item
rules (`::item`) leave colour and background to the models (ForegroundRole,
BackgroundRole) except when selected or hovered."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from string import Template

from PySide6.QtGui import QColor, QPalette

from ui.style.tokens import HEADER_PADDING, RADIUS, ROW_HEIGHT, SPACE, TYPE, Tokens

SHEET = Template("""
QMainWindow, QDialog, QWizard { background: $window; }
QToolTip {
    background: $tooltip; color: $tooltip_text; border: 1px solid $tooltip;
    border-radius: ${r_s}px; padding: 4px 6px;
}

/* ------------------------------------------------------------ buttons */
QPushButton {
    background: $panel; color: $text; border: 1px solid $border_strong;
    border-radius: ${r_m}px; padding: 3px 10px; min-height: 20px;
}
QPushButton:hover { background: $hover; }
QPushButton:pressed { background: $border; }
QPushButton:focus { border-color: $accent; }
QPushButton:default, QPushButton[role="primary"] {
    background: $accent; color: $on_accent; border-color: $accent;
}
QPushButton:default:hover, QPushButton[role="primary"]:hover { background: $accent_hover; }
QPushButton:default:pressed, QPushButton[role="primary"]:pressed {
    background: $accent_pressed;
}
QPushButton:default:focus, QPushButton[role="primary"]:focus { border-color: $accent_pressed; }
QPushButton:disabled {
    background: $sunken; color: $text_disabled; border-color: $border;
}
QPushButton:flat { background: transparent; border-color: transparent; }
QPushButton:flat:hover { background: $hover; }
QPushButton::menu-indicator { subcontrol-position: right center; right: 6px; }
QToolButton {
    color: $text; background: transparent; border: 1px solid transparent;
    border-radius: ${r_m}px; padding: 3px 6px;
}
QToolButton:hover { background: $hover; border-color: $border; }
QToolButton:pressed { background: $border; }
QToolButton:checked { background: $accent_soft; color: $accent_text; }
QToolButton:focus { border-color: $accent; }
QToolButton:disabled { color: $text_disabled; }
QToolButton[popupMode="1"], QToolButton[popupMode="2"] { padding-right: 18px; }
QToolButton::menu-indicator {
    subcontrol-origin: padding; subcontrol-position: center right; right: 4px;
}
QToolButton::menu-button { border: none; width: 16px; }

/* ------------------------------------------------------------ inputs */
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {
    background: $panel; color: $text; border: 1px solid $border_strong;
    border-radius: ${r_m}px; padding: 3px 6px;
    selection-background-color: $selection; selection-color: $selection_text;
}
QPlainTextEdit, QTextEdit { padding: 2px; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus { border-color: $accent; }
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled,
QPlainTextEdit:disabled, QTextEdit:disabled {
    background: $sunken; color: $text_disabled; border-color: $border;
}
QLineEdit:read-only { background: $sunken; }
QComboBox { padding-right: 20px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px;
    border: none; background: transparent;
}
QComboBox::down-arrow { image: url("$img_down"); width: 10px; height: 6px; }
QComboBox::down-arrow:disabled { image: url("$img_down_disabled"); }
QAbstractSpinBox { padding-right: 18px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: border; width: 18px; border: none; background: transparent;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: $hover; }
QAbstractSpinBox::up-arrow { image: url("$img_up"); width: 8px; height: 5px; }
QAbstractSpinBox::down-arrow { image: url("$img_down"); width: 8px; height: 5px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {
    image: url("$img_up_disabled");
}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {
    image: url("$img_down_disabled");
}
QCheckBox::indicator, QRadioButton::indicator {
    width: 14px; height: 14px; border: 1px solid $border_strong; background: $panel;
}
QCheckBox::indicator { border-radius: 3px; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:hover, QRadioButton::indicator:hover { border-color: $accent; }
QCheckBox::indicator:checked {
    background: $accent; border-color: $accent; image: url("$img_check");
}
QCheckBox::indicator:indeterminate {
    background: $accent; border-color: $accent; image: url("$img_dash");
}
QRadioButton::indicator:checked {
    background: $accent; border-color: $accent; image: url("$img_dot");
}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {
    background: $sunken; border-color: $border;
}
QCheckBox::indicator:checked:disabled, QRadioButton::indicator:checked:disabled {
    background: $border_strong;
}
QComboBox QAbstractItemView {
    background: $panel; color: $text; border: 1px solid $border;
    selection-background-color: $accent_soft; selection-color: $text; outline: none;
}
*[role="invalid"] { border: 1px solid $danger; }

/* ------------------------------------------------------------ lists and tables */
QAbstractItemView {
    background: $panel; color: $text; alternate-background-color: $sunken;
    border: 1px solid $border; border-radius: ${r_s}px;
    selection-background-color: $selection; selection-color: $selection_text;
    gridline-color: $border; outline: none;
}
QAbstractItemView::item { padding: 0px 6px; }
QAbstractItemView::item:hover { background: $hover; }
QAbstractItemView::item:selected { background: $selection; color: $selection_text; }
QHeaderView { background: $sunken; border: none; }
QHeaderView::section {
    background: $sunken; color: $text_muted; font-weight: 600;
    border: none; border-bottom: 1px solid $border; border-right: 1px solid $border;
    padding: ${header_pad_y}px ${header_pad_x}px; min-height: 20px;
}
QHeaderView::section:hover { color: $text; }
QTableCornerButton::section { background: $sunken; border: none; }

/* ------------------------------------------------------------ the sidebar */
QListWidget[role="sidebar"] {
    background: $sunken; border: none; border-right: 1px solid $border; border-radius: 0px;
    font-size: 14px; padding: 8px 0px;
}
QListWidget[role="sidebar"]::item {
    padding: 7px 10px; margin: 1px 8px; border-radius: ${r_m}px;
}
QListWidget[role="sidebar"]::item:hover { background: $hover; }
QListWidget[role="sidebar"]::item:selected {
    background: $accent_soft; color: $accent_text; font-weight: 600;
}

/* ------------------------------------------------------------ frames and cards */
QFrame[role="card"], QWidget[role="card"] {
    background: $panel; border: 1px solid $border; border-radius: ${r_l}px;
}
QFrame[role="card"][clickable="true"]:hover { border-color: $accent; }
QWidget[role="overlay"] { background: $window; }
QWidget[role="empty_state"] { background: transparent; }
QFrame[role="notice"] {
    background: $notice_background; border: none; border-bottom: 1px solid $notice_border;
}
QFrame[role="notice"] QLabel { color: $notice_text; font-size: ${body}px; }
QGroupBox {
    border: 1px solid $border; border-radius: ${r_m}px; margin-top: 14px; padding-top: 6px;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0px 4px;
    color: $text_muted; font-weight: 600;
}
QTabWidget::pane {
    border: 1px solid $border; border-radius: ${r_m}px; background: $panel; top: -1px;
}
QTabBar::tab {
    background: transparent; color: $text_muted; padding: 6px 14px;
    border: none; border-bottom: 2px solid transparent;
}
QTabBar::tab:hover { color: $text; }
QTabBar::tab:selected { color: $text; border-bottom: 2px solid $accent; }
QSplitter::handle { background: transparent; }
QSplitter::handle:hover { background: $accent_soft; }
QSplitter::handle:horizontal { width: 6px; }
QSplitter::handle:vertical { height: 6px; }
QProgressBar {
    background: $sunken; border: 1px solid $border; border-radius: ${r_s}px;
    text-align: center; color: $text;
}
QProgressBar::chunk { background: $accent; border-radius: ${r_s}px; }

/* ------------------------------------------------------------ menus and bars */
QMenuBar { background: $panel; color: $text; border-bottom: 1px solid $border; }
QMenuBar::item { background: transparent; padding: 4px 10px; border-radius: ${r_s}px; }
QMenuBar::item:selected { background: $hover; }
QMenu {
    background: $panel; color: $text; border: 1px solid $border; padding: 4px;
}
QMenu::item { padding: 5px 24px 5px 28px; border-radius: ${r_s}px; }
QMenu::item:selected { background: $accent_soft; color: $text; }
QMenu::item:disabled { color: $text_disabled; }
QMenu::separator { height: 1px; background: $border; margin: 4px 8px; }
QMenu::icon { padding-left: 6px; }
QStatusBar { background: $panel; color: $text_muted; border-top: 1px solid $border; }
QStatusBar::item { border: none; }
QToolBar { background: $panel; border: none; border-bottom: 1px solid $border; spacing: 4px; }

/* ------------------------------------------------------------ scroll bars */
QScrollBar:vertical { background: transparent; width: 12px; margin: 0px; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 0px; }
QScrollBar::handle { background: $scrollbar; border-radius: 4px; margin: 2px; }
QScrollBar::handle:hover { background: $scrollbar_hover; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }

/* ------------------------------------------------------------ text roles */
*[role="error"] { color: $danger; }
*[role="warning"] { color: $warning; }
*[role="success"] { color: $success; }
*[role="confirmation"] { color: $confirmation; }
*[role="hint"] { color: $text_muted; }
*[role="note"] { color: $text_muted; }
*[role="caption"] { color: $text_muted; font-size: ${small}px; }
*[role="demo"] { color: $warning; font-weight: 600; }
*[role="active"] { color: $accent_text; font-weight: 600; }
QLabel[role="title"] { color: $text; font-size: ${title}px; font-weight: 600; }
QLabel[role="section"] { color: $text; font-size: ${section}px; font-weight: 600; }
QLabel[role="kpi"] { color: $text; font-size: ${kpi}px; font-weight: 600; }
QLabel[role="kpi_alert"] { color: $danger; font-size: ${kpi}px; font-weight: 600; }
QLabel[role="chip"] {
    background: $sunken; color: $text; border: 1px solid $border;
    border-radius: 10px; padding: 1px 8px;
}
QLabel[role="chip_accent"] {
    background: $accent_soft; color: $accent_text; border: none;
    border-radius: 10px; padding: 1px 8px;
}
QLabel[role="chip_danger"] {
    background: $danger_soft; color: $danger; border: none;
    border-radius: 10px; padding: 1px 8px;
}
""")


# Small pictures the sheet needs (arrows, the tick), drawn in the theme's colours.
_SVG = {
    "down": ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6" '
             'viewBox="0 0 10 6"><path d="M1 1l4 4 4-4" fill="none" stroke="{c}" '
             'stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>'),
    "up": ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6" '
           'viewBox="0 0 10 6"><path d="M1 5l4-4 4 4" fill="none" stroke="{c}" '
           'stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>'),
    "check": ('<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" '
              'viewBox="0 0 14 14"><path d="M3 7.2l2.6 2.6L11 4.4" fill="none" stroke="{c}" '
              'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>'),
    "dash": ('<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" '
             'viewBox="0 0 14 14"><path d="M3.5 7h7" stroke="{c}" stroke-width="2" '
             'stroke-linecap="round"/></svg>'),
    "dot": ('<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" '
            'viewBox="0 0 14 14"><circle cx="7" cy="7" r="3" fill="{c}"/></svg>'),
}  # fmt: skip
_folder: list[Path] = []


def _images(t: Tokens) -> dict[str, str]:
    """The pictures as files (a style sheet names files), once per theme and process."""
    if not _folder:
        _folder.append(Path(tempfile.mkdtemp(prefix="guanjia-style-")))
        atexit.register(shutil.rmtree, _folder[0], ignore_errors=True)
    colours = {
        "down": t.text_muted, "up": t.text_muted, "down_disabled": t.text_disabled,
        "up_disabled": t.text_disabled, "check": t.on_accent, "dash": t.on_accent,
        "dot": t.on_accent,
    }  # fmt: skip
    paths = {}
    for name, colour in colours.items():
        path = _folder[0] / f"{name}-{t.name}.svg"
        if not path.exists():
            path.write_text(_SVG[name.removesuffix("_disabled")].format(c=colour), "utf-8")
        paths[f"img_{name}"] = path.as_posix()
    return paths


def build_sheet(t: Tokens) -> str:
    """The application style sheet for the tokens."""
    values = dict(t.colours())
    values.update(_images(t))
    values.update({f"r_{k}": v for k, v in RADIUS.items()})
    values.update({k: v for k, v in TYPE.items()})
    values.update({f"space_{k}": v for k, v in SPACE.items()})
    values["row"] = ROW_HEIGHT
    values["header_pad_y"], values["header_pad_x"] = HEADER_PADDING
    return SHEET.substitute(values)


def chip_sheet(colour: str, text: str, hover_border: str) -> str:
    """The style sheet of one chip button in a tag's own colour (`set_chip_colour`)."""
    return (
        f"QToolButton {{ background: {colour}; color: {text}; border: 1px solid {colour};"
        f" border-radius: 10px; padding: 2px 8px; }}"
        f"QToolButton:hover {{ border: 1px solid {hover_border}; }}"
    )


def build_palette(t: Tokens) -> QPalette:
    """A QPalette for Fusion and for painting code that reads the palette."""
    p = QPalette()
    c = QColor
    roles = {
        QPalette.Window: t.window,
        QPalette.WindowText: t.text,
        QPalette.Base: t.panel,
        QPalette.AlternateBase: t.sunken,
        QPalette.Text: t.text,
        QPalette.Button: t.panel,
        QPalette.ButtonText: t.text,
        QPalette.BrightText: t.on_accent,
        QPalette.Highlight: t.selection,
        QPalette.HighlightedText: t.selection_text,
        QPalette.ToolTipBase: t.tooltip,
        QPalette.ToolTipText: t.tooltip_text,
        QPalette.PlaceholderText: t.text_subtle,
        QPalette.Link: t.accent_text,
        QPalette.LinkVisited: t.accent_text,
        QPalette.Light: t.panel,
        QPalette.Midlight: t.border,
        QPalette.Mid: t.border_strong,
        QPalette.Dark: t.border_strong,
        QPalette.Shadow: t.border_strong,
    }
    if hasattr(QPalette, "Accent"):
        roles[QPalette.Accent] = t.accent
    for role, colour in roles.items():
        p.setColor(role, c(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, c(t.text_disabled))
    p.setColor(QPalette.Disabled, QPalette.Base, c(t.sunken))
    p.setColor(QPalette.Disabled, QPalette.Button, c(t.sunken))
    p.setColor(QPalette.Inactive, QPalette.Highlight, c(t.selection))
    p.setColor(QPalette.Inactive, QPalette.HighlightedText, c(t.selection_text))
    return p
