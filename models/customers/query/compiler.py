"""The search language's tree -> one Peewee condition on the customer table.

Portable SQL: comparisons, LIKE, substr, COALESCE, EXISTS and scalar subqueries; the
tables of the domains above this floor are probed by name (fields.py says why). Plain
words are the caller's search (`word`: the list's as-you-type match, whose SQLite-only
part lives in search_index). Dates compare as the stored text 'YYYY-MM-DD HH:MM:SS',
with literals where the column's sort index is an expression (as the Contact filter
does), so the index answers them.

The planner: in an AND, the most selective tag term becomes `id IN (its links)`, which
SQLite drives the query from (a tag's links are its index); the other terms are probes.
Column terms are left to SQLite's planner, which has an index on every one it can use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import SQL, NodeList, fn

from models import clock
from models.customers.custom_fields import CustomField
from models.customers.query import planner, values
from models.customers.query.errors import QueryError
from models.customers.query.fields import (
    BY_KEY,
    EMPTY_WORDS,
    NPS_SCORES,
    OPEN_COMPLAINT_STATUSES,
    PRESENT_WORDS,
    Field,
    all_fields,
    choice_code,
    did_you_mean,
    find_field,
)
from models.customers.query.syntax import And, Not, Or, Term, Word, parse
from models.customers.record import (
    BIRTHDAY_MONTH_DAY,
    CONTACT_SORT_KEYS,
    PURCHASE_SORT_KEYS,
    Customer,
)
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag, TagGroup
from models.tags.tag_filter import link_counts
from models.values.search_text import normalise

NEVER_PAST = "0001-01-01 00:00:00"
NEVER_FUTURE = "9999-12-31 00:00:00"
DATE_EXPRESSIONS = {
    "last_contact_at": CONTACT_SORT_KEYS["last_contact_at"],
    "next_followup_at": CONTACT_SORT_KEYS["next_followup_at"],
    "last_purchase_at": PURCHASE_SORT_KEYS["last_purchase_at"],
    "created_at": "created_at",
}
ALTERNATIVES = "|,"  # 标签:VIP|老客户, 城市:杭州,上海: any of them
COMPARISONS = (">", "<", ">=", "<=")


@dataclass
class Context:
    word: Callable[[str], object]  # plain words -> a condition on Customer.id
    today: dt.date
    fields: list[Field]
    tag_ids: dict[str, int] = field(default_factory=dict)


def compile_query(text: str, word: Callable[[str], object], today: dt.date | None = None):
    """The condition `text` asks for (None: no condition); QueryError when it cannot."""
    tree = parse(text)
    if tree is None:
        return None
    ctx = Context(word, today or clock.today(), all_fields())
    return _node(tree, ctx)


def check(text: str) -> None:
    """Raise the QueryError `text` has, if any (the window asks before it filters)."""
    compile_query(text, lambda _w: SQL("1 = 1"))


def _node(node, ctx: Context):
    if isinstance(node, Word):
        cond = ctx.word(node.text)
        return SQL("1 = 1") if cond is None else cond
    if isinstance(node, Term):
        return _term(node, ctx)
    if isinstance(node, Not):
        return ~_grouped(_node(node.node, ctx))
    if isinstance(node, Or):
        out = None
        for item in node.items:
            cond = _grouped(_node(item, ctx))
            out = cond if out is None else (out | cond)
        return out
    if isinstance(node, And):
        if not node.items:
            return SQL("1 = 1")
        words = [item.text for item in node.items if isinstance(item, Word)]
        items = [item for item in node.items if not isinstance(item, Word)]
        if words:  # side by side, plain words are one search, as in the box
            items.insert(0, Word(" ".join(words), 0, 0))
        out = None
        for cond in _planned(items, ctx):
            out = _grouped(cond) if out is None else (out & _grouped(cond))
        return out
    raise TypeError(node)


# Terms an index of the customer table answers (the sort indexes of the steps).
INDEXED_KINDS = ("money", "count", "past", "future", "birthday", "rfm")
INDEXED_CHOICES = ("gender", "source", "stage")
INDEXED_EXACT = ("mobile", "email", "wechat", "number")


def _indexed(item, ctx: Context) -> bool:
    if not isinstance(item, Term):
        return False
    f = find_field(item.field, item.start, item.end, ctx.fields)
    return (f.kind in INDEXED_KINDS or f.key in INDEXED_CHOICES
            or (f.key in INDEXED_EXACT and item.op == "="))  # fmt: skip


def _planned(items: list, ctx: Context) -> list:
    """The AND's conditions, the cheapest term driving: the fewest-links tag as
    `id IN (its links)`, or the indexed column term with the fewest matches."""
    driver = _driving_tag(And(tuple(items)), ctx)
    conds = [_node(item, ctx) for item in items]
    indexed = [i for i, item in enumerate(items) if _indexed(item, ctx)]
    if not planner.enabled() or not indexed or len(indexed) + (driver is not None) < 2:
        return [
            _tag_in(item, ctx) if item is driver else c
            for item, c in zip(items, conds, strict=True)
        ]
    sizes = {i: planner.estimate(conds[i]) for i in indexed}
    best = min(indexed, key=sizes.get)
    links = link_counts([_tag_id(driver, driver.value, ctx)]) if driver is not None else {}
    if driver is not None and min(links.values()) <= sizes[best]:
        best = None  # the tag's links drive
    elif sizes[best] >= planner.CAP:
        best = None  # all broad: SQLite's own choice
        if driver is None:
            return conds
    out = []
    for i, (item, cond) in enumerate(zip(items, conds, strict=True)):
        if item is driver and best is None:
            cond = _tag_in(item, ctx)
        elif i in sizes and i != best and (best is not None or driver is not None):
            cond = planner.unindexed(cond)
        out.append(cond)
    return out


def _grouped(cond):
    return NodeList((SQL("("), cond, SQL(")")))


def _driving_tag(node: And, ctx: Context):
    """The tag term with the fewest links, to drive the AND from."""
    terms = [t for t in node.items if isinstance(t, Term) and _is_single_tag(t, ctx)]
    if not terms:
        return None
    ids = {t: _tag_id(t, t.value, ctx) for t in terms}
    counts = link_counts(ids.values())
    return min(terms, key=lambda t: counts.get(ids[t], 0))


def _is_single_tag(term: Term, ctx: Context) -> bool:
    field_ = find_field(term.field, term.start, term.end, ctx.fields)
    return (field_.kind == "tag" and term.op in (":", "=")
            and (term.quoted or not any(ch in term.value for ch in ALTERNATIVES))
            and term.value.strip() not in EMPTY_WORDS | PRESENT_WORDS)  # fmt: skip


def _tag_in(term: Term, ctx: Context):
    tag_id = _tag_id(term, term.value, ctx)
    return Customer.id.in_(CustomerTag.select(CustomerTag.customer_id).where(
        CustomerTag.tag_id == tag_id))  # fmt: skip


def _term(term: Term, ctx: Context):
    field_ = find_field(term.field, term.start, term.end, ctx.fields)
    value = term.value.strip()
    if field_.kind in ("tag", "group", "text", "choice", "rfm", "community", "level", "nps",
                       "custom_text", "custom_choice"):  # fmt: skip
        if term.op in COMPARISONS:
            raise QueryError("query_bad_operator", term.start, term.end, field=field_.label,
                             op=term.op)  # fmt: skip
        words = [value] if term.quoted else [w.strip() for w in _split(value) if w.strip()]
        if len(words) > 1:
            out = None
            for one in words:
                cond = _grouped(_one(field_, term, one, ctx))
                out = cond if out is None else out | cond
            return out
    return _one(field_, term, value, ctx)


def _split(value: str) -> list[str]:
    for sep in ALTERNATIVES[1:]:
        value = value.replace(sep, ALTERNATIVES[0])
    return value.split(ALTERNATIVES[0])


def _one(field_: Field, term: Term, value: str, ctx: Context):
    empty = value in EMPTY_WORDS and not term.quoted
    present = value in PRESENT_WORDS and not term.quoted
    kind = field_.kind
    if kind == "complaint":
        return _complaint(field_, term, value)
    if kind in ("tag", "group", "community", "level"):
        if empty or present:
            cond = _link_exists(kind, None, ctx)
            return ~cond if empty else cond
        return _link_exists(kind, _named_id(kind, term, value, ctx), ctx)
    if kind == "text":
        column = getattr(Customer, field_.column)
        if empty or present:
            return (column == "") if empty else (column != "")
        return (column == value) if term.op == "=" else column.contains(value)
    if kind in ("choice", "rfm"):
        column = getattr(Customer, field_.column)
        if empty or present:
            return (column == "") if empty else (column != "")
        return column == choice_code(field_, value, term.value_start, term.end)
    if kind in ("money", "count", "points", "score", "custom_number"):
        return _numeric(field_, term, value, empty, present)
    if kind in ("past", "future"):
        return _date(field_, term, value, empty, present, ctx)
    if kind == "birthday":
        return _birthday(field_, term, value, empty, present, ctx)
    if kind == "nps":
        return _nps(field_, term, value, empty, present)
    if kind.startswith("custom_"):
        return _custom(field_, term, value, empty, present, ctx)
    raise AssertionError(kind)


def _bad_value(field_: Field, term: Term, value: str, code: str = "query_bad_value"):
    return QueryError(code, term.value_start or term.start, term.end, value=value,
                      field=field_.label)  # fmt: skip


# --- links: tags, tag groups, communities, member levels ----------------------------


def _named_id(kind: str, term: Term, value: str, ctx: Context) -> int:
    if kind == "tag":
        return _tag_id(term, value, ctx)
    if kind == "group":
        rows = {normalise(g.name): g.id for g in TagGroup.select(TagGroup.id, TagGroup.name)}
        names = [g.name for g in TagGroup.select(TagGroup.name)]
    elif kind == "community":
        found = database.execute_sql("SELECT id, name FROM community").fetchall()
        rows, names = {normalise(name): i for i, name in found}, [n for _i, n in found]
    else:  # member level
        found = database.execute_sql("SELECT id, name FROM member_level").fetchall()
        rows, names = {normalise(name): i for i, name in found}, [n for _i, n in found]
    found = rows.get(normalise(value))
    if found is None:
        raise _unknown_name(term, value, names, BY_KEY[kind].label)
    return found


def _tag_id(term: Term, value: str, ctx: Context) -> int:
    key = normalise(value)
    if key not in ctx.tag_ids:
        tag = Tag.get_or_none(Tag.name_key == key)
        if tag is None:
            names = [t for (t,) in Tag.select(Tag.name).tuples()]
            raise _unknown_name(term, value, names, BY_KEY["tag"].label)
        ctx.tag_ids[key] = tag.id
    return ctx.tag_ids[key]


def _unknown_name(term: Term, value: str, names: list[str], label: str) -> QueryError:
    hint = did_you_mean(value, names)
    code = "query_bad_value_hint" if hint else "query_bad_value"
    return QueryError(code, term.value_start or term.start, term.end, value=value,
                      field=label, hint=hint)  # fmt: skip


def _link_exists(kind: str, ref: int | None, ctx: Context):
    if kind == "tag":
        if ref is None:
            return Customer.tag_count > 0
        return _exists("SELECT 1 FROM customer_tag ct WHERE ct.customer_id = {id}"
                       " AND ct.tag_id = ?", ref)  # fmt: skip
    if kind == "group":
        sql = ("SELECT 1 FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
               " WHERE ct.customer_id = {id}")  # fmt: skip
        return _exists(sql) if ref is None else _exists(sql + " AND t.group_id = ?", ref)
    if kind == "community":
        sql = ("SELECT 1 FROM community_member cm WHERE cm.customer_id = {id}"
               " AND cm.left_on IS NULL")  # fmt: skip
        return _exists(sql) if ref is None else _exists(sql + " AND cm.community_id = ?", ref)
    sql = "SELECT 1 FROM member m WHERE m.customer_id = {id} AND m.level_id IS NOT NULL"
    return _exists(sql) if ref is None else _exists(sql + " AND m.level_id = ?", ref)


def _with_id(sql: str, *params):
    """Raw SQL naming the customer's id as {id} (the customer table goes by an alias)."""
    before, after = sql.split("{id}")
    return NodeList((SQL(before), Customer.id, SQL(after, list(params))))


