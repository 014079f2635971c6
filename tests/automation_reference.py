"""The row-by-row way a rule fired before the set-based sweep (kept as the reference the
set-based runner must agree with, row for row: tests/test_automation_sweep.py).

Each matched (customer, key) goes to rule_fired by a prepared statement per row, each
tag and follow-up is one row insert (the outbox triggers write one rule_event per tag,
the quiet flag never set), tag_count is bumped, and the run log is written from the
items in Python."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.automation import actions as acting
from models.automation import conditions, rules, runner
from models.automation.tables import RuleRunItem
from models.errors import GuanjiaError
from models.followups import channels, followup_audit, followups
from models.followups.followup_audit import SHOWN
from models.followups.followups import Followup
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.tags.tables import CustomerTag, get_tag


def _tag(tag_id: int, ids: list[int], add: bool) -> list[int]:
    with database.atomic():
        get_tag(tag_id)
        have = {c for (c,) in database.execute_sql(
            "SELECT customer_id FROM customer_tag WHERE tag_id = ?", [tag_id])}  # fmt: skip
        live = {c for (c,) in database.execute_sql("SELECT id FROM customer")}
        todo = sorted(c for c in set(ids) if (c not in have if add else c in have) and c in live)
        for cid in todo:
            if add:
                insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], [(cid, tag_id)])
            else:
                database.execute_sql(
                    "DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?", [cid, tag_id])  # fmt: skip
            database.execute_sql("UPDATE customer SET tag_count = tag_count + ? WHERE id = ?",
                                 [1 if add else -1, cid])  # fmt: skip
        if todo:
            only = todo[0] if len(todo) == 1 else None
            audit.record("tag", "customer", only,
                         detail=f"{'+' if add else '-'}{get_tag(tag_id).name} {len(todo):,}",
                         count=len(todo))  # fmt: skip
    return todo


def _followups(ids: list[int], action: dict) -> list[tuple[int, int]]:
    due = dt.datetime.combine(clock.today() + dt.timedelta(days=action.get("due_days", 0)),
                              dt.time())  # fmt: skip
    kind = channels.parse(action.get("channel", "phone"), "kind")
    owner = action.get("owner")
    now = clock.now()
    made = []
    with database.atomic():
        for cid in sorted(set(ids)):
            row = database.execute_sql("SELECT owner FROM customer WHERE id = ? AND"
                                       " deleted_at IS NULL", [cid]).fetchone()  # fmt: skip
            if row is None:
                continue
            F = Followup
            fid = F.insert(customer=cid, kind=kind, due_at=due, has_time=False,
                           subject=action["subject"], note="",
                           owner=owner if owner is not None else (row[0] or ""), status="open",
                           every="", anchor=None, source=acting.SOURCE, care_key="", outcome="",
                           created_at=now).execute()  # fmt: skip
            made.append((cid, fid))
        followups.refresh_next([c for c, _f in made])
        shown = {r.id: r for r in Followup.select().where(
            Followup.id.in_([f for _c, f in made[:SHOWN]]))}  # fmt: skip
        followup_audit.record("create", [(f, c, None, followup_audit.image(shown[f])
                                          if f in shown else None) for c, f in made])  # fmt: skip
    return made


def perform(action: dict, ids: list[int]) -> list[acting.Item]:
    kind = action["kind"]
    if kind in ("add_tag", "remove_tag"):
        tag = acting.get_or_create_tags([action["tag"]])[0] if kind == "add_tag" else (
            acting.find_tag(action["tag"]))  # fmt: skip
        if tag is None:
            return []
        return [acting.Item(c, kind, str(tag.id)) for c in _tag(tag.id, ids, kind == "add_tag")]
    if kind == "followup":
        return [acting.Item(c, kind, str(f)) for c, f in _followups(ids, action)]
    return acting.perform(action, ids)


def fire(run, rule, depth: int) -> None:
    """runner._fire, row by row."""
    pairs = database.execute_sql("SELECT id, key FROM temp.auto_match").fetchall()
    if not pairs:
        return
    ids = sorted({cid for cid, _key in pairs})
    run_id = run.id
    try:
        with database.atomic():
            for cid, key in pairs:
                database.execute_sql(
                    "INSERT OR IGNORE INTO rule_fired (rule_id, customer_id, key, run_id)"
                    " VALUES (?, ?, ?, ?)", [rule.id, cid, key, run_id])  # fmt: skip
            runner._set_depth(depth)
            items = []
            for action in rule.actions:
                items += perform(action, ids)
            runner._set_depth(0)
            for i in items:
                insert_rows(RuleRunItem, [RuleRunItem.run_id, RuleRunItem.rule_id,
                                          RuleRunItem.customer_id, RuleRunItem.action,
                                          RuleRunItem.ref, RuleRunItem.before, RuleRunItem.after],
                            [(run_id, rule.id, i.customer_id, i.action, i.ref, i.before,
                              i.after)])  # fmt: skip
    except (GuanjiaError, conditions.Broken) as exc:
        runner._set_depth(0)
        rules.disable_broken(rule.id, str(exc))
        run.warn(f"rule {rule.id} {rule.name}: switched off: {exc}")
        return
    run.summary.actions += len(items)
    touched = {i.customer_id for i in items}
    database.cursor().executemany("INSERT OR IGNORE INTO temp.auto_touched (id) VALUES (?)",
                                  [(c,) for c in touched])  # fmt: skip
    if touched:
        run.summary.by_rule[rule.id] = run.summary.by_rule.get(rule.id, 0) + len(touched)
