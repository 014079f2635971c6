"""The numbered schema steps 13-17, frozen like the earlier ones: purchases voided,
pinyin sort keys, complaint deadlines and the holiday calendar, the imports of a
customer's records. Step 17 changes nothing (festival care needed no table: its
settings are preferences); it stays so that every database counts the same steps."""

from __future__ import annotations

from models.values.search_text import text_sort_key


def step_13_purchase_corrections(db) -> None:
    """Purchases voided with a reason instead of deleted (the row is kept: when, why,
    by whom), and customers whose name an import made up ("客户 + number") marked so.
    The period and RFM indexes become partial over the live purchases, which every
    total, RFM and dashboard query reads (`voided_at IS NULL`): they stay covering; a
    small partial index finds the voided ones."""
    for sql in (
        "ALTER TABLE purchase ADD COLUMN voided_at TIMESTAMP",
        "ALTER TABLE purchase ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE purchase ADD COLUMN voided_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE customer ADD COLUMN name_placeholder INTEGER NOT NULL DEFAULT 0",
        "DROP INDEX IF EXISTS purchase_period",
        "DROP INDEX IF EXISTS purchase_rfm",
        "CREATE INDEX IF NOT EXISTS purchase_period ON purchase (at, customer_id, amount_cents)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX IF NOT EXISTS purchase_rfm ON purchase (customer_id, day, amount_cents)"
        " WHERE voided_at IS NULL",
        "CREATE INDEX IF NOT EXISTS purchase_voided ON purchase (at) WHERE voided_at IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS purchase_refunds ON purchase (refund_of)"
        " WHERE refund_of IS NOT NULL",
    ):
        db.execute_sql(sql)


def step_14_sort_keys(db) -> None:
    """Pinyin sort keys for the Chinese text columns and for custom values, the
    month-day birthday index, and which custom fields the user asked to index.

    Keys are filled in one pass per table through a Python function the statement
    calls (each distinct text spelled once: cities and owners repeat), in batches of
    rowids so a million-row table never holds one huge write in memory. **SQLite-
    specific** (a function registered on the connection), like the search index.
    Measured: 7.6 s for 100k customers; 364 s for 1M on this 2-core machine under a
    load of ~8 (building those 1M rows took 836 s then). A later change of
    text_sort_key needs a step of its own that fills the keys again."""
    for column in _V14_PINYIN_SORTED:
        db.execute_sql(f"ALTER TABLE customer ADD COLUMN {column}_key TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE custom_value ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE custom_field ADD COLUMN sort_indexed INTEGER NOT NULL DEFAULT 0")
    spelled = text_sort_key  # cached: each distinct text spelled once
    sets = ", ".join(f"{c}_key = v14_key({c})" for c in _V14_PINYIN_SORTED)
    _fill_in_batches(db, spelled, "customer", sets, "rowid")
    _fill_in_batches(db, spelled, "custom_value", "sort_key = v14_key(text)", "rowid")
    for column in _V14_PINYIN_SORTED:
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS customer_sort_{column}_key ON customer"
            f" ({column}_key, id) WHERE deleted_at IS NULL"
        )
        # The plain column's sort index sorted by code points; the key's replaces it.
        db.execute_sql(f"DROP INDEX IF EXISTS customer_sort_{column}")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_sort_birthday_md ON customer"
        " ((substr(birthday, length(birthday) - 4)), id) WHERE deleted_at IS NULL"
    )
    db.execute_sql("DROP INDEX IF EXISTS customer_sort_birthday")


_V14_PINYIN_SORTED = ("company", "job_title", "industry", "city", "address", "owner")
_V14_BATCH = 50_000


def _fill_in_batches(db, spelled, table: str, sets: str, key: str) -> None:
    """UPDATE `table` SET `sets` for every row, _V14_BATCH rowids at a time."""
    top = db.execute_sql(f"SELECT max({key}) FROM {table}").fetchone()[0]
    if top is None:
        return
    connection = db.connection()
    connection.create_function("v14_key", 1, lambda text: spelled(text or ""), deterministic=True)
    try:
        for low in range(0, top + 1, _V14_BATCH):
            db.execute_sql(
                f"UPDATE {table} SET {sets} WHERE {key} > ? AND {key} <= ?",
                (low, low + _V14_BATCH),
            )
    finally:
        connection.create_function("v14_key", 1, None)


def step_15_complaint_deadlines(db) -> None:
    """A complaint's resolve deadline set by hand (kept when the SLA settings change),
    and the calendar of the business-hours clock: 法定节假日 (closed) and 调休 working
    days (a weekend day open), one row per date."""
    db.execute_sql("ALTER TABLE complaint ADD COLUMN deadline_by_hand INTEGER NOT NULL DEFAULT 0")
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS calendar_day ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " day DATE NOT NULL,"
        " kind VARCHAR(255) NOT NULL,"  # "holiday" or "workday"
        " name VARCHAR(255) NOT NULL DEFAULT '')"
    )
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS calendar_day_day ON calendar_day (day)")


def step_16_record_imports(db) -> None:
    """Follow-ups, interactions and complaints from imports: each remembers the import
    that wrote it (NULL: entered by hand), as purchases do since step 7, so undoing an
    import removes exactly its rows. A partial index each: only imported rows are in it."""
    for table in ("followup", "interaction", "complaint"):
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN import_run INTEGER")
        db.execute_sql(
            f"CREATE INDEX IF NOT EXISTS {table}_import_run ON {table} (import_run)"
            " WHERE import_run IS NOT NULL"
        )


def step_17_care_dates(db) -> None:
    """No change: festival and birthday care keep their settings in preferences and
    their reminders in the follow-up table (source, care_key)."""
