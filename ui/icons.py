"""Every icon of the window, named by the concept it stands for, in one place.

    button.setIcon(icons.icon("customers"))

gives a QIcon drawn from the Material Design Icons font that QtAwesome ships (`mdi6`;
licences in resources/icons/LICENSES.md) in the colours of the current application
palette: its text colour, a greyed one when disabled, the highlighted-text colour when
selected (a sidebar entry, a menu row). Icons are cached per palette; a widget that
sets icons re-sets them in `restyle()` (ui/restyling.Restyling), which runs when the
theme changes the palette. `muted_icon()` is the quiet, larger kind an empty list or
the first-start panel shows above its text. `app_icon()` is Guanjia's own icon
(resources/icons/, made by scripts/make_app_icon.py).

QtAwesome draws through QtPy, which takes the binding already imported: PySide6 is
imported here first, and PySide6 is the only binding the project installs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from qtawesome import icon as font_icon  # after PySide6: QtPy takes the imported binding

from resources import ICONS_DIR

FONT = "mdi6"

# concept -> glyph of the mdi6 font (https://pictogrammers.com/library/mdi/)
GLYPHS: dict[str, str] = {
    # ---------------------------------------------------------------- pages, sidebar
    "dashboard": "view-dashboard-outline",
    "followups": "calendar-clock-outline",
    "followups_today": "calendar-today-outline",
    "followups_overdue": "calendar-alert",
    "followups_week": "calendar-week",
    "followups_later": "calendar-arrow-right",
    "followups_done": "calendar-check-outline",
    "complaints": "message-alert-outline",
    "customers": "account-group-outline",
    "saved_view": "bookmark-outline",
    "recycle_bin": "trash-can-outline",
    "members": "wallet-membership",  # the 会员 page
    "counter": "cash-register",  # the counter screen (收银台)
    "statement": "file-document-outline",
    "print": "printer-outline",
    "reports": "chart-box-outline",
    "purchases": "receipt-text-outline",
    "events": "calendar-star",
    "communities": "account-multiple-outline",
    "surveys": "comment-quote-outline",  # 客户之声 (issue 27)
    "leads": "account-search-outline",  # 线索: the pool (issue 28)
    "team": "account-tie-outline",  # the staff list (issue 28)
    "lead_scoring": "scoreboard-outline",  # Settings > Lead scoring (issue 28)
    "funnel": "filter-variant",  # 漏斗 (issue 28)
    "automation": "robot-outline",  # 自动化 (issue 28)
    "refund": "cash-refund",
    "void": "cancel",
    # ---------------------------------------------------------------- customers
    "add": "plus",
    "new_customer": "account-plus-outline",
    "customer": "account-outline",
    "edit": "pencil-outline",
    "delete": "delete-outline",
    "restore_customer": "delete-restore",
    "delete_for_good": "delete-forever-outline",
    "empty_bin": "delete-sweep-outline",
    "tag": "tag-outline",
    "tags": "tag-multiple-outline",
    "contact": "card-account-phone-outline",
    "contact_filter": "account-clock-outline",
    "phone": "phone-outline",
    "mobile": "cellphone",
    "wechat": "wechat",
    "email": "email-outline",
    "company": "domain",
    "address": "map-marker-outline",
    "birthday": "cake-variant-outline",
    "copy": "content-copy",
    "segment": "chart-pie",
    "lifecycle": "chart-timeline-variant",
    "community_metrics": "chart-line",
    "custom_fields": "form-textbox",
    "erase": "account-remove-outline",
    "staff": "account-tie-outline",
    # ---------------------------------------------------------------- a customer's card
    "purchase": "cart-outline",
    "followup": "calendar-clock",
    "complaint": "message-alert-outline",
    "note": "note-text-outline",
    "contact_log": "message-text-clock-outline",
    "more": "dots-horizontal",
    "member_actions": "wallet-membership",  # count cards, paid membership, referrals
    # ---------------------------------------------------------------- follow-ups
    "new_followup": "calendar-plus",
    "complete": "check-circle-outline",
    "snooze": "alarm-snooze",
    "reschedule": "calendar-edit",
    "reassign": "account-switch-outline",
    "cancel": "close-circle-outline",
    "log_contact": "message-text-outline",
    "stay_in_touch": "account-clock-outline",
    "care": "cake-variant-outline",
    "calendar": "calendar-month-outline",
    # ---------------------------------------------------------------- complaints
    "new_complaint": "message-plus-outline",
    "escalated": "flag-outline",
    "faq": "frequently-asked-questions",
    "complaint_settings": "timer-cog-outline",
    # ---------------------------------------------------------------- files, data
    "import": "file-import-outline",
    "import_purchases": "cart-arrow-down",
    "import_followups": "calendar-import",
    "import_interactions": "comment-arrow-left-outline",
    "import_complaints": "file-document-arrow-right-outline",
    "import_community_members": "account-multiple-plus-outline",
    "import_community_days": "chart-box-plus-outline",
    "import_members": "card-account-details-outline",
    "export": "file-export-outline",
    "excel": "microsoft-excel",
    "template": "file-table-outline",
    "history": "history",
    "backup": "archive-arrow-down-outline",
    "encrypted_backup": "shield-lock-outline",
    "restore": "backup-restore",
    "backup_settings": "database-cog-outline",
    "audit_log": "clipboard-text-clock-outline",
    "demo": "flask-outline",
    # ---------------------------------------------------------------- commands
    "undo": "undo",
    "redo": "redo",
    "search": "magnify",
    "refresh": "refresh",
    "save_chart": "content-save-outline",
    "save_view": "bookmark-plus-outline",
    "clear_filter": "filter-remove-outline",
    "reset_columns": "table-refresh",
    "settings": "cog-outline",
    "language": "translate",
    "appearance": "theme-light-dark",
    "privacy": "shield-account-outline",
    "lock": "lock-outline",
    "help": "help-circle-outline",
    "about": "information-outline",
    "quit": "exit-to-app",
    # ---------------------------------------------------------------- empty states
    "empty_customers": "account-multiple-plus-outline",
    "empty_agenda": "calendar-check-outline",
    "empty_complaints": "emoticon-happy-outline",
    "empty_list": "inbox-outline",
    # ---------------------------------------------------------------- the app icon's glyph
    "app": "card-account-details",
}

EMPTY_STATE_SIZE = 64  # the muted icon above an empty list's text, in pixels
MUTED_SHARE = 0.45  # how much of the text colour a muted icon keeps (the rest: background)

_cache: dict[tuple, QIcon] = {}


def glyph(name: str) -> str:
    """The QtAwesome name of a concept's glyph ("mdi6.account-group-outline")."""
    return f"{FONT}.{GLYPHS[name]}"


