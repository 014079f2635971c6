"""Who holds which level (会员等级) and why: up- and downgrades by rule, daily for all
members and after every purchase for one, with the validity and grace before a
downgrade; a level locked by hand (with a reason) that the rules leave alone; every
level change a LevelHistory row with its cause, audited, in one transaction.

The measures are set-based SQL: one grouped query per table (points, purchases) for
every way the levels measure (points earned or spend, over a rolling period of N days,
today included, or for life). "Points earned" are the earn and opening (期初) rows less the reversals of
earnings (a refund's pro-rata reversal, the undo of an earn); redemptions, expiry and
adjustments by hand do not move a level. Spend is the live purchases less refunds.

The rule for one member, today T, current level C, the highest level Q whose
threshold the member reaches (None when none):
- Q above C: up to Q now (held from T).
- Q is C: kept; a grace under way ends.
- Q below C: while C's validity runs (held since + valid_days) nothing happens; then,
  with grace days, a grace starts (level_until = T + grace_days) and the downgrade to
  the level then reached happens on level_until; without grace, down now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import clock
from models.errors import Cancelled, ValidationError
from models.membership import cards, levels, settings
from models.membership.tables import LevelHistory, Member, MemberLevel
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database, writable
from models.tags import tagging
from models.tags.tables import CustomerTag, Tag, TagGroup
from models.tags.tags import create_group, create_tag

TAG_GROUP = "会员等级"  # the system tag group of the live level tags
CAUSES = ("rule", "purchase", "grace", "lock", "unlock", "hand", "import")
CHUNK = 900


@dataclass
class Decision:
    customer_id: int
    from_level_id: int | None
    to_level_id: int | None
    since: dt.date | None
    until: dt.date | None
    kind: str  # up, down, grace (a grace starts), kept (a grace ends)
    cause: str

    def to_json(self, names: dict) -> dict:
        return {"customer_id": self.customer_id, "kind": self.kind, "cause": self.cause,
                "from_level": names.get(self.from_level_id, ""),
                "to_level": names.get(self.to_level_id, ""),
                "level_until": self.until.isoformat() if self.until else None}  # fmt: skip


def _since(today: dt.date, period_days: int | None) -> str | None:
    if not period_days:
        return None
    return (today - dt.timedelta(days=period_days - 1)).isoformat()


def _in(column: str, ids: list[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def _measure_sql(basis: str, periods: list[int], today: dt.date,
                 ids: list[int] | None) -> tuple[str, list]:  # fmt: skip
    """One grouped query over the basis's table: customer_id, then per period (0: for
    life) the points earned or the spend in fen (t0, t1, ...): one pass for all.

    Both read an index alone, in customer order (no sort, no table page): points from
    points_entry_customer (customer_id, at, id, points, kind, ..., reverses_id), spend
    from purchase_rfm (customer_id, day, amount_cents; live purchases), the period cut
    on `day` (at's date as an ordinal). The kind of the row a reversal reverses is
    looked up only for the reversals (a few percent of the rows), not joined to every
    row. Every member: one scan of the index; a few: their ranges of it."""
    if basis == "spend":
        value, at, key = "amount_cents", "day", "customer_id"
        table = "purchase"
        where, params = _in("customer_id", ids)
        where = " WHERE voided_at IS NULL" + where
        start = [(today - dt.timedelta(days=p - 1)).toordinal() for p in periods if p]
    else:
        value = ("CASE WHEN pe.kind IN ('earn', 'opening') THEN pe.points WHEN pe.kind ="
                 " 'reverse' AND (pe.reverses_id IS NULL OR (SELECT o.kind FROM points_entry o"
                 " WHERE o.id = pe.reverses_id) IN ('earn', 'opening')) THEN pe.points"
                 " ELSE 0 END")  # fmt: skip
        at, key, table = "pe.at", "pe.customer_id", "points_entry pe"
        where, params = _in("pe.customer_id", ids)
        where = " WHERE 1 = 1" + where
        start = [_since(today, p) for p in periods if p]
    sums = []
    for i, period in enumerate(periods):
        if period:
            sums.append(f"SUM(CASE WHEN {at} >= ? THEN {value} ELSE 0 END) AS t{i}")
        else:
            sums.append(f"SUM({value}) AS t{i}")
    return (f"SELECT {key} AS customer_id, {', '.join(sums)} FROM {table}{where} GROUP BY {key}"), [
        *start,
        *params,
    ]


def decide(state: tuple, target: int | None, every: dict[int, MemberLevel], today: dt.date,
           cause: str) -> Decision | None:  # fmt: skip
    """What the rules do to one member (state: customer_id, level_id, since, until)."""
    customer_id, current, since, until = state

    def rank(level_id):
        return -1 if level_id is None else every[level_id].rank

    def move(kind, to, new_cause=cause):
        return Decision(customer_id, current, to, today, None, kind, new_cause)

    if current is not None and current not in every:
        current = None  # a level deleted outside the rules: treated as none
    if rank(target) > rank(current):
        return move("up", target)
    if target == current:
        if until is not None:
            return Decision(customer_id, current, current, since, None, "kept", cause)
        return None
    level = every[current]
    if level.archived_at is not None:
        return move("down", target)
    if level.valid_days and since and today < since + dt.timedelta(days=level.valid_days):
        return None  # the level reached still holds
    if until is None:
        if level.grace_days:
            return Decision(customer_id, current, current, since,
                            today + dt.timedelta(days=level.grace_days), "grace", cause)  # fmt: skip
        return move("down", target)
    if today >= until:
        return move("down", target, "grace")
    return None


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _plan(ids: list[int] | None, today: dt.date, cause: str, step) -> list[Decision]:
    """The decisions, set-based: one grouped query per table (points, purchases) fills a
    temporary table keyed by customer with a column per period, the level each member
    reaches is one CASE over them, and only the members whose level may move (or whose
    grace runs) come back to Python."""
    every = {lv.id: lv for lv in levels.list_levels(archived=True)}
    by_rank = sorted((lv for lv in every.values() if lv.archived_at is None),
                     key=lambda lv: -lv.rank)  # fmt: skip
    ways = sorted({(lv.basis, lv.period_days or 0) for lv in by_rank})
    bases = sorted({basis for basis, _period in ways})
    column = {}  # (basis, period) -> its column in the final query
    for i, basis in enumerate(bases):
        step(i / (len(bases) + 1))
        periods = [period for b, period in ways if b == basis]
        sql, params = _measure_sql(basis, periods, today, ids)
        table = f"temp.level_{basis}"
        database.execute_sql(f"DROP TABLE IF EXISTS {table}")
        database.execute_sql(f"CREATE TEMP TABLE level_{basis} (customer_id INTEGER PRIMARY KEY"
                             + "".join(f", t{j} INTEGER" for j in range(len(periods))) + ")")  # fmt: skip
        database.execute_sql(f"INSERT INTO {table} {sql}", params)
        for j, period in enumerate(periods):
            column[(basis, period)] = f"COALESCE({basis[0]}.t{j}, 0)"
    case = "NULL"
    if by_rank:
        case = "CASE " + " ".join(
            f"WHEN {column[(lv.basis, lv.period_days or 0)]} >= {int(lv.threshold)}"
            f" THEN {int(lv.id)}" for lv in by_rank) + " END"  # fmt: skip
    joins = "".join(f" LEFT JOIN temp.level_{basis} {basis[0]} ON {basis[0]}.customer_id ="
                    " m.customer_id" for basis in bases)  # fmt: skip
    where, params = _in("m.customer_id", ids)
    rows = database.execute_sql(
        "SELECT customer_id, level_id, level_since, level_until, q FROM (SELECT m.customer_id,"
        f" m.level_id, m.level_since, m.level_until, {case} AS q FROM member m{joins}"
        f" WHERE m.level_locked = 0{where})"
        " WHERE q IS NOT level_id OR level_until IS NOT NULL ORDER BY customer_id", params
    ).fetchall()  # fmt: skip
    for basis in bases:
        database.execute_sql(f"DROP TABLE temp.level_{basis}")
    step(len(bases) / (len(bases) + 1))
    out = []
    for cid, level_id, since, until, target in rows:
        decision = decide((cid, level_id, _day(since), _day(until)), target, every, today, cause)
        if decision is not None:
            out.append(decision)
    return out


def recompute(customer_ids=None, *, dry_run: bool = False, cause: str = "rule",
              today: dt.date | None = None, progress=None, cancel=None) -> dict:  # fmt: skip
    """Apply the rules to every member (or to those given), in one transaction; with
    dry_run, only say what would change. Returns counts and the changes. `progress`
    (a fraction) and `cancel` (an Event: Cancelled, nothing written) for the window."""
    today = today or clock.today()

    def step(fraction: float) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        if progress is not None:
            progress(fraction)

    ids = None if customer_ids is None else sorted({int(c) for c in customer_ids})
    with database.atomic() as txn:
        decisions = _plan(ids, today, cause, step)
        step(0.95)
        if not dry_run:
            _write(decisions, today, ids)
        else:
            txn.rollback()
    counts = {kind: sum(1 for d in decisions if d.kind == kind)
              for kind in ("up", "down", "grace", "kept")}  # fmt: skip
    names = levels.names()
    return {"dry_run": dry_run, **counts,
            "changes": [d.to_json(names) for d in decisions]}  # fmt: skip


def _write(decisions: list[Decision], today: dt.date, ids: list[int] | None) -> None:
    if not decisions:
        return
    now = clock.now()
    stamp = now.isoformat(sep=" ")  # as Peewee writes it; once, not once a row
    staff = audit.staff()
    writable()
    database.connection().cursor().executemany(
        "UPDATE member SET level_id = ?, level_since = ?, level_until = ?, updated_at = ?"
        " WHERE customer_id = ?",
        [(d.to_level_id, d.since and d.since.isoformat(), d.until and d.until.isoformat(),
          stamp, d.customer_id) for d in decisions],
    )  # fmt: skip
    moved = [d for d in decisions if d.kind in ("up", "down")]
    insert_rows(LevelHistory, [LevelHistory.customer_id, LevelHistory.from_level_id,
                               LevelHistory.to_level_id, LevelHistory.at, LevelHistory.cause,
                               LevelHistory.locked, LevelHistory.reason, LevelHistory.staff],
                [(d.customer_id, d.from_level_id, d.to_level_id, stamp, d.cause, False, "",
                  staff) for d in moved])  # fmt: skip
    names = levels.names()
    if ids is not None and len(decisions) == 1:
        d = decisions[0]
        detail = (f"{names.get(d.from_level_id, '-')} → {names.get(d.to_level_id, '-')}"
                  f" ({d.kind}, {d.cause})")  # fmt: skip
        if d.kind in ("grace", "kept"):
            detail = f"{names.get(d.from_level_id, '-')}: {d.kind} {d.until or ''}".strip()
        audit.record("level", "member", d.customer_id, detail=detail)
    else:
        ups = sum(1 for d in moved if d.kind == "up")
        audit.record("level", "member", count=len(decisions),
                     detail=f"{today}: {ups} up, {len(moved) - ups} down, "
                     f"{len(decisions) - len(moved)} grace started or ended")  # fmt: skip
    if moved and settings.get("level_tags"):
        sync_tags([d.customer_id for d in moved] if ids is not None else None)


# ---------------------------------------------------------------- by hand


def _history_row(member: Member, to_level_id, cause: str, reason: str, locked: bool) -> None:
    LevelHistory.insert(customer_id=member.customer_id, from_level_id=member.level_id,
                        to_level_id=to_level_id, at=clock.now(), cause=cause, locked=locked,
                        reason=reason, staff=audit.staff()).execute()  # fmt: skip


def _reason(reason, required: bool) -> str:
    text = " ".join(str(reason or "").split())
    if required and not text:
        raise ValidationError("reason", "reason_required", "give a reason")
    if len(text) > 200:
        raise ValidationError("reason", "too_long", "the reason is too long", limit=200)
    return text


def lock(customer_id: int, level_id: int | None = None, reason: str = "") -> dict:
    """Hold the member at a level by hand (the one given, else the one held) with a
    reason (required); the rules leave a locked member alone."""
    reason = _reason(reason, required=True)
    member = cards.member_of(customer_id)
    if level_id is not None:
        level = levels.get(level_id)
        if level.archived_at is not None:
            raise ValidationError("level", "level_archived", f"level {level.name} is archived",
                                  name=level.name)  # fmt: skip
    to = member.level_id if level_id is None else level_id
    names = levels.names()
    with database.atomic():
        _history_row(member, to, "lock", reason, True)
        changes = {"level_id": to, "level_locked": True, "level_lock_reason": reason,
                   "level_until": None, "updated_at": clock.now()}  # fmt: skip
        if to != member.level_id:
            changes["level_since"] = clock.today()
        Member.update(**changes).where(Member.id == member.id).execute()
        audit.record(
            "lock",
            "member",
            member.customer_id,
            detail=f"{names.get(member.level_id, '-')} → {names.get(to, '-')}: {reason}",
        )
        if to != member.level_id and settings.get("level_tags"):
            sync_tags([member.customer_id])
    return state(customer_id)


def unlock(customer_id: int, reason: str = "") -> dict:
    """The rules take the member over again (and apply at once)."""
    reason = _reason(reason, required=False)
    member = cards.member_of(customer_id)
    if not member.level_locked:
        raise ValidationError("customer", "level_not_locked",
                              f"customer {customer_id}'s level is not locked",
                              id=customer_id)  # fmt: skip
    with database.atomic():
        _history_row(member, member.level_id, "unlock", reason, False)
        Member.update(level_locked=False, level_lock_reason="", updated_at=clock.now()).where(
            Member.id == member.id).execute()  # fmt: skip
        audit.record("unlock", "member", member.customer_id, detail=reason)
        recompute([member.customer_id], cause="rule")
    return state(customer_id)


def state(customer_id: int) -> dict:
    """The member's level as it stands."""
    member = cards.member_of(customer_id)
    names = levels.names()
    return {"customer_id": member.customer_id, "level_id": member.level_id,
            "level": names.get(member.level_id, ""), "level_since": member.level_since,
            "level_until": member.level_until, "locked": bool(member.level_locked),
            "lock_reason": member.level_lock_reason}  # fmt: skip


def level_of(customer_id: int) -> dict | None:
    """The member's level for the detail panel (None: not a member or no level)."""
    member = Member.get_or_none(Member.customer_id == int(customer_id))
    if member is None or member.level_id is None:
        return None
    return {"level": levels.names().get(member.level_id, ""), "locked": bool(member.level_locked),
            "lock_reason": member.level_lock_reason, "since": member.level_since,
            "until": member.level_until}  # fmt: skip


def level_names_of(customer_ids) -> dict[int, str]:
    """{customer id: level name} of those given who hold a level (the list's column)."""
    ids = list(customer_ids)
    names = levels.names()
    out = {}
    for i in range(0, len(ids), CHUNK):
        for cid, level_id in (Member.select(Member.customer_id, Member.level_id)
                              .where(Member.customer_id.in_(ids[i:i + CHUNK])
                                     & Member.level_id.is_null(False)).tuples()):  # fmt: skip
            out[cid] = names.get(level_id, "")
    return out


def history(customer_id: int) -> list[dict]:
    """The member's level changes, oldest first, with their causes."""
    cards.member_of(customer_id)
    names = levels.names()
    return [{"at": h.at, "from_level": names.get(h.from_level_id, ""),
             "to_level": names.get(h.to_level_id, ""), "cause": h.cause,
             "locked": bool(h.locked), "reason": h.reason, "staff": h.staff}
            for h in LevelHistory.select().where(LevelHistory.customer_id == int(customer_id))
            .order_by(LevelHistory.id)]  # fmt: skip


# ---------------------------------------------------------------- the live tags


def level_tags() -> dict[int, int]:
    """{level id: tag id} in the system group 会员等级 (made as needed)."""
    group = TagGroup.get_or_none(TagGroup.name == TAG_GROUP) or create_group(TAG_GROUP, "#c0872f")
    out = {}
    for level in levels.list_levels():
        tag = Tag.get_or_none(Tag.name == level.name) or create_tag(level.name, group.id)
        out[level.id] = tag.id
    return out


def sync_tags(customer_ids=None, *, remove_all: bool = False) -> tagging.TagChange:
    """Make the level tags say what the levels say (for those given, else everyone);
    remove_all: take every level tag off (the live tags turned off)."""
    with database.atomic():
        tags = level_tags()
        group = TagGroup.get(TagGroup.name == TAG_GROUP)
        stale = [t for (t,) in Tag.select(Tag.id).where(
            (Tag.group == group.id) & Tag.id.not_in(list(tags.values()))).tuples()]  # fmt: skip
        ids = None if customer_ids is None else list(customer_ids)
        change = tagging.TagChange()
        for level_id, tag_id in [*tags.items(), *((None, t) for t in stale)]:
            holders = CustomerTag.select(CustomerTag.customer_id).where(CustomerTag.tag == tag_id)
            members = Member.select(Member.customer_id).where(Member.level_id == level_id)
            if ids is not None:
                holders = holders.where(CustomerTag.customer_id.in_(ids))
                members = members.where(Member.customer_id.in_(ids))
            want = set() if remove_all or level_id is None else {c for (c,) in members.tuples()}
            have = {c for (c,) in holders.tuples()}
            if want - have:
                change.added[tag_id] = sorted(want - have)
            if have - want:
                change.removed[tag_id] = sorted(have - want)
        return tagging.apply(change)


# ---------------------------------------------------------------- the rules' settings

RULES = ("points_per_yuan", "points_task_register", "points_task_profile",
         "points_task_first_order", "points_task_review", "points_attendance", "level_tags",
         "level_after_purchase")  # fmt: skip


def rules() -> dict:
    return {key: settings.get(key) for key in RULES}


def set_rules(changes: dict) -> dict:
    """Change the earning and level rules at once (validated, audited, one transaction);
    the live tags follow the level_tags switch (on: put on; off: taken off)."""
    unknown = set(changes) - set(RULES)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "setting_unknown", "not a level rule")
    with database.atomic():
        was = settings.get("level_tags")
        settings.update(changes)
        now = settings.get("level_tags")
        if now != was:
            sync_tags(remove_all=not now)
    return rules()
