"""The command line's language without loading Qt: the app's language setting (read from
settings.ini as QSettings writes it), else the system's, read from the environment as
Qt's QLocale.system() reads it on Linux and other Unix systems.

An English CLI then never loads Qt (its sentences are the source strings as they are);
Qt is loaded only to translate into Chinese, or where only Qt can tell the system's
language (Windows and macOS keep it outside the environment)."""

from __future__ import annotations

import os
import sys

from models.storage.db import data_dir

LANGUAGES = ("auto", "zh_CN", "en")  # the setting's values, as desktop.settings has them
# What Qt reads a locale name's language as Chinese from (ISO 639-1, -2/T and -2/B codes).
CHINESE = ("zh", "zho", "chi")


def console_language() -> str | None:
    """'zh_CN' or 'en'; None when only Qt can tell (the setting is "auto" on Windows or
    macOS)."""
    setting = saved_language()
    if setting != "auto":
        return setting
    return environment_language()


def saved_language() -> str:
    """The app's language setting ("auto", "zh_CN" or "en"): the `language` key of the
    settings file's [General] group, "auto" when missing or not one of LANGUAGES."""
    path = data_dir() / "settings.ini"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "auto"
    group = "General"  # keys before the first [group] are General's, as QSettings reads them
    value = "auto"
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
        elif group == "General" and "=" in line:
            key, _, found = line.partition("=")
            if key.strip() == "language":
                value = found.strip()
    return value if value in LANGUAGES else "auto"


def environment_language(environ: dict[str, str] | None = None) -> str | None:
    """'zh_CN' or 'en' as QLocale.system() says on Unix: the first of LC_ALL, LC_MESSAGES
    and LANG that is set; "C" or "POSIX" is English whatever LANGUAGE says; else the first
    entry of LANGUAGE, when there is one, overrides it. None on Windows and macOS."""
    if sys.platform in ("win32", "darwin") and environ is None:
        return None
    env = os.environ if environ is None else environ
    name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if name in ("", "C", "POSIX"):
        return "en"
    first = env.get("LANGUAGE", "").split(":")[0]
    if first:
        name = first
    code = name.replace("-", "_").replace(".", "_").replace("@", "_").split("_")[0]
    return "zh_CN" if code.lower() in CHINESE else "en"
