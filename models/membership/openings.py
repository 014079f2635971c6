"""Opening balances (期初): members brought over from another program, each card with
its points, stored value (principal and bonus) and count cards as ledger rows of kind
"opening" dated at the import, and a level set by name (history cause "import").
Written in bulk (an import of 10,000 members), inside the caller's transaction, with
every kept balance and the day's figures moved as ledger_rows would move them.

The undo of such a run appends reversing rows (kind "reverse", never more than what is
left: what was spent since stays spent and is reported), stops the cards (停用) and puts
the levels back. Ledgers are append-only: nothing is deleted."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models import clock
from models.membership import lots, settings
from models.membership.ledger_rows import add_to_day
from models.membership.tables import (
    CountCard,
    CountCardEntry,
    LevelHistory,
    Member,
    MemberCard,
    PointsEntry,
    WalletEntry,
)
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database, writable

REASON = "期初"
CHUNK = 900


@dataclass
class Opening:
    """One card to open: None as card_no takes the next automatic number."""

    customer_id: int
    card_no: str | None
    joined_on: dt.date
    expires_on: dt.date | None = None
    points: int = 0
    principal_fen: int = 0
    bonus_fen: int = 0
    level_id: int | None = None
    service: str = ""  # a count card (次卡) with `visits` left
    visits: int = 0


@dataclass
class Opened:
    card_ids: list[int]  # in the order of the openings
    levels: list[tuple[int, int | None, int]]  # (customer, level before, level set)
    points: int = 0
    principal_fen: int = 0
    bonus_fen: int = 0
    visits: int = 0
    levels_locked: int = 0  # levels named for members locked by hand: left as they are


@dataclass
class Reversed:
    """What the undo of an opening run did; `short`: (customer, what) whose opening was
    partly spent since, so less than the opening was taken back."""

    points: int = 0
    principal_fen: int = 0
    bonus_fen: int = 0
    visits: int = 0
    cards_disabled: int = 0
    levels_restored: int = 0
    short: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _many(sql: str, rows: list) -> None:
    """A raw executemany, after the integrity gate (it bypasses execute_sql)."""
    if rows:
        writable()
        database.cursor().executemany(sql, rows)


def _s(value) -> str | None:
    return None if value is None else str(value)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def taken_card_numbers(numbers: set[str]) -> set[str]:
    """The numbers among these already given to a card (any status)."""
    taken: set[str] = set()
    for chunk in _chunks(sorted(numbers)):
        query = MemberCard.select(MemberCard.card_no).where(MemberCard.card_no.in_(chunk))
        taken |= {no for (no,) in query.tuples()}
    return taken


def _numbers(items: list[Opening]) -> list[str]:
    """Each opening's card number; automatic ones from the setting's sequence, jumping
    over numbers in use or named in the file."""
    prefix, digits = settings.get("card_prefix"), settings.get("card_digits")
    seq = settings.get("next_card_seq")
    if all(o.card_no for o in items):
        return [o.card_no for o in items]
    used = {o.card_no for o in items if o.card_no}
    query = MemberCard.select(MemberCard.card_no).where(MemberCard.card_no.startswith(prefix))
    used |= {no for (no,) in query.tuples()}
    out = []
    for o in items:
        no = o.card_no
        while not no:
            candidate = f"{prefix}{seq:0{digits}d}"
            seq += 1
            if candidate not in used:
                no = candidate
        out.append(no)
    settings._put("next_card_seq", seq)
    return out


def locked_levels(customers: set[int]) -> dict[int, int | None]:
    """{customer: level} of the members among `customers` whose level is locked by hand."""
    found: dict[int, int | None] = {}
    for chunk in _chunks(sorted(customers)):
        found.update(Member.select(Member.customer_id, Member.level_id).where(
            Member.customer_id.in_(chunk) & Member.level_locked).tuples())  # fmt: skip
    return found


def open_members(items: list[Opening], *, import_run: int | None = None,
                 reason: str = REASON) -> Opened:  # fmt: skip
    """Enrol and open every item, in the caller's transaction; card numbers must be free
    (the caller checked). Returns the cards made and the levels set."""
    now = clock.now()
    today = now.date()
    at, stamp, day = _s(now), _s(now), today.toordinal()
    staff = audit.staff()
    expiry = lots.expiry_for(today, settings.get("points_expiry"),
                             settings.get("points_expiry_months"))  # fmt: skip
    customers = sorted({o.customer_id for o in items})
    members: dict[int, int | None] = {}
    for chunk in _chunks(customers):
        query = Member.select(Member.customer_id, Member.level_id).where(
            Member.customer_id.in_(chunk))  # fmt: skip
        members.update(dict(query.tuples()))
    first = {}
    for o in items:
        first.setdefault(o.customer_id, o)
    insert_rows(Member, [Member.customer_id, Member.joined_on, Member.points, Member.level_id,
                         Member.level_locked, Member.level_lock_reason, Member.created_at,
                         Member.updated_at],
                [(c, _s(first[c].joined_on), 0, None, 0, "", stamp, stamp)
                 for c in customers if c not in members])  # fmt: skip
    numbers = _numbers(items)
    start = (MemberCard.select(MemberCard.id).order_by(MemberCard.id.desc()).scalar() or 0) + 1
    card_ids = list(range(start, start + len(items)))
    insert_rows(MemberCard, [MemberCard.id, MemberCard.card_no, MemberCard.customer_id,
                             MemberCard.status, MemberCard.status_reason, MemberCard.joined_on,
                             MemberCard.expires_on, MemberCard.principal_fen,
                             MemberCard.bonus_fen, MemberCard.last_used_at,
                             MemberCard.created_at, MemberCard.updated_at],
                [(cid, no, o.customer_id, "active", "", _s(o.joined_on), _s(o.expires_on),
                  o.principal_fen, o.bonus_fen,
                  at if (o.principal_fen or o.bonus_fen) else None, stamp, stamp)
                 for cid, no, o in zip(card_ids, numbers, items, strict=True)])  # fmt: skip
    result = Opened(card_ids, [])
    wallet = [(cid, o.customer_id, "opening", o.principal_fen, o.bonus_fen, at, day, "",
               reason, import_run, staff, stamp)
              for cid, o in zip(card_ids, items, strict=True)
              if o.principal_fen or o.bonus_fen]  # fmt: skip
    insert_rows(WalletEntry, [WalletEntry.card_id, WalletEntry.customer_id, WalletEntry.kind,
                              WalletEntry.principal_fen, WalletEntry.bonus_fen, WalletEntry.at,
                              WalletEntry.day, WalletEntry.receipt_no, WalletEntry.reason,
                              WalletEntry.import_run, WalletEntry.staff,
                              WalletEntry.created_at], wallet)  # fmt: skip
    result.principal_fen = sum(o.principal_fen for o in items)
    result.bonus_fen = sum(o.bonus_fen for o in items)
    if wallet:
        add_to_day(day, "opening", result.principal_fen, result.bonus_fen, len(wallet))
    _open_points(items, card_ids, import_run, reason, (at, today, expiry, staff, stamp))
    result.points = sum(o.points for o in items)
    result.visits = _open_count_cards(items, card_ids, import_run, reason, (at, staff, stamp))
    locked = locked_levels({o.customer_id for o in items if o.level_id is not None})
    result.levels_locked = len({o.customer_id for o in items
                                if o.customer_id in locked and o.level_id != locked[o.customer_id]
                                and o.level_id is not None})  # fmt: skip
    result.levels = _set_levels([o for o in items if o.customer_id not in locked], members,
                                (at, today, staff, stamp))  # fmt: skip
    return result


def _open_points(items, card_ids, import_run, reason, when) -> None:
    at, today, expiry, staff, stamp = when
    rows = [(o.customer_id, cid, "opening", o.points, at, _s(today), _s(expiry), "", "", reason,
             import_run, staff, stamp)
            for cid, o in zip(card_ids, items, strict=True) if o.points]  # fmt: skip
    insert_rows(PointsEntry, [PointsEntry.customer_id, PointsEntry.card_id, PointsEntry.kind,
                              PointsEntry.points, PointsEntry.at, PointsEntry.earned_on,
                              PointsEntry.expires_on, PointsEntry.task, PointsEntry.receipt_no,
                              PointsEntry.reason, PointsEntry.import_run, PointsEntry.staff,
                              PointsEntry.created_at], rows)  # fmt: skip
    by_customer: dict[int, int] = defaultdict(int)
    for o in items:
        by_customer[o.customer_id] += o.points
    _many(
        "UPDATE member SET points = points + ?, updated_at = ? WHERE customer_id = ?",
        [(p, stamp, c) for c, p in by_customer.items() if p],
    )


def _open_count_cards(items, card_ids, import_run, reason, when) -> int:
    at, staff, stamp = when
    chosen = [(cid, o) for cid, o in zip(card_ids, items, strict=True) if o.visits]
    if not chosen:
        return 0
    start = (CountCard.select(CountCard.id).order_by(CountCard.id.desc()).scalar() or 0) + 1
    ids = range(start, start + len(chosen))
    insert_rows(CountCard, [CountCard.id, CountCard.customer_id, CountCard.card_id,
                            CountCard.service, CountCard.visits_total, CountCard.visits_left,
                            CountCard.price_fen, CountCard.refunded_fen, CountCard.sold_at,
                            CountCard.expires_on, CountCard.status, CountCard.receipt_no,
                            CountCard.import_run, CountCard.created_at],
                [(i, o.customer_id, cid, o.service, o.visits, o.visits, 0, 0, at,
                  _s(o.expires_on), "active", "", import_run, stamp)
                 for i, (cid, o) in zip(ids, chosen, strict=True)])  # fmt: skip
    insert_rows(CountCardEntry, [CountCardEntry.count_card_id, CountCardEntry.customer_id,
                                 CountCardEntry.kind, CountCardEntry.visits,
                                 CountCardEntry.amount_fen, CountCardEntry.at,
                                 CountCardEntry.receipt_no, CountCardEntry.reason,
                                 CountCardEntry.import_run, CountCardEntry.staff,
                                 CountCardEntry.created_at],
                [(i, o.customer_id, "opening", o.visits, 0, at, "", reason, import_run, staff,
                  stamp) for i, (_cid, o) in zip(ids, chosen, strict=True)])  # fmt: skip
    return sum(o.visits for _cid, o in chosen)


def _set_levels(items, members, when) -> list[tuple[int, int | None, int]]:
    """The level named for each customer (the last row naming one wins)."""
    at, today, staff, stamp = when
    wanted = {o.customer_id: o.level_id for o in items if o.level_id is not None}
    changes = [(c, members.get(c), lvl) for c, lvl in wanted.items() if members.get(c) != lvl]
    _move_levels(changes, "", (at, today, staff, stamp))
    return changes


def _move_levels(changes, reason: str, when) -> None:
    at, today, staff, stamp = when
    _many(
        "UPDATE member SET level_id = ?, level_since = ?, level_until = NULL, updated_at = ?"
        " WHERE customer_id = ?", [(to, _s(today), stamp, c) for c, _old, to in changes])  # fmt: skip
    insert_rows(LevelHistory, [LevelHistory.customer_id, LevelHistory.from_level_id,
                               LevelHistory.to_level_id, LevelHistory.at, LevelHistory.cause,
                               LevelHistory.locked, LevelHistory.reason, LevelHistory.staff],
                [(c, old, to, at, "import", 0, reason, staff)
                 for c, old, to in changes])  # fmt: skip


def reverse_run(import_run: int, card_ids: list[int],
                levels: list[tuple[int, int | None, int]], reason: str) -> Reversed:  # fmt: skip
    """Undo of an opening run, in the caller's transaction: each of its opening rows not
    reversed yet gets its reversing row (up to what is left), its cards are stopped and
    the levels it set (if still so) put back."""
    now = clock.now()
    at, stamp, today = _s(now), _s(now), now.date()
    staff = audit.staff()
    done = Reversed()
    _reverse_points(import_run, reason, (at, staff, stamp), done)
    _reverse_wallet(import_run, reason, (at, today, staff, stamp), done)
    _reverse_visits(import_run, reason, (at, staff, stamp), done)
    for chunk in _chunks(card_ids):
        done.cards_disabled += (
            MemberCard.update(status="disabled", status_reason=reason, updated_at=now)
            .where(MemberCard.id.in_(chunk) & (MemberCard.status != "disabled"))
            .execute()
        )
    current = {}
    for chunk in _chunks([c for c, _o, _n in levels]):
        query = Member.select(Member.customer_id, Member.level_id).where(
            Member.customer_id.in_(chunk))  # fmt: skip
        current.update(dict(query.tuples()))
    back = [(c, new, old) for c, old, new in levels if current.get(c) == new]
    _move_levels(back, reason, (at, today, staff, stamp))
    done.levels_restored = len(back)
    return done


def _unreversed(model, import_run: int, *columns):
    """The run's opening rows not reversed yet, as namedtuples of `columns` (and id)."""
    reversed_ids = model.select(model.reverses_id).where(model.reverses_id.is_null(False))
    return list(model.select(model.id, *columns).where(
        (model.import_run == import_run) & (model.kind == "opening")
        & model.id.not_in(reversed_ids)).namedtuples())  # fmt: skip


