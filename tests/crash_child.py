"""Run one data operation for tests/test_crash_safety.py, which kills this process
(SIGKILL) at a random moment. Prints "go" just before the operation, "done" after.

    python tests/crash_child.py MODE DB [ARG]
    MODE: import (ARG: an .xlsx), tagging, backup, restore (ARG: a backup),
          expiry (ARG: the cut-off day: the membership's points expiry batch), levels,
          members (ARG: an .xlsx member base: the member import, creating customers)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(mode: str, db: str, arg: str = "") -> None:
    from models.customers.record import Customer
    from models.excel import importer
    from models.schema import upgrading
    from models.schema.opening import open_database
    from models.storage import backup
    from models.tags import tagging, tags

    if mode == "restore":  # into the database file, as the CLI does (not opened first)
        go()
        upgrading.restore(Path(arg), Path(db))
        print("done", flush=True)
        return
    open_database(db)
    if mode == "import":
        plan = importer.plan(importer.load(arg))
        go()
        importer.run(plan)
    elif mode == "tagging":
        tag = tags.find_tag("批量") or tags.create_tag("批量")
        ids = [c.id for c in Customer.select(Customer.id)]
        go()
        tagging.apply(tagging.TagChange(added={tag.id: ids}))
    elif mode == "backup":
        go()
        backup.make("manual")
    elif mode == "levels":
        from models.membership import level_rules

        go()
        level_rules.recompute()
    elif mode == "expiry":
        import datetime as dt

        from models.membership import points_expiry

        go()
        points_expiry.expire(dt.date.fromisoformat(arg))
    elif mode == "members":
        from models.excel import import_engine, member_import

        options = member_import.Options(create_customers=True)
        plan = import_engine.plan(import_engine.load(arg, options), options)
        go()
        import_engine.run(plan)
    print("done", flush=True)


def go() -> None:
    print("go", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
