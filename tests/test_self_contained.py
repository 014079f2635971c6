"""A clone passes its own tests with nothing beside it: no test, benchmark or script
reads a path outside the repository (the test data lives in tests/data)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("tests", "bench", "scripts", "packaging", "models", "ui", "desktop")
TEXT = {".py", ".sh", ".ps1", ".spec", ".md", ".toml", ".cfg", ".iss", ".txt"}

# The workplace's folder beside the repository by any spelling, absolute paths of this
# machine, and the parent of the repository reached from a known root. The names are
# spelt in pieces, so that this file does not itself name a way out.
_BESIDE = "sha" + "red"  # the workplace's folder beside every checkout
_MACHINE = "/" + "work" + "/"  # where checkouts live on this machine
_OUTSIDE = [
    re.compile(r"\.\.[/\\]+" + _BESIDE + r"\b"),
    re.compile(f"""["']{_BESIDE}["']\\s*/|/\\s*["']{_BESIDE}["']"""),
    re.compile(f"""["']{_MACHINE}"""),
    re.compile(r"\bROOT\.parent\b"),
    re.compile(r"\bos\.pardir\b"),
]


def _spelt(line: str) -> str:
    """A sample line with {beside} and {machine} filled in."""
    return line.format(beside=_BESIDE, machine=_MACHINE)


_PARENTS_INDEX = re.compile(r"parents\[(\d+)\]")
_PARENT_CHAIN = re.compile(r"(?:\.parent\b)+")


def outside_references(relative: Path, text: str) -> list[str]:
    """The lines of a file (at `relative` inside the repository) that point outside it."""
    depth = len(relative.parts) - 1  # parents[depth] of __file__ is the repository
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        hit = any(pattern.search(line) for pattern in _OUTSIDE)
        if "__file__" in line:
            hit |= any(int(k) > depth for k in _PARENTS_INDEX.findall(line))
            hit |= any(
                m.group(0).count(".parent") > depth + 1 for m in _PARENT_CHAIN.finditer(line)
            )
        if hit:
            found.append(f"{relative}:{number}: {line.strip()}")
    return found


def _project_files():
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            # this file's samples climb parents on purpose, to check that they are caught
            if path.suffix in TEXT and path != Path(__file__).resolve():
                yield path


def test_nothing_in_the_project_reads_outside_the_repository():
    found = []
    for path in _project_files():
        found += outside_references(path.relative_to(ROOT), path.read_text("utf-8"))
    assert found == []


@pytest.mark.parametrize(
    "relative, line",
    [
        ("tests/test_a.py", 'DATA = Path(__file__).resolve().parents[2] / "{beside}" / "d"'),
        ("tests/test_a.py", "DATA = Path(__file__).resolve().parents[2] / 'x'"),
        ("tests/gui/test_a.py", "DATA = Path(__file__).resolve().parents[3]"),
        ("bench/a.py", 'SAMPLE = ROOT.parent / "retail.xlsx"'),
        ("bench/a.py", "HERE = Path(__file__).parent.parent.parent"),
        ("scripts/a.sh", 'cp "$here/../{beside}/d/x.csv" .'),
        ("tests/README.md", "copied from ..\\{beside}\\d"),
        ("tests/test_a.py", 'open("{machine}{beside}/d/x.csv")'),
    ],
)
def test_the_check_catches_each_way_out(relative, line):
    assert outside_references(Path(relative), _spelt(line))


@pytest.mark.parametrize(
    "relative, line",
    [
        ("tests/test_a.py", 'DATA = Path(__file__).resolve().parent / "data"'),
        ("tests/gui/test_a.py", "ROOT = Path(__file__).resolve().parents[2]"),
        ("bench/a.py", "ROOT = Path(__file__).resolve().parents[1]"),
        ("tests/test_a.py", "top = tmp_path.parents[3]"),
    ],
)
def test_the_check_lets_paths_inside_the_repository_pass(relative, line):
    assert outside_references(Path(relative), line) == []


def test_the_test_data_is_in_the_repository():
    data = ROOT / "tests" / "data"
    assert (data / "README.md").is_file()
    for folder in ("spreadsheets", "crm", "retail"):
        assert any((data / folder).iterdir()), folder
