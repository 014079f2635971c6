"""The program as a user starts it, run as a separate process: `--version`, a CLI command
with --json on a new database, an import of the example file the program ships (its import
template) and of a shop's own CSV, an export, the demo's builder (`-m`, as the window starts
it), and `--self-test` (the main window offscreen, Chinese rendered, a screenshot).

By default the sources run (`python -m desktop`). With GUANJIA_BUILT_APP set to the built
folder (packaging/build.sh prints it) the *built* program runs instead: test.sh does that
as its last step, so a build that misses a module, a data file or a Qt plugin fails the
test command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILT = os.environ.get("GUANJIA_BUILT_APP")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
SHOP_CSV = ROOT / "tests" / "data" / "crm" / "whoslesley__客户信息.csv"


def program(console: bool = False) -> list[str]:
    """The command that starts Guanjia: the built one (the window's program, or with
    `console` the console program: the one Windows users run the CLI with), else the
    sources."""
    if not BUILT:
        return [sys.executable, "-m", "desktop"]
    folder = Path(BUILT)
    name = "guanjia-cli" if console or sys.platform == "win32" else "Guanjia"
    return [str(folder / (name + (".exe" if sys.platform == "win32" else "")))]


def guanjia(tmp_path: Path, *args: str, console: bool = False, timeout: float = 240):
    """Run the program in `tmp_path` (its data folder there: the user's is never touched)."""
    env = dict(os.environ, GUANJIA_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env.pop("GUANJIA_DB", None)
    if not BUILT:
        env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [*program(console), *args], cwd=tmp_path, env=env, capture_output=True,
        text=True, encoding="utf-8", timeout=timeout,
    )  # fmt: skip


def ok(result) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.skipif(not BUILT, reason="the built folder's contents (GUANJIA_BUILT_APP)")
def test_the_built_folder_is_what_the_installer_installs():
    from tests.test_installer import installed

    names = {p.name for p in Path(BUILT).iterdir() if not p.name.endswith(".log")}
    exe = "" if sys.platform == "win32" else ".exe"  # Linux programs have no suffix
    assert {name + exe if name != "_internal" else name for name in names} == installed()


def test_chinese_output_whatever_the_locale(tmp_path):
    """The CLI's Chinese reaches a pipe as UTF-8 under a C locale too (Python's UTF-8
    mode; the built program has it set: packaging/guanjia.spec)."""
    probe = subprocess.run(
        [*program(True), "--db", str(tmp_path / "g.db"), "--create", "customers", "add",
         "--name", "王五", "--json"], capture_output=True, cwd=tmp_path,
        env=dict(os.environ, GUANJIA_HOME=str(tmp_path / "home"), LC_ALL="C", LANG="C",
                 **({} if BUILT else {"PYTHONPATH": str(ROOT)})),
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout.decode("utf-8"))["name"] == "王五"


def test_version_is_pyprojects(tmp_path):
    assert ok(guanjia(tmp_path, "--version")).strip() == f"Guanjia {VERSION}"
    if BUILT:  # the console program is the same program
        assert ok(guanjia(tmp_path, "--version", console=True)).strip() == f"Guanjia {VERSION}"


def test_a_command_on_a_new_database_answers_in_json(tmp_path):
    db = tmp_path / "new" / "guanjia.db"
    added = json.loads(ok(guanjia(tmp_path, "--db", str(db), "--create", "customers", "add",
                                  "--name", "张三", "--mobile", "+86 138-1234-5678", "--json")))  # fmt: skip
    assert (added["name"], added["mobile"]) == ("张三", "13812345678")
    assert db.exists()


def test_bad_input_is_refused_in_one_line(tmp_path):
    result = guanjia(tmp_path, "--db", str(tmp_path / "none.db"), "customers", "--json")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1  # no traceback
    assert not (tmp_path / "none.db").exists()


def test_the_example_file_and_a_shops_csv_import_and_export(tmp_path):
    db = str(tmp_path / "guanjia.db")
    example = tmp_path / "example.xlsx"
    ok(guanjia(tmp_path, "template", str(example)))  # what 从 Excel 导入 offers to download
    first = json.loads(ok(guanjia(tmp_path, "--db", db, "--create", "import", str(example),
                                  "--json")))  # fmt: skip
    assert (first["created"], first["errors"]) == (1, 0)
    shop = json.loads(ok(guanjia(tmp_path, "--db", db, "import", str(SHOP_CSV), "--json")))
    assert shop["created"] >= 2 and shop["mapping"]["姓名"] == "name"
    out = tmp_path / "导出.xlsx"
    exported = json.loads(ok(guanjia(tmp_path, "--db", db, "export", str(out), "--json")))
    assert exported["exported"] == 1 + shop["created"]
    sheet = openpyxl.load_workbook(out, read_only=True).active
    names = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"Tom", "Lesley"} <= names


def test_the_demo_builder_runs_as_the_window_starts_it(tmp_path):
    demo = tmp_path / "demo.db"
    out = ok(guanjia(tmp_path, "-m", "models.demo.demo_database", str(demo), "--customers", "30"))
    assert out.strip().splitlines()[-1] == f"made {demo}"
    listed = ok(guanjia(tmp_path, "--db", str(demo), "customers", "--json")).splitlines()
    assert len(listed) == 30 and all(json.loads(line)["name"] for line in listed)


def test_self_test_opens_the_window_and_renders_chinese(tmp_path):
    out = ok(guanjia(tmp_path, "--self-test"))
    lines = dict(line.split(": ", 1) for line in out.strip().splitlines())
    assert lines["self-test"] == "passed"
    if BUILT:  # the spec's option: Chinese output on any Windows code page
        assert "UTF-8 mode 1" in out.splitlines()[0]
    assert lines["font"].endswith("Chinese ok")
    assert VERSION in lines["window"] and "客户管家" in lines["window"]
    shot = Path(lines["screenshot"].rsplit(" (", 1)[0])
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a window drawn, not an empty image
    assert not (tmp_path / "home" / "guanjia.db").exists()  # its own folder, not the user's


@pytest.mark.skipif(sys.platform == "win32", reason="fontconfig is the Linux font set-up")
def test_self_test_fails_without_a_chinese_font(tmp_path):
    """The check can fail: with no fonts at all, no Chinese glyphs, exit 1."""
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><fontconfig><dir>/nonexistent</dir></fontconfig>")
    empty = tmp_path / "qtfonts"
    empty.mkdir()
    result = subprocess.run(
        [*program(), "--self-test"], cwd=tmp_path, capture_output=True, text=True,
        encoding="utf-8", timeout=240,
        env=dict(os.environ, GUANJIA_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
                 FONTCONFIG_FILE=str(conf), QT_QPA_FONTDIR=str(empty),
                 **({} if BUILT else {"PYTHONPATH": str(ROOT)})),
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED" in result.stdout
    assert "没有能显示中文的字体" in result.stderr  # the self-test speaks Chinese
