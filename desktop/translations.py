"""Loading the program's and Qt's own translations; Chinese by default on a Chinese system."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.console_language import console_language
from resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def resolve(setting: str, system_locale: QLocale | None = None) -> str:
    """'zh_CN' or 'en' for a setting of 'auto', 'zh_CN' or 'en'."""
    if setting in ("zh_CN", "en"):
        return setting
    locale = system_locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Chinese else "en"


def apply(setting: str) -> str:
    """Install the translators for `setting` (replacing any before); returns the language used.

    Installing sends QEvent.LanguageChange to every widget, which re-applies its texts.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve(setting)
    if lang == "zh_CN":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "guanjia_zh_CN.qm")):
            _installed.append(ours)
        else:
            log.warning("missing translation file guanjia_zh_CN.qm")
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load("qtbase_zh_CN", qt_dir):  # Qt's own dialogs and buttons
            _installed.append(qtbase)
        for translator in _installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    else:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    return lang


def apply_to_console() -> str:
    """The CLI's language (the app's setting, else the system's: LANG on Linux, as
    desktop.console_language reads them): a QCoreApplication carries the translators (no
    display needed). Returns the language."""
    if QCoreApplication.instance() is None:
        global _console_app
        _console_app = QCoreApplication([])
    return apply(console_language() or "auto")


_console_app: QCoreApplication | None = None
