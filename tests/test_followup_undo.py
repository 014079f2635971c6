"""Follow-up and contact writes: each audited in its own transaction with the
before-image, and undone / redone exactly through models.followup_changes (a real SQLite
file; the window's Ctrl+Z is tests/gui/test_undo_followups_gui.py)."""

import datetime as dt

import pytest

from models import clock
from models.customers import customers
from models.errors import NotFoundError, ValidationError
from models.followups import followup_bulk, followup_changes, followups, interactions
from models.followups.followups import Followup
from models.storage import audit

D = dt.date
T = dt.datetime


@pytest.fixture
def now():
    clock.set_now(T(2026, 11, 18, 10, 0))  # a Wednesday
    return clock.now()


@pytest.fixture
def cid(db, now):
    return customers.create({"name": "张三", "owner": "小王"})


def state(*cids):
    """Everything a follow-up write may change: the rows, and each customer's summary."""
    out = []
    for c in cids:
        rows = [{k: v for k, v in r.items() if k != "_key"} for r in followups.for_customer(c)]
        row = customers.get(c)
        out.append((rows, interactions.for_customer(c), row["next_followup_at"],
                    row["last_contact_at"]))  # fmt: skip
    return out


def do_undo_redo(work, cids, followup_ids=(), interaction_ids=()):
    """Run `work` recorded; check undo gives back exactly the state before, redo exactly
    the state after. Returns the change and what work returned."""
    before = state(*cids)
    with followup_changes.recording(followup_ids, interaction_ids) as changes:
        result = work()
    after = state(*cids)
    assert after != before and changes
    followup_changes.write(changes, to_after=False)
    assert state(*cids) == before
    followup_changes.write(changes, to_after=True)
    assert state(*cids) == after
    return changes, result


def last_entry():
    return audit.entries(limit=1)[0]


def test_plan_edit_delete_undo_redo_and_their_entries(cid, now):
    n = audit.count()
    _c, fid = do_undo_redo(lambda: followups.create(cid, D(2026, 11, 20), subject="报价"), [cid])
    entry = last_entry()
    assert (entry["action"], entry["target"], entry["target_id"]) == ("create", "followup", fid)
    assert "张三" in entry["detail"] and "subject:  → 报价" in entry["detail"]
    assert audit.count() == n + 1  # one entry: no "interaction" or other extra entry
    do_undo_redo(lambda: followups.update(fid, due="2026-11-25T09:30", owner="小李"), [cid],
                 [fid])  # fmt: skip
    entry = last_entry()
    assert entry["action"] == "edit"
    assert "due: 2026-11-20 → 2026-11-25T09:30" in entry["detail"]
    assert "owner: 小王 → 小李" in entry["detail"]  # the before-image
    do_undo_redo(lambda: followups.delete(fid), [cid], [fid])
    entry = last_entry()
    assert (entry["action"], entry["target_id"]) == ("delete", fid)
    assert "due: 2026-11-25T09:30 → " in entry["detail"] and "subject: 报价 → " in entry["detail"]
    with pytest.raises(NotFoundError):
        followups.get(fid)


def test_completing_a_repeat_undo_removes_the_spawned_one_and_the_contact(cid, now):
    fid = followups.create(cid, D(2026, 11, 18), every="1w", subject="回访")
    changes, result = do_undo_redo(lambda: followups.complete(fid, "聊得好", next_due=D(2026, 12, 1)),
                                   [cid], [fid])  # fmt: skip
    assert len(result.next_ids) == 2  # the repeat and the next step
    entry = last_entry()
    assert (entry["action"], entry["count"]) == ("complete", 1)
    assert "status: open → done" in entry["detail"] and "outcome:  → 聊得好" in entry["detail"]
    followup_changes.write(changes, to_after=False)
    assert [r["id"] for r in followups.for_customer(cid)] == [fid]
    assert followups.get(fid)["status"] == "open" and interactions.for_customer(cid) == []
    assert customers.get(cid)["next_followup_at"] == T(2026, 11, 18)
    assert customers.get(cid)["last_contact_at"] is None


@pytest.mark.parametrize(
    "action, work",
    [
        ("skip", lambda ids: followups.cancel(ids[0], skip=True)),
        ("cancel", lambda ids: followups.cancel(ids[0])),
        ("snooze", lambda ids: followups.snooze(ids[0], "next_week")),
        ("complete", lambda ids: followup_bulk.complete_many(ids, "群发")),
        ("skip", lambda ids: followup_bulk.cancel_many(ids, skip=True)),
        ("cancel", lambda ids: followup_bulk.cancel_many(ids)),
        ("snooze", lambda ids: followup_bulk.snooze_many(ids, "tomorrow")),
        ("reschedule", lambda ids: followup_bulk.reschedule(ids, D(2026, 12, 24))),
        ("reassign", lambda ids: followup_bulk.reassign(ids, "小李")),
        ("delete", lambda ids: followup_bulk.delete_many(ids)),
    ],
)
def test_each_action_is_one_entry_and_undoes_exactly(cid, now, action, work):
    other = customers.create({"name": "李四"})
    ids = [followups.create(cid, "2026-11-17T15:00", every="2w", subject="甲"),
           followups.create(other, D(2026, 11, 19), note="乙")]  # fmt: skip
    n = audit.count()
    do_undo_redo(lambda: work(ids), [cid, other], ids)
    assert audit.count() == n + 1
    entry = last_entry()
    assert (entry["action"], entry["target"]) == (action, "followup")
    single = action in ("skip", "cancel", "snooze") and entry["count"] == 1
    if not single:
        assert entry["count"] == 2 and entry["target_id"] is None
        assert "张三" in entry["detail"] and "李四" in entry["detail"]
    assert (
        "2026-11-17T15:00" in entry["detail"]
        or "status: open" in entry["detail"]
        or ("owner: 小王 → 小李" in entry["detail"])
    )  # the before-image


