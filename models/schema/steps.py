"""The numbered schema steps, frozen: each builds what its release added, with the
table models as they were then (never the live ones, which move on). migrations.py
runs them."""

from __future__ import annotations

import datetime as dt
import json
import re

from peewee import (
    SQL,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

from models.customers import search_index
from models.customers.record import CONTACT_SORT_KEYS, PURCHASE_SORT_KEYS, TOUCH_CLOCK
from models.values.contact_fields import mask_mobile
from models.values.search_text import name_sort_key

# Sortable customer columns that get an index (partial: live customers only), so that
# sorting and keyset paging stay fast at a million rows.
SORT_INDEXED_COLUMNS = (
    "number",
    "name_key",
    "mobile",
    "wechat",
    "email",
    "company",
    "job_title",
    "industry",
    "city",
    "address",
    "gender",
    "birthday",
    "source",
    "owner",
    "stage",
    "created_at",
    "updated_at",
)


def _text(kind=CharField):
    # Defaults in the schema itself, not only in Peewee, so rows written by older
    # versions or other tools never break the NOT NULL text columns.
    return kind(default="", constraints=[SQL("DEFAULT ''")])


def _flag():
    return BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


def v1_models(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SchemaInfo(Base):
        key = CharField(primary_key=True)
        value = CharField()

    class TagGroup(Base):
        name = CharField(unique=True)
        color = CharField(default="#607d8b")
        position = IntegerField(default=0)

    class Tag(Base):
        group = ForeignKeyField(TagGroup, on_delete="CASCADE")
        name = CharField()
        name_key = CharField(unique=True)
        color = CharField(default="")
        position = IntegerField(default=0)

    class Customer(Base):
        number = _text()
        name = CharField()
        name_key = _text()
        mobile = _text()
        wechat = _text()
        email = _text()
        company = _text()
        job_title = _text()
        industry = _text()
        city = _text()
        address = _text()
        gender = _text()
        birthday = _text()
        birthday_lunar = _flag()
        birthday_leap = _flag()
        source = _text()
        owner = _text()
        stage = _text()
        notes = _text(TextField)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

    class CustomerTag(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("customer", "tag")

    class CustomField(Base):
        name = CharField(unique=True)
        kind = CharField(default="text")
        choices = TextField(default="[]")
        position = IntegerField(default=0)

    class CustomValue(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        field = ForeignKeyField(CustomField, on_delete="CASCADE")
        text = TextField(default="")
        number = DoubleField(null=True)

        class Meta:
            primary_key = CompositeKey("customer", "field")

    return SchemaInfo, TagGroup, Tag, Customer, CustomerTag, CustomField, CustomValue


def step_1_customers(db) -> None:
    """First release: customers, tags, custom fields."""
    db.create_tables(v1_models(db))


def step_2_sort_and_search_indexes(db) -> None:
    """Indexes for sorting/paging, the unique customer number, and the search index."""
    *_, Customer, CustomerTag, _cf, CustomValue = v1_models(db)
    live = Customer.deleted_at.is_null()
    indexes = [
        Customer.index(getattr(Customer, c), Customer.id, name=f"customer_sort_{c}").where(live)
        for c in SORT_INDEXED_COLUMNS
    ]
    indexes += [
        Customer.index(Customer.number, unique=True, name="customer_number_unique").where(
            SQL("number <> ''")  # a literal: partial-index conditions cannot take parameters
        ),
        # Partial, for the recycle bin only: a plain (deleted_at, id) index lures the
        # planner away from the sort indexes for the live list (measured: 300 ms vs 1 ms).
        Customer.index(Customer.deleted_at, Customer.id, name="customer_in_bin").where(
            Customer.deleted_at.is_null(False)
        ),
        CustomerTag.index(CustomerTag.tag, CustomerTag.customer, name="customer_tag_by_tag"),
        CustomValue.index(CustomValue.field, CustomValue.text, name="custom_value_by_field"),
    ]
    for index in indexes:
        db.execute(index.safe(True))

    for cid, name in (
        Customer.select(Customer.id, Customer.name).where(Customer.name_key == "").tuples()
    ):
        Customer.update(name_key=name_sort_key(name)).where(Customer.id == cid).execute()
    search_index.create(db)
    if search_index.is_sqlite():
        rows = Customer.select().dicts()
        search_index.index_rows((r["id"], search_index.bodies_for_row(r)) for r in rows)


# Group colours of the default tag groups (step 3); users recolour them freely.
DEFAULT_TAG_GROUPS = (
    ("属性", "#1e88e5"),
    ("预测", "#8e24aa"),
    ("消费能力", "#f4511e"),
    ("信用评估", "#43a047"),
    ("行为", "#00897b"),
    ("其他", "#607d8b"),
)


def _v3_saved_view(db):
    class SavedView(Model):
        name = CharField()
        name_key = CharField(unique=True)
        filter = TextField(default="{}")  # JSON: search, tags, not_tags, any
        position = IntegerField(default=0)

        class Meta:
            database = db
            legacy_table_names = False

    return SavedView


def step_3_tags(db) -> None:
    """Tags: default groups, a per-customer tag count (sort by number of tags), saved views."""
    _s, TagGroup, _t, Customer, CustomerTag, *_ = v1_models(db)
    for position, (name, color) in enumerate(DEFAULT_TAG_GROUPS):
        if not TagGroup.select().where(TagGroup.name == name).exists():
            TagGroup.insert(name=name, color=color, position=position).execute()
    # Plain SQL that SQLite and PostgreSQL both accept.
    db.execute_sql("ALTER TABLE customer ADD COLUMN tag_count INTEGER NOT NULL DEFAULT 0")
    db.execute_sql(
        "UPDATE customer SET tag_count = (SELECT count(*) FROM customer_tag"
        " WHERE customer_tag.customer_id = customer.id)"
        " WHERE id IN (SELECT customer_id FROM customer_tag)"
    )
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_sort_tag_count ON customer (tag_count, id)"
        " WHERE deleted_at IS NULL"
    )
    # The primary key (customer_id, tag_id) and customer_tag_by_tag (tag_id, customer_id)
    # answer every lookup; the two single-column indexes only slow bulk tagging down.
    db.execute_sql("DROP INDEX IF EXISTS customer_tag_customer_id")
    db.execute_sql("DROP INDEX IF EXISTS customer_tag_tag_id")
    db.create_tables([_v3_saved_view(db)])


def _v4_import_models(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ImportRun(Base):
        file_name = CharField()
        file_path = _text(TextField)
        sheet = _text()
        started_at = DateTimeField()
        finished_at = DateTimeField()
        mapping = TextField(default="{}")
        options = TextField(default="{}")
        created = IntegerField(default=0)
        updated = IntegerField(default=0)
        skipped = IntegerField(default=0)
        errors = IntegerField(default=0)
        undone_at = DateTimeField(null=True)

    class ImportChange(Base):
        run = ForeignKeyField(ImportRun, on_delete="CASCADE", index=False)
        customer = IntegerField()
        field = CharField()
        old = TextField(null=True)
        new = TextField(null=True)

    class RememberedMapping(Base):
        signature = CharField(unique=True)
        mapping = TextField()
        used_at = DateTimeField()

    return ImportRun, ImportChange, RememberedMapping


def step_4_import_history(db) -> None:
    """Import history (undo), and the column mappings users confirmed."""
    ImportRun, ImportChange, RememberedMapping = _v4_import_models(db)
    db.create_tables([ImportRun, ImportChange, RememberedMapping])
    db.execute(
        ImportChange.index(
            ImportChange.run, ImportChange.customer, name="import_change_by_run"
        ).safe(True)
    )


def _v5_followup_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Followup(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        kind = CharField(default="phone")
        due_at = DateTimeField()
        has_time = _flag()
        subject = _text()
        note = _text(TextField)
        owner = _text()
        status = CharField(default="open")
        every = _text()  # recurrence: "", "3d", "2w", "1m", "1y"
        anchor = DateTimeField(null=True)  # the series' first due date (month ends)
        source = _text()  # "", "birthday", ...
        care_key = _text()  # one reminder per customer and occasion
        outcome = _text(TextField)
        created_at = DateTimeField()
        done_at = DateTimeField(null=True)
        notified_at = DateTimeField(null=True)

    class Interaction(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        channel = CharField(default="phone")
        at = DateTimeField()
        summary = _text(TextField)
        owner = _text()
        followup = IntegerField(null=True)
        created_at = DateTimeField()

    class TouchRule(Base):
        scope = CharField()  # "tag", "stage" or "customer"
        target = CharField()
        every_days = IntegerField()
        created_at = DateTimeField()

        class Meta:
            indexes = ((("scope", "target"), True),)

    class Preference(Base):
        key = CharField(primary_key=True)
        value = TextField()

    return Followup, Interaction, TouchRule, Preference


def step_5_followups(db) -> None:
    """Follow-ups, the interaction log, stay-in-touch rules, preferences; each customer's
    last contact and next follow-up (kept by every write, so sorting by them is indexed)."""
    Followup, Interaction, TouchRule, Preference = _v5_followup_models(db)
    db.create_tables([Followup, Interaction, TouchRule, Preference])
    # Plain SQL that SQLite and PostgreSQL both accept.
    for column, key in CONTACT_SORT_KEYS.items():
        db.execute_sql(f"ALTER TABLE customer ADD COLUMN {column} TIMESTAMP")
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_sort_{column} ON customer ({key}, id)"
            " WHERE deleted_at IS NULL"
        )
    statements = [
        # The agenda buckets count and page through (status, due) ranges; customer_id
        # rides along so leaving out recycle-bin customers needs no row lookup.
        "CREATE INDEX IF NOT EXISTS followup_agenda ON followup (status, due_at, customer_id)",
        "CREATE INDEX IF NOT EXISTS followup_done ON followup (status, done_at, id)",
        # A customer's next open follow-up: (customer, status) equal, due in order. With
        # only (customer_id, due_at) the planner may take followup_agenda for MIN(due_at)
        # and walk every open follow-up per customer.
        "CREATE INDEX IF NOT EXISTS followup_by_customer ON followup (customer_id, status, due_at)",
        # Only what may still ring: stays small however long the history grows.
        "CREATE INDEX IF NOT EXISTS followup_to_notify ON followup (due_at)"
        " WHERE status = 'open' AND notified_at IS NULL AND has_time",
        "CREATE UNIQUE INDEX IF NOT EXISTS followup_care ON followup (customer_id, care_key)"
        " WHERE care_key <> ''",
        "CREATE INDEX IF NOT EXISTS interaction_by_customer ON interaction (customer_id, at)",
        # The stay-in-touch clock (last contact, or when the customer was added): who is
        # due, in due order, read from the index alone for stage rules.
        f"CREATE INDEX IF NOT EXISTS customer_touch_clock ON customer (({TOUCH_CLOCK}), id)"
        " WHERE deleted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS customer_touch_stage ON customer"
        f" (stage, ({TOUCH_CLOCK}), id) WHERE deleted_at IS NULL",
        # Birthdays by month-day ('YYYY-MM-DD' and '--MM-DD' both end in MM-DD).
        "CREATE INDEX IF NOT EXISTS customer_birthday_md ON customer"
        " (birthday_lunar, (substr(birthday, length(birthday) - 4)))"
        " WHERE deleted_at IS NULL",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v6_complaint_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Complaint(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        channel = CharField(default="phone")
        category = _text()
        severity = CharField(default="normal")
        description = _text(TextField)
        owner = _text()
        status = CharField(default="new")
        received_at = DateTimeField()
        response_due = DateTimeField()
        resolve_from = DateTimeField()  # the resolution clock's start (reopen restarts it)
        resolve_due = DateTimeField()
        responded_at = DateTimeField(null=True)
        resolved_at = DateTimeField(null=True)
        visited_at = DateTimeField(null=True)
        root_cause = _text(TextField)
        solution = _text(TextField)
        satisfaction = IntegerField(null=True)
        visit_comment = _text(TextField)
        visit_followup = IntegerField(null=True)
        escalated = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])  # bits announced
        created_at = DateTimeField()
        updated_at = DateTimeField()

    class ComplaintEvent(Base):
        complaint = ForeignKeyField(Complaint, on_delete="CASCADE", index=False)
        at = DateTimeField()
        action = CharField()
        from_status = _text()
        to_status = _text()
        note = _text(TextField)
        owner = _text()

    class Faq(Base):
        question = _text(TextField)
        answer = _text(TextField)
        category = _text()
        complaint = IntegerField(null=True)  # the complaint it was learnt from
        created_at = DateTimeField()
        updated_at = DateTimeField()

    return Complaint, ComplaintEvent, Faq


def step_6_complaints(db) -> None:
    """Complaints with their SLA deadlines and step history, and the FAQ."""
    Complaint, ComplaintEvent, Faq = _v6_complaint_models(db)
    db.create_tables([Complaint, ComplaintEvent, Faq])
    for sql in (
        "CREATE INDEX IF NOT EXISTS complaint_by_status ON complaint (status, resolve_due)",
        "CREATE INDEX IF NOT EXISTS complaint_received ON complaint (received_at)",
        "CREATE INDEX IF NOT EXISTS complaint_by_customer ON complaint (customer_id, status)",
        "CREATE INDEX IF NOT EXISTS complaint_event_by_complaint"
        " ON complaint_event (complaint_id, at)",
    ):
        db.execute_sql(sql)


def _v7_purchase_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Purchase(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        at = DateTimeField()
        order_no = _text()
        amount_cents = IntegerField()  # money in fen: sums are exact; a refund is negative
        payment = _text()  # cash, wechat, alipay, card, stored_value, other
        note = _text(TextField)
        refund_of = IntegerField(null=True)  # the purchase a refund returns, when known
        import_run = IntegerField(null=True)  # the import that wrote it (undo)
        created_at = DateTimeField()

    class PurchaseItem(Base):
        purchase = ForeignKeyField(Purchase, on_delete="CASCADE", index=False)
        description = _text()
        stock_code = _text()
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
        staff = _text()
        action = _text()
        target = _text()
        target_id = IntegerField(null=True)
        count = IntegerField(default=1)
        detail = _text(TextField)

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


# In order: a database at version N has run the first N.
STEPS = [
    step_1_customers,
    step_2_sort_and_search_indexes,
    step_3_tags,
    step_4_import_history,
    step_5_followups,
    step_6_complaints,
    step_7_purchases,
    step_8_purchase_days,
    step_9_rfm_columns,
    step_10_audit_log,
    step_11_erasure,
    step_12_import_kinds,
]
