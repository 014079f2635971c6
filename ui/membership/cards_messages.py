"""Sentences for the error codes of count cards, paid membership and referrals
(models/membership/count_cards.py, paid.py, referrals.py); ui/messages.py adds them to
the rest, and the CLI says them through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    text = params.get("text", "")
    ident = params.get("id", "")
    return {
        "service_required": QCoreApplication.translate(
            "MembershipCards", "Name the service, e.g. 洗剪吹."),
        "visits_invalid": fill(QCoreApplication.translate(
            "MembershipCards", "“%1”: the visits are a whole number from 1 to 10000."), text),
        "pay_invalid": QCoreApplication.translate(
            "MembershipCards", "Pay in cash or from stored value."),
        "pay_nothing": QCoreApplication.translate(
            "MembershipCards", "A card for nothing is not paid from stored value."),
        "expiry_past": QCoreApplication.translate(
            "MembershipCards", "The expiry is in the past: the card would be expired already."),
        "count_card_not_found": fill(QCoreApplication.translate(
            "MembershipCards", "There is no count card %1."), ident),
        "count_card_used_up": fill(QCoreApplication.translate(
            "MembershipCards", "Count card %1 has no visits left: nothing was recorded."), ident),
        "count_card_expired": fill(QCoreApplication.translate(
            "MembershipCards", "Count card %1 has expired: nothing was recorded."), ident),
        "count_card_refunded": fill(QCoreApplication.translate(
            "MembershipCards", "Count card %1 was refunded: nothing was recorded."), ident),
        "count_card_cancelled": fill(QCoreApplication.translate(
            "MembershipCards", "Count card %1 was cancelled: nothing was recorded."), ident),
        "count_card_in_use": fill(QCoreApplication.translate(
            "MembershipCards", "Count card %1 has visits used or refunded since it was sold:"
            " undo those first."), ident),
        "plan_required": QCoreApplication.translate(
            "MembershipCards", "Name the plan, e.g. 年卡会员."),
        "term_invalid": QCoreApplication.translate(
            "MembershipCards", "A term is a month, a quarter, a year or a number of days."),
        "term_days_invalid": QCoreApplication.translate(
            "MembershipCards", "A term of days is 1 to 3660 days."),
        "paid_active": fill(QCoreApplication.translate(
            "MembershipCards", "A paid membership runs until %1: renew it instead."),
            params.get("until", "")),
        "paid_none": QCoreApplication.translate(
            "MembershipCards", "There is no paid membership to renew: sell one first."),
        "paid_cancelled": QCoreApplication.translate(
            "MembershipCards", "This term is cancelled already."),
        "paid_renewed": QCoreApplication.translate(
            "MembershipCards", "This term was renewed since: cancel the renewal first."),
        "paid_not_found": fill(QCoreApplication.translate(
            "MembershipCards", "There is no paid membership %1."), ident),
        "referral_self": QCoreApplication.translate(
            "MembershipCards", "A customer cannot introduce themselves."),
        "referral_cycle": fill(QCoreApplication.translate(
            "MembershipCards", "%1 was brought by this customer (directly or through others):"
            " that would be a cycle."), params.get("name", "")),
        "referral_same": fill(QCoreApplication.translate(
            "MembershipCards", "%1 is recorded as the introducer already."),
            params.get("name", "")),
    }  # fmt: skip
