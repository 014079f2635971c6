"""Complaints: the workflow and its refusals, SLA deadlines, escalation, the return visit,
categories, the list's order and filters, the FAQ, and metrics on hand-made data."""

import datetime as dt

import pytest

from models import clock
from models.complaints import (
    categories,
    complaint_list,
    complaint_metrics,
    complaint_sla,
    complaints,
    faq,
    vocabulary,
)
from models.customers import customers
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.followups import followups, interactions
from models.insights import timeline
from models.tags import tagging

T0 = dt.datetime(2026, 11, 18, 10, 0)  # a Wednesday


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.fixture
def now(db):
    clock.set_now(T0)

    def move(value):
        clock.set_now(at(value) if isinstance(value, str) else value)

    return move


@pytest.fixture
def cid(now):
    return customers.create({"name": "张三", "mobile": "13800138000", "owner": "王芳"})


def new(cid, **kw):
    values = {"category": "quality", "description": "衣服有破洞"} | kw
    return complaints.create(cid, **values)


def walk(complaint_id, upto: str):
    """Take a complaint through the steps up to `upto`."""
    options = {
        "resolve": {"root_cause": "缝线断了", "solution": "换新"},
        "visit": {"satisfaction": 5},
    }
    for action in ("respond", "start", "resolve", "visit"):
        complaints.step(complaint_id, action, **options.get(action, {}))
        if action == upto:
            return


# ---------------------------------------------------------------- workflow

ALL_ACTIONS = ("respond", "start", "resolve", "visit", "reopen")
ALLOWED = {
    "new": {"respond"},
    "responded": {"start"},
    "in_progress": {"resolve"},
    "resolved": {"visit", "reopen"},
    "return_visited": {"reopen"},
}
REACH = {"new": None, "responded": "respond", "in_progress": "start", "resolved": "resolve",
         "return_visited": "visit"}  # fmt: skip
NEXT = {"respond": "responded", "start": "in_progress", "resolve": "resolved",
        "visit": "return_visited", "reopen": "in_progress"}  # fmt: skip
ARGS = {
    "resolve": {"root_cause": "缝线", "solution": "换新"},
    "visit": {"satisfaction": 4},
    "reopen": {"note": "又坏了"},
}


@pytest.mark.parametrize("status", list(ALLOWED))
@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_every_transition_allowed_or_refused_with_a_reason(cid, status, action):
    k = new(cid)
    if REACH[status]:
        walk(k, REACH[status])
    assert complaint_list.get(k)["status"] == status
    before = complaint_list.get(k)
    history = len(complaint_list.events(k))
    if action in ALLOWED[status]:
        result = complaints.step(k, action, **ARGS.get(action, {}))
        assert result["status"] == NEXT[action] == complaint_list.get(k)["status"]
        last = complaint_list.events(k)[-1]
        assert (last["action"], last["from_status"], last["to_status"]) == (
            action, status, NEXT[action],
        )  # fmt: skip
    else:
        with pytest.raises(ValidationError) as err:
            complaints.step(k, action, **ARGS.get(action, {}))
        assert err.value.code == "step_out_of_order"
        assert err.value.params["status"] == status
        assert set(err.value.params["needed"]) == {
            s for s, actions in ALLOWED.items() if action in actions
        }
        assert complaint_list.get(k) == before
        assert len(complaint_list.events(k)) == history


def test_steps_are_timestamped_with_notes_in_order(cid, now):
    k = new(cid)
    now("2026-11-18T10:20")
    complaints.step(k, "respond", note="已致电道歉")
    now("2026-11-18T11:00")
    complaints.step(k, "start", owner="李店长", deadline="2026-11-20")
    assert complaint_list.get(k)["owner"] == "李店长"
    assert complaint_list.get(k)["resolve_due"] == at("2026-11-20T23:59")
    now("2026-11-19T09:00")
    complaints.step(k, "resolve", root_cause="批次质量", solution="退款并赠券", note="已退款")
    history = [(e["at"], e["action"], e["to_status"], e["note"]) for e in complaint_list.events(k)]
    assert history == [
        (T0, "create", "new", "衣服有破洞"),
        (at("2026-11-18T10:20"), "respond", "responded", "已致电道歉"),
        (at("2026-11-18T11:00"), "start", "in_progress", ""),
        (at("2026-11-19T09:00"), "resolve", "resolved", "已退款"),
    ]
    row = complaint_list.get(k)
    assert row["responded_at"] == at("2026-11-18T10:20")
    assert (row["root_cause"], row["solution"]) == ("批次质量", "退款并赠券")


