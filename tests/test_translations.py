"""Every visible string is translated to Chinese, and the compiled .qm is current."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "guanjia_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            tr = m.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""
            out[(name, m.find("source").text)] = (text, tr.get("type") if tr is not None else None)
    return out


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for d in ("ui", "desktop") for p in (ROOT / d).rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"
    assert len(messages(fresh)) > 100


def test_every_message_has_a_finished_chinese_translation():
    msgs = messages(TS)
    unfinished = [
        k
        for k, (text, kind) in msgs.items()
        if not text.strip() or kind in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_compiled_translation_is_up_to_date(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert QM.read_bytes() == out.read_bytes(), "run pyside6-lrelease on the .ts file"


def test_no_translate_call_hides_behind_another_name():
    """lupdate only sees literal `tr(`/`QCoreApplication.translate(` calls: an alias such as
    `t = QCoreApplication.translate` leaves its strings out of the .ts file, untranslated."""
    import re

    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication\.translate|self\.tr)\s*$", re.M)
    found = [
        str(p.relative_to(ROOT))
        for d in ("ui", "desktop")
        for p in (ROOT / d).rglob("*.py")
        if alias.search(p.read_text(encoding="utf-8"))
    ]
    assert found == []
