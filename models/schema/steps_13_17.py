"""The numbered schema steps 13-17, frozen like the earlier ones once released.

Reserved while the work they belong to is in progress: a step that needs no change
of the tables stays a no-op (an old database still upgrades the same way)."""

from __future__ import annotations


def step_13_purchase_corrections(db) -> None:
    """Purchases corrected and voided with a reason (reserved)."""


def step_14_sort_keys(db) -> None:
    """Sort keys for Chinese text columns, birthdays and custom fields (reserved)."""


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
    """Festival and birthday care (reserved)."""