@pytest.mark.parametrize(
    "work",
    [
        lambda f: followups.create(f.customer_id, D(2026, 11, 20)),
        lambda f: followups.update(f.id, subject="改"),
        lambda f: followups.delete(f.id),
        lambda f: followups.complete(f.id, "好"),
        lambda f: followups.cancel(f.id, skip=True),
        lambda f: followups.snooze(f.id, "tomorrow"),
        lambda f: followup_bulk.complete_many([f.id], "好"),
        lambda f: followup_bulk.reschedule([f.id], D(2026, 12, 1)),
        lambda f: followup_bulk.reassign([f.id], "小李"),
        lambda f: followup_bulk.delete_many([f.id]),
        lambda f: interactions.log(f.customer_id, "phone", "聊了"),
    ],
)
def test_a_failing_entry_rolls_the_change_back(cid, now, monkeypatch, work):
    fid = followups.create(cid, D(2026, 11, 18), every="1w")
    row = Followup.get_by_id(fid)
    before, n = state(cid), audit.count()

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        work(row)
    assert state(cid) == before and audit.count() == n


def test_interactions_log_edit_delete_undo_redo_and_entries(cid, now):
    _c, iid = do_undo_redo(lambda: interactions.log(cid, "wechat", "发了报价"), [cid])
    entry = last_entry()
    assert (entry["action"], entry["target"], entry["target_id"]) == ("create", "interaction", iid)
    do_undo_redo(lambda: interactions.edit(iid, summary="发了新报价", at=T(2026, 11, 17, 9, 0)),
                 [cid], interaction_ids=[iid])  # fmt: skip
    entry = last_entry()
    assert entry["action"] == "edit" and "summary: 发了报价 → 发了新报价" in entry["detail"]
    assert customers.get(cid)["last_contact_at"] == T(2026, 11, 17, 9, 0)
    do_undo_redo(lambda: interactions.delete(iid), [cid], interaction_ids=[iid])
    entry = last_entry()
    assert entry["action"] == "delete" and "summary: 发了新报价 → " in entry["detail"]
    assert customers.get(cid)["last_contact_at"] is None


def test_interaction_edit_bad_input_changes_nothing(cid, now):
    iid = interactions.log(cid, "phone", "问价")
    n = audit.count()
    for kwargs in ({"summary": "  "}, {"at": T(2026, 11, 20)}, {"channel": "飞鸽"}):
        with pytest.raises(ValidationError):
            interactions.edit(iid, **kwargs)
    with pytest.raises(NotFoundError):
        interactions.edit(999, summary="x")
    assert interactions.get(iid)["summary"] == "问价" and audit.count() == n


def test_undo_refuses_when_changed_elsewhere_and_changes_nothing(cid, now):
    fid = followups.create(cid, D(2026, 11, 18))
    with followup_changes.recording([fid]) as changes:
        followups.snooze(fid, "tomorrow")
    followups.complete(fid, "CLI 里完成")  # elsewhere: the snooze can no longer be undone
    before = state(cid)
    with pytest.raises(ValidationError) as err:
        followup_changes.write(changes, to_after=False)
    assert err.value.code == "undo_conflict"
    assert state(cid) == before
    # Deleted elsewhere: the same.
    fid2 = followups.create(cid, D(2026, 11, 18))
    with followup_changes.recording([fid2]) as changes:
        followups.update(fid2, subject="新")
    followups.delete(fid2)
    before = state(cid)
    with pytest.raises(ValidationError):
        followup_changes.write(changes, to_after=False)
    assert state(cid) == before


def test_a_reminder_ringing_meanwhile_does_not_block_undo(cid, now):
    fid = followups.create(cid, T(2026, 11, 18, 9, 0))
    with followup_changes.recording([fid]) as changes:
        followups.update(fid, subject="改")
    Followup.update(notified_at=clock.now()).where(Followup.id == fid).execute()
    followup_changes.write(changes, to_after=False)
    assert followups.get(fid)["subject"] == ""


def test_undo_of_a_delete_refuses_when_the_customer_was_purged(cid, now):
    fid = followups.create(cid, D(2026, 11, 18))
    with followup_changes.recording([fid]) as changes:
        followups.delete(fid)
    customers.move_to_bin([cid])
    customers.purge([cid])
    with pytest.raises(ValidationError) as err:
        followup_changes.write(changes, to_after=False)
    assert err.value.code == "undo_conflict"
    assert Followup.select().count() == 0
