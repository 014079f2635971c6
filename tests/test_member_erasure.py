"""Erasing a member (PIPL): the ledgers keep every amount, so the totals, the
reconciliation and the check stay at zero; the card numbers, receipt numbers and
texts that could name or reach the person are gone from every membership table and
from the audit log."""

from __future__ import annotations

from models.customers import customers
from models.excel import import_engine
from models.excel import member_import as mi
from models.membership import cards, check, points, reconcile, wallet
from models.membership import tables as t
from models.privacy import erasure
from models.storage.audit import AuditEntry
from scripts.make_membership_examples import write

TABLES = (t.Member, t.MemberCard, t.LevelHistory, t.PointsEntry, t.WalletEntry, t.CountCard,
          t.CountCardEntry, t.PaidMembership, t.Referral)  # fmt: skip


def texts_of(customer_id: int) -> str:
    out = []
    for table in TABLES:
        column = table.customer_id
        for row in table.select().where(column == customer_id).dicts():
            out += [str(v) for v in row.values()]
    return " ".join(out)


def test_erasing_a_member_keeps_the_totals_and_removes_what_names_them(db, tmp_path):
    path = write(tmp_path / "m.xlsx", [
        ["会员卡号", "会员姓名", "手机号", "积分", "储值余额", "赠送余额", "次卡", "剩余次数"],
        ["ZS-8001", "张三", "13800000001", 500, 300, 30, "推拿", 5],
        ["LS-8002", "李四", "13800000002", 100, 50, 0, "", ""],
    ])  # fmt: skip
    options = mi.Options(create_customers=True)
    import_engine.run(import_engine.plan(import_engine.load(path, options), options))
    zhang = cards.find_customer_by_card("ZS-8001")
    other = customers.create({"name": "张三丰"})
    wallet.topup(zhang, 10000, bonus_fen=0, receipt_no="R-13800000001")
    wallet.pay(zhang, 2000, reason="张三 买花")
    points.earn(zhang, 20, reason="张三 生日")
    points.redeem(zhang, 10)
    before = reconcile.reconcile_all().to_json()
    liability = reconcile.liability()
    erasure.erase(zhang)
    after = reconcile.reconcile_all().to_json()
    assert after == before and after["difference_fen"] == 0
    assert reconcile.liability() == liability
    found = check.check_all()
    assert found.ok, found.differences
    assert points.balance(zhang) == 510  # the member's figures stay, anonymous
    text = texts_of(zhang)
    for secret in ("张三", "13800000001", "ZS-8001", "R-13800000001", "生日"):
        assert secret not in text, secret
    assert cards.find_customer_by_card("ZS-8001") is None
    details = " ".join(e.detail for e in AuditEntry.select())
    assert "ZS-8001" not in details and "13800000001" not in details
    assert "LS-8002" in texts_of(cards.find_customer_by_card("LS-8002"))  # others untouched
    assert customers.get(other)["name"] == "张三丰"