def test_bad_step_input_changes_nothing(cid, now):
    k = new(cid)
    walk(k, "start")
    before, history = complaint_list.get(k), complaint_list.events(k)
    bad = [
        ("resolve", {"root_cause": "", "solution": "换新"}, "required"),
        ("resolve", {"root_cause": "x", "solution": "  "}, "required"),
        ("resolve", {"root_cause": "x", "solution": "y", "at": "2026-11-18T09:00"}, "time_before"),
        ("resolve", {"root_cause": "x", "solution": "y", "at": "2026-11-19T09:00"}, "time_future"),
        ("resolve", {"root_cause": "x", "solution": "y", "at": "someday"}, "due_invalid"),
        ("fly", {}, "action_invalid"),
    ]
    for action, options, code in bad:
        with pytest.raises(ValidationError) as err:
            complaints.step(k, action, **options)
        assert err.value.code == code, (action, options)
    assert complaint_list.get(k) == before and complaint_list.events(k) == history
    assert followups.for_customer(cid) == []
    other = new(cid, description="另一件")
    complaints.step(other, "respond")
    with pytest.raises(ValidationError) as err:
        complaints.step(other, "start", deadline="2026-11-17")
    assert err.value.code == "deadline_past"
    assert complaint_list.get(other)["status"] == "responded"
    with pytest.raises(NotFoundError):
        complaints.step(999, "respond")


def test_reopen_needs_a_reason_and_restarts_the_clock(cid, now):
    k = new(cid, severity="serious")
    walk(k, "visit")
    with pytest.raises(ValidationError) as err:
        complaints.step(k, "reopen", note=" ")
    assert err.value.code == "required"
    now("2026-11-25T08:00")
    complaints.step(k, "reopen", note="又坏了")
    row = complaint_list.get(k)
    assert row["status"] == "in_progress"
    assert row["resolve_from"] == at("2026-11-25T08:00")
    assert row["resolve_due"] == at("2026-11-26T08:00")  # serious: 24 h
    assert row["satisfaction"] is None and row["resolved_at"] is None
    assert row["responded_at"] == T0  # the first response stays


def test_create_validates_and_can_create_the_customer(cid, now):
    count = complaints.Complaint.select().count()
    cases = [
        ({"category": "天气"}, "category_invalid"),
        ({"severity": "致命"}, "severity_invalid"),
        ({"channel": "信鸽"}, "channel_invalid"),
        ({"description": "  "}, "required"),
        ({"received_at": "2026-11-19T10:00"}, "time_future"),
    ]
    for kw, code in cases:
        with pytest.raises(ValidationError) as err:
            new(cid, **kw)
        assert err.value.code == code
    with pytest.raises(NotFoundError):
        new(999)
    customers.move_to_bin([cid])
    with pytest.raises(NotFoundError):
        new(cid)
    # a new customer made on the spot, all or nothing
    with pytest.raises(ValidationError):
        complaints.create(
            new_customer={"name": "李四", "mobile": "12"}, category="service", description="x"
        )
    with pytest.raises(ValidationError):
        complaints.create(new_customer={"name": "李四"}, category="天气", description="x")
    assert complaints.Complaint.select().count() == count
    assert Customer.select().where(Customer.name == "李四").count() == 0
    k = complaints.create(
        new_customer={"name": "李四", "mobile": "13900001111"},
        category="服务态度", description="店员态度差", severity="严重", channel="微信",
    )  # fmt: skip
    row = complaint_list.get(k)
    assert (row["category"], row["severity"], row["channel"]) == ("service", "serious", "wechat")
    assert row["customer_name"] == "李四"


def test_edit_moves_deadlines_and_records_the_change(cid, now):
    k = new(cid)
    assert complaint_list.get(k)["resolve_due"] == T0 + dt.timedelta(hours=72)
    complaints.edit(k, severity="urgent")
    assert complaint_list.get(k)["resolve_due"] == T0 + dt.timedelta(hours=8)
    complaints.edit(k, owner="赵六")
    assert [e["action"] for e in complaint_list.events(k)] == ["create", "edit", "assign"]
    complaints.edit(k, received_at="2026-11-18T09:00")
    assert complaint_list.get(k)["response_due"] == at("2026-11-18T11:00")
    now("2026-11-18T11:00")
    complaints.step(k, "respond", at="2026-11-18T10:30")
    with pytest.raises(ValidationError) as err:
        complaints.edit(k, received_at="2026-11-18T10:45")
    assert err.value.code == "time_after_step"
    complaints.edit(k, owner="赵六")  # no change: no event
    assert len(complaint_list.events(k)) == 5


