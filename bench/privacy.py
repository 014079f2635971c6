"""Privacy on a large database (figures printed, not asserted): erasing one customer
(with the search index merged so no old word stays), the password check, and the
encrypted backup's export and restore-side decryption.

Usage: .venv/bin/python bench/privacy.py [--db PATH] [--customers N]
Works on a copy of PATH (built with demo data when it does not exist yet).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench1m.db")
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="guanjia-privacy-"))
    os.environ["GUANJIA_HOME"] = str(work / "home")
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.privacy import app_lock, erasure
    from models.schema.opening import open_database
    from models.storage import backup, backup_crypto
    from models.storage.db import close_database

    source = Path(args.db)
    if not source.exists():
        from models.demo import demo

        open_database(source)
        demo.generate(args.customers, seed=1)
        close_database()
    path = work / "guanjia.db"
    shutil.copy(source, path)
    t = time.perf_counter()
    open_database(path)
    customer_list.count(CustomerFilter())  # the integrity check and caches out of the way
    print(f"open (with any schema upgrade): {time.perf_counter() - t:.1f} s")
    total = customer_list.count(CustomerFilter())
    print(f"customers: {total:,}; file {path.stat().st_size / 2**20:,.0f} MB")

    for cid in (1, total // 2):
        t = time.perf_counter()
        done = erasure.erase(cid)
        print(f"erase customer {cid}: {time.perf_counter() - t:.2f} s "
              f"({done.texts_cleared} texts, {done.audit_entries} audit entries)")  # fmt: skip

    t = time.perf_counter()
    app_lock.set_password("bench-password")
    print(f"set the password (scrypt): {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    assert app_lock.check("bench-password")
    print(f"check the password: {(time.perf_counter() - t) * 1000:.0f} ms")

    sealed = work / "shop.gjbackup"
    t = time.perf_counter()
    made = backup.export_encrypted(sealed, "bench-password")
    took = time.perf_counter() - t
    mb = sealed.stat().st_size / 2**20
    print(f"encrypted backup: {took:.1f} s, {mb:,.0f} MB sealed "
          f"(plain backup {made.path.stat().st_size / 2**20:,.0f} MB)")  # fmt: skip
    plain = work / "opened.db.gz"
    t = time.perf_counter()
    backup_crypto.decrypt_file(sealed, plain, "bench-password")
    took = time.perf_counter() - t
    print(f"decrypt: {took:.2f} s ({mb / took:,.0f} MB/s)")
    close_database()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
