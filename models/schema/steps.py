"""The numbered schema steps 1-6, frozen: each builds what its release added, with the
table models as they were then (never the live ones, which move on). Steps 7-12 are in
steps_7_12.py; migrations.py lists and runs them."""

from __future__ import annotations

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
)

from models.customers import search_index
from models.customers.record import CONTACT_SORT_KEYS, TOUCH_CLOCK
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


def text_field(kind=CharField):
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
        number = text_field()
        name = CharField()
        name_key = text_field()
        mobile = text_field()
        wechat = text_field()
        email = text_field()
        company = text_field()
        job_title = text_field()
        industry = text_field()
        city = text_field()
        address = text_field()
        gender = text_field()
        birthday = text_field()
        birthday_lunar = _flag()
        birthday_leap = _flag()
        source = text_field()
        owner = text_field()
        stage = text_field()
        notes = text_field(TextField)
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
        file_path = text_field(TextField)
        sheet = text_field()
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
        subject = text_field()
        note = text_field(TextField)
        owner = text_field()
        status = CharField(default="open")
        every = text_field()  # recurrence: "", "3d", "2w", "1m", "1y"
        anchor = DateTimeField(null=True)  # the series' first due date (month ends)
        source = text_field()  # "", "birthday", ...
        care_key = text_field()  # one reminder per customer and occasion
        outcome = text_field(TextField)
        created_at = DateTimeField()
        done_at = DateTimeField(null=True)
        notified_at = DateTimeField(null=True)

    class Interaction(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        channel = CharField(default="phone")
        at = DateTimeField()
        summary = text_field(TextField)
        owner = text_field()
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
        category = text_field()
        severity = CharField(default="normal")
        description = text_field(TextField)
        owner = text_field()
        status = CharField(default="new")
        received_at = DateTimeField()
        response_due = DateTimeField()
        resolve_from = DateTimeField()  # the resolution clock's start (reopen restarts it)
        resolve_due = DateTimeField()
        responded_at = DateTimeField(null=True)
        resolved_at = DateTimeField(null=True)
        visited_at = DateTimeField(null=True)
        root_cause = text_field(TextField)
        solution = text_field(TextField)
        satisfaction = IntegerField(null=True)
        visit_comment = text_field(TextField)
        visit_followup = IntegerField(null=True)
        escalated = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])  # bits announced
        created_at = DateTimeField()
        updated_at = DateTimeField()

    class ComplaintEvent(Base):
        complaint = ForeignKeyField(Complaint, on_delete="CASCADE", index=False)
        at = DateTimeField()
        action = CharField()
        from_status = text_field()
        to_status = text_field()
        note = text_field(TextField)
        owner = text_field()

    class Faq(Base):
        question = text_field(TextField)
        answer = text_field(TextField)
        category = text_field()
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