def _blend(color: QColor, background: QColor, share: float) -> QColor:
    mixed = QColor()
    mixed.setRgbF(
        color.redF() * share + background.redF() * (1 - share),
        color.greenF() * share + background.greenF() * (1 - share),
        color.blueF() * share + background.blueF() * (1 - share),
    )
    return mixed


def colours(palette: QPalette | None = None) -> dict[str, QColor]:
    """The colours icons take from `palette` (the application's by default): normal,
    disabled, selected and muted."""
    palette = palette if palette is not None else QGuiApplication.palette()
    text = palette.color(QPalette.Active, QPalette.WindowText)
    background = palette.color(QPalette.Active, QPalette.Window)
    disabled = palette.color(QPalette.Disabled, QPalette.WindowText)
    if disabled == text:  # a palette without a disabled group of its own
        disabled = _blend(text, background, 0.4)
    return {
        "color": text,
        "color_disabled": disabled,
        "color_selected": palette.color(QPalette.Active, QPalette.HighlightedText),
        "muted": _blend(text, background, MUTED_SHARE),
    }


def _make(name: str, muted: bool) -> QIcon:
    found = colours()
    options = {
        "color": found["muted"] if muted else found["color"],
        "color_active": found["muted"] if muted else found["color"],
        "color_disabled": found["color_disabled"],
        "color_selected": found["muted"] if muted else found["color_selected"],
    }
    key = (name, muted) + tuple(c.name(QColor.HexArgb) for c in options.values())
    made = _cache.get(key)
    if made is None:
        made = _cache[key] = font_icon(glyph(name), **options)
    return made


def icon(name: str) -> QIcon:
    """The icon of concept `name` (a key of GLYPHS) in the current palette's colours."""
    return _make(name, muted=False)


def muted_icon(name: str) -> QIcon:
    """The icon of `name` in a quiet colour between text and background (empty states)."""
    return _make(name, muted=True)


def muted_pixmap(name: str, size: int = EMPTY_STATE_SIZE) -> QPixmap:
    """A muted icon as a pixmap of `size` logical pixels, for a QLabel."""
    return muted_icon(name).pixmap(QSize(size, size))


def app_icon() -> QIcon:
    """Guanjia's own icon, every size the files hold (window, taskbar, Alt+Tab)."""
    made = QIcon()
    for path in sorted(ICONS_DIR.glob("guanjia*.png")):
        made.addFile(str(path))
    ico = ICONS_DIR / "guanjia.ico"
    if ico.exists():
        made.addFile(str(ico))
    return made
