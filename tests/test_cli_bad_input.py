"""The CLI tried with bad input, as a new user types it: places to write that do not
exist, a mistyped --db, a text file named .xlsx, dates in words, no display. Each is one
line on stderr, exit 1, and nothing written or created."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-12-02T10:00"  # a Wednesday


def guanjia(*args, db=None, env=None, home=None):
    cmd = [sys.executable, "-m", "desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    full = {**os.environ, "GUANJIA_NOW": NOW, **(env or {})}
    if home is not None:
        full["GUANJIA_HOME"] = str(home)
    return subprocess.run(
        cmd + [str(a) for a in args], capture_output=True, text=True, cwd=ROOT, env=full,
        timeout=120,
    )  # fmt: skip


def refused(result, *words):
    """Exit 1 with one line on stderr (containing `words`) and nothing on stdout."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == ""


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A database with a few customers, follow-ups, complaints and purchases."""
    folder = tmp_path_factory.mktemp("shop")
    db = folder / "guanjia.db"
    made = guanjia("demo", "--customers", "20", "--followups", "5", "--complaints", "2",
                   "--purchases", "10", db=db, home=folder / "home")  # fmt: skip
    assert made.returncode == 0, made.stderr
    return db


def _state(db: Path):
    return db.stat().st_size, sorted(p.name for p in db.parent.iterdir())


@pytest.mark.parametrize(
    "args",
    [
        ("export", "{missing}/out.xlsx"),
        ("export", "{missing}/out.csv"),
        ("template", "{missing}/template.xlsx"),
        ("backup", "{missing}"),
        ("audit", "--export", "{missing}/audit.xlsx"),
        ("import", "{sheet}", "--errors", "{missing}/errors.xlsx"),
        ("purchases", "import", "{sheet}", "--errors", "{missing}/errors.xlsx"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_file_into_a_folder_that_does_not_exist_is_refused(shop, tmp_path, args):
    missing = tmp_path / "no" / "such"
    sheet = tmp_path / "a.csv"
    sheet.write_text("姓名,手机\n新人,13812345678\n", encoding="utf-8")
    before = _state(shop)
    fill = {"missing": missing, "sheet": sheet}
    result = guanjia(*[a.format(**fill) for a in args], db=shop, home=tmp_path / "home")
    refused(result, str(missing))
    assert not (tmp_path / "no").exists()
    assert _state(shop) == before


def test_export_onto_a_folder_is_refused(shop, tmp_path):
    refused(guanjia("export", tmp_path, db=shop, home=tmp_path / "home"), "folder")


READ_ONLY = [
    ("customers",), ("customers", "--search", "张"), ("tags",), ("imports",), ("backups",),
    ("backup",), ("audit",), ("export", "{out}"), ("followups",), ("followups", "--due", "today"),
    ("interactions",), ("complaints",), ("complaints", "metrics"), ("purchases",),
    ("lifecycle",), ("rfm",), ("staff",), ("password",), ("surveys", "list"),
    ("surveys", "score", "1"), ("surveys", "themes", "1"),
]  # fmt: skip


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_a_read_only_command_on_a_mistyped_db_creates_nothing(tmp_path, args):
    db = tmp_path / "typo" / "guanjia.db"
    out = tmp_path / "out.xlsx"
    result = guanjia(*[a.format(out=out) for a in args], db=db, home=tmp_path / "home")
    refused(result, f"no database at {db}")
    assert not db.parent.exists() and not out.exists()
    beside = tmp_path / "guanjia.db"  # in a folder that exists: no file either
    refused(guanjia(*[a.format(out=out) for a in args], db=beside, home=tmp_path / "home"))
    assert not beside.exists()


def test_a_command_that_writes_creates_a_database_only_where_its_folder_exists(tmp_path):
    home = tmp_path / "home"
    typo = tmp_path / "typo" / "guanjia.db"
    refused(guanjia("customers", "add", "--name", "张三", db=typo, home=home), "--create")
    assert not typo.parent.exists()
    here = tmp_path / "guanjia.db"
    assert guanjia("customers", "add", "--name", "张三", db=here, home=home).returncode == 0
    assert here.exists()
    made = guanjia("--create", "customers", "add", "--name", "李四", db=typo, home=home)
    assert made.returncode == 0, made.stderr
    assert typo.exists()


def test_a_new_survey_creates_the_database_where_its_folder_exists(tmp_path):
    here = tmp_path / "guanjia.db"
    made = guanjia("surveys", "add", "--name", "门店NPS", "--type", "nps", "--json", db=here,
                   home=tmp_path / "home")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert here.exists()


def test_the_template_needs_no_database(tmp_path):
    db = tmp_path / "none" / "guanjia.db"
    out = tmp_path / "t.xlsx"
    assert guanjia("template", out, db=db, home=tmp_path / "home").returncode == 0
    assert out.exists() and not db.parent.exists()


def test_a_text_file_named_xlsx_is_not_a_spreadsheet(shop, tmp_path):
    fake = tmp_path / "客户.xlsx"
    fake.write_text("姓名,手机\n张三,13812345678\n", encoding="utf-8")
    before = _state(shop)
    home = tmp_path / "home"
    refused(guanjia("import", fake, db=shop, home=home), "客户.xlsx")
    refused(guanjia("purchases", "import", fake, db=shop, home=home), "客户.xlsx")
    assert _state(shop) == before
    # web systems export text as .xls: that still reads
    tsv = tmp_path / "导出.xls"
    tsv.write_text("姓名\t手机\n王五\t13912345678\n", encoding="utf-8")
    dry = guanjia("import", tsv, "--dry-run", "--json", db=shop, home=home)
    assert dry.returncode == 0 and json.loads(dry.stdout)["created"] == 1


@pytest.mark.parametrize(
    "when, due",
    [
        ("tomorrow", "2026-12-03"), ("明天", "2026-12-03"), ("下周一", "2026-12-07"),
        ("+3d", "2026-12-05"), ("monday", "2026-12-07"), ("2026-12-24", "2026-12-24"),
        ("明天 9:30", "2026-12-03T09:30"), ("2026-12-24T15:00", "2026-12-24T15:00"),
    ],
)  # fmt: skip
def test_every_date_option_reads_words(tmp_path, when, due):
    db, home = tmp_path / "g.db", tmp_path / "home"
    assert guanjia("customers", "add", "--name", "张三", db=db, home=home).returncode == 0
    added = guanjia("followups", "add", "--customer", "1", "--due", when, "--json", db=db,
                    home=home)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["due"].startswith(due)


def test_the_same_words_in_other_commands(shop, tmp_path):
    home = tmp_path / "home"
    db = tmp_path / "g.db"
    assert guanjia("customers", "add", "--name", "张三", db=db, home=home).returncode == 0
    assert guanjia("followups", "add", "--customer", "1", "--due", "today", db=db,
                   home=home).returncode == 0  # fmt: skip
    snoozed = guanjia("followups", "snooze", "1", "--until", "后天", db=db, home=home)
    assert snoozed.returncode == 0 and "2026-12-04" in snoozed.stdout
    logged = guanjia(
        "interactions",
        "add",
        "--customer",
        "1",
        "--channel",
        "phone",
        "--summary",
        "问好",
        "--at",
        "昨天 15:00",
        "--json",
        db=db,
        home=home,
    )
    assert json.loads(logged.stdout)["at"].startswith("2026-12-01T15:00")
    bought = guanjia("purchases", "add", "--customer", "1", "--amount", "88", "--date=-2d",
                     "--json", db=db, home=home)  # fmt: skip
    assert json.loads(bought.stdout)["at"].startswith("2026-11-30")
    for args in (("audit", "--from", "yesterday", "--to", "today"),
                 ("complaints", "metrics", "--from=-30d", "--json"),
                 ("rfm", "--as-of", "today")):  # fmt: skip
        assert guanjia(*args, db=shop, home=home).returncode == 0, args
    refused(guanjia("audit", "--from", "someday", db=shop, home=home), "--from", "someday")
    refused(guanjia("rfm", "--as-of", "明天 9:30", db=shop, home=home), "--as-of")
    refused(guanjia("followups", "add", "--customer", "1", "--due", "tomorow", db=db,
                    home=home), "tomorow")  # fmt: skip


def test_the_date_words_are_in_the_help():
    for args in (("followups", "add", "--help"), ("audit", "--help")):
        text = " ".join(guanjia(*args).stdout.split())
        assert "tomorrow" in text and "明天" in text and "+3d" in text, args


def test_no_display_is_said_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["GUANJIA_HOME"] = str(tmp_path / "home")
    result = subprocess.run([sys.executable, "-m", "desktop"], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "no display: set DISPLAY, or use the CLI: guanjia --help"


def test_which_starts_need_a_display():
    from desktop.app import display_problem

    assert display_problem({}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_date_words_in_the_model():
    from models.errors import ValidationError
    from models.values import date_input

    now = dt.datetime(2026, 12, 2, 19, 40)  # a Wednesday
    cases = {
        "today": (dt.datetime(2026, 12, 2), False), "后天": (dt.datetime(2026, 12, 4), False),
        "-2w": (dt.datetime(2026, 11, 18), False), "+1m": (dt.datetime(2027, 1, 2), False),
        "+2h": (dt.datetime(2026, 12, 2, 21, 40), True),
        "2小时后": (dt.datetime(2026, 12, 2, 21, 40), True),
        "wednesday": (dt.datetime(2026, 12, 9), False),  # the coming one, not today
        "this friday": (dt.datetime(2026, 12, 4), False), "本周五": (dt.datetime(2026, 12, 4), False),
        "上周一": (dt.datetime(2026, 11, 23), False), "next_week": (dt.datetime(2026, 12, 7), False),
        "12月1日": (dt.datetime(2026, 12, 1), False), "2027年1月3日": (dt.datetime(2027, 1, 3), False),
        "2026/1/5": (dt.datetime(2026, 1, 5), False),
        "明天下午3点": (dt.datetime(2026, 12, 3, 15, 0), True),
        "下午3点半": (dt.datetime(2026, 12, 2, 15, 30), True),
        "9:05": (dt.datetime(2026, 12, 2, 9, 5), True), "now": (now, True),
        "2026-12-01T09:30:00": (dt.datetime(2026, 12, 1, 9, 30), True),
    }  # fmt: skip
    for text, expected in cases.items():
        assert date_input.parse(text, now) == expected, text
    for bad in ("", "  ", "tomorow", "2026-13-01", "2026-02-30", "25:00", "9:75", "+3x",
                "明天 +2h", "上周八", "3天", "next"):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            date_input.parse(bad, now)
        assert err.value.code == "date_invalid", bad
    with pytest.raises(ValidationError):
        date_input.parse_date("明天 9:30", now)
    assert date_input.parse_date("-7d", now) == dt.date(2026, 11, 25)
