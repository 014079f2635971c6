"""guanjia cards / paid / referrals: the keys, yuan in and fen out, and every refusal:
exit 1, one line on stderr, no traceback, nothing written. One test runs real processes
on a real file (the contract as other tools see it); the refusals run the same parser
and handlers in this process (a process each would take minutes on a busy machine)."""

import json
import sqlite3

import pytest

from tests.test_cli import guanjia, lines

NOW = "2026-11-18T10:00"


class Cli:
    def __init__(self, path, capsys, monkeypatch):
        self.path, self.capsys, self.monkeypatch = path, capsys, monkeypatch

    def __call__(self, *argv, now=NOW):
        from desktop.cli import parse, run
        from models.storage.db import close_database

        self.monkeypatch.setenv("GUANJIA_NOW", now)
        close_database()
        self.capsys.readouterr()
        code = run(parse(["--db", str(self.path), *argv]))
        out, err = self.capsys.readouterr()
        return code, out, err


def counts(db):
    with sqlite3.connect(db) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
            "count_card", "count_card_entry", "wallet_entry", "paid_membership", "referral",
            "followup", "audit_entry"))  # fmt: skip


def ok(db, *args, env=None):
    code, out, err = db(*args, **({"now": env} if env else {}))
    assert code == 0, err
    return out


def bad(db, *args, says="", env=None):
    before = counts(db.path)
    code, out, err = db(*args, **({"now": env} if env else {}))
    assert code == 1, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert says in err, err
    assert counts(db.path) == before
    return err


def rows(out):
    return [json.loads(line) for line in out.splitlines()]


def one(out):
    return json.loads(out)


