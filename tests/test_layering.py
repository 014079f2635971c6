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
