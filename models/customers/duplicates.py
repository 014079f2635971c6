"""Probable duplicate customers (issue 29 part 2): groups with a reason and a score.

Certain (score 1): the same mainland mobile, email or customer number (stored
normalised: normalise_phone / normalise_email). A landline (any stored phone that is
not a mainland mobile: "0571-88888888", a foreign number) is shared by a family or an
office, so it is never certain: it only counts as "another field agreeing" for a
likely pair. A mobile shared by clearly different names (a parent's mobile on the
child's record) is likely, not certain ("shared_mobile").

Likely: the same name with the same company, city, birthday or landline; or a name
that sounds the same in pinyin (the stored pinyin of `name_key`: 张伟 / 章伟) or differs
by one character (rapidfuzz's Levenshtein distance 1), with one of those fields agreeing.

Never all pairs: customers are put in blocks by normalised keys (a key and the field
that agrees, e.g. (pinyin, city)), and only the few customers of a block are compared.
A block larger than MAX_BLOCK (a common name in a big city) says nothing and is left
out. Pairs someone marked "not a duplicate" (customer_not_duplicate) never come back.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from peewee import CompositeKey, DateTimeField, IntegerField, TextField
from rapidfuzz.distance import Levenshtein

from models import clock
from models.customers.record import Customer, live_customer
from models.errors import Cancelled, ValidationError
from models.storage import audit
from models.storage.base import BaseModel
from models.storage.db import database
from models.values.contact_fields import is_mainland_mobile
from models.values.search_text import has_cjk, normalise

KINDS = ("certain", "likely", "all")
MAX_BLOCK = 20  # customers sharing a likely key beyond this are a common name, not a person
CHUNK = 50_000  # rows read per step (progress and Cancel between steps)
# Reasons, in the order a group names them; their scores.
SCORES = {
    "mobile": 1.0, "email": 1.0, "number": 1.0,
    "name_company": 0.9, "name_birthday": 0.9, "name_landline": 0.85, "name_city": 0.8,
    "pinyin": 0.75, "one_character": 0.7, "shared_mobile": 0.6,
}  # fmt: skip
SHARED_NAMES_BELOW = 0.5  # name similarity under which a shared mobile is a family's


class NotDuplicate(BaseModel):
    """A pair said not to be the same person (low id first)."""

    low_id = IntegerField()
    high_id = IntegerField()
    staff = TextField(default="")
    at = DateTimeField()

    class Meta:
        table_name = "customer_not_duplicate"
        primary_key = CompositeKey("low_id", "high_id")


@dataclass(frozen=True)
class Group:
    ids: tuple[int, ...]  # the suggested survivor first
    reason: str  # reasons joined by "+", e.g. "mobile+email"
    score: float

    @property
    def certain(self) -> bool:
        return self.score >= 1.0

    def to_json(self) -> dict:
        return {"ids": list(self.ids), "reason": self.reason, "score": self.score}


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def mark_not_duplicate(ids) -> int:
    """Remember every pair of `ids` as not the same person; returns pairs added. Audited."""
    ids = sorted({int(i) for i in ids})
    if len(ids) < 2:
        raise ValidationError("ids", "need_two", "name at least two customers")
    with database.atomic():
        for cid in ids:
            live_customer(cid)
        now = clock.now()
        rows = [{"low_id": a, "high_id": b, "staff": audit.staff(), "at": now}
                for i, a in enumerate(ids) for b in ids[i + 1:]]  # fmt: skip
        added = NotDuplicate.insert_many(rows).on_conflict_ignore().execute() and len(rows)
        audit.record("not_duplicate", "customer", ids[0],
                     detail=" ".join(str(i) for i in ids))  # fmt: skip
    return int(added or 0)


def forget_not_duplicate(ids) -> None:
    """Undo mark_not_duplicate (the window's undo)."""
    ids = sorted({int(i) for i in ids})
    with database.atomic():
        for i, a in enumerate(ids):
            NotDuplicate.delete().where(
                (NotDuplicate.low_id == a) & NotDuplicate.high_id.in_(ids[i + 1:])
            ).execute()  # fmt: skip
        audit.record("undo", "customer", ids[0], detail="not_duplicate " + " ".join(map(str, ids)))


def _not_duplicates() -> set[tuple[int, int]]:
    return set(NotDuplicate.select(NotDuplicate.low_id, NotDuplicate.high_id).tuples())


class _Sets:
    """Union-find over customer ids, remembering the best reason of each union."""

    def __init__(self):
        self.parent: dict[int, int] = {}
        self.reasons: dict[int, dict[str, float]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int, reason: str, score: float) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            merged = self.reasons.pop(rb, {})
            for r, s in self.reasons.get(ra, {}).items():
                merged[r] = max(s, merged.get(r, 0.0))
            self.reasons[ra] = merged
        best = self.reasons.setdefault(ra, {})
        best[reason] = max(score, best.get(reason, 0.0))

    def groups(self) -> dict[int, list[int]]:
        out = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        for root in out:
            if root not in out[root]:
                out[root].append(root)
        return out


_COLUMNS = ("id", "name", "name_key", "mobile", "company", "city", "birthday",
            "purchase_count", "tag_count")  # fmt: skip
# Values shared by several live customers, from the (column, id) sort indexes: SQLite
# groups them in one index pass, no customer row read. Merged-away ones are left out after.
_SHARED = ("SELECT {c}, group_concat(id) FROM customer WHERE deleted_at IS NULL AND {c} <> ''"
           " GROUP BY {c} HAVING COUNT(*) > 1")  # fmt: skip


def _certain_keys(progress, cancel, share: float) -> dict[tuple, list[int]]:
    merged = {r[0] for r in database.execute_sql(
        "SELECT id FROM customer WHERE merged_into IS NOT NULL").fetchall()}  # fmt: skip
    keys = {}
    for i, column in enumerate(("mobile", "email", "number")):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        for value, joined in database.execute_sql(_SHARED.format(c=column)).fetchall():
            if column == "mobile" and not is_mainland_mobile(value):
                continue  # a landline: never certain
            ids = sorted(int(x) for x in joined.split(",") if int(x) not in merged)
            if len(ids) > 1:
                keys[(column, value)] = ids
        if progress:
            progress(share * (i + 1) / 3)
    return keys


def _names_of(ids, names: dict, weight: dict) -> None:
    ids = sorted(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = ("SELECT id, name, purchase_count, tag_count FROM customer WHERE id IN"
               f" ({', '.join('?' * len(chunk))})")  # fmt: skip
        for cid, name, buys, tags in database.execute_sql(sql, chunk).fetchall():
            names[cid] = normalise(name or "")
            weight[cid] = (buys or 0, tags or 0)


def _rows(progress, cancel, start: float, end: float):
    """The live customers' columns, in chunks of CHUNK by id (progress start to end)."""
    total = Customer.select().where(_live()).count() or 1
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM customer WHERE id > ? AND deleted_at IS NULL"
           " AND merged_into IS NULL AND erased_at IS NULL ORDER BY id LIMIT ?")  # fmt: skip
    last, done = 0, 0
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        chunk = database.execute_sql(sql, (last, CHUNK)).fetchall()
        if not chunk:
            return
        yield from chunk
        last, done = chunk[-1][0], done + len(chunk)
        if progress:
            progress(start + (end - start) * min(1.0, done / total))


def _live():
    return (
        Customer.deleted_at.is_null()
        & Customer.merged_into.is_null()
        & Customer.erased_at.is_null()
    )


def _pinyin(name_key: str, name: str) -> str:
    """The stored pinyin of a Chinese name (name_key is "zhang wei 张伟"), else ''."""
    if not has_cjk(name) or " " not in name_key:
        return ""
    return name_key.rsplit(" ", 1)[0]


def find(by: str = "all", progress: Callable[[float], None] | None = None,
         cancel: threading.Event | None = None) -> list[Group]:  # fmt: skip
    """The groups of probable duplicates, largest first (then best score, then ids).

    `by`: certain, likely or all. `progress(fraction)` is called between chunks;
    `cancel` set raises Cancelled (nothing is written either way)."""
    if by not in KINDS:
        raise ValidationError("by", "bad_choice", f"--by must be one of {', '.join(KINDS)}")
    want_likely = by in ("likely", "all")
    share = 0.3 if want_likely else 0.9
    certain_keys = _certain_keys(progress, cancel, share)
    names: dict[int, str] = {}
    weight: dict[int, tuple] = {}
    _names_of({cid for ids in certain_keys.values() for cid in ids}, names, weight)
    likely_keys: dict[tuple, list[int]] = defaultdict(list)
    rows = _rows(progress, cancel, share, 0.9) if want_likely else ()
    for cid, name, name_key, mobile, company, city, birthday, buys, tags in rows:
        weight[cid] = (buys or 0, tags or 0)
        if not name:
            continue
        plain = normalise(name)
        names[cid] = plain
        # a landline: another field, never certain. Stored phones are normalised: a
        # mainland mobile is 11 digits from 1 (is_mainland_mobile's libphonenumber check,
        # 65 us a call, is kept for the few shared values of the certain pass)
        if mobile and not (len(mobile) == 11 and mobile[0] == "1" and mobile.isdigit()):
            mobile = "tel:" + mobile
        fields = [(k, normalise(v)) for k, v in (("company", company), ("city", city),
                  ("birthday", birthday)) if v]  # fmt: skip
        if mobile.startswith("tel:"):
            fields.append(("landline", mobile))
        pinyin = _pinyin(name_key, name)
        for field, value in fields:
            likely_keys[("name_" + field, plain, value)].append(cid)
            if pinyin:
                likely_keys[("pinyin", pinyin, field, value)].append(cid)
            if 2 <= len(plain) <= 8:  # one character apart: share a deletion neighbour
                for i in range(len(plain)):
                    key = plain[:i] + "\0" + plain[i + 1 :]
                    likely_keys[("one_character", key, field, value)].append(cid)
    refused = _not_duplicates()
    out: list[Group] = []
    certain, likely = _Sets(), _Sets()
    for (reason, _value), ids in certain_keys.items():
        if len(ids) < 2:
            continue
        if reason == "mobile":
            _mobile_block(ids, names, certain, likely, refused)
        else:
            _link(ids, reason, SCORES[reason], certain, refused)
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    if progress:
        progress(0.95)
    certain_groups = _groups(certain, refused, weight)
    if by in ("certain", "all"):
        out += certain_groups
    if want_likely:
        same = {cid: g.ids[0] for g in certain_groups for cid in g.ids}
        for key, ids in likely_keys.items():
            if 2 <= len(ids) <= MAX_BLOCK:
                _likely_block(key, ids, names, likely, refused, same)
        out += [g for g in _groups(likely, refused, weight, 0.95)
                if not _inside_certain(g, same)]  # fmt: skip
    if progress:
        progress(1.0)
    out.sort(key=lambda g: (-len(g.ids), -g.score, g.ids))
    return out


def _link(ids, reason: str, score: float, sets: _Sets, refused) -> None:
    first = ids[0]
    for other in ids[1:]:
        if _pair(first, other) not in refused:
            sets.union(first, other, reason, score)


def _mobile_block(ids, names, certain: _Sets, likely: _Sets, refused) -> None:
    """Customers of one mainland mobile: certain when the names are alike (or one is
    blank), likely when clearly different (a family's shared mobile)."""
    for i, a in enumerate(ids):
        for b in ids[i + 1 : i + 1 + MAX_BLOCK]:
            if _pair(a, b) in refused:
                continue
            na, nb = names.get(a, ""), names.get(b, "")
            if not na or not nb or Levenshtein.normalized_similarity(na, nb) >= SHARED_NAMES_BELOW:
                certain.union(a, b, "mobile", 1.0)
            else:
                likely.union(a, b, "shared_mobile", SCORES["shared_mobile"])


def _likely_block(key, ids, names, sets: _Sets, refused, same) -> None:
    reason = key[0]
    ids = sorted(set(ids))
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if _pair(a, b) in refused or (a in same and same.get(b) == same[a]):
                continue
            score = SCORES[reason]
            if reason == "one_character":
                if Levenshtein.distance(names[a], names[b]) != 1:
                    continue
            elif reason == "pinyin" and names[a] == names[b]:
                continue  # the same name: its name_ key says it better
            sets.union(a, b, reason, score)


def _groups(sets: _Sets, refused, weight, top: float = 1.0) -> list[Group]:
    out = []
    order = {r: i for i, r in enumerate(SCORES)}
    partners = defaultdict(set)
    for a, b in refused:
        partners[a].add(b)
    for root, members in sets.groups().items():
        members = sorted(set(members))
        for a in [m for m in members if m in partners]:  # never shown together again
            if a in members:
                members = [m for m in members if m not in partners[a]]
        if len(members) < 2:
            continue
        reasons = sets.reasons.get(root, {})
        score = min(top, round(max(reasons.values(), default=0.0), 2))
        text = "+".join(sorted(reasons, key=lambda r: order.get(r, 99)))
        members.sort(key=lambda c: (-weight.get(c, (0, 0))[0], -weight.get(c, (0, 0))[1], c))
        out.append(Group(tuple(members), text, score))
    return out


def _inside_certain(group: Group, same: dict[int, int]) -> bool:
    """A likely group whose customers are all in one certain group adds nothing."""
    roots = {same.get(cid) for cid in group.ids}
    return len(roots) == 1 and None not in roots