def test_the_contract_in_real_processes(tmp_path):
    db = tmp_path / "p.db"
    env = {"GUANJIA_NOW": NOW}
    for name in ("张三", "李四"):
        assert (
            guanjia("--create", "customers", "add", "--name", name, db=db, env=env).returncode == 0
        )
    r = guanjia("cards", "sell", "--customer", "1", "--service", "洗剪吹", "--visits", "3",
                "--price", "100", "--json", db=db, env=env)  # fmt: skip
    assert json.loads(r.stdout)["price_fen"] == 10000
    guanjia("cards", "use", "1", db=db, env=env)
    r = guanjia("cards", "refund", "1", "--json", db=db, env=env)
    assert json.loads(r.stdout)["refund_fen"] == 6666
    r = guanjia("cards", "use", "1", db=db, env=env)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = guanjia("referrals", "set", "--customer", "2", "--by", "1", db=db, env=env)
    assert r.returncode == 0
    r = guanjia("referrals", "set", "--customer", "1", "--by", "2", db=db,
                env={**env, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert r.returncode == 1 and "循环" in r.stderr
    r = guanjia("paid", "sell", "--customer", "1", "--plan", "年卡", "--term", "year", "--fee",
                "365", "--json", db=db, env=env)  # fmt: skip
    assert json.loads(r.stdout)["ends_on"] == "2027-11-17"
    assert lines(guanjia("referrals", "stats", "--json", db=db, env=env))[-1]["rate"] == 0.5


@pytest.fixture
def db(tmp_path, capsys, monkeypatch, qapp):
    # qapp: the CLI's sentences install their translators on the application there is;
    # without one it would make a QCoreApplication, and no widget test could follow.
    cli = Cli(tmp_path / "c.db", capsys, monkeypatch)
    for name in ("张三", "李四", "王五"):
        ok(cli, "--create", "customers", "add", "--name", name)
    yield cli
    from models.storage.db import close_database

    close_database()


def test_cards_sell_use_refund_list_and_refusals(db):
    r = ok(db, "cards", "sell", "--customer", "1", "--service", "洗剪吹", "--visits", "3",
           "--price", "100", "--expires", "2027-06-30", "--json")  # fmt: skip
    card = one(r)
    assert (card["id"], card["visits_left"], card["price_fen"], card["expires_on"]) == (
        1, 3, 10000, "2027-06-30")  # fmt: skip
    r = ok(db, "cards", "use", "1", "--json")
    assert one(r)["visits_left"] == 2
    ok(db, "members", "enroll", "--customer", "2", "--card", "VIP2")
    ok(db, "wallet", "topup", "--customer", "2", "--amount", "50")
    r = ok(db, "cards", "sell", "--customer", "2", "--service", "按摩", "--visits", "1",
           "--price", "30", "--pay", "wallet", "--json")  # fmt: skip
    assert one(r)["id"] == 2
    r = ok(db, "wallet", "statement", "--customer", "2", "--json")
    assert rows(r)[-1]["balance_fen"] == 2000
    assert [c["id"] for c in rows(ok(db, "cards", "list", "--customer", "1", "--json"))] == [1]
    # every refusal: one line, exit 1, nothing written
    sell = ("cards", "sell", "--customer", "1", "--service", "洗剪吹", "--visits", "3",
            "--price", "100")  # fmt: skip
    bad(db, "cards", "sell", "--customer", "9", "--service", "s", "--visits", "1", "--price",
        "1")  # fmt: skip
    bad(db, *sell[:5], "", *sell[6:], says="service")
    bad(db, *sell[:7], "0", *sell[8:], says="visits")
    bad(db, *sell[:7], "x", *sell[8:], says="visits")
    bad(db, *sell[:9], "1.234", says="two decimals")
    bad(db, *sell[:9], "-5")
    bad(db, *sell, "--expires", "2026-11-01", says="expired already")
    bad(db, *sell, "--expires", "someday")
    bad(db, *sell, "--pay", "wallet", says="not a member")
    bad(db, "cards", "sell", "--customer", "2", "--service", "按摩", "--visits", "1", "--price",
        "300", "--pay", "wallet", says="balance")  # fmt: skip
    bad(db, "cards", "use", "99", says="no count card")
    bad(db, "cards", "use", "abc", says="no count card")
    ok(db, "cards", "use", "2")
    bad(db, "cards", "use", "2", says="no visits left")
    bad(db, "cards", "refund", "2", says="no visits left")
    r = ok(db, "cards", "refund", "1", "--json")
    assert one(r)["refund_fen"] == 6666  # 100.00 x 2/3, rounded down
    bad(db, "cards", "use", "1", says="refunded")
    bad(db, "cards", "refund", "1", says="refunded")
    r = ok(db, "cards", "show", "1", "--json")
    assert [m["kind"] for m in rows(r)[:-1]] == ["sell", "use", "refund"]
    ok(db, "members", "card-lost", "--card", "VIP2")
    ok(db, "cards", "sell", "--customer", "2", "--service", "洗", "--visits", "2", "--price",
       "0")  # fmt: skip
    bad(db, "cards", "use", "3", says="lost")
    r = ok(db, "points", "check", "--json")
    assert one(r)["ok"] is True


def test_cards_expiry_and_reverse(db):
    ok(db, "cards", "sell", "--customer", "1", "--service", "洗剪吹", "--visits", "2", "--price",
       "10", "--expires", "2026-11-30")  # fmt: skip
    later = "2026-12-01T09:00"
    bad(db, "cards", "use", "1", says="expired", env=later)
    r = ok(db, "cards", "expire", "--dry-run", "--json", env=later)
    assert one(r) == {"date": "2026-12-01", "cards": 1, "visits": 2,
                                    "dry_run": True}  # fmt: skip
    assert one(ok(db, "cards", "expire", "--json", env=later))["cards"] == 1
    assert one(ok(db, "cards", "expire", "--json", env=later))["cards"] == 0
    r = ok(db, "cards", "reverse", "2", "--json", env=later)  # the expiry undone
    assert one(r)["visits_left"] == 2
    bad(db, "cards", "reverse", "2", says="reversed already")
    bad(db, "cards", "reverse", "3", says="not reversed again")
    bad(db, "cards", "reverse", "99")


def test_paid_sell_renew_list_expire_and_refusals(db):
    r = ok(db, "paid", "sell", "--customer", "1", "--plan", "年卡会员", "--term", "year", "--fee",
           "365", "--json")  # fmt: skip
    term = one(r)
    assert (term["starts_on"], term["ends_on"], term["fee_fen"], term["status"]) == (
        "2026-11-18", "2027-11-17", 36500, "active")  # fmt: skip
    r = ok(db, "paid", "renew", "--customer", "1", "--fee", "300", "--json")
    renewal = one(r)
    assert (renewal["starts_on"], renewal["ends_on"], renewal["renews_id"]) == (
        "2027-11-18", "2028-11-17", 1)  # fmt: skip
    ok(db, "paid", "sell", "--customer", "2", "--plan", "月卡", "--term", "days", "--days", "10",
       "--fee", "30")  # fmt: skip
    assert len(rows(ok(db, "paid", "list", "--json"))) == 3
    later = "2026-12-01T09:00"
    r = ok(db, "paid", "expire", "--dry-run", "--json", env=later)
    assert one(r)["terms"] == 1
    assert one(ok(db, "paid", "expire", "--json", env=later))["terms"] == 1
    assert one(ok(db, "paid", "expire", "--json", env=later))["terms"] == 0
    assert [t["id"] for t in rows(ok(db, "paid", "list", "--status", "expired", "--json",
                                      env=later))] == [3]  # fmt: skip
    bad(db, "paid", "sell", "--customer", "1", "--plan", "年卡", "--term", "year", "--fee", "1",
        says="renew")  # fmt: skip
    bad(db, "paid", "renew", "--customer", "3", "--fee", "1", says="no paid membership")
    bad(db, "paid", "sell", "--customer", "3", "--plan", " ", "--term", "year", "--fee", "1",
        says="plan")  # fmt: skip
    bad(db, "paid", "sell", "--customer", "3", "--plan", "x", "--term", "days", "--fee", "1",
        says="days")  # fmt: skip
    bad(db, "paid", "sell", "--customer", "3", "--plan", "x", "--term", "year", "--fee", "abc")
    bad(db, "paid", "sell", "--customer", "9", "--plan", "x", "--term", "year", "--fee", "1")
    bad(db, "paid", "cancel", "1", says="renewed since")
    ok(db, "paid", "cancel", "2")
    bad(db, "paid", "cancel", "2", says="cancelled already")
    bad(db, "paid", "cancel", "77")


def test_referrals_set_tree_stats_and_refusals(db):
    r = ok(db, "referrals", "set", "--customer", "2", "--by", "1", "--json")
    assert one(r) == {"customer_id": 2, "introduced_by": 1, "before": None}
    ok(db, "referrals", "set", "--customer", "3", "--by", "2")
    bad(db, "referrals", "set", "--customer", "1", "--by", "3", says="cycle")  # depth 3
    bad(db, "referrals", "set", "--customer", "1", "--by", "1", says="themselves")
    bad(db, "referrals", "set", "--customer", "3", "--by", "2", says="already")
    bad(db, "referrals", "set", "--customer", "3", "--by", "9")
    tree = one(ok(db, "referrals", "tree", "1", "--json"))
    assert (tree["direct"], tree["all_levels"]) == (1, 2)
    assert tree["children"][0]["children"][0]["name"] == "王五"
    bad(db, "referrals", "tree", "9")
    found = rows(ok(db, "referrals", "stats", "--json"))
    assert found[0] == {"customer_id": 1, "name": "张三", "direct": 1, "all_levels": 2,
                       "converted": 0}  # fmt: skip
    assert found[-1]["rate"] == round(2 / 3, 4) and found[-1]["new_customers"] == 3
    bad(db, "referrals", "stats", "--from", "soon")


def test_rules_and_reminder_days(db):
    rules = one(ok(db, "referrals", "rules", "--referrer-points", "300", "--referred-bonus",
                   "20", "--referred-visits", "1", "--visit-service", "洗剪吹", "--json"))  # fmt: skip
    assert rules["referral_points_referrer"] == 300
    assert rules["referral_bonus_referred_fen"] == 2000
    assert rules["referral_visit_service"] == "洗剪吹"
    bad(db, "referrals", "rules", "--referrer-points", "-1")
    bad(db, "referrals", "rules", "--referred-bonus", "x")
    assert one(ok(db, "paid", "reminders", "--days", "3", "--json")) == {
        "renewal_reminder_days": 3}  # fmt: skip
    bad(db, "paid", "reminders", "--days", "-2")
    term = one(ok(db, "paid", "sell", "--customer", "1", "--plan", "月卡", "--term", "month",
                  "--fee", "30", "--json"))  # fmt: skip
    assert term["ends_on"] == "2026-12-17"
