"""The customer list: columns, filtering (search, recycle bin), SQL sorting and keyset pages.

A view asks for `count()` once and `page()` per window of rows; it never loads every row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from peewee import SQL, Tuple, fn

from models import clock
from models.customers import search_index, sort_order
from models.customers.custom_fields import CustomField, values_of
from models.customers.customer_filter import CustomerFilter, community_conditions
from models.customers.query import compiler
from models.customers.record import CONTACT_SORT_KEYS, PURCHASE_SORT_KEYS, TEXT_FIELDS, Customer
from models.storage.db import is_sqlite
from models.tags import tag_filter
from models.tags.tables import CustomerTag
from models.tags.tags import tags_of

__all__ = ["CustomerFilter", "Sort", "Column", "columns", "count", "total", "page", "tag_counts"]


@dataclass(frozen=True)
class Column:
    key: str  # "name", "mobile", ... or "cf:<id>" for a custom field, "tags"
    sortable: bool = True
    custom: CustomField | None = None


# Built-in columns in their default order. `name` sorts by its pinyin key, `tags` by
# how many tags a customer has.
_BEFORE_TAGS = TEXT_FIELDS[: TEXT_FIELDS.index("company") + 1]
BUILTIN_COLUMNS = (  # tags right after the contact columns: what users slice by
    *_BEFORE_TAGS,
    "tags",
    *(f for f in TEXT_FIELDS if f not in _BEFORE_TAGS and f != "notes"),
    "last_contact_at",
    "next_followup_at",
    "total_spend_cents",
    "purchase_count",
    "last_purchase_at",
    "rfm_segment",
    "rfm_score",
    "lead_grade",  # issue 28: a lead's grade and score (models.leads)
    "lead_score",
    "notes",
    "created_at",
    "updated_at",
)
UNSORTABLE = {"notes"}
# Shown at first: name, mobile, email, company, tags, last contacted, next follow-up and
# custom fields; these fit beside the tag browser and the card at 1366x768. The rest are
# a right-click on the header away.
DEFAULT_HIDDEN = {
    "city",
    "gender",
    "source",
    "owner",
    "stage",
    "total_spend_cents",
    "purchase_count",
    "last_purchase_at",
    "rfm_segment",
    "created_at",
    "wechat",
    "job_title",
    "industry",
    "address",
    "birthday",
    "notes",
    "updated_at",
    "number",
    "rfm_score",
    "lead_grade",
    "lead_score",
}


def columns() -> list[Column]:
    cols = [Column(k, sortable=k not in UNSORTABLE) for k in BUILTIN_COLUMNS]
    cols += [Column(f.key, custom=f) for f in CustomField.select().order_by(CustomField.position)]
    return cols


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


def _membership(flt: CustomerFilter, id_column):
    """The id is a live customer's (or, for the bin, a deleted one's): for queries that
    start from tag links rather than from the customer table."""
    deleted = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
    return id_column.in_(deleted) if flt.in_bin else id_column.not_in(deleted)


def exact_ids(text: str) -> list[int]:
    """The customers a member card number typed whole names (any status: an old number
    still finds its member): the membership floor's member_card table probed by its
    name in portable SQL, as the community conditions do, so this floor imports nothing
    from above it."""
    no = "".join(str(text or "").split()).upper()
    if (
        not no
        or len(no) > 32
        or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in no)
    ):
        return []
    query = (
        Customer.select(SQL("customer_id"))
        .from_(SQL("member_card"))
        .where(SQL("card_no = ?", [no]))
    )
    return sorted({row[0] for row in query.tuples()})


def _search_conditions(flt: CustomerFilter, id_column, strategy: str = "rowid") -> list:
    cond = search_index.matching_condition(
        flt.search, id_column, _SEARCH_LIKE_COLUMNS, strategy=strategy
    )
    if cond is None:
        return []
    exact = exact_ids(flt.search)
    if exact:
        cond = cond | id_column.in_(exact)
    if not is_sqlite() and id_column is not Customer.id:
        # The LIKE fallback reads customer columns: ask the customer table for the ids.
        return [id_column.in_(Customer.select(Customer.id).where(cond))]
    return [cond]


def _words_condition(flt: CustomerFilter, words: str):
    """Plain words of a query: the search box's match (None: no condition)."""
    conds = _search_conditions(replace(flt, search=words), Customer.id)
    return conds[0] if conds else None


def contact_sort_expr(column: str):
    """The expression a contact column sorts and filters by (see CONTACT_SORT_KEYS)."""
    return SQL(CONTACT_SORT_KEYS[column])


