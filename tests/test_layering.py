"""models/ must run headless: importing every module loads no Qt."""

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_models_import_without_qt():
    names = [m.name for m in pkgutil.walk_packages([str(ROOT / "models")], "models.")]
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui', 'desktop'))]\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert len(names) >= 60


def test_ui_writes_no_sql():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "execute_sql" in text or "import sqlite3" in text or "SELECT " in text:
            offenders.append(str(path))
    assert offenders == []


def _imports_of(path: Path) -> set[str]:
    """The project modules a file imports, at its top or inside functions alike."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _module_graph() -> dict[str, set[str]]:
    modules = {}
    for folder in ("models", "ui", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return {
        name: {m for m in _imports_of(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def test_no_import_circle_anywhere():
    """Not even through an import inside a function: a circle is a design knot (move the
    shared thing down a floor, or hand the call in from above)."""
    graph = _module_graph()
    state: dict[str, int] = {}  # 1: on the path, 2: done
    circles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert circles == []


def test_every_models_package_has_its_floor():
    """A new package in models/ takes its place in the layers contract (pyproject.toml)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"].startswith("models/ layers")
    )
    named = {
        part.strip().split(".")[1]
        for layer in contract["layers"]
        for part in layer.replace(":", "|").split("|")
    }
    packages = {p.name for p in (ROOT / "models").iterdir() if (p / "__init__.py").exists()}
    modules = {p.stem for p in (ROOT / "models").glob("*.py") if p.stem != "__init__"}
    assert packages | modules <= named, sorted((packages | modules) - named)


# Deliberate lazy loads (start-up speed, never a circle): each with its reason.
LAZY = {
    "models/schema/opening.py": "the schema steps and the backup code load only when a"
    " database needs an upgrade (a tenth of a CLI command's start)",
}


def test_models_imports_nothing_inside_functions():
    """models/ imports its own modules at the top: with no circle there is nothing to
    dodge, and a reader sees a module's floor in its first lines (LAZY: the exceptions,
    each with its reason)."""
    import ast

    local = []
    for path in (ROOT / "models").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if (isinstance(node, ast.ImportFrom) and id(node) not in top
                    and (node.module or "").startswith("models")
                    and path.relative_to(ROOT).as_posix() not in LAZY):  # fmt: skip
                local.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert local == []
