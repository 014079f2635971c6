"""The command line starts fast (issue 30): a command pays only for what it uses. An
English or --json command never loads Qt, the window's modules or the heavy libraries
(pinyin, phone numbers, email addresses, cryptography, spreadsheets, charts); a Chinese
one loads QtCore, the translator, and no more of Qt. A run builds its own command's
parser only, which reads the arguments as the whole parser does."""

import os
import subprocess
import sys

import pytest

from desktop import cli
from desktop.console_language import environment_language, saved_language
from tests.test_cli import ROOT, guanjia

# Never loaded by an English or --json command that does not use them.
HEAVY = ("PySide6", "shiboken6", "ui", "pypinyin", "phonenumbers", "email_validator",
         "cryptography", "openpyxl", "python_calamine", "xlsxwriter", "matplotlib")  # fmt: skip


def loaded_modules(*args, db=None, env=None) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run the CLI with -X importtime; (the run, the names of every module it imported)."""
    cmd = [sys.executable, "-X", "importtime", "-m", "desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    run = subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, **(env or {})}, timeout=120)  # fmt: skip
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return run, modules


def packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    run = guanjia("customers", "add", "--name", "张三", "--mobile", "13812345678",
                  "--email", "zs@example.com", db=path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return path


def test_listing_customers_as_json_loads_no_qt_and_no_heavy_library(db):
    run, modules = loaded_modules("customers", "--json", "--limit", "1", db=db)
    assert run.returncode == 0 and '"name": "张三"' in run.stdout
    assert not packages(modules) & set(HEAVY), sorted(packages(modules) & set(HEAVY))
    assert "desktop.cli.customers" in modules  # the check sees the modules it should
    # a database at this program's schema opens without the steps and the backup code
    assert not modules & {"models.schema.migrations", "models.storage.backup"}


def test_english_text_and_errors_load_no_qt(db, tmp_path):
    run, modules = loaded_modules("customers", "--search", "张", db=db)
    assert run.returncode == 0 and run.stdout.startswith("1\t张三\t13812345678")
    assert not packages(modules) & set(HEAVY)
    run, modules = loaded_modules("customers", db=tmp_path / "none.db")
    assert run.returncode == 1 and run.stderr.strip().endswith(
        f"guanjia: error: no database at {tmp_path / 'none.db'}"
    )
    assert not packages(modules) & set(HEAVY)


def test_help_loads_no_qt_and_no_model_module():
    run, modules = loaded_modules("--help")
    assert run.returncode == 0 and "customers" in run.stdout and "referrals" in run.stdout
    assert not packages(modules) & set(HEAVY)
    assert not {m for m in modules if m.startswith("models.") and m != "models.errors"} - {
        "models.storage", "models.storage.db", "models.storage.file_writing", "models.values",
        "models.values.date_input", "models.values.recurrence", "models.clock",
    }  # fmt: skip


def test_a_chinese_sentence_loads_qtcore_only(db):
    run, modules = loaded_modules("customers", "add", "--name", "", db=db,
                                  env={"LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1] == "guanjia: error: 请输入姓名：每位客户都需要姓名。"
    assert "PySide6.QtCore" in modules
    assert not {"PySide6.QtGui", "PySide6.QtWidgets", "ui.style", "ui.formatting"} & modules
    heavy = set(HEAVY) - {"PySide6", "shiboken6", "ui"}
    assert not packages(modules) & heavy, sorted(packages(modules) & heavy)


def test_the_same_sentence_in_chinese_and_in_english(tmp_path):
    missing = tmp_path / "none.db"
    zh = guanjia("customers", db=missing, env={"LANG": "zh_CN.UTF-8"})
    en = guanjia("customers", db=missing)
    assert zh.stderr.strip() == f"guanjia: error: {missing} 处没有数据库"
    assert en.stderr.strip() == f"guanjia: error: no database at {missing}"


def test_groups_name_the_commands_they_add():
    import argparse

    for group, names in cli.GROUPS:
        commands = argparse.ArgumentParser().add_subparsers(dest="command")
        group.register(commands)
        assert tuple(commands.choices) == names, group.__name__
    every = [name for _group, names in cli.GROUPS for name in names]
    assert len(every) == len(set(every))


@pytest.mark.parametrize(
    "argv",
    [
        ["customers", "--json", "--limit", "1"],
        ["--db", "x.db", "customers", "add", "--name", "张三", "--tag", "VIP"],
        ["--create", "--db=x.db", "demo", "--customers", "3"],
        ["--db", "customers", "tags"],  # the database is named "customers"
        ["followups", "--json"],
        ["followups", "list", "--json"],  # a usage error: the same one
        ["today"],
        ["points", "adjust", "--customer", "3", "--points", "10", "--reason", "r"],
        ["earning", "--json"],  # a usage error: the same one
        ["backup", "--encrypt", "/tmp"],
        ["import", "a.xlsx", "--dry-run"],
    ],
)
def test_a_command_s_own_parser_reads_as_the_whole_one(argv, capsys):
    try:
        whole = vars(cli.build_parser().parse_args(argv))
    except SystemExit:
        whole = None
    else:
        assert cli.command_of(argv) == whole["command"]
    try:
        own = vars(cli.parse(argv))
    except SystemExit:
        own = None
    assert own == whole
    assert capsys.readouterr().err.count("error:") == (2 if whole is None else 0)


@pytest.mark.parametrize("argv", [[], ["-h"], ["--help"], ["bogus"], ["--db"], ["--json"]])
def test_no_command_or_a_wrong_one_gets_the_whole_parser(argv):
    assert cli.command_of(argv) is None


ENVIRONMENTS = [
    {"LANG": "zh_CN.UTF-8"}, {"LANG": "C"}, {"LANG": ""}, {"LANG": "en_US.UTF-8"},
    {"LANG": "zh_TW.UTF-8"}, {"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN"},
    {"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US"}, {"LANG": "C", "LANGUAGE": "zh_CN"},
    {"LANG": "C.UTF-8", "LANGUAGE": "zh_CN"}, {"LC_ALL": "zh_CN.UTF-8", "LANG": "C"},
    {"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"}, {"LC_ALL": "C", "LANG": "zh_CN.UTF-8"},
    {"LANG": "en_US", "LANGUAGE": ":zh_CN"}, {"LANG": "zh_CN", "LANGUAGE": "xx"},
    {"LANG": "zh-CN"}, {"LANG": "zho"}, {"LANG": "chinese"},
]  # fmt: skip


@pytest.mark.parametrize(
    "env", ENVIRONMENTS, ids=lambda env: " ".join(f"{k}={v}" for k, v in env.items())
)
def test_the_environment_is_read_as_qt_reads_it(env):
    """desktop.console_language tells the system's language as QLocale.system() does
    (asked in a process of its own: Qt reads the environment once)."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}  # fmt: skip
    code = ("from PySide6.QtCore import QLocale; "
            "print('zh_CN' if QLocale.system().language() == QLocale.Chinese else 'en')")  # fmt: skip
    qt = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                        env={**clean, **env}, timeout=60)  # fmt: skip
    assert environment_language(env) == qt.stdout.strip()


@pytest.mark.parametrize("value", ["zh_CN", "en", "auto"])
def test_the_setting_is_read_as_qsettings_wrote_it(guanjia_home, value):
    from desktop import settings

    store = settings.open_settings()
    store.setValue("window/geometry", b"\x01\x02=[General]")
    settings.set_language(store, value)
    settings.set_theme(store, "dark")
    store.sync()
    assert saved_language() == value


def test_no_setting_or_a_strange_one_is_auto(guanjia_home):
    assert saved_language() == "auto"
    (guanjia_home / "settings.ini").write_text("[General]\nlanguage=fr\n", encoding="utf-8")
    assert saved_language() == "auto"
    (guanjia_home / "settings.ini").write_text("[Other]\nlanguage=zh_CN\n", encoding="utf-8")
    assert saved_language() == "auto"
    (guanjia_home / "settings.ini").write_bytes(b"\xff\xfe[General]")
    assert saved_language() == "auto"
