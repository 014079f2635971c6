"""The points expiry batch killed (SIGKILL) at random moments: whole chunks of members
or none, every kept balance equal to its ledger afterwards (the check finds zero
differences), and running the batch again expires exactly what was left."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from contextlib import closing

import pytest

from models.membership import check, points_expiry
from models.schema.opening import open_database
from models.storage.db import close_database
from tests import test_crash_safety as crash

MEMBERS = 4000  # two chunks of the batch
LOTS = 3  # per member: two due by the cut-off, one not
CUTOFF = "2025-12-31"
RUNS = int(os.environ.get("GUANJIA_CRASH_RUNS_MEMBERSHIP", "5"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """MEMBERS members with 10 + 20 points due by the cut-off and 5 not."""
    folder = tmp_path_factory.mktemp("expiry")
    db = folder / "pristine.db"
    os.environ.setdefault("GUANJIA_HOME", str(folder / "home"))
    open_database(db)
    close_database()
    now = "2025-01-01 09:00:00"
    with closing(sqlite3.connect(db)) as con, con:
        con.executemany("INSERT INTO customer (id, name, created_at, updated_at) VALUES (?,?,?,?)",
                        [(i, f"会员{i}", now, now) for i in range(1, MEMBERS + 1)])  # fmt: skip
        con.executemany("INSERT INTO member (customer_id, joined_on, points, created_at,"
                        " updated_at) VALUES (?, '2025-01-01', 35, ?, ?)",
                        [(i, now, now) for i in range(1, MEMBERS + 1)])  # fmt: skip
        lots = [(10, "2024-06-01", "2025-06-30"), (20, "2024-09-01", "2025-12-31"),
                (5, "2025-03-01", "2026-12-31")]  # fmt: skip
        con.executemany(
            "INSERT INTO points_entry (customer_id, kind, points, at, earned_on, expires_on,"
            " created_at) VALUES (?, 'earn', ?, ?, ?, ?, ?)",
            [(i, p, e + " 10:00:00", e, x, now) for i in range(1, MEMBERS + 1)
             for p, e, x in lots],
        )  # fmt: skip
    return db


def _expired_members(db) -> int:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT COUNT(*) FROM points_entry WHERE kind = 'expire'").fetchone()[0]


def _kill_points(pristine, folder):
    """One whole run for its length, then RUNS runs killed at moments spread over 1.2 x
    its length (the last after its end)."""
    length = crash._run("expiry", crash._fresh(pristine, folder), CUTOFF)
    for i in range(RUNS):
        db = crash._fresh(pristine, folder)
        crash._run("expiry", db, CUTOFF, kill_after=(i + 0.5) / RUNS * 1.2 * length)
        assert crash._integrity(db) == "ok"
        yield db


def test_a_killed_expiry_batch_leaves_whole_chunks_and_a_clean_check(pristine, tmp_path):
    outcomes = set()
    for db in _kill_points(pristine, tmp_path / "run"):
        done = _expired_members(db)
        assert done % points_expiry.CHUNK == 0 or done == MEMBERS  # whole chunks
        outcomes.add(done)
        open_database(db)
        try:
            found = check.check_all()
            assert found.ok, found.differences[:5]
            again = points_expiry.expire(dt.date.fromisoformat(CUTOFF))
            assert (again.members, again.points) == (MEMBERS - done, 30 * (MEMBERS - done))
            assert check.check_all().ok
        finally:
            close_database()
    # where the kills land depends on the machine's load: each outcome is whole chunks
    assert outcomes and outcomes <= set(range(0, MEMBERS + 1, points_expiry.CHUNK))
