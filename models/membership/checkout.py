"""The counter's sale (收银): one transaction that records a purchase for a customer, with
its receipt number (once only), paid by cash, WeChat, Alipay, stored value or a split
(part stored value, the rest another way), points redeemed as money off (a settings
rate, e.g. 100 points = 1 yuan, capped at a percent of the sale), and the earning hook
(earning.after_purchase). Every refusal (a lost or expired card paying by stored value,
a balance too small, points over what can be spent or over the cap, a receipt used)
writes nothing. `reverse` is its undo: reversing entries, the purchase voided.

The purchase's amount is the sale's full price (the spend); the note says how it was
paid: "储值 ¥80.00 + 微信 ¥15.00; 积分 500 抵 ¥5.00"."""

from __future__ import annotations

from dataclasses import dataclass

from models import clock
from models.errors import ValidationError
from models.membership import cards, earning, points, referral_takeback, settings, wallet
from models.membership.tables import Member, PointsEntry, WalletEntry
from models.purchases import corrections
from models.purchases.purchases import Purchase
from models.purchases.purchases import add as add_purchase
from models.storage.db import database

PAYMENTS = ("cash", "wechat", "alipay", "stored_value")  # 现金, 微信, 支付宝, 储值
WORDS = {"cash": "现金", "wechat": "微信", "alipay": "支付宝", "stored_value": "储值"}
MAX_ITEMS = 200
MAX_RECEIPT = 64


@dataclass(frozen=True)
class Sale:
    customer_id: int
    amount_fen: int  # the full price
    payment: str = "cash"  # how what is due is paid (stored_value: all of it from the card)
    stored_value_fen: int = 0  # with cash/wechat/alipay: the part paid by stored value
    points: int = 0  # redeemed as money off
    items: str = ""
    receipt_no: str = ""  # "" : numbered YYYYMMDD-NNNN
    card_no: str | None = None  # the card the stored value comes from (None: the one in use)


@dataclass(frozen=True)
class Quote:
    """What a sale comes to before it is recorded (the counter shows it as typed)."""

    amount_fen: int
    points: int
    points_off_fen: int
    due_fen: int
    stored_value_fen: int
    other_fen: int
    max_points: int  # the most points this sale can take (the cap and what can be spent)


def points_off(points_count: int) -> int:
    """The money off (fen) the points make at the settings' rate (rounded down)."""
    return points_count * 100 // settings.get("points_redeem_rate")


def max_points(amount_fen: int, can_spend: int) -> int:
    """The most points a sale of `amount_fen` can take: the cap, and what can be spent."""
    cap_fen = amount_fen * settings.get("points_redeem_cap_percent") // 100
    by_cap = cap_fen * settings.get("points_redeem_rate") // 100
    return max(0, min(by_cap, can_spend))


def _items(text: str) -> str:
    text = " ".join(str(text or "").split())
    if len(text) > MAX_ITEMS:
        raise ValidationError("items", "too_long", "the items text is too long", limit=MAX_ITEMS)
    return text


def _payment(code: str) -> str:
    code = (code or "").strip()
    if code not in PAYMENTS:
        raise ValidationError("payment", "payment_invalid",
                              f"'{code}' is not one of: " + ", ".join(PAYMENTS))  # fmt: skip
    return code


def _count(value) -> int:
    if value in (None, "", 0):
        return 0
    return points._count(value)


def _is_member(customer_id: int) -> bool:
    return Member.select().where(Member.customer_id == customer_id).exists()


def quote(sale: Sale, can_spend: int | None = None) -> Quote:
    """The sale worked out and checked (amounts, payment, the points' cap), no writes.
    `can_spend`: the points the member can spend now (read when not given)."""
    amount = wallet._fen(sale.amount_fen)
    payment = _payment(sale.payment)
    count = _count(sale.points)
    if count:
        if not _is_member(sale.customer_id):
            cards.member_of(sale.customer_id)  # refused: not a member
        if can_spend is None:
            can_spend = points.available(sale.customer_id)
        most = max_points(amount, can_spend)
        if count > can_spend:
            raise ValidationError("points", "points_insufficient",
                                  f"only {max(can_spend, 0)} points can be redeemed",
                                  available=max(can_spend, 0))  # fmt: skip
        if count > most:
            raise ValidationError("points", "points_over_cap",
                                  f"at most {most} points can pay for this sale", most=most)  # fmt: skip
    else:
        most = 0 if can_spend is None else max_points(amount, can_spend)
    off = points_off(count)
    due = amount - off
    if payment == "stored_value":
        stored = due
    else:
        stored = wallet._fen(sale.stored_value_fen, "stored_value", allow_zero=True)
        if stored > due:
            raise ValidationError("stored_value", "split_over_due",
                                  f"the stored-value part is more than the {due / 100:.2f} due",
                                  due_fen=due)  # fmt: skip
    return Quote(amount, count, off, due, stored, due - stored, most)


def _receipt(text: str) -> str:
    receipt = "".join(str(text or "").split())
    if len(receipt) > MAX_RECEIPT:
        raise ValidationError("receipt", "too_long", "the receipt number is too long",
                              limit=MAX_RECEIPT)  # fmt: skip
    if not receipt:
        return next_receipt()
    # each "<> ''" lets SQLite use the partial unique index on the receipt number
    used = (
        Purchase.select().where((Purchase.order_no == receipt) & (Purchase.order_no != ""))
        .exists()
        or WalletEntry.select().where((WalletEntry.kind == "pay") & (WalletEntry.receipt_no != "")
                                      & (WalletEntry.receipt_no == receipt)).exists()
        or PointsEntry.select().where((PointsEntry.kind == "redeem")
                                      & (PointsEntry.receipt_no != "")
                                      & (PointsEntry.receipt_no == receipt)).exists()
    )  # fmt: skip
    if used:
        raise ValidationError("receipt", "receipt_used", f"receipt {receipt} is recorded already",
                              receipt=receipt)  # fmt: skip
    return receipt