# ---------------------------------------------------------------- SLA


def test_sla_across_midnight_on_the_clock(cid, now):
    now("2026-11-18T23:30")
    k = new(cid, received_at="2026-11-18T23:15")
    row = complaint_list.get(k)
    assert row["response_due"] == at("2026-11-19T01:15")
    assert row["resolve_due"] == at("2026-11-21T23:15")  # normal: 72 h
    now("2026-11-19T00:50")
    assert complaint_list.get(k)["sla_state"] == "near"  # 25 minutes of 120 left
    now("2026-11-19T01:16")
    row = complaint_list.get(k)
    assert row["overdue"] and row["sla_state"] == "overdue" and row["escalated_now"]


def test_sla_in_business_hours_over_nights_and_closed_days(cid, now):
    settings = {
        "response_hours": 2, "resolve_hours": {"normal": 20, "serious": 8, "urgent": 4},
        "hours": ["09:00", "21:00"], "days": [0, 1, 2, 3, 4, 5],  # closed on Sundays
    }  # fmt: skip
    complaints.configure(settings)
    sla = vocabulary.sla()
    # Saturday 20:30: half an hour left that day, Sunday closed, Monday from 09:00
    sat = at("2026-11-21T20:30")
    assert complaint_sla.response_due(sat, sla) == at("2026-11-23T10:30")
    # 20 business hours from Friday 15:00: 6 h Friday, 12 h Saturday, 2 h Monday
    assert complaint_sla.resolve_due(at("2026-11-20T15:00"), "normal", sla) == at(
        "2026-11-23T11:00"
    )
    # before opening: the clock starts at 09:00
    assert complaint_sla.response_due(at("2026-11-18T06:00"), sla) == at("2026-11-18T11:00")
    # exactly at closing: the next day's opening + 2 h
    assert complaint_sla.response_due(at("2026-11-18T21:00"), sla) == at("2026-11-19T11:00")
    now("2026-11-21T20:40")
    k = new(cid, received_at=sat)
    assert complaint_list.get(k)["response_due"] == at("2026-11-23T10:30")
    now("2026-11-22T12:00")  # Sunday noon: closed, still on time
    assert not complaint_list.get(k)["overdue"]


def test_sla_settings_are_checked_and_move_open_deadlines(cid, now):
    k_open = new(cid)
    k_done = new(cid, description="另一件")
    walk(k_done, "resolve")
    done_before = complaint_list.get(k_done)["resolve_due"]
    for bad, code in [
        ({"response_hours": 0}, "sla_hours"),
        ({"response_hours": "两小时"}, "sla_hours"),
        ({"resolve_hours": {"urgent": -1}}, "sla_hours"),
        ({"resolve_hours": {"fatal": 3}}, "severity_invalid"),
        ({"hours": ["21:00", "09:00"]}, "sla_window"),
        ({"hours": ["9点", "21:00"]}, "sla_time"),
        ({"days": []}, "sla_days"),
        ({"visit_days": 400}, "visit_days"),
    ]:
        with pytest.raises(ValidationError) as err:
            complaints.configure(bad)
        assert err.value.code == code
    assert vocabulary.sla() == complaint_sla.Sla()
    complaints.configure({"response_hours": 0.5, "resolve_hours": {"normal": 48}})
    assert complaint_list.get(k_open)["response_due"] == T0 + dt.timedelta(minutes=30)
    assert complaint_list.get(k_open)["resolve_due"] == T0 + dt.timedelta(hours=48)
    assert complaint_list.get(k_done)["resolve_due"] == done_before


def test_state_is_on_time_near_and_overdue():
    start, due = at("2026-11-18T10:00"), at("2026-11-18T14:00")
    assert complaint_sla.state(start, due, at("2026-11-18T12:00")) == "on_time"
    assert complaint_sla.state(start, due, at("2026-11-18T13:00")) == "near"
    assert complaint_sla.state(start, due, at("2026-11-18T14:00")) == "near"
    assert complaint_sla.state(start, due, at("2026-11-18T14:01")) == "overdue"


