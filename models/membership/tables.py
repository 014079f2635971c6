"""The membership tables (schema step 20), the live models. Customer ids are plain
integers: a ledger outlives its customer (purge and erasure keep the anonymised rows)."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    IntegerField,
    TextField,
)

from models.storage.base import BaseModel

# card status codes and their words (正常/挂失/停用/过期; a replaced card is 已补卡)
CARD_STATUSES = ("active", "lost", "disabled", "expired", "replaced")
CARD_WORDS = {"active": "正常", "lost": "挂失", "disabled": "停用", "expired": "过期",
              "replaced": "已补卡"}  # fmt: skip
POINTS_KINDS = ("earn", "redeem", "adjust", "expire", "reverse", "opening")
WALLET_KINDS = ("topup", "bonus", "pay", "refund", "transfer_in", "transfer_out", "opening",
                "reverse")  # fmt: skip
COUNT_KINDS = ("sell", "use", "refund", "expire", "reverse", "opening")


def _flag():
    return BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


def _zero():
    return IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


def text_field(kind=CharField):
    return kind(default="", constraints=[SQL("DEFAULT ''")])


class MembershipSetting(BaseModel):
    """Card prefix and next number, bonus tiers, spending order, points rules... (JSON
    values by key)."""

    key = CharField(primary_key=True)
    value = TextField()


class MemberLevel(BaseModel):
    name = CharField()
    rank = _zero()  # 0 the lowest (普通)
    basis = CharField(default="points", constraints=[SQL("DEFAULT 'points'")])  # / spend
    threshold = _zero()  # points earned, or spend in fen
    period_days = IntegerField(null=True)  # the rolling period; None: for life
    valid_days = IntegerField(null=True)  # how long a level reached holds
    grace_days = _zero()  # before a downgrade
    discount_permille = _zero()  # 折扣: 50 = 5% off
    points_multiplier_permille = IntegerField(default=1000, constraints=[SQL("DEFAULT 1000")])
    free_items_month = _zero()
    birthday_gift = text_field()
    priority_service = _flag()
    benefits = text_field(TextField)  # 权益 as text
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField()


class Member(BaseModel):
    """A customer who is a member: one row, with the kept points balance and level."""

    customer_id = IntegerField(unique=True)
    joined_on = DateField()
    points = _zero()  # kept = SUM(points_entry.points)
    level_id = IntegerField(null=True)
    level_since = DateField(null=True)
    level_until = DateField(null=True)  # valid_days / grace: a downgrade waits till then
    level_locked = _flag()  # set by hand: the rules leave it
    level_lock_reason = text_field()
    created_at = DateTimeField()
    updated_at = DateTimeField()


class MemberCard(BaseModel):
    card_no = CharField(unique=True)
    customer_id = IntegerField()
    status = CharField(default="active", constraints=[SQL("DEFAULT 'active'")])
    # active 正常, lost 挂失, disabled 停用, expired 过期, replaced (补卡后的旧卡)
    status_reason = text_field()
    joined_on = DateField()
    expires_on = DateField(null=True)
    replaces_id = IntegerField(null=True)  # the card this one replaced (补卡)
    replaced_by_id = IntegerField(null=True)
    principal_fen = _zero()  # kept = SUM(wallet_entry.principal_fen) of the card
    bonus_fen = _zero()
    last_used_at = DateTimeField(null=True)  # the last wallet movement: dormant balances
    created_at = DateTimeField()
    updated_at = DateTimeField()


class LevelHistory(BaseModel):
    customer_id = IntegerField()
    from_level_id = IntegerField(null=True)
    to_level_id = IntegerField(null=True)
    at = DateTimeField()
    cause = CharField()  # rule, purchase, hand, lock, unlock, import, grace
    locked = _flag()
    reason = text_field(TextField)
    staff = text_field()


class PointsEntry(BaseModel):
    customer_id = IntegerField()
    card_id = IntegerField(null=True)
    kind = CharField()  # earn, redeem, adjust, expire, reverse, opening
    points = IntegerField()  # signed
    at = DateTimeField()
    earned_on = DateField(null=True)  # a lot (points > 0): when earned ...
    expires_on = DateField(null=True)  # ... and when it expires (None: never)
    task = text_field()  # register, profile, first_order, review: once per customer
    purchase_id = IntegerField(null=True)
    event_id = IntegerField(null=True)
    referral_id = IntegerField(null=True)
    receipt_no = text_field()
    reason = text_field(TextField)
    reverses_id = IntegerField(null=True)
    import_run = IntegerField(null=True)
    staff = text_field()
    created_at = DateTimeField()


class WalletEntry(BaseModel):
    card_id = IntegerField()
    customer_id = IntegerField()
    kind = CharField()  # topup, bonus, pay, refund, transfer_in, transfer_out, opening,
    # reverse
    principal_fen = IntegerField()  # signed: what the row adds to the card's principal
    bonus_fen = IntegerField()  # ... and bonus
    at = DateTimeField()
    day = IntegerField()  # at's date as date.toordinal(): the day's reconciliation
    receipt_no = text_field()
    purchase_id = IntegerField(null=True)
    counterpart_id = IntegerField(null=True)  # a transfer's other row
    referral_id = IntegerField(null=True)
    reason = text_field(TextField)
    reverses_id = IntegerField(null=True)
    import_run = IntegerField(null=True)
    staff = text_field()
    created_at = DateTimeField()
    count_card_id = IntegerField(null=True)  # the count card a row pays for or refunds


class WalletDay(BaseModel):
    """Each day's movements by kind, kept with every wallet row: a day's (and the
    opening's) reconciliation reads these, not ten million rows."""

    day = IntegerField()
    kind = CharField()
    principal_fen = _zero()
    bonus_fen = _zero()
    rows = _zero()


class CountCard(BaseModel):
    """计次卡: N visits of a service, sold for price_fen, with an expiry."""

    customer_id = IntegerField()
    card_id = IntegerField(null=True)
    service = CharField()
    visits_total = IntegerField()
    visits_left = _zero()  # kept = SUM(count_card_entry.visits)
    price_fen = _zero()
    refunded_fen = _zero()
    sold_at = DateTimeField()
    expires_on = DateField(null=True)
    status = CharField(default="active", constraints=[SQL("DEFAULT 'active'")])
    # active, used_up, refunded, expired
    receipt_no = text_field()
    import_run = IntegerField(null=True)
    created_at = DateTimeField()


class CountCardEntry(BaseModel):
    count_card_id = IntegerField()
    customer_id = IntegerField()
    kind = CharField()  # sell, use, refund, expire, reverse, opening
    visits = IntegerField()  # signed
    amount_fen = _zero()  # money with it (the sale, a pro-rata refund)
    at = DateTimeField()
    receipt_no = text_field()
    purchase_id = IntegerField(null=True)
    referral_id = IntegerField(null=True)
    reason = text_field(TextField)
    reverses_id = IntegerField(null=True)
    import_run = IntegerField(null=True)
    staff = text_field()
    created_at = DateTimeField()


class PaidMembership(BaseModel):
    """付费会员: one row per term paid; a renewal adds the next term."""

    customer_id = IntegerField()
    plan = CharField()
    term = CharField()  # month, quarter, year, days
    term_days = IntegerField(null=True)
    fee_fen = IntegerField()
    starts_on = DateField()
    ends_on = DateField()
    status = CharField(default="active", constraints=[SQL("DEFAULT 'active'")])
    # active, expired, cancelled, refunded
    renews_id = IntegerField(null=True)  # the term this one follows
    reminder_followup_id = IntegerField(null=True)
    receipt_no = text_field()
    staff = text_field()
    created_at = DateTimeField()


class Referral(BaseModel):
    """转介绍: who introduced the customer (one introducer each; cycles refused)."""

    customer_id = IntegerField(unique=True)
    introduced_by_id = IntegerField()
    recorded_at = DateTimeField()
    first_purchase_id = IntegerField(null=True)
    rewarded_at = DateTimeField(null=True)  # both sides' rewards granted (once)
    note = text_field()
    staff = text_field()
