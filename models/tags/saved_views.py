"""Saved views (客户分群): a search plus a tag filter kept under a name.

The filter is stored as JSON ({"search", "query" (the search language, issue 29), "tags", "not_tags", "any", "not_contacted_days",
"no_next_followup", "rfm_segment", "where", "community", "community_role",
"community_level", "no_community"}) with tag ids, so renaming a tag keeps the view;
merging or deleting a tag updates every view. A set of ids (a metrics chart's customers)
is not kept: a view is a rule, not a list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from peewee import CharField, IntegerField, TextField, fn

from models.customers.customer_filter import WHERE_KEYS, CustomerFilter
from models.errors import NotFoundError, ValidationError
from models.storage.base import BaseModel
from models.storage.db import database
from models.values.search_text import normalise

MAX_NAME = 60


class SavedView(BaseModel):
    name = CharField()
    name_key = CharField(unique=True)
    filter = TextField(default="{}")
    position = IntegerField(default=0)


@dataclass(frozen=True)
class View:
    id: int
    name: str
    filter: CustomerFilter


def _to_json(flt: CustomerFilter) -> str:
    return json.dumps(
        {
            "search": flt.search,
            "query": flt.query,
            "tags": list(flt.tags),
            "not_tags": list(flt.not_tags),
            "any": flt.any_tags,
            "not_contacted_days": flt.not_contacted_days,
            "no_next_followup": flt.no_next_followup,
            "rfm_segment": flt.rfm_segment,
            "lead_grade": flt.lead_grade,
            "where": [list(c) for c in flt.where],
            "community": flt.community,
            "community_role": flt.community_role,
            "community_level": flt.community_level,
            "no_community": flt.no_community,
        },
        ensure_ascii=False,
    )


def _from_json(text: str) -> CustomerFilter:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        data = {}
    return CustomerFilter(
        search=str(data.get("search", "")),
        query=str(data.get("query", "") or ""),
        tags=tuple(int(t) for t in data.get("tags", [])),
        not_tags=tuple(int(t) for t in data.get("not_tags", [])),
        any_tags=bool(data.get("any", False)),
        not_contacted_days=max(0, int(data.get("not_contacted_days", 0) or 0)),
        no_next_followup=bool(data.get("no_next_followup", False)),
        rfm_segment=str(data.get("rfm_segment", "") or ""),
        lead_grade=str(data.get("lead_grade", "") or ""),
        where=tuple((str(k), str(v)) for k, v in (data.get("where") or []) if k in WHERE_KEYS),
        community=_whole(data.get("community")),
        community_role=str(data.get("community_role", "") or ""),
        community_level=str(data.get("community_level", "") or ""),
        no_community=bool(data.get("no_community", False)),
    )


def _whole(value) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def _clean_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise ValidationError("name", "view_name_required", "a saved view needs a name")
    if len(name) > MAX_NAME:
        raise ValidationError("name", "too_long", "name too long", limit=MAX_NAME)
    return name


def _check_free(name: str, view_id: int | None) -> None:
    other = SavedView.get_or_none(SavedView.name_key == normalise(name))
    if other is not None and other.id != view_id:
        raise ValidationError(
            "name", "view_name_taken", f"a view named {other.name!r} exists", name=other.name
        )


def list_views() -> list[View]:
    return [
        View(v.id, v.name, _from_json(v.filter))
        for v in SavedView.select().order_by(SavedView.position, SavedView.id)
    ]


def get_view(view_id: int) -> View:
    v = SavedView.get_or_none(SavedView.id == view_id)
    if v is None:
        raise NotFoundError(f"saved view {view_id} does not exist", "view_not_found", id=view_id)
    return View(v.id, v.name, _from_json(v.filter))


def save_view(name: str, flt: CustomerFilter) -> int:
    """Save the live-list filter under a new name; returns the view id."""
    name = _clean_name(name)
    with database.atomic():
        _check_free(name, None)
        position = (SavedView.select(fn.MAX(SavedView.position)).scalar() or 0) + 1
        return SavedView.insert(
            name=name, name_key=normalise(name), filter=_to_json(flt), position=position
        ).execute()


def rename_view(view_id: int, name: str) -> None:
    name = _clean_name(name)
    with database.atomic():
        get_view(view_id)
        _check_free(name, view_id)
        SavedView.update(name=name, name_key=normalise(name)).where(
            SavedView.id == view_id
        ).execute()


def update_view(view_id: int, flt: CustomerFilter) -> None:
    get_view(view_id)
    SavedView.update(filter=_to_json(flt)).where(SavedView.id == view_id).execute()


def delete_view(view_id: int) -> None:
    get_view(view_id)
    SavedView.delete().where(SavedView.id == view_id).execute()


def _rewrite(change) -> None:
    for v in SavedView.select():
        old = _from_json(v.filter)
        new = change(old)
        if new != old:
            SavedView.update(filter=_to_json(new)).where(SavedView.id == v.id).execute()


def replace_tag(old_id: int, new_id: int) -> None:
    """After a merge: views that used `old_id` use `new_id`."""

    def swap(ids):
        return tuple(dict.fromkeys(new_id if t == old_id else t for t in ids))

    _rewrite(lambda f: f.with_tags(swap(f.tags), swap(f.not_tags)))


def forget_tag(tag_id: int) -> None:
    """After a delete: views drop the tag from their filter."""

    def drop(ids):
        return tuple(t for t in ids if t != tag_id)

    _rewrite(lambda f: f.with_tags(drop(f.tags), drop(f.not_tags)))


def forget_values(values: list[str], replacement: str,
                  others: Callable[[str], list[str]] = lambda _v: []) -> int:  # fmt: skip
    """An erased customer's personal values (name, mobile, ...) leave the views: each
    one found in a view's name or search becomes `replacement` (the anonymous name),
    except where it is part of a word `others(value)` lists (another customer's name:
    张三 goes from "张三回访", not from "张三丰"). Returns the views changed. In the
    erasure's transaction."""
    values = [v for v in values if v]
    kept: dict[str, list[str]] = {}

    def scrub(text: str) -> str:
        for value in values:
            if value not in text:
                continue
            if value not in kept:  # asked only for a value some view holds
                kept[value] = sorted((o for o in others(value) if o != value), key=len,
                                     reverse=True)  # fmt: skip
            shields = {f"\x00{i}\x00": o for i, o in enumerate(kept[value]) if o in text}
            for mark, other in shields.items():
                text = text.replace(other, mark)
            text = text.replace(value, replacement)
            for mark, other in shields.items():
                text = text.replace(mark, other)
        return text

    changed = 0
    for v in SavedView.select():
        old = _from_json(v.filter)
        name, search = scrub(v.name), scrub(old.search)
        if name == v.name and search == old.search:
            continue
        if name != v.name:
            name = _free_view_name(name[:MAX_NAME], v.id)
        SavedView.update(name=name, name_key=normalise(name),
                         filter=_to_json(replace(old, search=search))).where(
            SavedView.id == v.id).execute()  # fmt: skip
        changed += 1
    return changed


def _free_view_name(name: str, view_id: int) -> str:
    """`name`, or `name (id)` when another view has it already."""
    other = SavedView.get_or_none(SavedView.name_key == normalise(name))
    if other is None or other.id == view_id:
        return name
    return f"{name[: MAX_NAME - 12]} ({view_id})"
