"""The CLI speaks the user's language (issue 21, item 4): with a Chinese locale, or the
app's language set to Chinese, its errors and summaries are in Chinese; JSON keys and
values stay as they are; English stays word for word what scripts have read."""

import json

from tests.test_cli import guanjia, lines

ZH = {"LANG": "zh_CN.UTF-8"}


def test_errors_in_chinese_with_a_chinese_locale(tmp_path):
    missing = tmp_path / "nowhere" / "x.db"
    r = guanjia("customers", db=missing, env=ZH)
    assert r.returncode == 1 and r.stderr.strip() == f"guanjia: error: {missing} 处没有数据库"
    assert not missing.parent.exists()

    db = tmp_path / "c.db"
    assert guanjia("customers", "add", "--name", "张三", db=db).returncode == 0
    r = guanjia("export", str(tmp_path / "no" / "x.xlsx"), db=db, env=ZH)
    assert r.returncode == 1 and "不存在：没有写入任何内容" in r.stderr
    r = guanjia("followups", "add", "--customer", "1", "--due", "下下下周", db=db, env=ZH)
    assert r.returncode == 1 and "“下下下周”不是日期" in r.stderr
    r = guanjia("customers", "add", "--name", "", db=db, env=ZH)
    assert r.returncode == 1 and "请输入姓名" in r.stderr
    text_file = tmp_path / "list.xlsx"
    text_file.write_text("name\n张三\n", encoding="utf-8")
    r = guanjia("import", str(text_file), db=db, env=ZH)
    assert r.returncode == 1 and "改名为 .csv" in r.stderr  # text under a workbook's name, said so
    r = guanjia("customers", "add", "--name", "李四", "--mobile", "1381234", db=db, env=ZH)
    assert r.returncode == 1 and "guanjia: error: " in r.stderr
    assert any(ord(c) > 127 for c in r.stderr)  # said in Chinese, not English
    assert [c["name"] for c in lines(guanjia("customers", "--json", db=db))] == ["张三"]


def test_summaries_in_chinese_and_json_unchanged(tmp_path):
    db = tmp_path / "c.db"
    assert guanjia("customers", "add", "--name", "张三", db=db).returncode == 0
    r = guanjia("export", str(tmp_path / "out.xlsx"), db=db, env=ZH)
    assert r.returncode == 0 and r.stdout.strip() == f"已导出 1 位客户到 {tmp_path / 'out.xlsx'}"
    r = guanjia("today", db=db, env=ZH)
    assert r.stdout.startswith("今日待跟进：0（0 个跟进，0 位客户该联系了）")
    english = guanjia("today", "--json", db=db)
    chinese = guanjia("today", "--json", db=db, env=ZH)
    assert json.loads(chinese.stdout) == json.loads(english.stdout) == {
        "due_today": 0, "followups": 0, "contacts": 0, "overdue": 0, "birthdays": 0
    }  # fmt: skip


def test_the_app_s_language_setting_wins_over_the_locale(tmp_path, guanjia_home):
    (guanjia_home / "settings.ini").write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    r = guanjia("customers", db=tmp_path / "none.db")
    assert r.returncode == 1 and "处没有数据库" in r.stderr
    (guanjia_home / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    r = guanjia("customers", db=tmp_path / "none.db", env=ZH)
    assert r.stderr.strip() == f"guanjia: error: no database at {tmp_path / 'none.db'}"


def test_english_is_what_scripts_have_always_read(tmp_path):
    db = tmp_path / "c.db"
    assert guanjia("customers", "add", "--name", "张三", db=db).returncode == 0
    r = guanjia("export", str(tmp_path / "out.csv"), db=db)
    assert r.stdout.strip() == f"exported 1 customers to {tmp_path / 'out.csv'}"
    r = guanjia("followups", "add", "--customer", "1", "--due", "soon", db=db)
    assert r.returncode == 1 and "'soon' is not a date; try one of: today" in r.stderr
