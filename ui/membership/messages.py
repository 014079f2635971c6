"""Sentences for the membership's error codes (models/membership/); ui/messages.py adds
them to the rest, and the CLI says them in Chinese through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    card = params.get("card", "")
    text = params.get("text", "")
    return {
        "card_required": QCoreApplication.translate("Membership", "Enter a card number."),
        "card_invalid": fill(QCoreApplication.translate(
            "Membership", "“%1” is not a card number: letters, digits, - and _ only."), text),
        "card_not_found": fill(QCoreApplication.translate(
            "Membership", "There is no member card %1."), card),
        "card_taken": fill(QCoreApplication.translate(
            "Membership", "Card number %1 is in use."), card),
        "card_not_customers": fill(QCoreApplication.translate(
            "Membership", "Card %1 belongs to another customer."), card),
        "not_member": QCoreApplication.translate(
            "Membership", "This customer is not a member: enrol them first."),
        "no_active_card": QCoreApplication.translate(
            "Membership", "This member has no card in use (正常)."),
        "card_lost": fill(QCoreApplication.translate(
            "Membership", "Card %1 is reported lost (挂失): nothing was recorded."), card),
        "card_disabled": fill(QCoreApplication.translate(
            "Membership", "Card %1 is stopped (停用): nothing was recorded."), card),
        "card_expired": fill(QCoreApplication.translate(
            "Membership", "Card %1 has expired (过期): nothing was recorded."), card),
        "card_replaced": fill(QCoreApplication.translate(
            "Membership", "Card %1 was replaced (补卡): use the new card."), card),
        "card_moved": fill(QCoreApplication.translate(
            "Membership", "Card %1 has movements since: it cannot be undone."), card),
        "card_status_invalid": QCoreApplication.translate(
            "Membership", "A card can be set to 正常, 挂失 or 停用."),
        "card_status_same": fill(QCoreApplication.translate(
            "Membership", "Card %1 already has this status."), card),
        "expiry_before_join": QCoreApplication.translate(
            "Membership", "A card cannot expire before it is issued."),
        "setting_unknown": QCoreApplication.translate(
            "Membership", "There is no such membership setting."),
        "setting_invalid": QCoreApplication.translate(
            "Membership", "This setting needs a whole number."),
        "redeem_rate_invalid": fill(QCoreApplication.translate(
            "Membership", "“%1”: the points that make 1 yuan off are a whole number from 1."),
            text),
        "redeem_cap_invalid": fill(QCoreApplication.translate(
            "Membership", "“%1”: points may pay a whole percent of a sale, from 0 to 100."),
            text),
        "bonus_tier_invalid": QCoreApplication.translate(
            "Membership", "Write each bonus tier as top-up:bonus in yuan, e.g. 1000:100."),
        "spending_invalid": QCoreApplication.translate(
            "Membership", "Bonus is spent in proportion or after the principal."),
        "expiry_invalid": QCoreApplication.translate(
            "Membership", "Points expire never, at the end of the year after, or after months."),
        "card_prefix_invalid": QCoreApplication.translate(
            "Membership", "A card prefix has up to 8 characters and no spaces."),
        "points_invalid": fill(QCoreApplication.translate(
            "Membership", "“%1” is not a number of points."), text),
        "points_insufficient": fill(QCoreApplication.translate(
            "Membership", "Only %1 points can be redeemed: nothing was recorded."),
            params.get("available", 0)),
        "points_expired": fill(QCoreApplication.translate(
            "Membership", "%1 of the points have expired; %2 can be redeemed. Nothing was"
            " recorded."), params.get("expired", 0), params.get("available", 0)),
        "points_negative": fill(QCoreApplication.translate(
            "Membership", "The points balance would be %1: below 0 is not allowed."),
            params.get("balance", "")),
        "task_invalid": QCoreApplication.translate(
            "Membership", "A task is 注册, 完善资料, 首单 or 评价."),
        "task_done": QCoreApplication.translate(
            "Membership", "Points for this task were earned already."),
        "referral_rewarded": QCoreApplication.translate(
            "Membership", "This referral was rewarded already."),
        "receipt_used": fill(QCoreApplication.translate(
            "Membership", "Receipt %1 is recorded already: nothing was recorded."),
            params.get("receipt", "")),
        "entry_not_found": QCoreApplication.translate(
            "Membership", "There is no such movement."),
        "reverse_of_reverse": QCoreApplication.translate(
            "Membership", "A reversal is not reversed again: record the movement anew."),
        "already_reversed": QCoreApplication.translate(
            "Membership", "This movement is reversed already."),
        "reverse_over_balance": fill(QCoreApplication.translate(
            "Membership", "Card %1 no longer holds what the reversal takes back."), card),
        "amount_decimals": fill(QCoreApplication.translate(
            "Membership", "“%1”: at most two decimals (分)."), text),
        "balance_insufficient": fill(QCoreApplication.translate(
            "Membership", "The balance is only %1 yuan: nothing was paid."),
            f"{params.get('balance_fen', 0) / 100:.2f}"),
        "refund_over_principal": fill(QCoreApplication.translate(
            "Membership", "Only %1 yuan of unspent principal can be refunded (bonus never)."),
            f"{params.get('principal_fen', 0) / 100:.2f}"),
        "transfer_same_card": QCoreApplication.translate(
            "Membership", "Choose two different cards."),
        # the counter (checkout.py) and the 会员 page
        "points_over_cap": fill(QCoreApplication.translate(
            "Membership", "At most %1 points can pay for this sale: nothing was recorded."),
            params.get("most", 0)),
        "split_over_due": fill(QCoreApplication.translate(
            "Membership", "The stored-value part is more than the %1 yuan due."),
            f"{params.get('due_fen', 0) / 100:.2f}"),
        "member_customer_missing": QCoreApplication.translate(
            "Membership", "Choose a customer first."),
    }  # fmt: skip