# ---------------------------------------------------------------- escalation and order


def test_escalation_announced_once_per_reason(cid, now):
    urgent = new(cid, severity="urgent", description="漏水")
    normal = new(cid, description="慢")
    assert [r["id"] for r in complaint_list.take_escalations()] == [urgent]
    assert complaint_list.take_escalations() == []
    now(T0 + dt.timedelta(hours=2, minutes=1))  # both miss the 2 h response
    found = {r["id"]: r["escalation"] for r in complaint_list.take_escalations()}
    assert found == {urgent: "response_late", normal: "response_late"}
    complaints.step(normal, "respond")
    complaints.step(normal, "start")
    assert complaint_list.take_escalations() == []
    now(T0 + dt.timedelta(hours=72, minutes=1))
    found = {r["id"]: r["escalation"] for r in complaint_list.take_escalations()}
    assert found == {urgent: "resolve_late", normal: "resolve_late"}
    assert [e["note"] for e in complaint_list.events(normal) if e["action"] == "escalate"] == [
        "response_late", "resolve_late",
    ]  # fmt: skip
    # resolved ones and customers in the bin are not announced
    third = new(cid, severity="urgent", description="三")
    walk(third, "resolve")
    assert complaint_list.take_escalations() == []
    other = customers.create({"name": "王五"})
    new(other, severity="urgent")
    customers.move_to_bin([other])
    assert complaint_list.take_escalations() == []


def test_list_order_escalated_then_high_value_then_deadline(cid, now):
    vip = customers.create({"name": "VIP客户"})
    tagging.tag_customers([vip], ["VIP"])
    plain_late = new(cid, description="a", received_at="2026-11-18T07:00")  # response late
    plain = new(cid, description="b", received_at="2026-11-18T09:30")
    vip_one = new(vip, description="c", received_at="2026-11-18T09:50")
    urgent = new(cid, description="d", severity="urgent")
    closed = new(cid, description="e", received_at="2026-11-18T08:00")
    walk(closed, "resolve")
    order = [r["id"] for r in complaint_list.rows(complaint_list.where())]
    # escalated (late, urgent) by deadline; then the VIP; then the rest; closed last
    assert order == [plain_late, urgent, vip_one, plain, closed]
    rows = {r["id"]: r for r in complaint_list.rows(complaint_list.where())}
    assert rows[vip_one]["high_value"] and not rows[plain]["high_value"]
    vocabulary.set_high_value_tags([])
    assert [r["id"] for r in complaint_list.rows(complaint_list.where())][2:4] == [plain, vip_one]


def test_rfm_segments_make_a_customer_high_value(cid, now):
    from models.purchases import purchases, rfm

    big = customers.create({"name": "大客户"})
    small = customers.create({"name": "小客户"})
    for day in (3, 10, 20):
        purchases.add(big, 5000, at=now_minus(day))
    purchases.add(small, 20, at=now_minus(300))
    rfm.refresh()
    assert customers.get(big)["rfm_segment"] == "important_value"
    assert customers.get(small)["rfm_segment"].startswith("general_")
    vocabulary.set_high_value_tags([])  # no tags: the segment alone decides
    assert vocabulary.high_value_segments() == list(vocabulary.DEFAULT_HIGH_VALUE_SEGMENTS)
    first = new(small, description="a", received_at="2026-11-18T09:30")
    second = new(big, description="b", received_at="2026-11-18T09:50")
    found = complaint_list.rows(complaint_list.where())
    assert [r["id"] for r in found] == [second, first]
    assert [r["high_value"] for r in found] == [True, False]
    assert complaint_list.get(second)["high_value"]
    # The user narrows the segments: the big customer is no longer first.
    vocabulary.set_high_value_segments(["important_winback"])
    assert [r["id"] for r in complaint_list.rows(complaint_list.where())] == [first, second]
    with pytest.raises(ValidationError):
        vocabulary.set_high_value_segments(["vip"])
    assert vocabulary.high_value_segments() == ["important_winback"]


def now_minus(days: int):
    return clock.now() - dt.timedelta(days=days)