def _exists(sql: str, *params):
    return _with_id(f"EXISTS ({sql})", *params)


# --- numbers -------------------------------------------------------------------------


def _numeric(field_: Field, term: Term, value: str, empty: bool, present: bool):
    expr, scale, whole = _number_expr(field_)
    if empty or present:
        if field_.kind == "score":
            return (Customer.rfm_score == "") if empty else (Customer.rfm_score != "")
        if field_.kind == "custom_number":
            cond = _custom_exists(field_, "cv.number IS NOT NULL")
            return ~cond if empty else cond
        return (expr == 0) if empty else (expr > 0)

    def num(text: str):
        got = values.number(text)
        got = None if got is None else got * scale
        if got is None or (whole and got != int(got)):
            raise _bad_value(field_, term, text, "query_bad_number")
        return int(got) if whole else float(got)

    parts = values.split_range(value)
    if parts is not None:
        conds = []
        if parts[0]:
            conds.append(_compare(expr, ">=", num(parts[0]), field_))
        if parts[1]:
            conds.append(_compare(expr, "<=", num(parts[1]), field_))
        if not conds:
            raise _bad_value(field_, term, value, "query_bad_number")
        return _wrap(field_, conds[0] if len(conds) == 1 else conds[0] & conds[1])
    op = "=" if term.op == ":" else term.op
    return _wrap(field_, _compare(expr, op, num(value), field_))


