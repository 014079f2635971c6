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

from collections.abc import Iterable

from peewee import SQL

from models.db import database, is_sqlite
from models.search_text import SearchBodies, customer_bodies, plan_query

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


def index_rows(rows: Iterable[tuple[int, SearchBodies]]) -> None:
    """Insert or replace the index entries of the given customers (one statement per table)."""
    if not is_sqlite():
        return
    rows = list(rows)
    if not rows:
        return
    ids = [(cid,) for cid, _ in rows]
    cursor = database.connection().cursor()
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
    cursor = database.connection().cursor()
    for table in (WORDS, TRIGRAMS):
        cursor.executemany(f"DELETE FROM {table} WHERE rowid = ?", ids)


def optimize() -> None:
    """Merge FTS segments after bulk loads (faster queries, smaller file)."""
    if is_sqlite():
        for table in (WORDS, TRIGRAMS):
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def matching_condition(text: str, id_column, like_columns):
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
    if plan.word_terms:
        # A phrase with '*' makes its last token a prefix: "zs"* finds initials "zs",
        # "张 三"* finds 张三 and 张三丰.
        expr = " AND ".join(_quote(t) + " *" for t in plan.word_terms)
        cond = id_column.in_(SQL(f"(SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH ?)", [expr]))
    if plan.substring_terms:
        expr = " AND ".join(_quote(t) for t in plan.substring_terms)
        sub = id_column.in_(SQL(f"(SELECT rowid FROM {TRIGRAMS} WHERE {TRIGRAMS} MATCH ?)", [expr]))
        cond = sub if cond is None else (cond & sub)
    return cond