def _contact_conditions(flt: CustomerFilter) -> list:
    conds = []
    if flt.not_contacted_days > 0:
        start = dt.datetime.combine(clock.today(), dt.time())
        bound = start - dt.timedelta(days=flt.not_contacted_days - 1)
        # A literal, like the index expression, so the sort index answers it.
        conds.append(contact_sort_expr("last_contact_at") < SQL(f"'{bound:%Y-%m-%d %H:%M:%S}'"))
    if flt.no_next_followup:
        conds.append(contact_sort_expr("next_followup_at") == SQL("'9999-12-31 00:00:00'"))
    if flt.rfm_segment:
        conds.append(Customer.rfm_segment == flt.rfm_segment)
    if flt.lead_grade:
        conds.append(Customer.lead_grade == flt.lead_grade)
    conds += community_conditions(flt, Customer.id)
    if flt.query.strip():
        cond = compiler.compile_query(flt.query, lambda words: _words_condition(flt, words))
        if cond is not None:
            conds.append(cond)
    for key, value in flt.where:
        if key == "created_month":
            year, month = (int(x) for x in value.split("-"))
            start = dt.datetime(year, month, 1)
            end = dt.datetime(year + month // 12, month % 12 + 1, 1)
            conds.append((Customer.created_at >= start) & (Customer.created_at < end))
        else:
            conds.append(getattr(Customer, key) == value)
    return conds


def _base(flt: CustomerFilter, *selection, strategy: str = "rowid", ids=None):
    """Customers passing the filter. `strategy` is a search plan of search_index,
    "links": take the ids from the tag links (best when few customers match), or
    "ids": the matching `ids` are known (see resolve)."""
    query = Customer.select(*selection)
    query = query.where(
        Customer.deleted_at.is_null(False) if flt.in_bin else Customer.deleted_at.is_null()
    ).where(Customer.merged_into.is_null())  # merged away (models/merging): never listed
    for cond in _contact_conditions(flt):
        query = query.where(cond)
    if strategy == "links":
        ids = tag_filter.matching_ids(flt, extra=lambda col: _search_conditions(flt, col))
        return query.where(Customer.id.in_(ids))
    if strategy == "ids":
        return query.where(Customer.id.in_(ids))
    for cond in _search_conditions(flt, Customer.id, strategy):
        query = query.where(cond)
    for cond in tag_filter.exists_conditions(flt, Customer.id):
        query = query.where(cond)
    return query


def _bin_ids_sql() -> str:
    sql, _ = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False)).sql()
    return sql


def _count_search(flt: CustomerFilter) -> int:
    if flt.search and not exact_ids(flt.search):  # a card number: count the rows
        in_bin = None
        if flt.in_bin or total(in_bin=True):
            in_bin = search_index.count_indexed(flt.search, _bin_ids_sql())
        if flt.in_bin and in_bin is not None:
            return in_bin
        indexed = search_index.count_indexed(flt.search)
        if indexed is not None:
            return indexed - (in_bin or 0)
    return _base(flt, fn.COUNT(Customer.id)).scalar() or 0


def count(flt: CustomerFilter = CustomerFilter(), scope: int | None = None) -> int:
    """How many customers the filter shows. A search is counted in the search index,
    tags in the tag links: neither reads the customer rows. `scope` (the list's total,
    when the caller knows it) saves a count."""
    if flt.has_row_conditions:  # these columns live on the customer rows: count there
        strategy = "links" if flt.tags else "rowid"
        return _base(flt, fn.COUNT(Customer.id), strategy=strategy).scalar() or 0
    if not flt.has_tags:
        if scope is not None and not flt.search:
            return scope
        return _count_search(flt)
    if flt.tags:
        return _tag_ids_query(flt).count()
    # Only excluded tags: everyone, less those with any of them.
    everyone = count(replace(flt, not_tags=()), scope)
    excluded = count(replace(flt, tags=flt.not_tags, not_tags=(), any_tags=True))
    return everyone - excluded


# Up to this many matches, `resolve` returns the ids themselves: a page is then a
# lookup of known ids instead of a second pass over the tag links.
FEW = 10000


def _tag_ids_query(flt: CustomerFilter):
    return tag_filter.matching_ids(
        flt, extra=lambda col: [*_search_conditions(flt, col), _membership(flt, col)]
    )


