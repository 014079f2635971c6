"""The 会员 page and the counter screen for scripts/screenshots.py: a few members made
once (cards, top-ups with the bonus rule, points, one lost card, a birthday today),
the list, the counter with a member picked and a sale typed, a statement."""

from __future__ import annotations

import time
from pathlib import Path


def _members_once() -> None:
    from models import clock
    from models.customers import customer_list, customers
    from models.customers.customer_filter import CustomerFilter
    from models.membership import cards, member_search, points, settings, wallet

    if member_search.count():
        return
    settings.update({"bonus_tiers": [[50000, 3000], [100000, 10000]]})
    ids = customer_list.matching_ids(CustomerFilter())[:40]
    for n, cid in enumerate(ids):
        cards.enroll(cid)
        if n % 3 == 0:
            wallet.topup(cid, (n + 2) * 25000)
        if n % 2 == 0:
            points.adjust(cid, 100 * (n + 3), "开业赠送")
    cards.report_lost(cards.cards_of(ids[5])[0].card_no, "顾客来电挂失")
    today = clock.today()
    customers.update(ids[-1], {"birthday": f"1990-{today.month:02d}-{today.day:02d}"})
    wallet.topup(ids[-1], 100000)
    points.adjust(ids[-1], 2000, "开业赠送")


def shoot_members(app, window, out: Path, lang: str, shot) -> None:
    _members_once()
    from models.membership import member_search

    def settle():
        window.members_page.wait_for_counts()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    window.sidebar.select(("page", window.sidebar.MEMBERS))
    page = window.members_page
    page.search.clear()
    page.reload()
    page.table.selectRow(0)
    settle()
    shot(window, out / f"members_{lang}.png")
    counter = page.open_counter()
    first = member_search.page(limit=1)[0]
    counter.find.setText(first["card"])
    counter.search()
    counter.pick_current()
    counter.amount.setText("128.50")
    counter.payment.setCurrentIndex(counter.payment.findData("stored_value"))
    counter.points.setText("500")
    settle()
    shot(counter, out / f"counter_{lang}.png")
    counter.clear()
    counter.close()
    page.table.selectRow(0)
    dialog = page.run("statement")
    settle()
    shot(dialog, out / f"member_statement_{lang}.png")
    dialog.close()