def _number_expr(field_: Field):
    """(expression, scale, whole numbers only) of a numeric field."""
    if field_.kind == "money":
        return Customer.total_spend_cents, 100, True
    if field_.kind == "count":
        return Customer.purchase_count, 1, True
    if field_.kind == "points":
        return _with_id("COALESCE((SELECT m.points FROM member m"
                        " WHERE m.customer_id = {id}), 0)"), 1, True  # fmt: skip
    if field_.kind == "score":
        at = {"r": 1, "f": 3, "m": 5}[field_.key]
        return fn.substr(Customer.rfm_score, at, 1), 1, True
    return SQL("cv.number"), 1, False


def _compare(expr, op: str, number, field_: Field):
    if field_.kind == "score":  # one digit, compared as text (portable, indexed prefix)
        number = str(number)
    return {"=": expr == number, ">": expr > number, "<": expr < number,
            ">=": expr >= number, "<=": expr <= number}[op]  # fmt: skip


def _wrap(field_: Field, cond):
    if field_.kind == "score":
        return (Customer.rfm_score != "") & _grouped(cond)
    if field_.kind == "custom_number":
        return NodeList((_with_id("EXISTS (SELECT 1 FROM custom_value cv WHERE cv.customer_id ="
                                  " {id} AND cv.field_id = ? AND", int(field_.column)),
                         cond, SQL(")")))  # fmt: skip
    return cond