def resolve(flt: CustomerFilter, scope: int | None = None) -> tuple[int, list[int] | None]:
    """(count, ids): the ids too when a tag filter matches at most FEW customers (pass
    them to page() as `ids`), else None."""
    if flt.tags and not flt.has_row_conditions:
        ids = [i for (i,) in _tag_ids_query(flt).limit(FEW + 1).tuples()]
        if len(ids) <= FEW:
            return len(ids), ids
    return count(flt, scope), None


def total(in_bin: bool = False) -> int:
    return count(CustomerFilter(in_bin=in_bin))


def tag_counts(flt: CustomerFilter | None = None) -> dict[int, int]:
    """{tag id: customers with the tag} among the live customers the filter shows (all
    live customers when `flt` is None or narrows nothing). Tags nobody has are absent."""
    query = CustomerTag.select(CustomerTag.tag_id, fn.COUNT(SQL("*"))).group_by(CustomerTag.tag_id)
    flt = replace(flt or CustomerFilter(), in_bin=False)
    if not flt.narrows:
        if total(in_bin=True):
            query = query.where(_membership(flt, CustomerTag.customer_id))
    elif not flt.search and not flt.tags and not flt.has_row_conditions:
        # Only excluded tags: everyone's counts less those of the excluded customers,
        # two index-driven passes instead of a lookup per shown customer.
        counts = tag_counts()
        for tag_id, n in tag_counts(CustomerFilter(tags=flt.not_tags, any_tags=True)).items():
            counts[tag_id] -= n
        return {t: n for t, n in counts.items() if n}
    elif flt.tags and not flt.has_row_conditions:
        query = query.where(CustomerTag.customer_id.in_(_tag_ids_query(flt)))
    else:
        query = query.where(CustomerTag.customer_id.in_(_base(flt, Customer.id)))
    return dict(query.tuples())


def matching_ids(flt: CustomerFilter) -> list[int]:
    """The ids of every customer the filter shows (for "all N matching" bulk actions)."""
    strategy = "links" if flt.tags else "rowid"
    return [i for (i,) in _base(flt, Customer.id, strategy=strategy).tuples()]


# Per-row costs (microseconds) for the planner: walking a sort index, probing one tag
# link, looking up a customer row, reading a tag link.
_COST_WALK, _COST_TAG_PROBE, _COST_ROW, _COST_LINK = 0.3, 0.25, 2.0, 0.1


def _plan(flt: CustomerFilter, sort: Sort, matches: int, scope: int, rows_needed: int) -> str:
    """The cheapest way to read a sorted page: a search strategy or "links"."""
    if not flt.has_tags:
        if flt.search and not flt.in_bin and sort.key != "id":
            return search_index.choose_strategy(matches, scope, rows_needed)
        return "rowid"
    density = max(matches, 1) / max(scope, 1)
    walked = min(scope, rows_needed / density)
    probes = tag_filter.probe_count(flt)
    search_strategy = "rowid"
    if flt.search:
        searched = search_index.count_indexed(flt.search) or matches
        search_strategy = search_index.choose_strategy(searched, scope, rows_needed)
    if not flt.tags:  # only excluded tags: nothing to read from the links
        return search_strategy
    walk = walked * (_COST_WALK + _COST_TAG_PROBE * probes)
    links = tag_filter.drive_size(flt) * (_COST_LINK + _COST_TAG_PROBE * probes)
    if links + matches * _COST_ROW < walk:
        return "links"
    return search_strategy if flt.search else "walk_tags"


def _sort_expr(sort: Sort, query):
    """(query with any join needed, sort expression) for a sort key."""
    if sort.key.startswith("cf:"):  # a field deleted meanwhile (else sort_order's)
        return query, None
    if sort.key == "name":
        return query, Customer.name_key
    if sort.key == "tags":
        return query, Customer.tag_count
    if sort.key in CONTACT_SORT_KEYS:
        return query, contact_sort_expr(sort.key)
    if sort.key in PURCHASE_SORT_KEYS:
        return query, SQL(PURCHASE_SORT_KEYS[sort.key])
    if sort.key == "id" or sort.key not in BUILTIN_COLUMNS or sort.key in UNSORTABLE:
        return query, None
    return query, getattr(Customer, sort.key)


DEEP_OFFSET = 1000


def _after_condition(keys, after, descending):
    lhs = Tuple(*keys) if len(keys) > 1 else keys[0]
    rhs = Tuple(*after) if len(keys) > 1 else after[0]
    return lhs < rhs if descending else lhs > rhs