def _reverse_points(import_run, reason, when, done: Reversed) -> None:
    at, staff, stamp = when
    rows = _unreversed(
        PointsEntry, import_run, PointsEntry.customer_id, PointsEntry.card_id, PointsEntry.points
    )
    left: dict[int, int] = {}
    for chunk in _chunks(sorted({r.customer_id for r in rows})):
        query = Member.select(Member.customer_id, Member.points).where(
            Member.customer_id.in_(chunk))  # fmt: skip
        left.update(dict(query.tuples()))
    out, moved = [], defaultdict(int)
    for r in rows:
        take = max(0, min(r.points, left.get(r.customer_id, 0)))
        left[r.customer_id] = left.get(r.customer_id, 0) - take
        if take < r.points:
            done.short.append({"customer": r.customer_id, "what": "points",
                               "opening": r.points, "reversed": take})  # fmt: skip
        if take:
            out.append((r.customer_id, r.card_id, "reverse", -take, at, "", "", reason, r.id,
                        import_run, staff, stamp))  # fmt: skip
            moved[r.customer_id] += take
    insert_rows(PointsEntry, [PointsEntry.customer_id, PointsEntry.card_id, PointsEntry.kind,
                              PointsEntry.points, PointsEntry.at, PointsEntry.task,
                              PointsEntry.receipt_no, PointsEntry.reason,
                              PointsEntry.reverses_id, PointsEntry.import_run,
                              PointsEntry.staff, PointsEntry.created_at], out)  # fmt: skip
    _many(
        "UPDATE member SET points = points - ?, updated_at = ? WHERE customer_id = ?",
        [(p, stamp, c) for c, p in moved.items()],
    )
    done.points = sum(moved.values())


