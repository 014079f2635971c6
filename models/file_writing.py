"""Files written whole or not at all (backups, their copies, encrypted backups)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO


def partial_name(target: Path) -> Path:
    """Where `target` is written before it is renamed into place (hidden, beside it)."""
    return target.with_name(f".{target.name}.partial")


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary file to write that becomes `target` only once complete: written beside
    it, flushed to disk, then renamed over it. On any failure the partial file goes
    and `target` is as it was (a killed process leaves the partial file behind, for
    backup.remove_stale_temporaries)."""
    partial = partial_name(target)
    try:
        with open(partial, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    finally:
        with suppress(OSError):
            partial.unlink()
