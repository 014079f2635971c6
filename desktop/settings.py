"""The program's settings: an INI file in the data folder (QSettings), typed accessors."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from models.storage.db import data_dir

LANGUAGES = ("auto", "zh_CN", "en")


def open_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)


def language(settings: QSettings) -> str:
    value = settings.value("language", "auto", type=str)
    return value if value in LANGUAGES else "auto"


def set_language(settings: QSettings, value: str) -> None:
    settings.setValue("language", value if value in LANGUAGES else "auto")


THEMES = ("auto", "light", "dark")  # follow the system's light or dark, or always one


def theme(settings: QSettings) -> str:
    value = settings.value("appearance/theme", "auto", type=str)
    return value if value in THEMES else "auto"


def set_theme(settings: QSettings, value: str) -> None:
    settings.setValue("appearance/theme", value if value in THEMES else "auto")