def test_filters(cid, now):
    other = customers.create({"name": "李四", "mobile": "13900001111"})
    a = new(cid, received_at="2026-11-01T10:00", description="送货太慢", category="delivery")
    b = new(other, severity="serious", owner="赵六", channel="store")
    c = new(cid, description="价格不对", category="price")
    walk(c, "resolve")

    def ids(**kw):
        return sorted(r["id"] for r in complaint_list.rows(complaint_list.where(**kw)))

    assert ids() == [a, b, c]
    assert ids(status="open") == [a, b]
    assert ids(status="resolved") == [c] == ids(status="已解决") == ids(status="closed")
    assert ids(overdue=True) == [a]
    assert ids(owner="赵六") == [b]
    assert ids(category="delivery") == [a]
    assert ids(severity="严重") == [b]
    assert ids(received_from=dt.date(2026, 11, 18)) == [b, c]
    assert ids(received_to=dt.date(2026, 11, 17)) == [a]
    assert ids(search="慢") == [a]
    assert ids(search="李四") == [b]
    assert ids(search="1390000") == [b]
    assert ids(search=f"#{c}") == [c]
    assert ids(search="换新") == [c]  # the solution
    assert ids(customer_id=other) == [b]
    assert complaint_list.count(complaint_list.where(status="open")) == 2
    customers.move_to_bin([other])
    assert ids() == [a, c]
    assert ids(live=False) == [a, b, c]
    assert complaint_list.open_counts() == {"open": 1, "escalated": 1, "overdue": 1}
    with pytest.raises(ValidationError):
        complaint_list.where(status="done?")


# ---------------------------------------------------------------- return visit


def test_resolve_plans_the_return_visit_and_visit_completes_it(cid, now):
    k = new(cid)
    walk(k, "start")
    now("2026-11-19T16:00")
    result = complaints.step(k, "resolve", root_cause="缝线", solution="换新")
    visit = followups.get(result["followup_id"])
    assert visit["status"] == "open" and visit["source"] == "complaint"
    assert visit["due_at"] == at("2026-11-22T00:00")  # 3 days later by default
    assert visit["owner"] == "王芳" and visit["customer_id"] == cid
    assert complaints.complaint_of_followup(visit) == k
    assert customers.get(cid)["next_followup_at"] == at("2026-11-22T00:00")
    now("2026-11-22T10:00")
    with pytest.raises(ValidationError) as err:
        complaints.step(k, "visit", satisfaction=6)
    assert err.value.code == "satisfaction"
    for bad in (0, "3.5", "好", None):
        with pytest.raises(ValidationError):
            complaints.step(k, "visit", satisfaction=bad)
    complaints.step(k, "visit", satisfaction="4", comment="满意")
    assert followups.get(visit["id"])["status"] == "done"
    logged = interactions.for_customer(cid)
    assert [i["summary"] for i in logged] == ["4/5 满意"]
    row = complaint_list.get(k)
    assert (row["satisfaction"], row["visit_comment"], row["status"]) == (
        4,
        "满意",
        "return_visited",
    )


def test_reopen_cancels_the_planned_visit_and_a_new_resolve_plans_another(cid, now):
    k = new(cid)
    first = complaint_list.get(k)
    walk(k, "resolve")
    first = complaint_list.get(k)["visit_followup"]
    now("2026-11-18T12:00")
    complaints.step(k, "reopen", note="客户说没修好")
    assert followups.get(first)["status"] == "cancelled"
    now("2026-11-18T15:00")
    second = complaints.step(k, "resolve", root_cause="a", solution="b", visit_due="2026-11-19")
    assert second["followup_id"] != first
    assert followups.get(second["followup_id"])["due_at"] == at("2026-11-19T00:00")


def test_timeline_and_badge(cid, now):
    k = new(cid)
    assert complaint_list.open_count_for_customer(cid) == 1
    entries = timeline.for_customer(cid)
    assert [(e["type"], e["row"]["id"]) for e in entries] == [("complaint", k)]
    walk(k, "resolve")
    assert complaint_list.open_count_for_customer(cid) == 0
    types = {e["type"] for e in timeline.for_customer(cid)}
    assert types == {"complaint", "followup"}


def test_delete_removes_history_and_the_open_visit(cid, now):
    k = new(cid)
    walk(k, "resolve")
    visit = complaint_list.get(k)["visit_followup"]
    complaints.delete(k)
    assert complaints.ComplaintEvent.select().count() == 0
    assert followups.get(visit)["status"] == "cancelled"
    with pytest.raises(NotFoundError):
        complaint_list.get(k)


# ---------------------------------------------------------------- categories


