"""Which term of an AND drives the query (SQLite-specific: the only such place of the
search language). Each indexed term's matches are counted through its index up to CAP
(a few milliseconds however many match); the smallest drives, and the other indexed
terms are written `+(...)` so that SQLite tests them on the rows found instead of
starting from their own broader index (without ANALYZE statistics it takes an equality
over a range: `阶段:活跃` over `下次跟进:<7天`). Estimates choose plans, never results;
other backends plan by themselves."""

from __future__ import annotations

import time

from peewee import SQL, NodeList

from models.customers.record import Customer
from models.storage.db import database, is_sqlite

CAP = 20000
_TTL = 5.0
_estimates: dict[tuple, tuple[float, int]] = {}


def enabled() -> bool:
    return is_sqlite()


def estimate(cond) -> int:
    """Live customers matching `cond`, counted up to CAP (recent counts reused)."""
    query = Customer.select(SQL("1")).where(Customer.deleted_at.is_null() & cond).limit(CAP)
    sql, params = query.sql()
    key = (sql, tuple(params))
    now = time.monotonic()
    hit = _estimates.get(key)
    if hit is not None and now - hit[0] < _TTL:
        return hit[1]
    n = database.execute_sql(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]
    if len(_estimates) > 500:
        _estimates.clear()
    _estimates[key] = (now, n)
    return n


def unindexed(cond):
    """`cond` as SQLite tests it on found rows, never as a way in (unary plus)."""
    return NodeList((SQL("+("), cond, SQL(")")))
