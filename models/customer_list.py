"""The customer list: columns, filtering (search, recycle bin), SQL sorting and keyset pages.

A view asks for `count()` once and `page()` per window of rows; it never loads every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import JOIN, Tuple, fn

from models import search_index
from models.custom_fields import CustomField, values_of
from models.customers import TEXT_FIELDS, Customer, CustomValue
from models.tags import tags_of


@dataclass(frozen=True)
class Column:
    key: str  # "name", "mobile", ... or "cf:<id>" for a custom field, "tags"
    sortable: bool = True
    custom: CustomField | None = None


# Built-in columns in their default order. `name` sorts by its pinyin key.
BUILTIN_COLUMNS = (
    *(f for f in TEXT_FIELDS if f != "notes"),
    "tags",
    "notes",
    "created_at",
    "updated_at",
)
UNSORTABLE = {"tags", "notes"}
DEFAULT_HIDDEN = {
    "wechat",
    "job_title",
    "industry",
    "address",
    "birthday",
    "notes",
    "updated_at",
    "number",
}


def columns() -> list[Column]:
    cols = [Column(k, sortable=k not in UNSORTABLE) for k in BUILTIN_COLUMNS]
    cols += [Column(f.key, custom=f) for f in CustomField.select().order_by(CustomField.position)]
    return cols


@dataclass(frozen=True)
class CustomerFilter:
    """What the list shows: the live customers or the recycle bin, narrowed by a search text."""

    search: str = ""
    in_bin: bool = False


@dataclass(frozen=True)
class Sort:
    key: str = "id"
    descending: bool = False


@dataclass
class Page:
    rows: list[dict] = field(default_factory=list)

    @property
    def last_key(self):
        return self.rows[-1]["_key"] if self.rows else None


_SEARCH_LIKE_COLUMNS = (
    Customer.name,
    Customer.mobile,
    Customer.company,
    Customer.wechat,
    Customer.email,
    Customer.notes,
)


def _base(flt: CustomerFilter, *selection, strategy: str = "rowid"):
    query = Customer.select(*selection)
    query = query.where(
        Customer.deleted_at.is_null(False) if flt.in_bin else Customer.deleted_at.is_null()
    )
    cond = search_index.matching_condition(
        flt.search, Customer.id, _SEARCH_LIKE_COLUMNS, strategy=strategy
    )
    if cond is not None:
        query = query.where(cond)
    return query


def _bin_ids_sql() -> str:
    sql, _ = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False)).sql()
    return sql


def count(flt: CustomerFilter = CustomerFilter()) -> int:
    """How many customers the filter shows. A search is counted in the search index."""
    if flt.search:
        in_bin = None
        if flt.in_bin or total(in_bin=True):
            in_bin = search_index.count_indexed(flt.search, _bin_ids_sql())
        if flt.in_bin and in_bin is not None:
            return in_bin
        indexed = search_index.count_indexed(flt.search)
        if indexed is not None:
            return indexed - (in_bin or 0)
    return _base(flt, fn.COUNT(Customer.id)).scalar() or 0


def total(in_bin: bool = False) -> int:
    return count(CustomerFilter(in_bin=in_bin))


def _sort_expr(sort: Sort, query):
    """(query with any join needed, sort expression) for a sort key."""
    if sort.key.startswith("cf:"):
        fid = int(sort.key[3:])
        field_ = CustomField.get_or_none(CustomField.id == fid)
        cv = CustomValue.alias("cv")
        query = query.join(
            cv, JOIN.LEFT_OUTER, on=((cv.customer == Customer.id) & (cv.field == fid))
        )
        if field_ is not None and field_.kind == "number":
            return query, fn.COALESCE(cv.number, -1e300)
        return query, fn.COALESCE(cv.text, "")
    if sort.key == "name":
        return query, Customer.name_key
    if sort.key == "id" or sort.key not in BUILTIN_COLUMNS or sort.key in UNSORTABLE:
        return query, None
    return query, getattr(Customer, sort.key)


DEEP_OFFSET = 1000


def _after_condition(keys, after, descending):
    lhs = Tuple(*keys) if len(keys) > 1 else keys[0]
    rhs = Tuple(*after) if len(keys) > 1 else after[0]
    return lhs < rhs if descending else lhs > rhs


def page(
    flt: CustomerFilter,
    sort: Sort,
    limit: int,
    *,
    offset: int = 0,
    after: tuple | None = None,
    matches: int | None = None,
    scope: int | None = None,
) -> Page:
    """Up to `limit` rows in sort order, starting `offset` rows past the row whose key is
    `after` (keyset paging: cheap however deep), or past the start when `after` is None.

    Each row is a dict of display values plus "id", "tags", custom values "cf:<id>" and
    "_key" (pass a row's _key as `after` to continue from it). `matches` (rows the
    filter matches) and `scope` (rows without the search) let a search pick the
    cheapest plan; the caller usually knows both already.
    """
    strategy = "rowid"
    if flt.search and not flt.in_bin and sort.key != "id":
        if matches is None:
            matches = count(flt)
        if scope is None:
            scope = total()
        strategy = search_index.choose_strategy(matches, scope, offset + limit)
    query = _base(flt, Customer, strategy=strategy)
    query, expr = _sort_expr(sort, query)
    descending = sort.descending
    if flt.in_bin and sort.key == "id":
        expr = Customer.deleted_at  # the bin lists what was deleted last first
        descending = not descending
    keys = [expr, Customer.id] if expr is not None else [Customer.id]
    if offset > DEEP_OFFSET and strategy == "rowid" and not sort.key.startswith("cf:"):
        # Skip through the covering sort index for the key just before the page, then
        # read the page by keyset: OFFSET over whole rows reads every row it skips.
        anchor = _base(flt, *keys, strategy=strategy)
        if after is not None:
            anchor = anchor.where(_after_condition(keys, after, descending))
        order = [k.desc() if descending else k.asc() for k in keys]
        row = anchor.order_by(*order).limit(1).offset(offset - 1).tuples().first()
        if row is None:
            return Page([])
        after, offset = tuple(row), 0
    if after is not None:
        query = query.where(_after_condition(keys, after, descending))
    order = [k.desc() if descending else k.asc() for k in keys]
    if expr is not None:
        query = query.select_extend(expr.alias("_sortval"))
    query = query.order_by(*order).limit(limit).offset(offset or None)
    rows = list(query.dicts())
    ids = [r["id"] for r in rows]
    tags = tags_of(ids)
    custom = values_of(ids)
    for r in rows:
        r["_key"] = (r.pop("_sortval"), r["id"]) if expr is not None else (r["id"],)
        r["tags"] = tags.get(r["id"], [])
        r.update(custom.get(r["id"], {}))
    return Page(rows)
