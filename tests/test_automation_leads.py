"""Automation rules meet the staff list and lead scoring (issue 28): a rule on "lead grade
changed" fires from the grade history; an owner a rule assigns must be active staff, on
save and again when the rule acts."""

from __future__ import annotations

import datetime as dt

import pytest

from models import clock
from models.automation import rules, runner
from models.customers import customers
from models.errors import ValidationError
from models.storage.db import database
from models.tags.tags import find_tag
from models.team import staff

NOW = dt.datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def fixed(db):
    clock.set_now(NOW)
    return db


def _grade(cid: int, grade: str) -> None:
    database.execute_sql("UPDATE customer SET lead_grade = ? WHERE id = ?", (grade, cid))


def _tagged(name: str) -> set[int]:
    tag = find_tag(name)
    return {r[0] for r in database.execute_sql(
        "SELECT customer_id FROM customer_tag WHERE tag_id = ?", (tag.id,))}  # fmt: skip


def test_a_rule_on_lead_grade_fires_only_for_its_grade(fixed):
    rid = rules.add("A级线索", {"kind": "lead_grade_changed", "to": "A"}, [],
                    [{"kind": "add_tag", "tag": "A级"}])  # fmt: skip
    rules.set_enabled(rid, True)
    a = customers.create({"name": "甲", "stage": "lead"})
    b = customers.create({"name": "乙", "stage": "lead"})
    runner.process_pending()
    _grade(a, "A")
    _grade(b, "B")
    summary = runner.process_pending()
    assert summary.by_rule == {rid: 1}
    assert _tagged("A级") == {a}
    _grade(b, "A")  # B -> A later: fires for b now, not again for a
    assert runner.process_pending().by_rule == {rid: 1}
    assert _tagged("A级") == {a, b}


def test_assign_owner_must_be_active_staff(fixed):
    with pytest.raises(ValidationError) as unknown:
        rules.add("分给路人", {"kind": "customer_created"}, [],
                  [{"kind": "assign_owner", "owner": "路人甲"}])  # fmt: skip
    assert unknown.value.code == "staff_unknown"
    staff.add("王芳")
    rid = rules.add("分给王芳", {"kind": "customer_created"}, [],
                    [{"kind": "assign_owner", "owner": "王芳"}])  # fmt: skip
    rules.set_enabled(rid, True)
    first = customers.create({"name": "一号"})
    runner.process_pending()
    assert customers.get(first)["owner"] == "王芳"
    staff.set_active("王芳", False)
    second = customers.create({"name": "二号"})
    runner.process_pending()
    assert customers.get(second)["owner"] == ""  # nothing written for the inactive owner
    rule = rules.get(rid)
    assert not rule.enabled and "王芳" in rule.disabled_reason
