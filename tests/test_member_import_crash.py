"""A member import killed (SIGKILL) at random moments: the data is as it was (no member,
card, ledger row or customer of the run) or the whole import is there, the database is
sound, and the check finds zero differences either way."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing

import pytest

from models import clock
from models.membership import check
from models.membership.tables import MemberLevel
from models.schema.opening import open_database
from models.storage.db import close_database
from scripts.make_membership_examples import rows, write
from tests import test_crash_safety as crash

ROWS = 3000
RUNS = int(os.environ.get("GUANJIA_CRASH_RUNS_MEMBERSHIP", "4"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("member_import")
    db = folder / "pristine.db"
    os.environ.setdefault("GUANJIA_HOME", str(folder / "home"))
    open_database(db)
    for rank, name in enumerate(("银卡", "金卡")):
        MemberLevel.insert(name=name, rank=rank + 1, created_at=clock.now()).execute()
    close_database()
    return db, write(folder / "members.xlsx", rows(ROWS))


def _counts(db) -> tuple[int, ...]:
    with closing(sqlite3.connect(db)) as con:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("member", "member_card", "points_entry", "wallet_entry",
                               "count_card", "customer", "import_run"))  # fmt: skip


def test_a_killed_member_import_leaves_all_or_nothing_and_a_clean_check(pristine, tmp_path):
    db0, file = pristine
    folder = tmp_path / "run"
    length = crash._run("members", crash._fresh(db0, folder), str(file))
    outcomes = set()
    for i in range(RUNS):
        db = crash._fresh(db0, folder)
        crash._run("members", db, str(file), kill_after=(i + 0.5) / RUNS * 1.2 * length)
        assert crash._integrity(db) == "ok"
        counts = _counts(db)
        assert counts in ((0, 0, 0, 0, 0, 0, 0), (ROWS, ROWS, counts[2], counts[3], ROWS // 4,
                                                  ROWS, 1)), counts  # fmt: skip
        outcomes.add(counts[0])
        open_database(db)
        try:
            found = check.check_all()
            assert found.ok, found.differences[:5]
        finally:
            close_database()
    assert 0 in outcomes  # the first kills come mid-run: nothing of it is left
