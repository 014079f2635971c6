"""The numbered schema steps 13-17, frozen like the earlier ones once released.

Reserved while the work they belong to is in progress: a step that needs no change
of the tables stays a no-op (an old database still upgrades the same way)."""

from __future__ import annotations


def step_13_purchase_corrections(db) -> None:
    """Purchases corrected and voided with a reason (reserved)."""


def step_14_sort_keys(db) -> None:
    """Sort keys for Chinese text columns, birthdays and custom fields (reserved)."""


def step_15_complaint_deadlines(db) -> None:
    """Deadlines set by hand, business hours and holidays (reserved)."""


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
