"""Every live lead's score set-based, in SQL (the daily rescore, a model change, an
import's flush): the same rules as models.leads.scoring (which explains one lead and
rescores a few), computed without assembling 200,000 scores in Python.

- Basic information: Python scores each distinct job title, city, company size and
  mobile prefix once (a few hundred values) into small temp tables the leads join.
- Behaviour: one occurrence's decayed points per (behaviour, day) come from Python
  (Scorer.on_day, the very numbers the one-lead path uses) into a temp table of the days
  that occur; SQL sums them per lead and behaviour, caps and rounds half up. No exp or
  pow in SQL: SQLite has them only when compiled with its math functions.

`score_all` leaves temp.lead_new (id, score, grade): one row per live lead, for
models.leads.scores to compare and write with one UPDATE.
"""

from __future__ import annotations

import sys
from functools import cache

from models.leads.scoring import Scorer
from models.storage.db import database, writable
from models.values.contact_fields import is_mainland_mobile

LIVE = "c.stage = 'lead' AND c.deleted_at IS NULL"


@cache
def whitespace() -> str:
    """What str.strip() strips, for SQL's trim(text, chars): the need and the size
    compare stripped text as the one-lead path does (found once, when first scored:
    not at import, which every CLI command pays)."""
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace())


TEMP_TABLES = ("lead_title", "lead_city", "lead_size", "lead_prefix", "lead_factor",
               "lead_cap", "lead_raw", "lead_beh", "lead_new")  # fmt: skip