def test_categories_are_an_editable_list(cid, now):
    assert vocabulary.categories() == list(vocabulary.DEFAULT_CATEGORIES)
    assert vocabulary.parse_category("物流") == "delivery"
    assert vocabulary.add_category("会员卡") == "会员卡"
    for bad, code in (("会员卡", "category_exists"), ("产品质量", "category_exists"),
                      ("", "category_name"), ("a" * 51, "category_name")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            vocabulary.add_category(bad)
        assert err.value.code == code
    k = new(cid, category="会员卡")
    f = faq.create("卡丢了怎么办", "补办", "会员卡")
    categories.rename_category("会员卡", "储值卡")
    assert complaint_list.get(k)["category"] == "储值卡"
    assert faq.get(f)["category"] == "储值卡"
    assert "储值卡" in vocabulary.categories() and "会员卡" not in vocabulary.categories()
    with pytest.raises(ValidationError):
        categories.rename_category("储值卡", "service")  # taken: nothing changes
    assert complaint_list.get(k)["category"] == "储值卡" and "储值卡" in vocabulary.categories()
    vocabulary.remove_category("储值卡")
    assert complaint_list.get(k)["category"] == "储值卡"  # kept on the complaint
    with pytest.raises(ValidationError):
        new(cid, category="储值卡")
    with pytest.raises(NotFoundError):
        vocabulary.remove_category("储值卡")


# ---------------------------------------------------------------- FAQ


def test_faq_from_a_resolved_complaint_and_search(cid, now):
    k = new(cid, description="衣服洗了一次就缩水")
    with pytest.raises(ValidationError) as err:
        faq.from_complaint(k)
    assert err.value.code == "faq_unresolved"
    walk(k, "resolve")
    f = faq.from_complaint(k)
    entry = faq.get(f)
    assert (entry["question"], entry["answer"], entry["category"], entry["complaint"]) == (
        "衣服洗了一次就缩水", "换新", "quality", k,
    )  # fmt: skip
    faq.create("快递几天能到", "一般 2-3 天，偏远地区 5 天", "delivery")
    faq.create("How do I get a refund?", "Bring the receipt within 7 days", "price")
    assert [e["question"] for e in faq.search("缩")] == ["衣服洗了一次就缩水"]
    assert [e["question"] for e in faq.search("快递 天")] == ["快递几天能到"]
    assert len(faq.search("")) == 3
    assert faq.search("不存在的词") == []
    assert [e["question"] for e in faq.search("", category="delivery")] == ["快递几天能到"]
    # suggestions while typing a new complaint: shared character pairs
    assert faq.suggest("客户说裤子洗完缩水了")[0]["id"] == f
    assert faq.suggest("快递到了吗")[0]["question"] == "快递几天能到"
    assert faq.suggest("refund please")[0]["question"].startswith("How do I")
    assert faq.suggest("") == [] and faq.suggest("。，") == []
    for question, answer, code in (("", "a", "required"), ("q", " ", "required"),
                                   ("q" * 501, "a", "too_long")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            faq.create(question, answer)
        assert err.value.code == code
    with pytest.raises(ValidationError):
        faq.create("q", "a", "天气")
    faq.update(f, "缩水怎么办", "按洗标洗涤；缩水包换", "quality")
    assert faq.get(f)["question"] == "缩水怎么办"
    faq.delete(f)
    with pytest.raises(NotFoundError):
        faq.get(f)


# ---------------------------------------------------------------- metrics


def test_metrics_on_a_hand_made_set(cid, now):
    """Five complaints with times chosen so every figure can be worked out by hand."""
    now("2026-10-05T09:00")
    a = new(cid, category="quality", received_at="2026-10-05T08:00")
    now("2026-10-05T09:00")
    complaints.step(a, "respond")  # 1 h: on time
    complaints.step(a, "start")
    now("2026-10-06T08:00")
    complaints.step(a, "resolve", root_cause="x", solution="y")  # 24 h
    now("2026-10-09T08:00")
    complaints.step(a, "visit", satisfaction=5)

    now("2026-11-02T14:00")
    b = new(cid, category="quality", received_at="2026-11-02T10:00")
    complaints.step(b, "respond")  # 4 h: late
    complaints.step(b, "start")
    now("2026-11-04T10:00")
    complaints.step(b, "resolve", root_cause="x", solution="y")  # 48 h
    now("2026-11-05T10:00")
    complaints.step(b, "visit", satisfaction=2)

    now("2026-11-10T10:30")
    c = new(cid, category="service", received_at="2026-11-10T10:00", severity="urgent")
    complaints.step(c, "respond")  # 0.5 h: on time
    complaints.step(c, "start")
    now("2026-11-10T16:00")
    complaints.step(c, "resolve", root_cause="x", solution="y")  # 6 h, not visited yet

    now("2026-11-15T09:00")
    new(cid, category="delivery", received_at="2026-11-15T09:00")  # d: never responded, late
    now(T0)
    e = new(cid, category="quality")  # e: new, response due 12:00, not late yet

    m = complaint_metrics.compute(now=T0)
    assert m.total == 5
    assert m.by_category == {"quality": 3, "service": 1, "delivery": 1}
    assert m.by_status == {"return_visited": 2, "resolved": 1, "new": 2}
    assert m.by_month == {"2026-10": 1, "2026-11": 4}
    assert m.by_severity == {"normal": 4, "urgent": 1}
    assert m.open == 2 and m.overdue == 1
    assert m.avg_response_hours == round((1 + 4 + 0.5) / 3, 2)  # 1.83
    assert m.response_within_sla == 0.5  # on time: a, c; late: b, d (e is not due yet)
    assert m.resolution_rate == 0.6  # a, b, c of 5
    assert m.avg_resolve_hours == 26.0  # (24 + 48 + 6) / 3
    assert m.avg_satisfaction == 3.5  # (5 + 2) / 2
    assert m.satisfied_rate == 0.5
    # one month only
    nov = complaint_metrics.compute(dt.date(2026, 11, 1), dt.date(2026, 11, 30), now=T0)
    assert nov.total == 4 and nov.avg_satisfaction == 2.0 and nov.resolution_rate == 0.5
    # nothing in range: no made-up zeros
    empty = complaint_metrics.compute(dt.date(2025, 1, 1), dt.date(2025, 1, 31), now=T0)
    assert empty.total == 0 and empty.avg_response_hours is None
    assert empty.response_within_sla is None and empty.resolution_rate is None
    assert e  # kept for the reader: the fifth complaint


def test_metrics_export_writes_a_workbook(tmp_path, cid, now):
    import openpyxl

    path = tmp_path / "m.xlsx"
    complaint_metrics.export(
        path,
        [
            ("汇总", ["指标", "数值"], [["总数", 5], ["=cmd", None]]),
            ("按类别", ["类别", "数量"], []),
        ],
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["汇总", "按类别"]
    rows = list(book["汇总"].values)
    assert rows == [("指标", "数值"), ("总数", 5), ("'=cmd", None)]
    with pytest.raises(ValidationError):
        complaint_metrics.export(tmp_path / "m.csv", [])
    assert not (tmp_path / "m.xlsx.part").exists()


def test_pages_join_open_and_closed_without_gaps(cid, now):
    made = [
        new(cid, description=f"第{i}件", received_at=T0 - dt.timedelta(hours=i)) for i in range(7)
    ]
    for k in made[:4]:
        walk(k, "resolve")
    everything = [r["id"] for r in complaint_list.rows(complaint_list.where())]
    assert everything[:3] == [made[6], made[5], made[4]]  # open: the nearest deadline first
    assert everything[3:] == made[:4]  # closed: newest first
    for size in (1, 2, 3, 5):
        paged = []
        while len(paged) < len(everything) + 2:
            batch = complaint_list.rows(complaint_list.where(), limit=size, offset=len(paged))
            if not batch:
                break
            paged += [r["id"] for r in batch]
        assert paged == everything, size


def test_times_are_minutes_and_escalations_do_not_block_the_next_step(cid, now):
    now("2026-11-18T10:00:37")
    k = new(cid, severity="urgent")
    assert complaint_list.get(k)["received_at"] == at("2026-11-18T10:00")
    now("2026-11-18T10:05:40")
    complaint_list.take_escalations()  # an event at 10:05:40
    complaints.step(k, "respond", at="2026-11-18T10:05")  # what the form sends
    assert complaint_list.get(k)["responded_at"] == at("2026-11-18T10:05")
    complaints.edit(k, received_at=at("2026-11-18T10:00"))  # the same minute: no change
    assert [e["action"] for e in complaint_list.events(k)] == ["create", "respond", "escalate"]
