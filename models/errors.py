"""Typed errors the domain raises; ui/ and the CLI turn them into sentences."""

from __future__ import annotations


class Cancelled(Exception):
    """The user cancelled a long piece of work (a bulk change, an import, a backup);
    nothing was written. Every progress dialog knows this one."""


class GuanjiaError(Exception):
    """Base of every expected error: a message for the log/CLI plus a code for translation."""

    code = "error"

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.params = params


class DatabaseOpenError(GuanjiaError):
    """The database file cannot be opened or created (bad path, not a database, newer schema)."""

    code = "db_open"


class DatabaseMissingError(DatabaseOpenError):
    """No database at the path, for a command that only reads, or a new database asked
    for in a folder that does not exist. `code`: db_missing or db_folder_missing."""

    def __init__(self, message: str, code: str = "db_missing", **params):
        super().__init__(message, **params)
        self.code = code


class DatabaseDamagedError(DatabaseOpenError):
    """The database failed its integrity check: it is read, never written."""

    code = "db_damaged"


class ValidationError(GuanjiaError):
    """A field value is refused. `field` names the field, `code` says why (see CODES)."""

    def __init__(self, field: str, code: str, message: str, **params):
        super().__init__(message, **params)
        self.field = field
        self.code = code


class NotFoundError(GuanjiaError):
    """The customer (or other record) asked for does not exist. `code` says which kind:
    "not_found" (a customer), "tag_not_found", "group_not_found", "view_not_found"."""

    def __init__(self, message: str, code: str = "not_found", **params):
        super().__init__(message, **params)
        self.code = code


class FileRefused(GuanjiaError):
    """A file cannot be imported. `code` says why, for a translated sentence: file_missing,
    file_unreadable, file_empty, not_spreadsheet, old_excel, encrypted, corrupt, too_big,
    xml_bomb, encoding, no_sheets, sheet_missing, sheet_empty (the chosen sheet), no_data
    (no sheet has any), too_wide, too_long, word_document, presentation, zip_archive,
    html_page, pdf, text_as_workbook."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message, **params)
        self.code = code


class OutputRefused(GuanjiaError):
    """A file cannot be written where asked, checked before anything is written. `code`:
    folder_missing (its folder does not exist), target_is_folder (the path is a folder)."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message, **params)
        self.code = code
