"""What the search box (and `guanjia customers --query`) makes of its text, and the text
a filter reads as: what the user sees in the box is what the filter is.

Tag clicks, the Contact and Segment menus and a dashboard chart set a filter's fields
(tags, contact, RFM, lead grade, chart conditions); `describe` writes them in the
language (标签:VIP -标签:黑名单 最近联系:>30天 分群:重要价值客户 ...) before the typed
query. `filter_for` reads a box back: the top-level terms those fields can hold are
lifted into them (so the tag planner and the tag browser keep working from tag ids),
the rest is the query, and plain words are today's search. describe -> filter_for gives
the same filter back (tests/test_query_box.py).
"""

from __future__ import annotations

from dataclasses import replace

from models.customers.customer_filter import CustomerFilter
from models.customers.query import compiler
from models.customers.query.errors import QueryError
from models.customers.query.fields import BY_KEY, CHOICES, find_field
from models.customers.query.syntax import And, Not, Term, only_words, parse
from models.customers.query.values import amount_days
from models.tags.tables import Tag
from models.values.search_text import normalise

# the fields a box's terms may be lifted into, cleared before a box is read
_LIFTED = dict(tags=(), not_tags=(), any_tags=False, not_contacted_days=0,
               no_next_followup=False, rfm_segment="", lead_grade="", where=())  # fmt: skip


def quoted(value: str) -> str:
    """A value as a term writes it: quoted when it holds a space or a separator."""
    if any(ch.isspace() or ch in '|,()"“”:' for ch in value):
        return f"“{value}”" if '"' in value else f'"{value}"'
    return value


def describe(flt: CustomerFilter, tag_names: dict[int, str] | None = None) -> str:
    """The box's text for `flt`: its fields as terms, then its query or search words."""
    if tag_names is None:
        tag_names = dict(Tag.select(Tag.id, Tag.name).tuples())
    tag = BY_KEY["tag"].label
    parts = []
    names = [quoted(tag_names[t]) for t in flt.tags if t in tag_names]
    if flt.any_tags and len(names) > 1:
        parts.append(f"{tag}:{'|'.join(names)}")
    else:
        parts += [f"{tag}:{n}" for n in names]
    parts += [f"-{tag}:{quoted(tag_names[t])}" for t in flt.not_tags if t in tag_names]
    if flt.not_contacted_days:
        parts.append(f"{BY_KEY['last_contact'].label}:>{flt.not_contacted_days}天")
    if flt.no_next_followup:
        parts.append(f"{BY_KEY['next_followup'].label}:空")
    if flt.rfm_segment:
        parts.append(f"{BY_KEY['rfm'].label}:{CHOICES['rfm'][flt.rfm_segment][0]}")
    if flt.lead_grade:
        parts.append(f"{BY_KEY['lead_grade'].label}:{flt.lead_grade}")
    for key, value in flt.where:
        if key == "created_month":
            parts.append(f"{BY_KEY['created'].label}:{value}")
        else:
            word = CHOICES[key][value][0] if value in CHOICES[key] else "空"
            parts.append(f"{BY_KEY[key].label}:{word}")
    rest = flt.query or flt.search
    return " ".join([*parts, rest] if rest.strip() else parts)


def filter_for(text: str, flt: CustomerFilter = CustomerFilter()) -> CustomerFilter:
    """`flt` (its community, ids and bin kept) narrowed by the box's `text`. QueryError
    when the text cannot be asked, before anything is read."""
    text = (text or "").strip()
    tree = parse(text)
    out = replace(flt, **_LIFTED)
    items = tree.items if isinstance(tree, And) else (tree,) if tree is not None else ()
    lifted: list[tuple[int, int]] = []
    changes: dict = {}
    for item in items:
        change = _liftable(item, changes)
        if change is not None:
            changes.update(change)
            lifted.append((item.start, item.end))
    rest = text
    for start, end in sorted(lifted, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = " ".join(rest.split()) if lifted else text
    if "tags" in changes or "not_tags" in changes:
        tags, not_tags = changes.pop("tags", ()), changes.pop("not_tags", ())
        out = out.with_tags(tags, not_tags, changes.pop("any_tags", False))
    out = replace(out, **changes)
    if only_words(parse(rest)):
        return replace(out, search=rest, query="")
    compiler.check(rest)
    return replace(out, search="", query=rest)


def _liftable(item, changes: dict) -> dict | None:
    """The filter fields a top-level term sets, or None when it stays in the query."""
    negated = isinstance(item, Not)
    term = item.node if negated else item
    if not isinstance(term, Term):
        return None
    try:
        field = find_field(term.field, term.start, term.end, list(BY_KEY.values()))
    except QueryError:  # an unknown field: the compiler says so
        return None
    value = term.value.strip()
    if field.kind == "tag" and term.op in (":", "="):
        names = [value] if term.quoted else [v.strip() for v in value.split("|")]
        ids = [_tag_id(n) for n in names]
        if None in ids or not names:
            return None
        if negated:
            if len(ids) > 1:
                return None
            return {"not_tags": (*changes.get("not_tags", ()), ids[0])}
        if len(ids) > 1:  # any of them: only as the one tag term
            if changes.get("tags"):
                return None
            return {"tags": tuple(ids), "any_tags": True}
        if changes.get("any_tags"):
            return None
        return {"tags": (*changes.get("tags", ()), ids[0])}
    if negated or term.quoted:
        return None
    if field.key == "last_contact" and term.op == ">" and "not_contacted_days" not in changes:
        days = amount_days(value)
        if days is not None and value.endswith("天"):
            return {"not_contacted_days": days}
    if field.key == "next_followup" and value == "空" and term.op == ":":
        return {"no_next_followup": True}
    if field.key == "rfm" and term.op in (":", "=") and "rfm_segment" not in changes:
        code = _choice(field.key, value)
        return {"rfm_segment": code} if code else None
    if field.key == "lead_grade" and term.op in (":", "=") and "lead_grade" not in changes:
        code = _choice(field.key, value)
        return {"lead_grade": code} if code else None
    return None


def _choice(key: str, value: str) -> str:
    wanted = normalise(value)
    for code, words in CHOICES[key].items():
        if wanted == code or wanted in (normalise(w) for w in words):
            return code
    return ""


def _tag_id(name: str) -> int | None:
    tag = Tag.get_or_none(Tag.name_key == normalise(name))
    return None if tag is None else tag.id