# --- dates ---------------------------------------------------------------------------


def _literal(day: dt.date) -> SQL:
    return SQL(f"'{day:%Y-%m-%d} 00:00:00'")


def _date(field_: Field, term: Term, value: str, empty: bool, present: bool, ctx: Context):
    expr = SQL(DATE_EXPRESSIONS[field_.column])
    future = field_.kind == "future"
    if empty or present:
        if field_.column == "created_at":
            return Customer.created_at.is_null(empty)
        never = SQL(f"'{NEVER_FUTURE if future else NEVER_PAST}'")
        return (expr == never) if empty else (expr != never)
    start, end = _date_bounds(field_, term, value, ctx.today)
    conds = []
    if start is not None:
        conds.append(expr >= _literal(start))
    if end is not None:
        conds.append(expr < _literal(end))
    return conds[0] if len(conds) == 1 else conds[0] & conds[1]


def _date_bounds(field_: Field, term: Term, value: str, today: dt.date):
    """[start, end) dates of a date term (None: open on that side)."""
    future = field_.kind == "future"
    days = values.amount_days(value)
    if days is not None:
        # past: within the last N days (today the first) / longer ago than that;
        # future: within the next N days (anything overdue too) / further on.
        bound = today + dt.timedelta(days=days) if future else today - dt.timedelta(days=days - 1)
        beyond = term.op in (">", ">=")
        if future:
            return (bound, None) if beyond else (None, bound)
        return (None, bound) if beyond else (bound, None)
    parts = values.split_range(value)
    if parts is not None:
        low = values.period(parts[0], today) if parts[0] else (None, None)
        high = values.period(parts[1], today) if parts[1] else (None, None)
        if low is None or high is None or (not parts[0] and not parts[1]):
            raise _bad_value(field_, term, value, "query_bad_date")
        return low[0], high[1]
    found = values.period(value, today)
    if found is None:
        raise _bad_value(field_, term, value, "query_bad_date")
    start, end = found
    return {":": (start, end), "=": (start, end), ">": (end, None), ">=": (start, None),
            "<": (None, start), "<=": (None, end)}[term.op]  # fmt: skip


