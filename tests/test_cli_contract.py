"""The CLI's outputs, byte for byte: a guard for restructuring the code behind them.

Other tools read what `guanjia ...` prints (JSON lines, tab-separated lines, one-line
errors, exit codes), so a change that moves code around must not change a byte of it.
This test builds one small fixed database through the CLI, runs each command group
against it and compares stdout, stderr and the exit code (and the file an export
writes) with `tests/data/cli_expected/<case>.txt`, one file per command.

To regenerate the expected files deliberately (an output changed on purpose; review
the diff before committing it):

    GUANJIA_UPDATE_EXPECTED=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q \\
        -p no:cacheprovider tests/test_cli_contract.py

That rewrites every file (and deletes those of cases that no longer exist); without it
a difference fails with a unified diff of the expected file against the actual output.

What is fixed so the outputs are the same on every run and machine:
- the program clock: GUANJIA_NOW=2026-11-18T10:00 (a Wednesday) for every call, so the
  demo data, "today", overdue, created/updated times and the audit log's times are
  stable (no command prints the real time with it set; the only wall-clock value found
  is the mtime inside a backup's gzip header, which no output shows);
- the data folder: GUANJIA_HOME is a folder of the test's own (settings, logs); the
  language: English (tests/conftest.py sets LANG=C.UTF-8);
- the database: `demo --customers 40 --seed 3` with its follow-ups, contacts, complaints
  and purchases, then a few explicit adds (each add's output is a case too), and one
  stay-in-touch rule, which no command sets: it is inserted into the `touch_rule` table
  with sqlite3 (the file format is a contract of its own, unlike the code's layout).

Normalisations (only what must vary between runs):
- the temporary folder's path is written `<TMP>` (in stdout, stderr and file texts);
- characters a diff would hide (CR, the UTF-8 BOM of a CSV export, other control
  characters but tab and newline) are written `<U+000D>`, `<U+FEFF>`, ...; a last line
  without its newline gets a `<no newline>` marker;
- `backups --json`: each backup's size is written `<SIZE>` (the .db.gz's size depends on
  the SQLite and zlib builds of the machine, not on Guanjia);
- the .xlsx import template is compared by its cells' values (the file itself holds
  zip timestamps), the CSV exports by their full text.

Not covered on purpose: `--help` and argparse's usage errors (exit 2), whose wording
belongs to the Python version, not to Guanjia; `restore`, `erase` and the GUI.

Every case runs once, in order, in a module-scoped fixture (one database, ~45 calls of
about a second each); the tests then only compare. The expected files are byte-exact:
keep an editor from stripping their trailing tabs.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import sqlite3
from dataclasses import dataclass, field

import pytest

from tests.test_cli import ROOT, guanjia

EXPECTED = ROOT / "tests" / "data" / "cli_expected"
UPDATE = os.environ.get("GUANJIA_UPDATE_EXPECTED") == "1"
NOW = "2026-11-18T10:00"  # a Wednesday
DB = "guanjia.db"


@dataclass(frozen=True)
class Case:
    name: str  # the expected file's name, without .txt
    args: tuple[str, ...]  # "<TMP>" in an argument: the temporary folder
    env: dict = field(default_factory=dict)  # more environment (GUANJIA_NOW is set)
    db: str | None = DB  # --db <TMP>/<db>, None for no --db
    file: str | None = None  # a file the command writes, under <TMP>, compared too
    masks: tuple[tuple[str, str], ...] = ()  # (regex, replacement) on stdout


def case(name, *args, env=None, db=DB, file=None, masks=()):
    return Case(name, args, env or {}, db, file, masks)


# A backup's size depends on the SQLite and zlib builds, not on Guanjia.
BACKUP_SIZE = ((r'"size": \d+', '"size": <SIZE>'),)


IMPORT_CSV = (
    "姓名,手机,公司,城市,标签\n"
    "陈晓,13900001111,杭州云栖科技有限公司,杭州,VIP\n"
    "周八,12345,,,\n"  # a mobile that is not one: an error row
    "赵涛欣,19863626388,,,\n"  # customer 1's mobile: a duplicate, skipped
    "吴九,,宁波启航贸易有限公司,宁波,回访\n"
)

# The database is built by these, in order (each one's output is compared as well).
# fmt: off
BUILD = [
    case("build-staff-set", "staff", "前台小王"),
    case("build-demo", "demo", "--customers", "40", "--seed", "3", "--followups", "15",
         "--interactions", "20", "--complaints", "6", "--purchases", "60"),
    # here the fixture adds the stay-in-touch rule (stage "dormant", every 60 days)
    case("build-customers-add.json", "customers", "add", "--name", "张三", "--mobile",
         "+86 138-1234-5678", "--company", "杭州云栖科技有限公司", "--birthday", "1990-11-18",
         "--source", "referral", "--tag", "VIP", "--tag", "回访", "--json"),
    case("build-followups-add.json", "followups", "add", "--customer", "41", "--due",
         "2026-11-18T15:30", "--kind", "电话", "--subject", "报价回访", "--every", "2w", "--json"),
    case("build-followups-add", "followups", "add", "--customer", "41", "--due", "2026-11-10",
         "--kind", "visit", "--note", "上门送样品\n第二行"),
    case("build-followups-done.json", "followups", "done", "10", "--outcome", "已约好时间",
         "--next", "+3d", "--json"),
    case("build-interactions-add.json", "interactions", "add", "--customer", "41", "--channel",
         "微信", "--summary", "发了产品资料", "--at", "2026-11-17T16:00", "--json"),
    case("build-complaints-add.json", "complaints", "add", "--customer", "41", "--category",
         "quality", "--description", "收到的杯子有裂纹", "--severity", "urgent",
         "--received", "2026-11-17T09:00", "--json"),
    case("build-complaints-respond", "complaints", "respond", "7", "--note", "已致电道歉",
         "--at", "2026-11-17T09:20"),
    case("build-purchases-add.json", "purchases", "add", "--customer", "41", "--amount",
         "128.50", "--date", "2026-11-10T14:00", "--order", "A20261110", "--payment", "wechat",
         "--json"),
    case("build-customers-tag", "customers", "--tag", "VIP", "tag", "--add", "重点维护"),
    case("build-import.json", "import", "<TMP>/customers.csv", "--json"),  # backs up first
    case("build-rfm-tags", "rfm", "--tags"),
]

# Read-only: listings, reports, exports and errors of the database built above.
QUERIES = [
    case("customers-tag.json", "customers", "--tag", "VIP", "--json"),
    case("customers-search-limit", "customers", "--search", "zhang", "--limit", "3"),
    case("customers-filters.json", "customers", "--tag", "VIP", "--tag", "回访", "--any",
         "--not-tag", "外地", "--rfm-segment", "important_value", "--not-contacted-days", "30",
         "--json"),
    case("customers-query.json", "customers", "--query", "标签:VIP 消费>100", "--json"),
    case("customers-query-count", "customers", "--query", "来源:微信 或 （阶段：活跃 -性别:男）",
         "--count"),
    case("error-customers-query-field", "customers", "--query", "城巿:杭州"),
    case("error-customers-query-number", "customers", "--query", "消费>abc", "--count"),
    case("tags.json", "tags", "--json"),
    case("tags", "tags"),
    case("followups-today.json", "followups", "--due", "today", "--json"),
    case("followups-overdue.json", "followups", "--due", "overdue", "--json"),
    case("followups-all.json", "followups", "--due", "all", "--json"),
    case("followups-today-contacts.json", "followups", "--due", "today", "--contacts", "--json"),
    case("followups-week-contacts", "followups", "--due", "week", "--contacts"),
    case("today.json", "today", "--json"),
    case("today", "today"),
    case("interactions.json", "interactions", "--json"),
    case("complaints.json", "complaints", "--json"),
    case("complaints-show.json", "complaints", "show", "7", "--json"),
    case("complaints-show", "complaints", "show", "1"),
    case("complaints-metrics.json", "complaints", "metrics", "--json"),
    case("purchases.json", "purchases", "--json"),
    case("rfm.json", "rfm", "--json"),
    case("lifecycle.json", "lifecycle", "--json"),
    case("imports.json", "imports", "--json"),
    case("audit.json", "audit", "--json"),
    case("backups.json", "backups", "--json", masks=BACKUP_SIZE),
    case("staff", "staff"),
    case("password.json", "password", "--json"),
    case("export-csv.json", "export", "<TMP>/vip.csv", "--tag", "VIP", "--json",
         file="vip.csv"),
    case("export-csv-columns", "export", "<TMP>/masked.csv", "--search", "杭州", "--columns",
         "number,name,mobile,tags,total_spend_cents", "--mask-mobiles", file="masked.csv"),
    case("audit-export-csv", "audit", "--export", "<TMP>/audit.csv", file="audit.csv"),
    case("template", "template", "<TMP>/template.xlsx", file="template.xlsx"),
    # errors: exit 1 and one line on stderr
    case("error-no-database", "customers", "--json", db="missing.db"),
    case("error-bad-date", "followups", "add", "--customer", "41", "--due", "someday"),
    case("error-unknown-customer", "purchases", "--customer", "999", "--json"),
    case("error-bad-now", "today", env={"GUANJIA_NOW": "next tuesday"}),
    case("error-events-import-unknown", "events", "import", "9", "<TMP>/customers.csv", "--json"),
    case("error-events-checkin-unknown", "events", "checkin", "9", "--customers", "1", "2"),
    # membership (issue 26): last, as they write (the cases above stay as they were)
    case("members-enroll.json", "members", "enroll", "--customer", "41", "--json"),
    case("members-settings", "members", "settings", "--bonus-tiers", "1000:100,500:30"),
    case("wallet-topup.json", "wallet", "topup", "--customer", "41", "--amount", "1000",
         "--json"),
    case("wallet-pay.json", "wallet", "pay", "--customer", "41", "--amount", "99.90", "--json"),
    case("wallet-statement.json", "wallet", "statement", "--customer", "41", "--json"),
    case("wallet-reconcile.json", "wallet", "reconcile", "--json"),
    case("points-earn.json", "points", "earn", "--customer", "41", "--points", "100",
         "--reason", "开卡礼", "--json"),
    case("points-statement.json", "points", "statement", "--customer", "41", "--json"),
    case("members-show", "members", "show", "--customer", "41"),
    case("error-wallet-refund", "wallet", "refund", "--customer", "41", "--amount", "2000"),
    # member levels (issue 26): after the membership's cases, so none of theirs moves
    case("levels-add.json", "levels", "add", "--name", "普通", "--rank", "0", "--json"),
    case("levels-add-spend.json", "levels", "add", "--name", "银卡", "--rank", "1", "--basis",
         "spend", "--threshold", "500", "--period-days", "365", "--grace-days", "30",
         "--multiplier", "1.5", "--discount", "5", "--json"),
    case("levels-recompute-dry-run", "levels", "recompute", "--dry-run"),
    case("levels-recompute.json", "levels", "recompute", "--json"),
    case("levels-list", "levels", "list"),
    case("levels-list.json", "levels", "list", "--json"),
    case("levels-lock.json", "levels", "lock", "--customer", "41", "--level", "普通",
         "--reason", "店长特批", "--json"),
    case("levels-history.json", "levels", "history", "--customer", "41", "--json"),
    case("levels-set-rules.json", "levels", "set-rules", "--task-review", "5", "--json"),
    case("error-levels-rank-taken", "levels", "add", "--name", "金卡", "--rank", "1"),
    case("error-levels-unlock", "levels", "unlock", "--customer", "1"),
    # surveys (issue 27): after the levels' cases, so none of theirs moves
    case("surveys-add.json", "surveys", "add", "--name", "门店NPS", "--type", "nps", "--json"),
    case("surveys-answer.json", "surveys", "answer", "1", "--customer", "41", "--score", "3",
         "--comment", "排队太久", "--at", "2026-11-13 18:00", "--json"),
    case("surveys-answer-promoter", "surveys", "answer", "1", "--customer", "1", "--score", "10"),
    case("surveys-score.json", "surveys", "score", "1", "--by", "month", "--json"),
    case("error-surveys-answer-scale", "surveys", "answer", "1", "--customer", "1", "--score",
         "11"),
    # survey themes (issue 27, item 5)
    case("surveys-theme-add.json", "surveys", "theme-add", "1", "--name", "排队",
         "--terms", "排队,久", "--json"),
    case("surveys-themes.json", "surveys", "themes", "1", "--json"),
    case("error-surveys-theme-taken", "surveys", "theme-add", "1", "--name", "排队",
         "--terms", "慢"),
    # custom surveys with questions (issue 27, item 1)
    case("surveys-add-custom.json", "surveys", "add", "--name", "口味调查", "--type", "custom",
         "--question", "您是怎么知道我们的？|single|朋友介绍;网上;路过",
         "--question", "整体满意度|rating|1-5", "--question", "还有什么建议？|text", "--json"),
    case("surveys-answer-custom.json", "surveys", "answer", "2", "--customer", "41",
         "--answer", "1=网上", "--answer", "2=4", "--at", "2026-11-13 18:00", "--json"),
    case("surveys-results.json", "surveys", "results", "2", "--json"),
    case("error-surveys-answer-option", "surveys", "answer", "2", "--customer", "0",
         "--answer", "1=外卖"),
    case("surveys-report.json", "surveys", "report", "1", "--out", "<TMP>/survey-report.xlsx",
         "--json", file="survey-report.xlsx"),
    case("surveys-answers.json", "surveys", "answers", "1", "--json"),
    case("error-surveys-delete-answered", "surveys", "delete", "1"),
    # the staff list and the lead pool (issue 28): last, as they write
    case("team-add.json", "team", "add", "前台小李", "--role", "销售", "--json"),
    case("team-list.json", "team", "list", "--json"),
    case("leads-rules-add.json", "leads", "rules", "add", "轮流", "--kind", "round_robin",
         "--staff", "李娜", "--staff", "王强", "--json"),
    case("leads-unassign", "leads", "unassign", "3", "6", "8", "28"),  # the demo's owned all
    case("leads-assign-dry-run", "leads", "assign", "--rule", "轮流", "--limit", "3",
         "--dry-run"),
    case("leads-assign.json", "leads", "assign", "--rule", "轮流", "--limit", "3", "--json"),
    case("leads-list.json", "leads", "list", "--limit", "6", "--json"),
    case("leads-reclaim-dry-run.json", "leads", "reclaim", "--dry-run", "--json",
         env={"GUANJIA_NOW": "2026-11-25T10:00"}),
    case("error-leads-assign-unknown", "leads", "assign", "--to", "路人甲", "1"),
    case("error-staff-unknown", "staff", "路人甲"),
    # lead scoring (issue 28)
    case("leads-score.json", "leads", "score", "8", "--json"),
    case("leads-score-explain.json", "leads", "score", "KH0000008", "--explain", "--json"),
    case("leads-score-explain", "leads", "score", "8", "--explain"),
    case("leads-score-not-a-lead", "leads", "score", "41"),
    case("error-leads-score-unknown", "leads", "score", "9999"),
    case("leads-scoring-show.json", "leads", "scoring", "show", "--json"),
    case("error-leads-scoring-grades", "leads", "scoring", "set", "--grades", "40/45/20"),
    case("leads-scoring-set.json", "leads", "scoring", "set", "--grades", "60/30/10", "--json"),
    case("leads-rescore.json", "leads", "rescore", "--json"),
    # the funnel, its costs and ROI (issue 28, part 4)
    case("funnel.json", "funnel", "--json"),
    case("funnel-by-channel", "funnel", "--from", "2026-01-01", "--to", "2026-11-18", "--by",
         "channel"),
    case("funnel-by-staff.json", "funnel", "--by", "staff", "--json"),
    case("funnel-costs-set.json", "funnel", "costs", "set", "--channel", "ads", "--from",
         "2026-11-01", "--to", "2026-11-30", "--amount", "3000", "--note", "朋友圈广告", "--json"),
    case("funnel-costs-list.json", "funnel", "costs", "list", "--json"),
    case("funnel-roi.json", "funnel", "roi", "--from", "2026-11-01", "--to", "2026-11-18",
         "--json"),
    case("funnel-costs-remove.json", "funnel", "costs", "remove", "1", "--json"),
    case("error-funnel-split", "funnel", "--by", "region", "--json"),
    case("error-funnel-cost-negative", "funnel", "costs", "set", "--channel", "ads", "--from",
         "2026-11-01", "--to", "2026-11-30", "--amount", "-5"),
    case("funnel-check.json", "funnel", "check", "--json"),
    # automation rules (issue 28): last, as they write
    case("rules-list.json", "rules", "list", "--json"),
    case("rules-enable", "rules", "enable", "3"),
    case("rules-dry-run.json", "rules", "dry-run", "3", "--json"),
    case("rules-purchase-waits", "purchases", "add", "--customer", "41", "--amount", "2500"),
    case("rules-run-dry.json", "rules", "run", "--dry-run", "--json"),
    case("rules-run.json", "rules", "run", "--json"),
    case("rules-log.json", "rules", "log", "--json"),
    case("rules-undo.json", "rules", "undo", "1", "--json"),
    case("error-rules-undo-again", "rules", "undo", "1"),
    case("error-rules-add-bad", "rules", "add", '{"name": "x", "trigger": {"kind": "nope"},'
         ' "actions": [{"kind": "note", "text": "x"}]}'),
    case("error-rules-unknown", "rules", "show", "99"),
    # duplicates and merging (issue 29): last, as merges write
    case("duplicates-add", "customers", "add", "--name", "张叁", "--mobile", "138 1234 5678",
         "--city", "杭州", "--allow-duplicate"),
    case("duplicates.json", "duplicates", "--json"),
    case("duplicates-certain", "duplicates", "--by", "certain"),
    case("merge.json", "merge", "41", "44", "--json"),
    case("error-merge-self", "merge", "41", "41"),
    case("error-merge-again", "merge", "41", "44"),
    case("error-merge-unknown", "merge", "41", "999", "--json"),
    case("merge-undo.json", "merge", "--undo", "41", "--json"),
    case("error-merge-undo-none", "merge", "--undo", "41"),
    case("merge-two.json", "merge", "2", "3", "--json"),
    case("merge-two-undo", "merge", "--undo", "2"),
]
# fmt: on

CASES = BUILD + QUERIES


def visible(text: str) -> str:
    """`text` with the characters a diff hides made visible (tab and newline kept)."""
    out = []
    for ch in text:
        if ch in "\t\n" or (ch >= " " and ch not in "\x7f\ufeff"):
            out.append(ch)
        else:
            out.append(f"<U+{ord(ch):04X}>")
    text = "".join(out)
    return text if text == "" or text.endswith("\n") else text + "<no newline>\n"


def file_text(path) -> str:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        parts = []
        for sheet in book.worksheets:
            parts.append(f"[sheet {sheet.title}]\n")
            for row in sheet.iter_rows(values_only=True):
                parts.append("\t".join("" if v is None else str(v) for v in row) + "\n")
        book.close()
        return "".join(parts)
    return path.read_bytes().decode("utf-8")


def render(c: Case, result, tmp) -> str:
    """The expected file's text: the command, the exit code, stdout, stderr, the file."""

    def norm(text: str) -> str:
        for spelling in {str(tmp.resolve()), str(tmp)}:
            text = text.replace(spelling, "<TMP>")
        return visible(text)

    command = ["guanjia"] + (["--db", f"<TMP>/{c.db}"] if c.db else []) + list(c.args)
    env = [f"{k}={v}" for k, v in sorted(c.env.items())]
    line = shlex.join(env + command).replace("\n", "\\n")
    text = f"$ {line}\nexit {result.returncode}\n"
    stdout = result.stdout
    for pattern, replacement in c.masks:
        stdout = re.sub(pattern, replacement, stdout)
    text += "--- stdout\n" + norm(stdout) + "--- stderr\n" + norm(result.stderr)
    if c.file:
        path = tmp / c.file
        body = file_text(path) if path.exists() else "(not written)\n"
        text += f"--- file <TMP>/{c.file}\n" + norm(body)
    return text


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Builds the database and runs every case once, in order: {name: rendered text}."""
    tmp = tmp_path_factory.mktemp("cli_contract")
    (tmp / "home").mkdir()
    (tmp / "customers.csv").write_text(IMPORT_CSV, encoding="utf-8")
    base_env = {"GUANJIA_NOW": NOW, "GUANJIA_HOME": str(tmp / "home"), "GUANJIA_DB": ""}
    rendered = {}
    for c in CASES:
        args = [a.replace("<TMP>", str(tmp)) for a in c.args]
        db = tmp / c.db if c.db else None
        result = guanjia(*args, db=db, env={**base_env, **c.env})
        rendered[c.name] = render(c, result, tmp)
        if c.name == "build-demo":  # one stay-in-touch rule: no command sets one
            with sqlite3.connect(tmp / DB) as con:
                con.execute(
                    "INSERT INTO touch_rule (scope, target, every_days, created_at)"
                    " VALUES ('stage', 'dormant', 60, '2026-11-18 10:00:00')"
                )
            con.close()
    return rendered


def test_case_names_are_unique():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_cli_output_is_unchanged(outputs, c):
    path = EXPECTED / f"{c.name}.txt"
    actual = outputs[c.name]
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"no {path.name}: run with GUANJIA_UPDATE_EXPECTED=1 to write it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            f"expected: tests/data/cli_expected/{path.name}", "actual output",
        )  # fmt: skip
        pytest.fail(
            "the CLI's output changed (GUANJIA_UPDATE_EXPECTED=1 rewrites the expected files"
            " if that is meant):\n" + "".join(diff),
            pytrace=False,
        )


def test_no_expected_file_without_a_case():
    known = {f"{c.name}.txt" for c in CASES}
    stale = sorted(p.name for p in EXPECTED.glob("*.txt") if p.name not in known)
    if UPDATE:
        for name in stale:
            (EXPECTED / name).unlink()
        return
    assert stale == [], "expected files of cases that no longer exist"
