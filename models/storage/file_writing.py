"""Files written whole or not at all (backups, their copies, encrypted backups), and the
check that a place to write exists before any work starts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from models.errors import OutputRefused


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


def require_folder(target: str | os.PathLike, *, is_folder: bool = False) -> Path:
    """`target` (a file to write, or with is_folder a folder to write into) can be written:
    its folder exists. A mistyped path is refused, never created; OutputRefused."""
    target = Path(target).expanduser()
    folder = target if is_folder else target.parent
    if not folder.is_dir():
        raise OutputRefused(
            "folder_missing", f"the folder {folder} does not exist: nothing was written",
            path=str(target), folder=str(folder),
        )  # fmt: skip
    if not is_folder and target.is_dir():
        raise OutputRefused(
            "target_is_folder", f"{target} is a folder: give a file name", path=str(target)
        )
    return target