def _reverse_wallet(import_run, reason, when, done: Reversed) -> None:
    at, today, staff, stamp = when
    rows = _unreversed(
        WalletEntry,
        import_run,
        WalletEntry.card_id,
        WalletEntry.customer_id,
        WalletEntry.principal_fen,
        WalletEntry.bonus_fen,
    )
    left: dict[int, list[int]] = {}
    for chunk in _chunks(sorted({r.card_id for r in rows})):
        query = MemberCard.select(MemberCard.id, MemberCard.principal_fen,
                                  MemberCard.bonus_fen).where(MemberCard.id.in_(chunk))  # fmt: skip
        left.update({i: [p, b] for i, p, b in query.tuples()})
    out, moves = [], []
    day = today.toordinal()
    for r in rows:
        have = left.get(r.card_id, [0, 0])
        p = max(0, min(r.principal_fen, have[0]))
        b = max(0, min(r.bonus_fen, have[1]))
        have[0] -= p
        have[1] -= b
        if (p, b) != (r.principal_fen, r.bonus_fen):
            done.short.append({"customer": r.customer_id, "what": "stored_value",
                               "opening_fen": r.principal_fen + r.bonus_fen,
                               "reversed_fen": p + b})  # fmt: skip
        if p or b:
            out.append((r.card_id, r.customer_id, "reverse", -p, -b, at, day, "", reason, r.id,
                        import_run, staff, stamp))  # fmt: skip
            moves.append((p, b, at, stamp, r.card_id))
            done.principal_fen += p
            done.bonus_fen += b
    insert_rows(WalletEntry, [WalletEntry.card_id, WalletEntry.customer_id, WalletEntry.kind,
                              WalletEntry.principal_fen, WalletEntry.bonus_fen, WalletEntry.at,
                              WalletEntry.day, WalletEntry.receipt_no, WalletEntry.reason,
                              WalletEntry.reverses_id, WalletEntry.import_run,
                              WalletEntry.staff, WalletEntry.created_at], out)  # fmt: skip
    _many(
        "UPDATE member_card SET principal_fen = principal_fen - ?, bonus_fen = bonus_fen - ?,"
        " last_used_at = ?, updated_at = ? WHERE id = ?", moves)  # fmt: skip
    if out:
        add_to_day(day, "reverse", -done.principal_fen, -done.bonus_fen, len(out))


