"""Every file dialog of the program: each opens in the folder last used for its kind of
file (imports, exports, backups, charts, reports), else the user's Documents folder, and
remembers the folder chosen in the program's settings (desktop/ hands them over with
`use_settings`; without, Qt's default settings for the application).

    path, _ = file_dialogs.get_save_file_name("export", self, title, "客户.xlsx", pattern)

The signatures are QFileDialog's with the kind first; Qt's own dialog texts ("Look in:",
"Files of type:") are translated by qtbase_zh_CN, which desktop/translations.py loads.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

KINDS = ("import", "export", "backup", "chart", "report")
_settings: QSettings | None = None


def use_settings(settings: QSettings | None) -> None:
    """Remember folders in `settings` (the program's INI file)."""
    global _settings
    _settings = settings


def _store() -> QSettings:
    return _settings if _settings is not None else QSettings()


def _key(kind: str) -> str:
    return f"folders/{kind}"


def documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or os.path.expanduser(
        "~"
    )


def last_folder(kind: str) -> str:
    """The folder last used for `kind`, if it still exists; else Documents."""
    folder = _store().value(_key(kind), "", type=str)
    return folder if folder and os.path.isdir(folder) else documents()


def remember(kind: str, path: str) -> None:
    """Keep the folder of `path` (a file, or a folder itself) for `kind`."""
    if not path:
        return
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    if folder:
        _store().setValue(_key(kind), os.path.abspath(folder))


def start_path(kind: str, suggested: str = "") -> str:
    """Where a dialog opens: a suggested absolute path as it is, a suggested file name in
    the kind's last folder, or that folder."""
    if suggested and os.path.isabs(suggested):
        return suggested
    folder = last_folder(kind)
    return os.path.join(folder, suggested) if suggested else folder


def get_open_file_name(
    kind: str, parent, caption: str = "", suggested: str = "", filters: str = ""
):
    path, chosen = QFileDialog.getOpenFileName(
        parent, caption, start_path(kind, suggested), filters
    )
    remember(kind, path)
    return path, chosen


def get_save_file_name(
    kind: str, parent, caption: str = "", suggested: str = "", filters: str = ""
):
    path, chosen = QFileDialog.getSaveFileName(
        parent, caption, start_path(kind, suggested), filters
    )
    remember(kind, path)
    return path, chosen


def get_existing_directory(kind: str, parent, caption: str = "", suggested: str = "") -> str:
    path = QFileDialog.getExistingDirectory(parent, caption, start_path(kind, suggested))
    remember(kind, path)
    return path
