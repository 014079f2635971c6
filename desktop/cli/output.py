"""What the CLI prints: --json output, error lines and exit codes.

Exit status: 0 done; 1 refused input or an unusable database or file (one line
`guanjia: error: ...` on stderr, in the user's language, nothing written); 2 a usage
error (argparse's own). A listing whose reader goes away (`| head`) ends with 0.

JSON is UTF-8 as it is (ensure_ascii=False), dates and times as ISO 8601; one object
per line for a listing, so every command's --json output is read the same way."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable

from desktop.cli.text import error_text

OK, ERROR = 0, 1


def json_default(value):
    """A date or datetime as ISO 8601 (json.dumps' `default`)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(repr(value))


def json_text(obj) -> str:
    """`obj` as one line of JSON."""
    return json.dumps(obj, ensure_ascii=False, default=json_default)


def print_json(obj) -> None:
    """One object's --json output: one line."""
    print(json_text(obj))


def print_rows(rows: Iterable[dict], as_json: bool, line: Callable[[dict], str]) -> None:
    """A listing: with --json one object per line, else `line(row)` for each row."""
    for row in rows:
        print(json_text(row) if as_json else line(row))


def fail(message: str | Exception) -> int:
    """One line on stderr, in the user's language (an error is said by its code), exit 1."""
    if isinstance(message, Exception):
        message = error_text(message)
    print(f"guanjia: error: {message}", file=sys.stderr)
    return ERROR
