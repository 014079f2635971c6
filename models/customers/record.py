"""The customer table and its fields' codes: what every domain that points at a customer
needs (the rest of a customer, tags and custom values included, is customers.py)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, IntegerField, TextField

from models.errors import NotFoundError
from models.storage.base import BaseModel
from models.values.search_text import name_sort_key, text_sort_key

GENDERS = ("", "male", "female")
# Source channels and lifecycle stages of DOMAIN.md; stored as codes, shown translated.
SOURCES = (
    "",
    "website",
    "ads",
    "content",
    "event",
    "referral",
    "walk_in",
    "phone",
    "wechat",
    "other",
    "community",  # 社群: a member list import creates them (issue 25)
    "import",  # 导入: a member base import creates them (issue 26)
)
STAGES = ("", "lead", "new", "active", "dormant", "churned")

# Plain text fields, in the order the form shows them.
TEXT_FIELDS = (
    "number",
    "name",
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
    "notes",
)
MAX_LENGTHS = {"notes": 10000, "address": 500}
DEFAULT_MAX_LENGTH = 200


class Customer(BaseModel):
    """One customer. Text fields are never NULL ('' when empty) so they sort and page simply.

    `birthday` is ISO 'YYYY-MM-DD', or '--MM-DD' when the year is unknown; with
    `birthday_lunar` the numbers are a lunar date (`birthday_leap`: in the leap month).
    `deleted_at` set means the customer is in the recycle bin.
    """

    number = CharField(default="")  # 客户编号: unique when not empty (partial index)
    name = CharField()
    name_key = CharField(default="")  # pinyin sort key, see search_text.name_sort_key
    mobile = CharField(default="")
    wechat = CharField(default="")
    email = CharField(default="")
    company = CharField(default="")
    job_title = CharField(default="")
    industry = CharField(default="")
    city = CharField(default="")
    address = CharField(default="")
    gender = CharField(default="")
    birthday = CharField(default="")
    birthday_lunar = BooleanField(default=False)
    birthday_leap = BooleanField(default=False)
    source = CharField(default="")
    owner = CharField(default="")
    stage = CharField(default="")
    notes = TextField(default="")
    # Pinyin sort keys of the Chinese text columns (PINYIN_SORTED), kept by every write
    # (with_sort_keys, bulk_row); the schema's '' default, so no Peewee default here.
    company_key = CharField()
    job_title_key = CharField()
    industry_key = CharField()
    city_key = CharField()
    address_key = CharField()
    owner_key = CharField()
    tag_count = IntegerField(default=0)  # kept by every tag write: sorting by it is indexed
    # Kept by every follow-up and interaction write (contact_summary), so both sort and
    # filter through an index: the latest logged contact, the earliest open follow-up.
    last_contact_at = DateTimeField(null=True)
    next_followup_at = DateTimeField(null=True)
    # Kept by every purchase write (purchases.refresh_summary). The 0 default is the
    # schema's: a Peewee default would be added to every bulk insert's column list.
    total_spend_cents = IntegerField()
    purchase_count = IntegerField()
    last_purchase_at = DateTimeField(null=True)
    rfm_segment = CharField()  # rfm.store: a segment code, '' when not scored
    rfm_score = CharField()  # 'R-F-M' scores, e.g. '5-4-3'
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    erased_at = DateTimeField(null=True)  # personal data erased (models/erasure.py)
    # A name made up by a purchase import ("客户 + number", step 13): shown as a
    # placeholder until someone gives the customer a name. The schema's 0 default, as
    # the totals above: a Peewee default would join every bulk insert's column list.
    name_placeholder = BooleanField()
    # A live lead's score and grade (models/leads, step 28; 0 and '' for anyone else):
    # kept by models.leads.scores, whose triggers mark what may have changed. The
    # schema's defaults, as the totals above.
    lead_score = IntegerField()
    lead_grade = CharField()
    # The survivor's id once merged into it (models/merging, step 36); NULL otherwise.
    merged_into = IntegerField(null=True)


# Column order of the tuples bulk loads (demo data, imports) hand to bulk.insert_rows.
BULK_FIELDS = (
    "id", "number", "name", "name_key", "mobile", "wechat", "email", "company", "job_title",
    "industry", "city", "address", "gender", "birthday", "birthday_lunar", "birthday_leap",
    "source", "owner", "stage", "notes", "created_at", "updated_at", "tag_count",
)  # fmt: skip


# Text columns that sort by a kept pinyin key (search_text.text_sort_key) in the
# column "<column>_key", as `name` sorts by `name_key`. The others are codes (gender,
# source, stage: their order is the code's), numbers and addresses typed in Latin
# (mobile, wechat, email, number), or too long to be worth a key (notes: not sortable).
PINYIN_SORTED = ("company", "job_title", "industry", "city", "address", "owner")
SORT_KEY_COLUMNS = {column: f"{column}_key" for column in PINYIN_SORTED}
# The kept sort keys: the database's own, never shown (CLI output leaves them out).
SORT_KEY_FIELDS = ("name_key", *SORT_KEY_COLUMNS.values())
# Kept by models.leads (issue 28) and shown by `guanjia leads score`, not in a customer's
# JSON (whose keys scripts read as they were).
LEAD_FIELDS = ("lead_score", "lead_grade")
# Kept by models/merging (issue 29): always NULL on a listed customer, not in its JSON.
MERGE_FIELDS = ("merged_into",)


def with_sort_keys(fields: dict) -> dict:
    """`fields` of a customer write (create, edit, import, erasure) with the sort keys
    of the text columns it sets."""
    out = dict(fields)
    if "name" in fields:
        out["name_key"] = name_sort_key(fields["name"])
    for column, key in SORT_KEY_COLUMNS.items():
        if column in fields:
            out[key] = text_sort_key(fields[column] or "")
    return out


# What bulk loads insert: BULK_FIELDS' tuple followed by the pinyin keys (bulk_row).
BULK_COLUMNS = (*BULK_FIELDS, *SORT_KEY_COLUMNS.values())
_KEYED_AT = tuple(BULK_FIELDS.index(column) for column in PINYIN_SORTED)


def bulk_row(row: tuple) -> tuple:
    """A BULK_FIELDS tuple with its sort keys appended, in BULK_COLUMNS order."""
    return (*row, *(text_sort_key(row[i]) for i in _KEYED_AT))


# Birthdays sort by month and day ('YYYY-MM-DD' and '--MM-DD' both end in 'MM-DD';
# no birthday is ''); step 14 indexes this expression. customer_list rotates the order
# so that the next birthday comes first.
BIRTHDAY_MONTH_DAY = "substr(birthday, length(birthday) - 4)"

# The contact and purchase columns are NULL for "never" / "none"; they sort and filter
# through these expressions (never contacted or bought = longest ago, no follow-up =
# last), which the schema steps build the sort indexes on, so keyset paging never
# meets a NULL. Changing one needs a schema step that rebuilds its index.
CONTACT_SORT_KEYS = {
    "last_contact_at": "COALESCE(last_contact_at, '0001-01-01 00:00:00')",
    "next_followup_at": "COALESCE(next_followup_at, '9999-12-31 00:00:00')",
}
PURCHASE_SORT_KEYS = {
    "last_purchase_at": "COALESCE(last_purchase_at, '0001-01-01 00:00:00')",
}

# When a customer was last in touch (never contacted: since they were added); the
# schema steps index this expression, so changing it needs a step.
TOUCH_CLOCK = "COALESCE(last_contact_at, created_at)"


def live_customer(customer_id) -> Customer:
    """The customer, if it exists and is not in the recycle bin; NotFoundError otherwise.
    A customer merged into another (models/merging) stands for its survivor: an old
    reference (a sheet, a script, a link) reaches the customer it became."""
    try:
        customer = Customer.get_or_none(Customer.id == int(customer_id))
    except (TypeError, ValueError):
        customer = None
    for _hop in range(8):  # merges of merges point at the newest survivor; a few hops
        if customer is None or customer.merged_into is None:
            break
        customer = Customer.get_or_none(Customer.id == customer.merged_into)
    if customer is None or customer.deleted_at is not None:
        raise NotFoundError(f"no customer with id {customer_id}", customer_id=customer_id)
    return customer