def _reverse_visits(import_run, reason, when, done: Reversed) -> None:
    at, staff, stamp = when
    rows = _unreversed(
        CountCardEntry,
        import_run,
        CountCardEntry.count_card_id,
        CountCardEntry.customer_id,
        CountCardEntry.visits,
    )
    left: dict[int, int] = {}
    for chunk in _chunks(sorted({r.count_card_id for r in rows})):
        query = CountCard.select(CountCard.id, CountCard.visits_left).where(
            CountCard.id.in_(chunk))  # fmt: skip
        left.update(dict(query.tuples()))
    out, moves = [], []
    for r in rows:
        take = max(0, min(r.visits, left.get(r.count_card_id, 0)))
        left[r.count_card_id] = left.get(r.count_card_id, 0) - take
        if take < r.visits:
            done.short.append({"customer": r.customer_id, "what": "visits",
                               "opening": r.visits, "reversed": take})  # fmt: skip
        if take:
            out.append((r.count_card_id, r.customer_id, "reverse", -take, 0, at, "", reason,
                        r.id, import_run, staff, stamp))  # fmt: skip
            moves.append((take, r.count_card_id))
            done.visits += take
    insert_rows(CountCardEntry, [CountCardEntry.count_card_id, CountCardEntry.customer_id,
                                 CountCardEntry.kind, CountCardEntry.visits,
                                 CountCardEntry.amount_fen, CountCardEntry.at,
                                 CountCardEntry.receipt_no, CountCardEntry.reason,
                                 CountCardEntry.reverses_id, CountCardEntry.import_run,
                                 CountCardEntry.staff, CountCardEntry.created_at], out)  # fmt: skip
    _many("UPDATE count_card SET visits_left = visits_left - ? WHERE id = ?", moves)