def _segmented_rows(
    flt, order: sort_order.Segmented, descending, limit, offset, after, strategy, ids
) -> list[tuple[dict, tuple]]:
    """(row, key) in `order`: each segment read by keyset through its index (keys only,
    so skipping rows costs no row reads), then the rows themselves by id."""
    parts = list(enumerate(order.segments))
    if descending:
        parts.reverse()
    picked: list[tuple] = []
    for number, segment in parts:
        if after is not None and number != after[1]:
            if (number < after[1]) != descending:
                continue  # before the key's segment: already read
            after = None  # past it: read this segment from its start
        query = _base(flt, *segment.keys, strategy=strategy, ids=ids)
        if segment.join is not None:
            query = segment.join(query)
        query = query.where(segment.where)
        if after is not None:
            query = query.where(_after_condition(segment.keys, after[2:], descending))
            after = None
        order_by = [k.desc() if descending else k.asc() for k in segment.keys]
        found = list(
            query.order_by(*order_by).limit(limit - len(picked)).offset(offset or None).tuples()
        )
        if offset and not found:  # the whole segment lies before the offset
            offset -= query.order_by().count()
            continue
        offset = 0
        picked += [order.key(number, tuple(values)) for values in found]
        if len(picked) >= limit:
            break
    wanted = [key[-1] for key in picked]
    by_id = {r["id"]: r for r in Customer.select().where(Customer.id.in_(wanted)).dicts()}
    return [(by_id[key[-1]], key) for key in picked if key[-1] in by_id]


def page(
    flt: CustomerFilter,
    sort: Sort,
    limit: int,
    *,
    offset: int = 0,
    after: tuple | None = None,
    matches: int | None = None,
    scope: int | None = None,
    ids: list[int] | None = None,
) -> Page:
    """Up to `limit` rows in sort order, starting `offset` rows past the row whose key is
    `after` (keyset paging: cheap however deep), or past the start when `after` is None.

    Each row is a dict of display values plus "id", "tags", custom values "cf:<id>" and
    "_key" (pass a row's _key as `after` to continue from it). `matches` (rows the
    filter matches) and `scope` (rows without the search) let a search pick the
    cheapest plan; the caller usually knows both already. `ids` from resolve() are
    the matching customers themselves.
    """
    strategy = "rowid"
    if ids is None and flt.query.strip() and not flt.has_tags and not flt.search:
        # A search-language query: few matches are read by the query's own plan (its
        # driving index) and then looked up, instead of walking the sort order past
        # every customer that fails it.
        if matches is None:
            matches = count(flt)
        if matches <= FEW:
            ids = [i for (i,) in _base(flt, Customer.id).tuples()]
    if ids is not None:
        strategy = "ids"
    elif flt.has_tags or (flt.search and not flt.in_bin and sort.key != "id"):
        if matches is None:
            matches = count(flt)
        if scope is None:
            scope = total(flt.in_bin)
        strategy = _plan(flt, sort, matches, scope, offset + limit)
    order = sort_order.segmented(sort.key, after)
    if order is not None:
        found = _segmented_rows(flt, order, sort.descending, limit, offset, after, strategy, ids)
        return _decorated([row for row, _key in found], [key for _row, key in found])
    query = _base(flt, Customer, strategy=strategy, ids=ids)
    query, expr = _sort_expr(sort, query)
    descending = sort.descending
    if flt.in_bin and sort.key == "id":
        expr = Customer.deleted_at  # the bin lists what was deleted last first
        descending = not descending
    keys = [expr, Customer.id] if expr is not None else [Customer.id]
    if (
        offset > DEEP_OFFSET
        and strategy in ("rowid", "walk_tags", "ids")
        and not sort.key.startswith("cf:")
    ):
        # Skip through the covering sort index for the key just before the page, then
        # read the page by keyset: OFFSET over whole rows reads every row it skips.
        anchor = _base(flt, *keys, strategy=strategy, ids=ids)
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
    keys = [(r.pop("_sortval"), r["id"]) if expr is not None else (r["id"],) for r in rows]
    return _decorated(rows, keys)


def _decorated(rows: list[dict], keys: list[tuple]) -> Page:
    """The page's rows with their keys, tags (and colours) and custom values."""
    ids = [r["id"] for r in rows]
    tags = tags_of(ids, with_colors=True)
    custom = values_of(ids)
    for r, key in zip(rows, keys, strict=True):
        r["_key"] = key
        chips = tags.get(r["id"], [])
        r["tags"] = [name for name, _color in chips]
        r["_tag_colors"] = [color for _name, color in chips]
        r.update(custom.get(r["id"], {}))
    return Page(rows)
