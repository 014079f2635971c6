"""The undo of an enrolment and of a 补卡 at the model (models/membership/card_undo.py):
what goes and what stays, and every refusal writing nothing."""

from __future__ import annotations

import pytest

from models.customers import customers
from models.errors import GuanjiaError
from models.membership import card_undo, cards, count_cards, wallet
from models.membership.tables import Member, MemberCard, WalletEntry
from models.storage.audit import AuditEntry
from tests.membership_helpers import all_checked, at, member


def state():
    return (MemberCard.select().count(), Member.select().count(), WalletEntry.select().count(),
            AuditEntry.select().count(), [(c.card_no, c.status) for c in MemberCard.select()])  # fmt: skip


def refused(code, fn, *args):
    before = state()
    with pytest.raises(GuanjiaError) as info:
        fn(*args)
    assert info.value.code == code
    assert state() == before


@pytest.fixture
def shop(db):
    at(2026, 6, 1, 10)


def test_a_second_card_withdrawn_leaves_the_member(shop):
    cid = member("甲", "C1")
    cards.enroll(cid, "C2")
    card_undo.withdraw_enrolment("C2")
    assert [c.card_no for c in cards.cards_of(cid)] == ["C1"]
    assert Member.select().where(Member.customer_id == cid).exists()
    card_undo.withdraw_enrolment("C1")  # the first card: the member goes with it
    assert not Member.select().where(Member.customer_id == cid).exists()
    all_checked()


def test_withdrawal_refused_once_the_card_moved(shop):
    cid = member("乙", "C1")
    count_cards.sell(cid, "洗剪吹", 3, 100)  # hangs on C1
    refused("card_moved", card_undo.withdraw_enrolment, "C1")
    other = member("丙", "C2")
    cards.report_lost("C2")
    refused("card_moved", card_undo.withdraw_enrolment, "C2")
    refused("card_not_found", card_undo.withdraw_enrolment, "NOPE")
    assert other


def test_replacement_undo_refusals(shop):
    cid = customers.create({"name": "丁"})
    cards.enroll(cid, "OLD")
    wallet.topup(cid, 1000)
    refused("card_moved", card_undo.undo_replace, "OLD", "active")  # not a replacement
    new = cards.replace("OLD", "NEW").card_no
    card_undo.undo_replace(new, "active")
    assert cards.find_card("OLD").status == "active" and cards.find_card("NEW").status == "disabled"
    refused("card_moved", card_undo.undo_replace, "NEW", "active")  # undone already
    cards.replace("OLD", "NEWER")  # replaced meanwhile by another card
    refused("card_replaced", card_undo.redo_replace, "OLD", "NEW")
    all_checked()