def next_receipt() -> str:
    """Today's next receipt number, YYYYMMDD-NNNN (by the order number index)."""
    prefix = clock.today().strftime("%Y%m%d") + "-"
    last = (Purchase.select(Purchase.order_no)
            .where((Purchase.order_no >= prefix) & (Purchase.order_no < prefix + "~")
               & (Purchase.order_no != ""))
            .order_by(Purchase.order_no.desc()).first())  # fmt: skip
    tail = last.order_no[len(prefix) :] if last else ""
    return f"{prefix}{(int(tail) if tail.isdigit() else 0) + 1:04d}"


def _note(q: Quote, payment: str) -> str:
    parts = []
    if q.stored_value_fen:
        parts.append(f"储值 ¥{q.stored_value_fen / 100:.2f}")
    if q.other_fen or not parts:
        parts.append(f"{WORDS[payment if payment != 'stored_value' else 'cash']} "
                     f"¥{q.other_fen / 100:.2f}")  # fmt: skip
    note = " + ".join(parts)
    if q.points:
        note += f"; 积分 {q.points} 抵 ¥{q.points_off_fen / 100:.2f}"
    return note


def record(sale: Sale) -> dict:
    """Record the sale (one transaction); returns what the receipt shows: purchase_id,
    receipt_no, amount_fen, points_off_fen, due_fen, stored_value_fen, other_fen,
    payment, points_redeemed, points_earned, the entries written and the balances after."""
    payment = _payment(sale.payment)
    items = _items(sale.items)
    card = None
    # the quote and the card inside the transaction: the settings are read once
    with database.atomic():
        q = quote(sale)
        if q.stored_value_fen:
            card = cards.usable_card(cards.customer_card(sale.customer_id, sale.card_no))
        receipt = _receipt(sale.receipt_no)
        method = "stored_value" if q.stored_value_fen and not q.other_fen else payment
        if method == "stored_value" and not q.stored_value_fen:
            method = "cash"  # nothing left to pay after the points
        note = _note(q, payment)
        purchase_id = add_purchase(sale.customer_id, q.amount_fen / 100, order_no=receipt,
                                   items=[{"description": items, "unit_price": q.amount_fen / 100}]
                                   if items else None, payment=method, note=note)  # fmt: skip
        wallet_entry = redeem_entry = None
        if q.stored_value_fen:
            wallet_entry = wallet.pay(sale.customer_id, q.stored_value_fen, card_no=card.card_no,
                                      receipt_no=receipt, purchase_id=purchase_id,
                                      reason=items)  # fmt: skip
        if q.points:
            redeem_entry = points.redeem(sale.customer_id, q.points, purchase_id=purchase_id,
                                         receipt_no=receipt, reason="抵现 " + receipt)  # fmt: skip
        earned = earning.after_purchase(purchase_id) or {}
        member = Member.get_or_none(Member.customer_id == sale.customer_id)
        balance = wallet.balance(sale.customer_id).total_fen if member is not None else 0
    out = {
        "purchase_id": purchase_id, "customer_id": sale.customer_id, "receipt_no": receipt,
        "amount_fen": q.amount_fen, "points_off_fen": q.points_off_fen, "due_fen": q.due_fen,
        "stored_value_fen": q.stored_value_fen, "other_fen": q.other_fen, "payment": payment,
        "points_redeemed": q.points, "points_earned": int(earned.get("points", 0)),
        "wallet_entry": wallet_entry, "redeem_entry": redeem_entry, "items": items,
        "card": card.card_no if card else "",
    }  # fmt: skip
    if member is not None:
        out["points_balance"] = member.points
        out["balance_fen"] = balance
    return out


def receipt_line(done: dict, name: str = "") -> str:
    """The sale in one line to copy or print."""
    pay = []
    if done["stored_value_fen"]:
        pay.append(f"储值 ¥{done['stored_value_fen'] / 100:.2f}")
    if done["other_fen"] or not pay:
        word = WORDS[done["payment"] if done["payment"] != "stored_value" else "cash"]
        pay.append(f"{word} ¥{done['other_fen'] / 100:.2f}")
    line = f"{done['receipt_no']} {name} ¥{done['amount_fen'] / 100:.2f}".replace("  ", " ")
    if done["items"]:
        line += f" ({done['items']})"
    if done["points_redeemed"]:
        line += f" 积分抵 ¥{done['points_off_fen'] / 100:.2f}"
    line += " 实付 " + " + ".join(pay)
    if done["points_earned"]:
        line += f" 得积分 {done['points_earned']}"
    if "balance_fen" in done:
        line += f" 余额 ¥{done['balance_fen'] / 100:.2f} 积分 {done['points_balance']}"
    return line


def reverse(done: dict, reason: str = "undo") -> None:
    """The sale undone by reversing entries (its stored-value payment, its points
    redeemed and earned) and the purchase voided, in one transaction."""
    with database.atomic():
        corrections.void(done["purchase_id"], reason or "undo")
        points.reverse_purchase(done["purchase_id"], reason)
        referral_takeback.settle(done["purchase_id"])
        if (
            done.get("wallet_entry")
            and not WalletEntry.select()
            .where(WalletEntry.reverses_id == done["wallet_entry"])
            .exists()
        ):
            wallet.reverse(done["wallet_entry"], reason)
