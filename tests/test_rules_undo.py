"""Stay-in-touch rules: added, changed and removed with an audit entry (target "setting")
in the same transaction, undone and redone exactly; bad input writes nothing."""

import pytest

from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.followups import stay_in_touch
from models.storage import audit
from models.tags import tags
from ui.followups.rules_undo import RuleChange


@pytest.fixture
def vip(db, qapp):
    return tags.create_tag("VIP").id


def newest():
    return audit.entries(audit.AuditQuery(target="setting"), limit=1)[0]


def rules():
    return [(r.scope, r.target, r.every_days) for r in stay_in_touch.list_rules()]


def test_add_change_remove_audited_and_undone(vip):
    rule_id = stay_in_touch.set_rule("tag", vip, 30)
    entry = newest()
    assert (entry["action"], entry["target_id"]) == ("create", rule_id)
    assert entry["detail"] == "rule: tag VIP; every_days: 30"
    added = RuleChange(rule_id, None, lambda _ids: None)
    before = stay_in_touch.rule_image(rule_id)
    stay_in_touch.set_rule("tag", vip, 60)
    assert newest()["detail"] == "rule: tag VIP; every_days: 30 → 60"
    assert newest()["action"] == "edit"
    changed = RuleChange(rule_id, before, lambda _ids: None)
    middle = stay_in_touch.rule_image(rule_id)
    stay_in_touch.remove_rule(rule_id)
    assert (newest()["action"], newest()["detail"]) == ("delete", "rule: tag VIP; every_days: 60")
    removed = RuleChange(rule_id, middle, lambda _ids: None)
    removed.undo()
    assert stay_in_touch.rule_image(rule_id) == middle
    assert (newest()["action"], newest()["detail"]) == ("undo", "rule: tag VIP; every_days:  → 60")
    changed.undo()
    assert rules() == [("tag", str(vip), 30)]
    added.undo()
    assert rules() == []
    added.redo()
    added.redo()
    assert stay_in_touch.rule_image(rule_id) == before
    assert newest()["action"] == "redo"


def test_bad_rules_and_failures_change_nothing(vip, monkeypatch):
    stay_in_touch.set_rule("stage", "dormant", 90)
    cid = customers.create({"name": "张三"})
    count, before = audit.count(), rules()
    for args in (("tag", vip, 0), ("stage", "sleepy", 30), ("customer", 999, 30)):
        with pytest.raises((ValidationError, NotFoundError)):
            stay_in_touch.set_rule(*args)
    with pytest.raises(NotFoundError):
        stay_in_touch.remove_rule(999)
    assert stay_in_touch.set_rule("stage", "dormant", 90)  # the same again: nothing to record
    assert audit.count() == count
    monkeypatch.setattr(audit, "record", lambda *a, **k: 1 / 0)
    for call in (lambda: stay_in_touch.set_rule("customer", cid, 14),
                 lambda: stay_in_touch.set_rule("stage", "dormant", 30),
                 lambda: stay_in_touch.remove_rule(stay_in_touch.list_rules()[0].id)):  # fmt: skip
        with pytest.raises(ZeroDivisionError):
            call()
    monkeypatch.undo()
    assert rules() == before and audit.count() == count
