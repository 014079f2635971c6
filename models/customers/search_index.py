"""The customer search index.

THE ONE PLACE WITH SQLITE-ONLY SQL (FTS5). Two FTS5 tables, rowid = customer id:
- customer_words (unicode61, CJK characters spaced into single tokens, prefix indexes
  for 1-2 letters): answers CJK queries of any length as exact phrases, and short
  Latin prefixes such as pinyin initials. FTS5's trigram tokenizer cannot: it never
  matches under 3 characters, and on SQLite 3.40 its LIKE fallback returns nothing
  for 2-character CJK patterns (measured; see bench/search.py).
- customer_trigrams (trigram): substrings of 3+ ASCII characters (mobile digit runs,
  emails, WeChat ids, pinyin).
On another backend `matching_condition` falls back to portable LIKE clauses.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from peewee import SQL, NodeList

from models.storage.db import database, is_sqlite, writable
from models.values.search_text import SearchBodies, customer_bodies, plan_query

WORDS = "customer_words"
TRIGRAMS = "customer_trigrams"


def create(db) -> None:
    """Create the index tables (idempotent). Called by a schema upgrade step."""
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS} USING fts5("
        "body, tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
    )
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAMS} USING fts5(body, tokenize='trigram')"
    )


def bodies_for_row(row: dict) -> SearchBodies:
    return customer_bodies(
        name=row.get("name", ""),
        number=row.get("number", ""),
        mobile=row.get("mobile", ""),
        wechat=row.get("wechat", ""),
        email=row.get("email", ""),
        company=row.get("company", ""),
        notes=row.get("notes", ""),
    )


def index_rows(rows: Iterable[tuple[int, SearchBodies]], new: bool = False) -> None:
    """Insert or replace the index entries of the given customers (one statement per
    table). `new`: the customers were just created, so there is nothing to replace."""
    if not is_sqlite():
        return
    rows = list(rows)
    if not rows:
        return
    writable()
    cursor = database.connection().cursor()
    if not new:
        ids = [(cid,) for cid, _ in rows]
        for table in (WORDS, TRIGRAMS):
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = ?", ids)
    cursor.executemany(
        f"INSERT INTO {WORDS}(rowid, body) VALUES (?, ?)", [(c, b.words) for c, b in rows]
    )
    cursor.executemany(
        f"INSERT INTO {TRIGRAMS}(rowid, body) VALUES (?, ?)", [(c, b.ascii) for c, b in rows]
    )


def remove(ids: Iterable[int]) -> None:
    if not is_sqlite():
        return
    ids = [(i,) for i in ids]
    writable()
    cursor = database.connection().cursor()
    for table in (WORDS, TRIGRAMS):
        cursor.executemany(f"DELETE FROM {table} WHERE rowid = ?", ids)


MERGE_PAGES = 100  # per step of purge_deleted: at most 0.2 s of write lock at 1M customers
MAX_PAUSE = 0.1  # between two steps, for other writers


def purge_deleted() -> int:
    """Merge the index's segments into one, step by step, each step its own short
    transaction, so that a deleted entry's words (and the delete markers naming them)
    leave the file. optimize() does the same work in one statement, which holds the
    write lock for 16 s at a million customers (bench/privacy.py); here other writes
    go between the steps. Call it outside any transaction. Returns the steps taken."""
    if not is_sqlite():
        return 0
    if database.in_transaction():
        raise RuntimeError("purge_deleted inside a transaction would hold the lock throughout")
    steps = 0
    for table in (WORDS, TRIGRAMS):
        done = False
        while not done:
            start = time.perf_counter()
            with database.atomic():
                con = database.connection()
                before = con.total_changes
                database.execute_sql(
                    f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (-MERGE_PAGES,)
                )
                done = con.total_changes - before < 2  # SQLite's sign that nothing is left
            steps += 1
            # A writer waiting on the lock polls it every 100 ms at most: a pause as
            # long as the step lets it in instead of losing every race to the next step.
            time.sleep(min(time.perf_counter() - start, MAX_PAUSE))
    return steps


def optimize() -> None:
    """Merge FTS segments after bulk loads (faster queries, smaller file), in one
    statement (an erasure uses purge_deleted: the same merge in short steps)."""
    if is_sqlite():
        for table in (WORDS, TRIGRAMS):
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match_parts(text: str) -> list[tuple[str, str]]:
    """[(fts table, MATCH expression)] for a search text; [] when it filters nothing."""
    plan = plan_query(text)
    parts = []
    if plan.word_terms:
        # A phrase with '*' makes its last token a prefix: "zs"* finds initials "zs",
        # "张 三"* finds 张三 and 张三丰.
        parts.append((WORDS, " AND ".join(_quote(t) + " *" for t in plan.word_terms)))
    if plan.substring_terms:
        parts.append((TRIGRAMS, " AND ".join(_quote(t) for t in plan.substring_terms)))
    return parts


def count_indexed(text: str, bin_ids_sql: str | None = None) -> int | None:
    """How many indexed customers (live and in the bin) match; None where FTS5 is absent.

    With `bin_ids_sql` (a SELECT of the bin's ids) only those are counted. Counting in
    the index alone is ~100x cheaper than looking up every matching customer row.
    """
    parts = _match_parts(text)
    if not is_sqlite() or not parts:
        return None
    (table, expr), *rest = parts
    sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
    params = [expr]
    for other, other_expr in rest:
        sql += f" AND rowid IN (SELECT rowid FROM {other} WHERE {other} MATCH ?)"
        params.append(other_expr)
    if bin_ids_sql:
        sql += f" AND rowid IN ({bin_ids_sql})"  # a fixed SELECT without parameters
    return database.execute_sql(sql, params).fetchone()[0]


def matching_ids(text: str, limit: int, before: int | None = None) -> list[int] | None:
    """Up to `limit` ids of indexed customers matching, highest (newest) first, below
    `before` when given (keyset paging: each page costs what the first does). None
    where FTS5 is absent or the text filters nothing."""
    parts = _match_parts(text)
    if not is_sqlite() or not parts:
        return None
    (table, expr), *rest = parts
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    params: list = [expr]
    for other, other_expr in rest:
        sql += f" AND rowid IN (SELECT rowid FROM {other} WHERE {other} MATCH ?)"
        params.append(other_expr)
    if before is not None:
        sql += " AND rowid < ?"
        params.append(before)
    sql += " ORDER BY rowid DESC LIMIT ?"
    params.append(limit)
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


# Rough per-row costs (microseconds), measured on 1M customers: looking up a matching
# customer row, building the IN list per match, stepping a sort index with an IN probe,
# and probing the FTS index once per index step.
_COST_ROW_LOOKUP, _COST_IN_BUILD, _COST_WALK, _COST_PROBE = 2.0, 0.25, 0.3, 30.0


def choose_strategy(matches: int, scope: int, rows_needed: int) -> str:
    """How to fetch a sorted page of search results cheapest.

    "rowid": look up every match, sort them (best for few matches);
    "walk": step the sort index, keeping rows in the materialised match list;
    "probe": step the sort index, asking FTS about each row (best for very many).
    `rows_needed` is offset + limit past the starting key.
    """
    density = max(matches, 1) / max(scope, 1)
    walked = rows_needed / density
    costs = {
        "rowid": matches * _COST_ROW_LOOKUP,
        "walk": matches * _COST_IN_BUILD + walked * _COST_WALK,
        "probe": walked * _COST_PROBE,
    }
    return min(costs, key=costs.get)


def matching_condition(text: str, id_column, like_columns, strategy: str = "rowid"):
    """A WHERE condition on `id_column` matching the search `text`, or None for no filter.

    `like_columns` are used only on backends without FTS5.
    """
    plan = plan_query(text)
    if plan.empty:
        return None
    if not is_sqlite():
        cond = None
        for term in plan.word_terms + plan.substring_terms:
            pattern = "%" + term.replace(" ", "") + "%"
            term_cond = None
            for col in like_columns:
                c = col.ilike(pattern)
                term_cond = c if term_cond is None else (term_cond | c)
            cond = term_cond if cond is None else (cond & term_cond)
        return cond
    cond = None
    for table, expr in _match_parts(text):
        if strategy == "probe":
            sub = SQL(
                f"EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ",
                [expr],
            )
            part = NodeList((sub, id_column, SQL(")")), glue="")
        else:
            # Unary + stops SQLite driving the query from the match list, so it walks
            # the sort index instead ("walk"); without it, each match is looked up.
            column = NodeList((SQL("+"), id_column), glue="") if strategy == "walk" else id_column
            part = column.in_(SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", [expr]))
        cond = part if cond is None else (cond & part)
    return cond
