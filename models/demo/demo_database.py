"""The demo database (演示数据库): a file of its own, beside the user's database in the data
folder, filled with made-up customers, follow-ups, complaints and purchases, to try
Guanjia without touching one's own data. The window builds it in a child process:

    python -m models.demo_database PATH [--customers N]

prints "progress F" lines (0-1) while it works and makes nothing when PATH is there
already. It is built in a side file renamed into place when complete, so a cancelled or
failed build never leaves a half-made demo behind.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from models.demo import demo
from models.demo.demo_communities import generate_communities
from models.demo.demo_complaints import generate_complaints
from models.demo.demo_contacts import generate_contacts
from models.demo.demo_purchases import generate_purchases
from models.followups import stay_in_touch
from models.purchases import rfm
from models.schema.opening import open_database
from models.storage import preferences
from models.storage.db import close_database, data_dir, database
from models.tags import tags

FILE_NAME = "guanjia-demo.db"  # its own stem: its backups and lock are its own too
MARK = "demo_database"  # a preference set in the demo database only
CUSTOMERS = 1000


def default_path() -> Path:
    return data_dir() / FILE_NAME


def is_demo() -> bool:
    """Is the open database a demo database (made here)?"""
    return bool(preferences.get(MARK))


def fill(customers: int = CUSTOMERS, seed: int = 7, progress: Callable | None = None) -> None:
    """Made-up data in the open database: customers with tags and birthdays, follow-ups
    and logged contacts, complaints, purchases, communities and events, a stay-in-touch rule for VIPs, the RFM."""

    say = progress or (lambda _f: None)
    demo.generate(customers, seed=seed, progress=lambda f, _text: say(0.5 * f))
    generate_contacts(customers * 2, customers * 2, seed=seed)
    say(0.6)
    generate_complaints(max(1, customers // 10), seed=seed)
    say(0.85)
    generate_purchases(customers * 3, seed=seed)
    generate_communities(seed=seed)  # groups, members, activity, events, sign-ups
    vip = {t.name: t.id for t in tags.list_tags()}.get("VIP")
    if vip:
        stay_in_touch.set_rule("tag", vip, 30)
    rfm.refresh()
    preferences.put(MARK, True)
    say(1.0)


def _side_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def discard_partial(path: str | os.PathLike) -> None:
    """Remove what a killed build of `path` left (its side file), never `path` itself."""
    path = Path(path)
    for leftover in _side_files(path.with_name(path.name + ".building")):
        leftover.unlink(missing_ok=True)


def make(path: str | os.PathLike, customers: int = CUSTOMERS, progress=None) -> bool:
    """Build the demo database at `path` unless it is there; True when it was built."""

    path = Path(path)
    if path.exists():
        return False
    building = path.with_name(path.name + ".building")
    discard_partial(path)
    open_database(building)
    try:
        fill(customers, progress=progress)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database()
    for side in _side_files(building)[1:]:
        side.unlink(missing_ok=True)  # empty after the checkpoint and the last close
    os.replace(building, path)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.demo.demo_database")
    parser.add_argument("path", nargs="?", help=f"default: {FILE_NAME} in the data folder")
    parser.add_argument("--customers", type=int, default=CUSTOMERS)
    args = parser.parse_args(argv)

    def progress(fraction: float) -> None:
        print(f"progress {fraction:.2f}", flush=True)

    path = Path(args.path) if args.path else default_path()
    made = make(path, args.customers, progress)
    print(("made " if made else "already there: ") + str(path), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
