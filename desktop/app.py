"""Start-up of the window: logging, QApplication, translations, fonts, error handling."""

from __future__ import annotations

import ctypes
import logging
import logging.handlers
import os
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import settings as app_settings
from desktop import translations, window_geometry
from desktop.main_window import MainWindow
from desktop.session import DatabaseSession
from models.errors import GuanjiaError
from models.storage.db import data_dir, default_db_path
from ui import icons, style
from ui.error_dialog import ErrorReportDialog
from ui.messages import error_message

log = logging.getLogger("guanjia")

# Tried in order for the interface font; the first one present wins (Windows, macOS, Linux).
CJK_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
)


def setup_logging() -> str:
    """A rotating log in the data folder; returns its path."""
    path = data_dir() / "logs"
    path.mkdir(exist_ok=True)
    file = path / "guanjia.log"
    handler = logging.handlers.RotatingFileHandler(
        file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(file)


def choose_font(app: QApplication) -> str | None:
    """Use a CJK-capable interface font if the system has one; None if none is installed."""
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = QFont(app.font())
            font.setFamilies([family, *app.font().families()])
            app.setFont(font)
            return family
    chinese = QFontDatabase.families(QFontDatabase.SimplifiedChinese)
    if chinese:
        return chinese[0]
    log.warning("no CJK font found: Chinese text will show as boxes (install fonts-wqy-microhei)")
    return None


class ErrorReporter(QObject):
    """Logs unexpected exceptions and shows them in a dialog on the GUI thread."""

    raised = Signal(str)
    refused = Signal(object)

    def __init__(self, log_path: str):
        super().__init__()
        self.log_path = log_path
        self.raised.connect(self._show)
        self.refused.connect(self._say)
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda a: self.excepthook(a.exc_type, a.exc_value, a.exc_traceback)

    def excepthook(self, exc_type, exc, tb) -> None:
        if isinstance(exc, GuanjiaError):  # expected (a damaged database refusing a
            log.warning("refused: %s", exc)  # write): a sentence, not a crash report
            self.refused.emit(exc)
            return
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", report)
        self.raised.emit(report)  # queued to the GUI thread when raised elsewhere

    def _say(self, exc: GuanjiaError) -> None:

        if self._showing:
            return
        self._showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), "Guanjia", error_message(exc))
        finally:
            self._showing = False

    def _show(self, report: str) -> None:
        if self._showing:
            return

        self._showing = True
        try:
            ErrorReportDialog(report, self.log_path, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


def open_window(settings, session: DatabaseSession):
    """Open the session's database and build the main window on it; None when the
    password is not given, or the database is damaged and the user declines a restore."""
    return session.open(lambda: MainWindow(settings, session))


def _say_open_elsewhere(path, pid: int, host: str) -> None:
    """The lock is held but no window answers: another computer (a shared folder) or
    a window that hangs."""
    QMessageBox.information(
        None,
        QApplication.translate("Startup", "Guanjia is already open"),
        QApplication.translate(
            "Startup",
            "This database is already open in Guanjia (computer %1, process %2):\n%3\n\n"
            "Close it there first: two windows writing one database would confuse "
            "each other's work.",
        )
        .replace("%1", host or "?")
        .replace("%2", str(pid or "?"))
        .replace("%3", str(path)),
    )


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why no window can open here, or None: on Linux without DISPLAY or WAYLAND_DISPLAY
    (and no platform such as offscreen chosen), Qt would abort with a misleading message
    about xcb libraries."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen and chosen not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs, ...: no display server needed
    if chosen.startswith("wayland"):
        needed = ("WAYLAND_DISPLAY",)
    elif chosen == "xcb":
        needed = ("DISPLAY",)
    else:
        needed = ("DISPLAY", "WAYLAND_DISPLAY")
    if any(environ.get(name) for name in needed):
        return None
    return QCoreApplication.translate(
        "Startup", "no display: set DISPLAY, or use the CLI: guanjia --help"
    )


def new_named_database(args) -> bool:
    """Whether the start would create a database at a path the user named (--db,
    GUANJIA_DB): the one case asked first (the data folder's own is the first start)."""
    named = getattr(args, "db", None) or os.environ.get("GUANJIA_DB")
    return bool(named) and not default_db_path(getattr(args, "db", None)).exists()


def confirm_new_database(path) -> bool:
    """No database at a path the user named (--db, GUANJIA_DB): a mistyped path must not
    become a new, empty database without asking."""
    answer = QMessageBox.question(
        None,
        QApplication.translate("Startup", "Create a new database?"),
        QApplication.translate(
            "Startup",
            "There is no Guanjia database at\n%1\n\nCreate a new, empty database there? "
            "If you meant an existing one, choose No and check the path.",
        ).replace("%1", str(path)),
        QMessageBox.Yes | QMessageBox.No,
        QMessageBox.No,
    )
    return answer == QMessageBox.Yes


def create_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Guanjia")
    app.setApplicationName("Guanjia")
    app.setApplicationDisplayName("客户管家 Guanjia")
    app.setWindowIcon(icons.app_icon())  # every window's, the taskbar's, Alt+Tab's
    if sys.platform == "win32":
        # Started as python(w).exe, Windows would group the window under Python's icon
        # in the taskbar; an app id of its own makes it show ours.
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Guanjia.Guanjia")
    return app


def run_gui(args) -> int:
    problem = display_problem()
    if problem:
        translations.apply_to_console()
        print(display_problem(), file=sys.stderr)  # again, now in the user's language
        return 1
    log_path = setup_logging()
    app = create_application()
    settings = app_settings.open_settings()
    translations.apply(app_settings.language(settings))
    choose_font(app)
    style.apply_theme(app_settings.theme(settings))  # before any window shows
    path = default_db_path(getattr(args, "db", None))
    if new_named_database(args) and not confirm_new_database(path):
        log.info("no database at %s, and the user chose not to create one", path)
        return 1
    reporter = ErrorReporter(log_path)
    reporter.install()
    session = DatabaseSession(path)
    if not session.claim():
        if session.hand_over():  # the running window comes forward; this start ends
            log.info("%s is open in another window: brought it to the front", path)
            return 0
        _say_open_elsewhere(path, *session.owner())
        return 1
    try:
        window = open_window(settings, session)
    except GuanjiaError as exc:
        log.error("cannot open database: %s", exc)
        QMessageBox.critical(
            None,
            QApplication.translate("Startup", "Cannot open the database"),
            QApplication.translate("Startup", "Guanjia cannot open its database:")
            + f"\n{path}\n\n{exc}",
        )
        return 1
    if window is None:  # damaged, and the user chose not to restore now
        return 1
    session.activated.connect(window.bring_to_front)
    window_geometry.show(window, settings)  # maximised on the first start
    log.info("window shown for %s (pid %s)", path, os.getpid())
    app._guanjia_window = window  # keep a reference for the application's lifetime
    app._guanjia_reporter = reporter
    try:
        return app.exec()
    finally:
        session.close()
