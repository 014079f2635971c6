"""CLI: lifecycle suggestions, rfm --save/--tags and --rfm-segment."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_lifecycle_rfm_save_and_segment_filter(tmp_path):
    db = str(tmp_path / "cli.db")
    env = {"GUANJIA_NOW": "2026-11-30T12:00", "PATH": "/usr/bin:/bin",
           "GUANJIA_HOME": str(tmp_path)}  # fmt: skip

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "desktop", "--db", db, *args],
                              capture_output=True, text=True, cwd=ROOT, env=env)  # fmt: skip
        return done

    assert cli("customers", "add", "--name", "老客户").returncode == 0
    assert cli("customers", "add", "--name", "没买过", "--stage", "active").returncode == 0
    assert cli("purchases", "add", "--customer", "1", "--amount", "50", "--date",
               "2026-01-10").returncode == 0  # fmt: skip
    out = json.loads(cli("lifecycle", "--json").stdout)
    assert {(t["from"], t["to"]) for t in out["transitions"]} == {
        ("", "dormant"),
        ("active", "lead"),
    }
    bad = cli("lifecycle", "--new-days", "400")
    assert bad.returncode != 0 and "days must grow" in bad.stderr
    applied = json.loads(cli("lifecycle", "--apply", "--json").stdout)
    assert applied["applied"] == 2
    assert json.loads(cli("lifecycle", "--json").stdout)["transitions"] == []

    saved = cli("rfm", "--tags", "--json")
    assert saved.returncode == 0 and "RFM tags: 1 given" in saved.stderr
    segment = json.loads(saved.stdout.splitlines()[0])["segment"]
    rows = cli("customers", "--rfm-segment", segment, "--json").stdout.splitlines()
    assert [json.loads(r)["name"] for r in rows] == ["老客户"]
    wrong = cli("customers", "--rfm-segment", "vip")
    assert wrong.returncode != 0 and "important_value" in wrong.stderr
