"""The one source of "now" for the program; tests set it."""

from __future__ import annotations

import datetime as _dt

_fixed: _dt.datetime | None = None


def now() -> _dt.datetime:
    """Local wall-clock time, naive, to the second."""
    if _fixed is not None:
        return _fixed
    return _dt.datetime.now().replace(microsecond=0)


def today() -> _dt.date:
    return now().date()


def set_now(value: _dt.datetime | None) -> None:
    """Freeze the clock at `value` (None: back to the real clock)."""
    global _fixed
    _fixed = value


def frozen() -> _dt.datetime | None:
    """The fixed time, or None on the real clock (to put it back after moving it)."""
    return _fixed