def _rows(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _many(sql: str, rows) -> None:
    database.cursor().executemany(sql, rows)


def _temp_tables() -> None:
    for name in TEMP_TABLES:
        database.execute_sql(f"DROP TABLE IF EXISTS temp.{name}")
    for sql in (
        "CREATE TEMP TABLE lead_title (title TEXT PRIMARY KEY, points INTEGER) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_city (city TEXT PRIMARY KEY, points INTEGER) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_size (size TEXT PRIMARY KEY, points INTEGER) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_prefix (prefix TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_factor (kind TEXT, day TEXT, value REAL,"
        " PRIMARY KEY (kind, day)) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_cap (kind TEXT PRIMARY KEY, cap INTEGER) WITHOUT ROWID",
        "CREATE TEMP TABLE lead_raw (customer_id INTEGER, kind TEXT, raw REAL)",
        "CREATE TEMP TABLE lead_beh (customer_id INTEGER PRIMARY KEY, points INTEGER)",
        "CREATE TEMP TABLE lead_new (id INTEGER PRIMARY KEY, score INTEGER, grade TEXT)",
    ):
        database.execute_sql(sql)


def drop_temp_tables() -> None:
    for name in TEMP_TABLES:
        database.execute_sql(f"DROP TABLE IF EXISTS temp.{name}")


def _first_keyword(text: str, pairs) -> int:
    for keyword, points in pairs:
        if keyword in text:
            return points
    return 0


def _first_prefix(city: str, pairs) -> int:
    city = city.strip()
    if city:
        for name, points in pairs:
            if city.startswith(name):
                return points
    return 0


def _custom_fields(model: dict) -> tuple[int | None, int | None]:
    """The ids of the need and size custom fields (None: not a custom field or gone).
    A size field that is also the need field scores as the need only (as the one-lead
    path reads it)."""
    need = model["need_field"] if model["need_field"] != "notes" else ""
    size = model["size_field"] if model["size_field"] != need else ""
    found = dict(_rows("SELECT name, id FROM custom_field WHERE name IN (?, ?)", (need, size)))
    return (found.get(need) if need else None), (found.get(size) if size else None)


def _basic_tables(model: dict) -> None:
    titles = [r[0] for r in _rows(f"SELECT DISTINCT c.job_title FROM customer c WHERE {LIVE}")]
    _many("INSERT INTO temp.lead_title VALUES (?, ?)",
          [(t, p) for t in titles if t and (p := _first_keyword(t, model["job_titles"]))])  # fmt: skip
    cities = [r[0] for r in _rows(f"SELECT DISTINCT c.city FROM customer c WHERE {LIVE}")]
    _many("INSERT INTO temp.lead_city VALUES (?, ?)",
          [(t, p) for t in cities if t and (p := _first_prefix(t, model["regions"]))])  # fmt: skip
    _many("INSERT INTO temp.lead_size VALUES (?, ?)", [(k, p) for k, p in model["sizes"] if p])
    if model["mobile"]:
        prefixes = _rows(
            f"SELECT DISTINCT substr(c.mobile, 1, 5) FROM customer c WHERE {LIVE}"
            " AND length(c.mobile) = 11 AND c.mobile NOT GLOB '*[^0-9]*'"
        )
        _many("INSERT INTO temp.lead_prefix VALUES (?)",
              [(p,) for (p,) in prefixes if is_mainland_mobile(p + "000000")])  # fmt: skip


# The behaviour a score reads, per source: (kind, day, FROM ... WHERE ..., the FROM the
# days that occur are read from); a contact's kind is its channel. Each reads a covering
# index whole (non-leads' rows drop out at the join with the leads). Community activity
# counts once a day (its rows are per community and kind).
SOURCES = (
    ("'event'", "date(COALESCE(checked_in_at, signed_at))",
     "FROM event_signup INDEXED BY lead_signal_events"
     " WHERE status = 'attended' AND customer_id IS NOT NULL", ""),
    ("channel", "date(at)",
     "FROM interaction INDEXED BY lead_signal_contacts"
     " WHERE channel IN ('store', 'price', 'download') AND customer_id IS NOT NULL", ""),
    ("'survey'", "date(answered_at)", "FROM survey_answer WHERE customer_id IS NOT NULL", ""),
    ("'survey'", "date(answered_at)",
     "FROM survey_response INDEXED BY lead_signal_responses WHERE customer_id IS NOT NULL", ""),
    ("'community'", "CAST(day AS TEXT)",
     "FROM community_activity INDEXED BY community_activity_customer"
     " WHERE customer_id IS NOT NULL",
     "FROM community_activity INDEXED BY community_activity_days"),
)  # fmt: skip


def _behaviour(scorer: Scorer) -> None:
    """temp.lead_beh: each customer's (lead or not) behaviour points: per behaviour the
    decayed occurrences summed, capped, rounded half up; then added up."""
    days: set[tuple[str, str]] = set()
    for kind, day, source, day_source in SOURCES:
        days.update(
            r for r in _rows(f"SELECT DISTINCT {kind}, {day} {day_source or source}") if r[1]
        )
    _many("INSERT INTO temp.lead_factor VALUES (?, ?, ?)",
          [(kind, day, scorer.on_day(kind, day)) for kind, day in days])  # fmt: skip
    _many("INSERT INTO temp.lead_cap VALUES (?, ?)",
          [(kind, rule["cap"]) for kind, rule in scorer.model["behaviours"].items()])  # fmt: skip
    for kind, day, source, _days in SOURCES:
        inner = (
            f"SELECT DISTINCT customer_id, {kind} AS kind, {day} AS day, 1 AS n {source}"
            if kind == "'community'"
            else f"SELECT customer_id, {kind} AS kind, {day} AS day, COUNT(*) AS n {source}"
            " GROUP BY customer_id, kind, day"
        )
        # CROSS JOIN: the factors looked up per row (the planner would read them first)
        database.execute_sql(
            "INSERT INTO temp.lead_raw SELECT s.customer_id, s.kind, SUM(s.n * f.value)"
            f" FROM ({inner}) s CROSS JOIN temp.lead_factor f ON f.kind = s.kind"
            " AND f.day = s.day GROUP BY s.customer_id, s.kind"
        )
    database.execute_sql(
        "INSERT INTO temp.lead_beh SELECT customer_id, SUM(points) FROM ("
        " SELECT r.customer_id, CAST(MIN(SUM(r.raw), cap.cap) + 0.5 + 1e-9 AS INTEGER) AS points"
        " FROM temp.lead_raw r JOIN temp.lead_cap cap ON cap.kind = r.kind"
        " GROUP BY r.customer_id, r.kind) GROUP BY customer_id"
    )


def score_all(scorer: Scorer) -> int:
    """Fill temp.lead_new with every live lead's score and grade; returns how many."""
    model = scorer.model
    writable()  # temp tables are writes too (refused before the quick check passed)
    _temp_tables()
    need_id, size_id = _custom_fields(model)
    _basic_tables(model)
    _behaviour(scorer)
    need_on = bool(model["need"] and model["need_field"])
    if not need_on:
        need = "0"
    elif model["need_field"] == "notes":
        need = f"(CASE WHEN trim(COALESCE(c.notes, ''), :ws) <> '' THEN {int(model['need'])} ELSE 0 END)"
    elif need_id is not None:
        need = (
            f"(CASE WHEN trim(COALESCE((SELECT v.text FROM custom_value v WHERE v.customer_id = c.id"
            f" AND v.field_id = {int(need_id)}), ''), :ws) <> '' THEN {int(model['need'])} ELSE 0 END)"
        )
    else:
        need = "0"
    size = "0"
    if size_id is not None:
        size = (
            "COALESCE((SELECT z.points FROM custom_value v JOIN temp.lead_size z"
            f" ON z.size = trim(COALESCE(v.text, ''), :ws) WHERE v.customer_id = c.id"
            f" AND v.field_id = {int(size_id)}), 0)"
        )
    mobile = (
        f"(CASE WHEN length(c.mobile) = 11 AND c.mobile NOT GLOB '*[^0-9]*' AND"
        f" substr(c.mobile, 1, 5) IN temp.lead_prefix THEN {int(model['mobile'])} ELSE 0 END)"
    )
    grades = model["grades"]
    database.execute_sql(
        "INSERT INTO temp.lead_new (id, score, grade) SELECT id, s, CASE WHEN s >= :a THEN 'A'"
        " WHEN s >= :b THEN 'B' WHEN s >= :c THEN 'C' ELSE 'D' END FROM ("
        f" SELECT c.id AS id, COALESCE(t.points, 0) + {mobile} + {need} + {size}"
        f" + COALESCE(r.points, 0) + COALESCE(b.points, 0) AS s FROM customer c"
        " LEFT JOIN temp.lead_title t ON t.title = c.job_title"
        " LEFT JOIN temp.lead_city r ON r.city = c.city"
        f" LEFT JOIN temp.lead_beh b ON b.customer_id = c.id WHERE {LIVE})",
        {"ws": whitespace(), "a": grades["A"], "b": grades["B"], "c": grades["C"]},
    )
    return _rows("SELECT COUNT(*) FROM temp.lead_new")[0][0]
