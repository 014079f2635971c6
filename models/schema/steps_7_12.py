"""The numbered schema steps 7-12, frozen like steps 1-6 (steps.py): purchases and
their days, the RFM columns, the audit log, erasure and the import kinds."""

from __future__ import annotations

import datetime as dt
import json
import re

from peewee import (
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

from models.customers.record import PURCHASE_SORT_KEYS

# Sortable customer columns that get an index (partial: live customers only), so that
# sorting and keyset paging stay fast at a million rows.
from models.schema.steps import text_field, v1_models
from models.values.contact_fields import mask_mobile


def _v7_purchase_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Purchase(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        at = DateTimeField()
        order_no = text_field()
        amount_cents = IntegerField()  # money in fen: sums are exact; a refund is negative
        payment = text_field()  # cash, wechat, alipay, card, stored_value, other
        note = text_field(TextField)
        refund_of = IntegerField(null=True)  # the purchase a refund returns, when known
        import_run = IntegerField(null=True)  # the import that wrote it (undo)
        created_at = DateTimeField()

    class PurchaseItem(Base):
        purchase = ForeignKeyField(Purchase, on_delete="CASCADE", index=False)
        description = text_field()
        stock_code = text_field()
        quantity = DoubleField(default=1)
        unit_price_cents = IntegerField(default=0)

    return Purchase, PurchaseItem


def step_7_purchases(db) -> None:
    """Purchases with their items; each customer's total spend, purchase count and last
    purchase (kept by every purchase write, so they sort through an index)."""
    Purchase, PurchaseItem = _v7_purchase_models(db)
    db.create_tables([Purchase, PurchaseItem])
    for column, kind in (("total_spend_cents", "INTEGER NOT NULL DEFAULT 0"),
                         ("purchase_count", "INTEGER NOT NULL DEFAULT 0"),
                         ("last_purchase_at", "TIMESTAMP")):  # fmt: skip
        db.execute_sql(f"ALTER TABLE customer ADD COLUMN {column} {kind}")
    for sql in (
        "CREATE INDEX IF NOT EXISTS purchase_by_customer ON purchase (customer_id, at)",
        # RFM reads a period's (customer, time, amount) from this index alone.
        "CREATE INDEX IF NOT EXISTS purchase_period ON purchase (at, customer_id, amount_cents)",
        "CREATE UNIQUE INDEX IF NOT EXISTS purchase_order_no ON purchase (order_no)"
        " WHERE order_no <> ''",
        "CREATE INDEX IF NOT EXISTS purchase_item_by_purchase ON purchase_item (purchase_id)",
        "CREATE INDEX IF NOT EXISTS customer_sort_total_spend ON customer"
        " (total_spend_cents, id) WHERE deleted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS customer_sort_purchase_count ON customer"
        " (purchase_count, id) WHERE deleted_at IS NULL",
    ):
        db.execute_sql(sql)


def step_8_purchase_days(db) -> None:
    """Each purchase's calendar day as a number (date.toordinal()), with a covering index
    (customer, day, amount): RFM reads a period per customer in index order from it, with
    no sort and no text dates to decode (1.6 s instead of 4.2 s over 5M purchases). It
    also serves a customer's purchases, so the (customer, at) index goes."""
    Purchase = _v7_purchase_models(db)[0]
    db.execute_sql("ALTER TABLE purchase ADD COLUMN day INTEGER NOT NULL DEFAULT 0")
    Purchase._meta.add_field("day", IntegerField(default=0))
    first, last = Purchase.select(fn.MIN(Purchase.at), fn.MAX(Purchase.at)).scalar(as_tuple=True)
    if first is not None:
        first, last = (v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)
                       for v in (first, last))  # fmt: skip
        for ordinal in range(first.toordinal(), last.toordinal() + 1):  # one update a day
            start = dt.datetime.fromordinal(ordinal)
            end = start + dt.timedelta(days=1)
            Purchase.update(day=ordinal).where(
                (Purchase.at >= start) & (Purchase.at < end)
            ).execute()
    db.execute_sql("DROP INDEX IF EXISTS purchase_by_customer")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS purchase_rfm ON purchase (customer_id, day, amount_cents)"
    )


def step_9_rfm_columns(db) -> None:
    """Each customer's stored RFM (segment code, scores as 'R-F-M', written by
    rfm.store), and the sort indexes of the purchase and RFM columns."""
    for column in ("rfm_segment", "rfm_score"):
        db.execute_sql(f"ALTER TABLE customer ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_sort_{column} ON customer ({column}, id)"
            " WHERE deleted_at IS NULL"
        )
    for column, key in PURCHASE_SORT_KEYS.items():
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_sort_{column} ON customer ({key}, id)"
            " WHERE deleted_at IS NULL"
        )


def step_10_audit_log(db) -> None:
    """The audit log (models/audit.py): who did what and when, newest first by time."""

    class AuditEntry(Model):
        at = DateTimeField()
        staff = text_field()
        action = text_field()
        target = text_field()
        target_id = IntegerField(null=True)
        count = IntegerField(default=1)
        detail = text_field(TextField)

        class Meta:
            database = db
            table_name = "audit_entry"

    db.create_tables([AuditEntry])
    db.execute_sql("CREATE INDEX IF NOT EXISTS audit_entry_at ON audit_entry (at)")


def step_11_erasure(db) -> None:
    """When a customer's personal data was erased (models/erasure.py); NULL for the rest.
    Mobiles in earlier audit entries are masked, as the log writes them from now on."""

    db.execute_sql("ALTER TABLE customer ADD COLUMN erased_at DATETIME")
    rows = db.execute_sql(
        "SELECT id, detail FROM audit_entry WHERE detail LIKE '%mobile: %'"
    ).fetchall()
    for entry_id, detail in rows:
        masked = _MOBILE_CHANGE.sub(
            lambda m: f"mobile: {mask_mobile(m[1])} → {mask_mobile(m[2])}", detail
        )
        if masked != detail:
            db.execute_sql(  # db.param: '?' on SQLite, '%s' on PostgreSQL
                f"UPDATE audit_entry SET detail = {db.param} WHERE id = {db.param}",
                (masked, entry_id),
            )


# "mobile: 13800000001 → 13900000002" in an edit's detail (audit.changes)
_MOBILE_CHANGE = re.compile(r"mobile: ([^;→]*?) → ([^;]*)")


def step_12_import_kinds(db) -> None:
    """One import engine for every kind (models/excel/import_engine.py): a run's kind in
    a column of its own, and its counts with one meaning for every kind: `created` and
    `updated` the kind's records, `skipped` and `errors` rows, and `extra` the kind's
    side count. A purchase import kept its kind in the options JSON and the customers
    it created in `updated`: both move (kind, extra), its `updated` becomes 0."""
    db.execute_sql(
        "ALTER TABLE import_run ADD COLUMN kind VARCHAR(255) NOT NULL DEFAULT 'customers'"
    )
    db.execute_sql("ALTER TABLE import_run ADD COLUMN extra INTEGER NOT NULL DEFAULT 0")
    rows = db.execute_sql(
        "SELECT id, options FROM import_run WHERE options LIKE '%\"kind\"%'"
    ).fetchall()
    for run_id, text in rows:
        try:
            options = json.loads(text or "{}")
        except ValueError:
            continue
        if not isinstance(options, dict) or options.pop("kind", None) != "purchases":
            continue
        db.execute_sql(
            f"UPDATE import_run SET kind = 'purchases', extra = updated, updated = 0, "
            f"options = {db.param} WHERE id = {db.param}",
            (json.dumps(options), run_id),
        )
