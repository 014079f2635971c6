"""Values read once per transaction (models/storage/db.per_transaction): the membership
settings and the staff name. Read afresh outside a transaction, once inside one, afresh
after a write in it (a savepoint rolled back keeps the database's value), and never
carried from one transaction into the next."""

from __future__ import annotations

from models.membership import settings
from models.storage import audit
from models.storage.db import database, per_transaction, written_in_transaction


def test_read_once_inside_a_transaction_every_time_outside(db):
    reads = []

    def read():
        reads.append(1)
        return len(reads)

    assert [per_transaction("x", read) for _ in range(3)] == [1, 2, 3]
    with database.atomic():
        assert [per_transaction("x", read) for _ in range(3)] == [4, 4, 4]
        with database.atomic():  # a savepoint shares the transaction's memo
            assert per_transaction("x", read) == 4
        written_in_transaction("x")
        assert [per_transaction("x", read) for _ in range(2)] == [5, 6]
    with database.atomic():  # a new transaction reads again
        assert per_transaction("x", read) == 7


def test_a_transaction_begun_again_forgets(db):
    reads = []

    def read():
        reads.append(1)
        return len(reads)

    with database.atomic() as txn:
        assert per_transaction("y", read) == 1
        txn.commit()  # and begins again
        assert per_transaction("y", read) == 2
        txn.rollback()
        assert per_transaction("y", read) == 3


def test_settings_changed_in_the_transaction_are_seen(db):
    assert settings.get("points_redeem_rate") == 100
    with database.atomic():
        assert settings.get("points_redeem_rate") == 100
        settings.update({"points_redeem_rate": 50})
        assert settings.get("points_redeem_rate") == 50
        with database.atomic() as inner:
            settings.update({"points_redeem_rate": 20})
            assert settings.get("points_redeem_rate") == 20
            inner.rollback()
        assert settings.get("points_redeem_rate") == 50  # the savepoint's change undone
    assert settings.get("points_redeem_rate") == 50


def test_settings_values_are_the_callers_to_change(db):
    settings.update({"bonus_tiers": [[100000, 10000]]})
    with database.atomic():
        tiers = settings.get("bonus_tiers")
        tiers.append([1, 1])
        assert settings.get("bonus_tiers") == [[100000, 10000]]


def test_staff_named_in_a_transaction_signs_its_entries(db):
    with database.atomic():
        audit.record("settings", "setting", detail="before")
        audit.set_staff("小王")
        audit.record("settings", "setting", detail="after")
    rows = {r["detail"]: r["staff"] for r in audit.rows_newest_first()}
    assert rows["before"] == ""
    assert rows["after"] == "小王"
