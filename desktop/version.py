"""The program's version: one number, pyproject.toml's `version`, shown by `--version`, the
About dialog, the window title and the Windows installer (packaging/).

From a checkout the pyproject.toml beside the packages is read (so a branch's own number
shows, whatever the virtualenv installed); the built program carries that file too
(packaging/guanjia.spec); an installed wheel has no pyproject.toml, and its metadata says."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


@cache
def version() -> str:
    """ "0.1.0", or "0+unknown" when neither pyproject.toml nor the metadata is there."""
    try:
        with open(PYPROJECT, "rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    # only then: importlib.metadata costs a small CLI command's start a few milliseconds
    from importlib import metadata

    try:
        return metadata.version("guanjia")
    except metadata.PackageNotFoundError:
        return "0+unknown"
