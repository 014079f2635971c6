"""The numbered schema steps 13-17, frozen like the earlier ones once released.

Reserved while the work they belong to is in progress: a step that needs no change
of the tables stays a no-op (an old database still upgrades the same way)."""

from __future__ import annotations


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
    """Sort keys for Chinese text columns, birthdays and custom fields (reserved)."""


def step_15_complaint_deadlines(db) -> None:
    """Deadlines set by hand, business hours and holidays (reserved)."""


def step_16_record_imports(db) -> None:
    """Follow-ups, interactions and complaints from imports (reserved)."""


def step_17_care_dates(db) -> None:
    """Festival and birthday care (reserved)."""
