"""The CLI's sentences in the user's language: errors and summaries follow the app's
language setting, else the system's (LANG=zh_CN.UTF-8 gives Chinese), as the window
does. JSON keys and values never change with the language.

This is the one place the CLI's sentences are translated. In English they are the
source strings as they are, and Qt is never loaded (desktop.console_language tells the
language without it); Qt's translators are loaded on the first sentence said in
Chinese. Sentences use `%1`, `%2` placeholders, as the window's do, so lupdate collects
them into the one .ts file (context "Cli")."""

from __future__ import annotations

from desktop.console_language import console_language
from models.errors import GuanjiaError, ValidationError
from models.values import date_input

_language: str | None = None


def language() -> str:
    """The CLI's language ("zh_CN" or "en"); in Chinese its translators are installed on
    first use."""
    global _language
    if _language is None:
        _language = console_language()
        if _language != "en":
            # Deliberate lazy load for start-up time: Qt translates, only when not English.
            from desktop import translations

            _language = translations.apply_to_console()
    return _language


def translate(context: str, text: str) -> str:
    """`text` in the CLI's language (lupdate collects the literal `translate("Cli", ...)`
    calls; put values in with `fill`)."""
    if language() == "en":
        return text
    # Deliberate lazy load for start-up time: Qt (already loaded by language()) translates.
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def fill(text: str, *values) -> str:
    """`text` with %1, %2, ... replaced (from the last, so %1 never eats %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def _cli_errors(params: dict) -> dict[str, str]:
    """The CLI's own sentences for error codes that carry a path (the window's sentences
    in ui.labels name no path: a dialog shows it beside them)."""
    path, folder = params.get("path", ""), params.get("folder", "")
    not_a_date = fill(
        translate("Cli", "“%1” is not a date; write one of: %2"),
        params.get("text", ""),
        date_input.FORMS,
    )
    dates = {"date_invalid": not_a_date, "due_invalid": not_a_date} if "text" in params else {}
    return {
        **dates,
        "db_missing": fill(translate("Cli", "no database at %1"), path),
        "db_folder_missing": fill(
            translate(
                "Cli", "no folder %1 for a new database: check the path, or add --create to make it"
            ),
            folder,
        ),
        "folder_missing": fill(
            translate("Cli", "the folder %1 does not exist: nothing was written"),
            folder,
        ),
        "target_is_folder": fill(translate("Cli", "%1 is a folder: give a file name"), path),
    }


def error_text(exc: Exception) -> str:
    """A sentence for `exc` in the CLI's language: in English the error's own message
    (what scripts have always read), in Chinese the translated sentence for its code,
    with the detail a translation cannot carry (a path, a date typed) kept after it."""
    if not language().startswith("zh") or not isinstance(exc, GuanjiaError):
        return str(exc)

    # Deliberate lazy load for start-up time: the window's sentences, only in Chinese.
    from ui import messages

    code = getattr(exc, "code", "")
    own = _cli_errors(exc.params)
    if code in own:
        return own[code]
    text = messages.error_message(exc)
    if text == str(exc):  # no translation for this code: the English sentence as it is
        return text
    detail = exc.params.get("path") or exc.params.get("text") or exc.params.get("file")
    return f"{text}（{detail}）" if detail else text


def reason_text(reason: dict) -> str:
    """Why an import row was left out ({"field", "code", "message"}, as --json lists it),
    in the CLI's language."""
    if not language().startswith("zh"):
        return reason["message"]
    # Deliberate lazy load for start-up time: the window's sentences, only in Chinese.
    from ui import messages

    problem = ValidationError(reason["field"], reason["code"], reason["message"])
    return messages.problem_text(problem)
