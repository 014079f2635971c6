"""Every complaint write audited in its own transaction, and undone and redone exactly:
steps, edits, reassignments, recording and deleting, the SLA settings and categories."""

import datetime as dt

import pytest

from models import clock
from models.complaints import (
    complaint_images,
    complaint_list,
    complaint_settings,
    complaints,
    faq,
    vocabulary,
)
from models.customers import customers
from models.customers.record import Customer
from models.errors import ValidationError
from models.followups.followups import Followup
from models.followups.interactions import Interaction
from models.storage import audit
from ui.complaints.undo import ComplaintChange, SettingsChange

T0 = dt.datetime(2026, 11, 18, 10, 0)
STEP_ARGS = {
    "resolve": {"root_cause": "缝线断了", "solution": "换新"},
    "visit": {"satisfaction": 4, "comment": "满意"},
    "reopen": {"note": "又坏了"},
    "start": {"owner": "李四", "deadline": "2026-11-19 18:00"},
}


@pytest.fixture
def cid(db, qapp):
    clock.set_now(T0)
    return customers.create({"name": "张三", "mobile": "13800138000", "owner": "王芳"})


def entries(**kw):
    return audit.entries(audit.AuditQuery(**kw))


def customer_state(cid):
    row = Customer.get_by_id(cid)
    return row.next_followup_at, row.last_contact_at


def tick(minutes=10):
    clock.set_now(clock.now() + dt.timedelta(minutes=minutes))


def step_with_undo(complaint_id, action):
    before = complaint_images.image(complaint_id)
    complaints.step(complaint_id, action, **STEP_ARGS.get(action, {}))
    return before, ComplaintChange(action, before, lambda _ids: None)


@pytest.mark.parametrize(
    "path",
    [("respond",), ("respond", "start"), ("respond", "start", "resolve"),
     ("respond", "start", "resolve", "visit"), ("respond", "start", "resolve", "reopen"),
     ("respond", "start", "resolve", "visit", "reopen")],
)  # fmt: skip
def test_each_step_is_audited_and_undone_and_redone_exactly(cid, path):
    complaint_id = complaints.create(cid, category="quality", description="衣服有破洞")
    for action in path[:-1]:
        tick()
        complaints.step(complaint_id, action, **STEP_ARGS.get(action, {}))
    tick()
    customer_before = customer_state(cid)
    count = audit.count()
    before, command = step_with_undo(complaint_id, path[-1])
    after = complaint_images.image(complaint_id)
    assert after != before
    # one entry, written with the step: what, which complaint, the before-image
    assert audit.count() == count + 1
    entry = entries(target="complaint")[0]
    assert (entry["action"], entry["target_id"]) == ("step", complaint_id)
    assert entry["detail"].startswith(f"step: {path[-1]}; status: {before['complaint']['status']}")
    command.undo()
    assert complaint_images.image(complaint_id) == before
    assert customer_state(cid) == customer_before
    undone = entries(action="undo")[0]
    assert (undone["target"], undone["target_id"]) == ("complaint", complaint_id)
    assert (
        f"status: {after['complaint']['status']} → {before['complaint']['status']}"
        in (undone["detail"])
    )
    command.redo()
    command.redo()  # the first redo is QUndoStack.push's, which does nothing
    assert complaint_images.image(complaint_id) == after
    assert entries(action="redo")[0]["target"] == "complaint"


