"""Start to first rows painted, scrolling jumps, and resident memory, on a large database.

Usage: .venv/bin/python bench/startup.py [--db bench/out/bench-1m.db]
(Make the database first with bench/search.py.) Runs offscreen; prints figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import os, sys, time, tempfile
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
os.environ["GUANJIA_HOME"] = tempfile.mkdtemp()
from desktop.app import create_application, choose_font
from desktop import settings as app_settings, translations
from models.schema.opening import open_database
app = create_application()
translations.apply("zh_CN")
choose_font(app)
open_database(sys.argv[1])
from desktop.main_window import MainWindow
w = MainWindow(app_settings.open_settings())
w.show()
table = w.customers_page.table
app.processEvents()
table.viewport().repaint()
shown = time.perf_counter() - t0
sb = table.verticalScrollBar()
worst = 0.0
for frac in (0.5, 0.99, 0.1, 0.75, 0.3, 1.0, 0.0):
    t = time.perf_counter()
    sb.setValue(int(sb.maximum() * frac))
    table.viewport().repaint()
    worst = max(worst, time.perf_counter() - t)
rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
print(f"rows: {w.customers_page.model.rowCount():,}")
print(f"start to window shown with first rows painted: {shown:.2f} s")
print(f"worst scrollbar jump (7 jumps, repaint included): {worst * 1000:.0f} ms")
print(f"resident memory with the table open: {int(rss) / 1024:.0f} MB")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "bench/out/bench-1m.db"))
    args = parser.parse_args()
    if not os.path.exists(args.db):
        print(f"no database at {args.db}: run bench/search.py first", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return subprocess.run([sys.executable, "-c", CHILD, args.db, str(ROOT)], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
