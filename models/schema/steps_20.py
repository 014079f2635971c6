"""Schema step 20 (frozen once released): membership (会员体系): cards, levels and their
history, the points, stored-value and count-card ledgers, paid membership, referrals and
the membership settings. Declared here as they are at this version, never from the live
models.

Customer ids are plain integers, not foreign keys: a ledger outlives its customer (a
purge or an erasure keeps the anonymised rows, so reconciliation still balances).
Ledger rows (points_entry, wallet_entry, count_card_entry) are only ever inserted; a
mistake is corrected by a reversing row (`reverses_id`, unique: a row is reversed once).
The kept balances (member.points, member_card.principal_fen/bonus_fen,
count_card.visits_left) and wallet_day are written in the transaction of the ledger row
they follow; the check recomputes them from the ledgers."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    IntegerField,
    Model,
    TextField,
)

from models.schema.steps import text_field


def _flag():
    return BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


def _zero():
    return IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


def v20_models(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class MembershipSetting(Base):
        """Card prefix and next number, bonus tiers, spending order, points rules... (JSON
        values by key)."""

        key = CharField(primary_key=True)
        value = TextField()

    class MemberLevel(Base):
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

    class Member(Base):
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

    class MemberCard(Base):
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

    class LevelHistory(Base):
        customer_id = IntegerField()
        from_level_id = IntegerField(null=True)
        to_level_id = IntegerField(null=True)
        at = DateTimeField()
        cause = CharField()  # rule, purchase, hand, lock, unlock, import, grace
        locked = _flag()
        reason = text_field(TextField)
        staff = text_field()

    class PointsEntry(Base):
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

    class WalletEntry(Base):
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

    class WalletDay(Base):
        """Each day's movements by kind, kept with every wallet row: a day's (and the
        opening's) reconciliation reads these, not ten million rows."""

        day = IntegerField()
        kind = CharField()
        principal_fen = _zero()
        bonus_fen = _zero()
        rows = _zero()

    class CountCard(Base):
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

    class CountCardEntry(Base):
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

    class PaidMembership(Base):
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

    class Referral(Base):
        """转介绍: who introduced the customer (one introducer each; cycles refused)."""

        customer_id = IntegerField(unique=True)
        introduced_by_id = IntegerField()
        recorded_at = DateTimeField()
        first_purchase_id = IntegerField(null=True)
        rewarded_at = DateTimeField(null=True)  # both sides' rewards granted (once)
        note = text_field()
        staff = text_field()

    return (MembershipSetting, MemberLevel, Member, MemberCard, LevelHistory, PointsEntry,
            WalletEntry, WalletDay, CountCard, CountCardEntry, PaidMembership,
            Referral)  # fmt: skip


def step_20_membership(db) -> None:
    """The membership tables and the indexes the counter, statements, expiry and
    reconciliation read."""
    db.create_tables(v20_models(db))
    for sql in (
        "CREATE UNIQUE INDEX member_level_name ON member_level (name)",
        "CREATE INDEX member_level_of ON member (level_id)",
        "CREATE INDEX member_card_customer ON member_card (customer_id, status)",
        "CREATE INDEX level_history_customer ON level_history (customer_id, at)",
        # a member's statement for a period; the lots of a member (counter) and of
        # every member (year-end expiry) are read from this index alone: it carries
        # the columns lots.replay needs, so a read does not visit the table's pages
        # (3M rows spread over two years: the batch read every page once a chunk)
        "CREATE INDEX points_entry_customer ON points_entry (customer_id, at, id, points,"
        " kind, earned_on, expires_on, reverses_id)",
        "CREATE INDEX points_entry_expiry ON points_entry (expires_on, customer_id)"
        " WHERE points > 0 AND expires_on IS NOT NULL",
        "CREATE INDEX points_entry_purchase ON points_entry (purchase_id)"
        " WHERE purchase_id IS NOT NULL",
        "CREATE UNIQUE INDEX points_entry_reverses ON points_entry (reverses_id)"
        " WHERE reverses_id IS NOT NULL",
        "CREATE UNIQUE INDEX points_entry_task ON points_entry (customer_id, task)"
        " WHERE task <> '' AND kind = 'earn'",
        "CREATE UNIQUE INDEX points_entry_referral ON points_entry (referral_id, customer_id)"
        " WHERE referral_id IS NOT NULL AND kind = 'earn'",
        "CREATE UNIQUE INDEX points_entry_receipt ON points_entry (kind, receipt_no)"
        " WHERE receipt_no <> ''",
        "CREATE INDEX wallet_entry_card ON wallet_entry (card_id, at, id)",
        "CREATE INDEX wallet_entry_customer ON wallet_entry (customer_id, at, id)",
        "CREATE INDEX wallet_entry_day ON wallet_entry (day, kind, principal_fen, bonus_fen)",
        "CREATE INDEX wallet_entry_purchase ON wallet_entry (purchase_id)"
        " WHERE purchase_id IS NOT NULL",
        "CREATE UNIQUE INDEX wallet_entry_reverses ON wallet_entry (reverses_id)"
        " WHERE reverses_id IS NOT NULL",
        # a receipt number is used once per kind (a second top-up on one receipt: refused)
        "CREATE UNIQUE INDEX wallet_entry_receipt ON wallet_entry (kind, receipt_no)"
        " WHERE receipt_no <> ''",
        "CREATE UNIQUE INDEX wallet_entry_referral ON wallet_entry (referral_id, customer_id)"
        " WHERE referral_id IS NOT NULL",
        "CREATE UNIQUE INDEX wallet_day_kind ON wallet_day (day, kind)",
        "CREATE INDEX count_card_customer ON count_card (customer_id, status)",
        "CREATE INDEX count_card_entry_card ON count_card_entry (count_card_id, at, id)",
        "CREATE INDEX count_card_entry_customer ON count_card_entry (customer_id, at)",
        "CREATE UNIQUE INDEX count_card_entry_reverses ON count_card_entry (reverses_id)"
        " WHERE reverses_id IS NOT NULL",
        "CREATE UNIQUE INDEX count_card_entry_receipt ON count_card_entry (kind, receipt_no)"
        " WHERE receipt_no <> ''",
        "CREATE INDEX paid_membership_customer ON paid_membership (customer_id, ends_on)",
        "CREATE INDEX paid_membership_ends ON paid_membership (ends_on) WHERE status = 'active'",
        "CREATE INDEX referral_introduced_by ON referral (introduced_by_id)",
    ):
        db.execute_sql(sql)
    _gaps_block(db)


def _gaps_block(db) -> None:
    """Issue 26's gaps (branch m26-gaps), kept apart so other additions to step 20 merge.

    - Referral rewards and the 首单 task are taken back (reversing rows) when the first
      purchase is voided or refunded in full, and the next first purchase earns them
      again: "once" is "at most one standing grant", kept by the referral row's
      rewarded_at and the code, not by a unique index over every earn row. The 首单
      is unique per purchase; the other tasks stay unique per customer.
    - A stored-value row paying for (or refunding) a count card names it:
      wallet_entry.count_card_id (the reason text was the only link)."""
    for sql in (
        "DROP INDEX points_entry_task",
        "CREATE UNIQUE INDEX points_entry_task ON points_entry (customer_id, task)"
        " WHERE task <> '' AND task <> 'first_order' AND kind = 'earn'",
        "CREATE UNIQUE INDEX points_entry_first_order ON points_entry (purchase_id)"
        " WHERE task = 'first_order' AND kind = 'earn'",
        "DROP INDEX points_entry_referral",
        "CREATE INDEX points_entry_referral ON points_entry (referral_id, customer_id)"
        " WHERE referral_id IS NOT NULL",
        "DROP INDEX wallet_entry_referral",
        "CREATE INDEX wallet_entry_referral ON wallet_entry (referral_id, customer_id)"
        " WHERE referral_id IS NOT NULL",
        "ALTER TABLE wallet_entry ADD COLUMN count_card_id INTEGER",
        "CREATE INDEX wallet_entry_count_card ON wallet_entry (count_card_id)"
        " WHERE count_card_id IS NOT NULL",
    ):
        db.execute_sql(sql)