def test_undo_of_resolve_removes_the_planned_visit_and_of_visit_the_contact(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    for action in ("respond", "start"):
        complaints.step(complaint_id, action, **STEP_ARGS.get(action, {}))
    _before, resolve = step_with_undo(complaint_id, "resolve")
    visit_id = complaint_list.get(complaint_id)["visit_followup"]
    assert Followup.get_by_id(visit_id).status == "open"
    _before, visit = step_with_undo(complaint_id, "visit")
    assert Followup.get_by_id(visit_id).status == "done"
    assert Interaction.select().where(Interaction.followup == visit_id).count() == 1
    visit.undo()
    assert Followup.get_by_id(visit_id).status == "open"
    assert Interaction.select().count() == 0
    assert Customer.get_by_id(cid).last_contact_at is None
    resolve.undo()
    assert Followup.get_or_none(Followup.id == visit_id) is None
    assert Customer.get_by_id(cid).next_followup_at is None
    row = complaint_list.get(complaint_id)
    assert (row["status"], row["resolved_at"], row["root_cause"]) == ("in_progress", None, "")


def test_a_failure_after_the_step_leaves_neither_step_nor_entry(cid, monkeypatch):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    for action in ("respond", "start"):
        complaints.step(complaint_id, action, **STEP_ARGS.get(action, {}))
    before, count = complaint_images.image(complaint_id), audit.count()

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", boom)
    with pytest.raises(RuntimeError):
        complaints.step(complaint_id, "resolve", **STEP_ARGS["resolve"])
    with pytest.raises(RuntimeError):
        complaints.edit(complaint_id, owner="赵六")
    with pytest.raises(RuntimeError):
        complaints.delete(complaint_id)
    with pytest.raises(RuntimeError):
        complaints.create(cid, category="quality", description="又一个")
    monkeypatch.undo()
    assert complaint_images.image(complaint_id) == before
    assert Followup.select().count() == 0 and complaints.Complaint.select().count() == 1
    assert audit.count() == count


def test_an_undo_that_fails_to_record_changes_nothing(cid, monkeypatch):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    _before, command = step_with_undo(complaint_id, "respond")
    after, count = complaint_images.image(complaint_id), audit.count()

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", boom)
    with pytest.raises(RuntimeError):
        command.undo()
    monkeypatch.undo()
    assert complaint_images.image(complaint_id) == after and audit.count() == count


def test_a_refused_step_changes_nothing_and_writes_no_entry(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    before, count = complaint_images.image(complaint_id), audit.count()
    with pytest.raises(ValidationError) as refused:
        complaints.step(complaint_id, "resolve", root_cause="x", solution="y")
    assert refused.value.code == "step_out_of_order"
    with pytest.raises(ValidationError):
        complaints.step(complaint_id, "reopen", note="")
    with pytest.raises(ValidationError):
        complaints.edit(complaint_id, severity="very bad")
    assert complaint_images.image(complaint_id) == before and audit.count() == count


def test_edit_and_reassign_are_audited_with_the_old_values_and_undone(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    before = complaint_images.image(complaint_id)
    complaints.edit(complaint_id, owner="李四")
    entry = entries(target="complaint")[0]
    assert (entry["action"], entry["detail"]) == ("reassign", "owner: 王芳 → 李四")
    reassign = ComplaintChange("reassign", before, lambda _ids: None)
    middle = complaint_images.image(complaint_id)
    complaints.edit(complaint_id, severity="urgent", category="service")
    entry = entries(target="complaint")[0]
    assert entry["action"] == "edit"
    assert "category: quality → service" in entry["detail"]
    assert "severity: normal → urgent" in entry["detail"]
    edit = ComplaintChange("edit", middle, lambda _ids: None)
    edit.undo()
    assert complaint_images.image(complaint_id) == middle
    reassign.undo()
    assert complaint_images.image(complaint_id) == before
    reassign.redo()
    reassign.redo()
    assert complaint_list.get(complaint_id)["owner"] == "李四"


def test_record_and_delete_are_audited_and_undone(cid):
    complaint_id = complaints.create(
        cid, category="quality", description="破洞", severity="serious"
    )
    entry = entries(target="complaint")[0]
    assert (entry["action"], entry["target_id"]) == ("create", complaint_id)
    assert "customer: 张三" in entry["detail"] and "severity: serious" in entry["detail"]
    for action in ("respond", "start", "resolve"):
        complaints.step(complaint_id, action, **STEP_ARGS.get(action, {}))
    before = complaint_images.image(complaint_id)
    complaints.delete(complaint_id)
    entry = entries(target="complaint")[0]
    assert entry["action"] == "delete" and "status: resolved" in entry["detail"]
    deleted = ComplaintChange("delete", before, lambda _i: None)
    assert Followup.get_by_id(before["followups"][0]["id"]).status == "cancelled"
    deleted.undo()
    assert complaint_images.image(complaint_id) == before  # history and open visit back
    deleted.redo()
    deleted.redo()
    assert complaints.Complaint.get_or_none(complaints.Complaint.id == complaint_id) is None
    deleted.undo()
    assert complaint_images.image(complaint_id) == before


def test_recording_undone_and_redone(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    created = ComplaintChange("create", complaint_images.nothing(complaint_id), lambda _i: None)
    after = complaint_images.image(complaint_id)
    created.undo()
    assert complaints.Complaint.select().count() == 0
    assert complaints.ComplaintEvent.select().count() == 0
    assert entries(action="undo")[0]["target_id"] == complaint_id
    created.redo()
    created.redo()
    assert complaint_images.image(complaint_id) == after


# ---------------------------------------------------------------- settings


def test_sla_settings_saved_audited_and_undone_with_the_deadlines(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    due = complaint_list.get(complaint_id)["response_due"]
    before = complaint_settings.image()
    complaint_settings.save({"response_hours": 4, "resolve_hours": {"urgent": 6}},
                            ["VIP", "金卡"], ["important_value"])  # fmt: skip
    entry = entries(target="setting")[0]
    assert entry["action"] == "settings"
    assert "response_hours: 2.0 → 4.0" in entry["detail"]
    assert "resolve_hours.urgent: 8.0 → 6.0" in entry["detail"]
    assert "high_value_tags: VIP → VIP, 金卡" in entry["detail"]
    assert complaint_list.get(complaint_id)["response_due"] == due + dt.timedelta(hours=2)
    command = SettingsChange("settings", before, lambda _i: None)
    after = complaint_settings.image()
    command.undo()
    assert complaint_settings.image() == before
    assert complaint_list.get(complaint_id)["response_due"] == due
    assert vocabulary.high_value_tags() == ["VIP"] and vocabulary.sla().response_hours == 2.0
    assert entries(action="undo")[0]["target"] == "setting"
    assert "response_hours: 4.0 → 2.0" in entries(action="undo")[0]["detail"]
    command.redo()
    command.redo()
    assert complaint_settings.image() == after


def test_bad_settings_change_nothing_and_write_no_entry(cid):
    before, count = complaint_settings.image(), audit.count()
    with pytest.raises(ValidationError):
        complaint_settings.save({"response_hours": -1}, [], [])
    with pytest.raises(ValidationError):
        complaint_settings.save({}, [], ["no_such_segment"])
    with pytest.raises(ValidationError):
        complaint_settings.add_category("quality")
    with pytest.raises(ValidationError):
        complaint_settings.rename_category("quality", "service")
    assert complaint_settings.image() == before and audit.count() == count


def test_category_rename_undone_in_complaints_and_faq(cid):
    complaint_id = complaints.create(cid, category="quality", description="破洞")
    faq_id = faq.create("破洞怎么办", "换新", "quality")
    names = ("quality", "质量问题")
    before = complaint_settings.image(names)
    complaint_settings.rename_category("quality", "质量问题")
    entry = entries(target="setting")[0]
    assert entry["detail"].startswith("category: quality → 质量问题; categories: quality, ")
    command = SettingsChange("rename", before, lambda _i: None, names)
    command.undo()
    assert complaint_list.get(complaint_id)["category"] == "quality"
    assert faq.Faq.get_by_id(faq_id).category == "quality"
    assert vocabulary.categories()[0] == "quality"
    command.redo()
    command.redo()
    assert complaint_list.get(complaint_id)["category"] == "质量问题"
    assert faq.Faq.get_by_id(faq_id).category == "质量问题"


def test_category_add_and_remove_undone(cid):
    before = complaint_settings.image()
    complaint_settings.add_category("包装")
    assert entries(target="setting")[0]["detail"].endswith(", other, 包装")
    added = SettingsChange("add", before, lambda _i: None)
    middle = complaint_settings.image()
    complaint_settings.remove_category("包装")
    removed = SettingsChange("remove", middle, lambda _i: None)
    removed.undo()
    assert "包装" in vocabulary.categories()
    added.undo()
    assert vocabulary.categories() == list(vocabulary.DEFAULT_CATEGORIES)


def test_settings_saved_unchanged_write_no_entry(cid):
    count = audit.count()
    complaint_settings.save(vocabulary.sla().to_json(), vocabulary.high_value_tags(),
                            vocabulary.high_value_segments())  # fmt: skip
    assert audit.count() == count