def _birthday(field_: Field, term: Term, value: str, empty: bool, present: bool, ctx: Context):
    if empty or present:
        return (Customer.birthday == "") if empty else (Customer.birthday != "")
    days = values.amount_days(value)
    if days is not None:  # 生日:<7天: in the next 7 days, today the first
        ranges = values.dates_to_month_days(ctx.today, ctx.today + dt.timedelta(days=days))
    else:
        if term.op in COMPARISONS:
            raise QueryError("query_bad_operator", term.start, term.end, field=field_.label,
                             op=term.op)  # fmt: skip
        ranges = values.month_days(value, ctx.today)
        if ranges is None:
            raise _bad_value(field_, term, value, "query_bad_date")
    md = SQL(BIRTHDAY_MONTH_DAY)
    out = None
    for low, high in ranges:
        cond = (md >= low) & (md <= high)
        out = _grouped(cond) if out is None else out | _grouped(cond)
    return (Customer.birthday != "") & _grouped(out)


# --- complaints, NPS, custom fields ----------------------------------------------------


def _complaint(field_: Field, term: Term, value: str):
    if term.op in COMPARISONS:
        raise QueryError("query_bad_operator", term.start, term.end, field=field_.label,
                         op=term.op)  # fmt: skip
    code = choice_code(field_, value, term.value_start, term.end)
    sql = "SELECT 1 FROM complaint c WHERE c.customer_id = {id}"
    if code in ("any", "none"):
        cond = _exists(sql)
        return ~cond if code == "none" else cond
    marks = ", ".join("?" for _ in OPEN_COMPLAINT_STATUSES)
    sql += f" AND c.status IN ({marks})"
    if code == "open":
        return _exists(sql, *OPEN_COMPLAINT_STATUSES)
    now = clock.now()
    return _exists(sql + " AND c.resolve_due < ?", *OPEN_COMPLAINT_STATUSES,
                   f"{now:%Y-%m-%d %H:%M:%S}")  # fmt: skip


LAST_NPS = (
    "(SELECT sa.score FROM survey_answer sa JOIN survey s ON s.id = sa.survey_id"
    " WHERE sa.customer_id = {id} AND s.kind = 'nps'"
    " ORDER BY sa.answered_at DESC, sa.id DESC LIMIT 1)"
)


def _nps(field_: Field, term: Term, value: str, empty: bool, present: bool):
    if empty or present:
        return _with_id(f"{LAST_NPS} IS {'' if empty else 'NOT '}NULL")
    low, high = NPS_SCORES[choice_code(field_, value, term.value_start, term.end)]
    return _with_id(f"{LAST_NPS} BETWEEN ? AND ?", low, high)


def _custom_exists(field_: Field, condition: str, *params):
    return _exists("SELECT 1 FROM custom_value cv WHERE cv.customer_id = {id}"
                   f" AND cv.field_id = ? AND {condition}", int(field_.column), *params)  # fmt: skip


def _custom(field_: Field, term: Term, value: str, empty: bool, present: bool, ctx: Context):
    if empty or present:
        cond = _custom_exists(field_, "cv.text <> ''")
        return ~cond if empty else cond
    if field_.kind == "custom_choice":
        custom = CustomField.get_by_id(int(field_.column))
        choices = {normalise(c): c for c in custom.choice_list}
        if normalise(value) not in choices:
            raise _unknown_name(term, value, list(choices.values()), field_.label)
        return _custom_exists(field_, "cv.text = ?", choices[normalise(value)])
    if field_.kind == "custom_date":
        start, end = _date_bounds(Field(field_.key, "past", field_.zh, (), column="x"),
                                  term, value, ctx.today)  # fmt: skip
        conds, params = [], []
        if start is not None:
            conds.append("cv.text >= ?")
            params.append(f"{start:%Y-%m-%d}")
        if end is not None:
            conds.append("cv.text < ?")
            params.append(f"{end:%Y-%m-%d}")
        return _custom_exists(field_, "cv.text <> '' AND " + " AND ".join(conds), *params)
    if term.op == "=":
        return _custom_exists(field_, "cv.text = ?", value)
    pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return _custom_exists(field_, "cv.text LIKE ? ESCAPE '\\'", pattern)
