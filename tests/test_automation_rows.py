"""A rule or a run named by its number (models.automation.tables.numbered, behind
rules.get and runs.get): the number as typed, what is no number, no such row."""

from __future__ import annotations

import pytest

from models.automation import rules, runs
from models.automation.tables import Rule, RuleRun, numbered
from models.errors import NotFoundError, ValidationError


def test_a_rule_by_its_number_or_its_text(db):
    rid = rules.add("新客标记", {"kind": "customer_created"}, [],
                    [{"kind": "add_tag", "tag": "新"}])  # fmt: skip
    assert numbered(Rule, rid, "rule").name == "新客标记"
    assert rules.get(str(rid)).name == rules.get(rid).name == "新客标记"


@pytest.mark.parametrize(
    ("get", "model", "kind"), [(rules.get, Rule, "rule"), (runs.get, RuleRun, "run")]
)
def test_bad_numbers_are_refused_by_kind(db, get, model, kind):
    for value in ("abc", None, "1.5"):
        with pytest.raises(ValidationError) as info:
            get(value)
        assert info.value.code == f"{kind}_id" and f"is not a {kind} number" in str(info.value)
    with pytest.raises(NotFoundError) as info:
        numbered(model, 999, kind)
    assert info.value.code == f"{kind}_not_found" and str(info.value) == f"no {kind} 999"
