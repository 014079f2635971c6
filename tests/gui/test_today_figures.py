"""One figure, one definition (issue 21, item 7): how much is due today reads the same on
the dashboard's card, the sidebar, the start-up banner and `guanjia followups --due
today`; the card 活跃 is the funnel's 活跃客户; the RFM chart says it is computing while
it is, not that there are no purchases."""

import datetime as dt

from models import clock
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.followups import followups, stay_in_touch
from models.purchases import purchases, rfm
from tests.test_cli import guanjia, lines
from ui.sidebar import Sidebar

NOW = dt.datetime(2026, 11, 18, 10, 0)


def wait_board(qtbot, page):
    qtbot.waitUntil(lambda: page.board is not None and not page.reader.busy(), timeout=20000)


def test_card_sidebar_banner_and_cli_count_today_alike(qtbot, window, db_path):
    clock.set_now(NOW)
    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 10).rows]
    followups.create(ids[0], "2026-11-18T15:00", subject="报价")
    followups.create(ids[1], dt.date(2026, 11, 18), subject="回访")
    followups.create(ids[2], dt.date(2026, 11, 10), subject="催款")  # overdue: not today's
    stay_in_touch.set_rule("customer", ids[4], 7)  # created long ago: due a contact
    stay_in_touch.set_rule("customer", ids[5], 7)
    summary = window.notices.service.start()  # writes the day's birthday reminders, if any
    due = summary["due_today"]
    assert summary["touch"] == 2 and due == summary["today"] + 2 and summary["today"] >= 2

    qtbot.waitUntil(lambda: window.sidebar.agenda_counts.get("today") == due, timeout=5000)
    assert window.banner.isVisible()
    assert f"{due} to follow up" in window.banner.label.text()

    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    page.refresh()
    wait_board(qtbot, page)
    assert page.cards["followups_today"].value.text() == str(due)
    assert page.cards["followups_overdue"].value.text() == str(summary["overdue"])

    env = {"GUANJIA_NOW": NOW.isoformat(timespec="minutes")}
    r = guanjia("today", "--json", db=db_path, env=env)
    assert r.returncode == 0, r.stderr
    assert lines(r) == [{"due_today": due, "followups": summary["today"], "contacts": 2,
                         "overdue": summary["overdue"], "birthdays": summary["birthdays"]}]  # fmt: skip
    r = guanjia("followups", "--due", "today", "--contacts", "--json", db=db_path, env=env)
    assert r.returncode == 0, r.stderr
    listed = lines(r)
    assert len(listed) == due
    assert [o["type"] for o in listed].count("touch") == 2
    assert {o["customer_id"] for o in listed if o["type"] == "touch"} == {ids[4], ids[5]}
    # without --contacts, --due today lists the follow-ups only, as it always has
    r = guanjia("followups", "--due", "today", "--json", db=db_path, env=env)
    assert [o["type"] for o in lines(r)] == ["followup"] * summary["today"]


def test_the_active_card_is_the_funnel_s_active(qtbot, window):
    from models.customers import customers

    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 5).rows]
    # bought yesterday but never moved to the stage Active: not counted by either
    purchases.add(ids[0], 100, at=dt.datetime.now() - dt.timedelta(days=1))
    customers.update(ids[1], {"stage": "active"})
    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page = window.dashboard_page
    page.refresh()
    wait_board(qtbot, page)
    board = page.board
    assert board.kpis["active"] == board.funnel["active"] >= 1
    assert board.kpis["at_risk"] == board.funnel["dormant"]
    assert page.cards["active"].value.text() == str(board.funnel["active"])
    assert page.cards["active"].caption.text() == "Active"


def test_the_rfm_chart_says_computing_while_it_is(qtbot, window):
    ids = [r["id"] for r in customer_list.page(CustomerFilter(), customer_list.Sort("id"), 3).rows]
    # purchases but no stored RFM yet: the first pass has no segments to draw
    purchases.add(ids[0], 5000, at=dt.datetime.now() - dt.timedelta(days=2))
    assert not any(rfm.segment_counts().values())
    page = window.dashboard_page
    seen = []
    page.reader.ready.connect(
        lambda board: seen.append((board.rfm_stale, page.charts["segments"].message))
    )
    window.sidebar.select(("page", Sidebar.DASHBOARD))
    page.refresh()
    qtbot.waitUntil(lambda: len(seen) >= 2 and not page.reader.busy(), timeout=30000)
    # while the segments are computed, the chart does not say there are no purchases
    assert [message for stale, message in seen if stale] == ["Computing…"], seen
    assert seen[-1][0] is False and "RFM as of" in page.state.text()
