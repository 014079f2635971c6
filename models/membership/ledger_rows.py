"""Appending to the ledgers, the one way every module writes them: the row, the kept
balance it moves (member.points, member_card.principal_fen/bonus_fen) and, for stored
value, the day's figures (wallet_day), in the caller's transaction. Rows are never
updated or deleted."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.membership.tables import Member, MemberCard, PointsEntry, WalletDay, WalletEntry
from models.storage import audit
from models.storage.db import database, writable


def wallet_row(card: MemberCard, kind: str, principal_fen: int, bonus_fen: int, *,
               at: dt.datetime | None = None, **refs) -> int:  # fmt: skip
    """One stored-value row on `card` (signed amounts); returns its id. Call it inside
    the movement's transaction."""
    now = clock.now()
    when = at or now
    day = when.date().toordinal()
    new_id = WalletEntry.insert(
        card_id=card.id, customer_id=card.customer_id, kind=kind,
        principal_fen=principal_fen, bonus_fen=bonus_fen, at=when, day=day,
        staff=audit.staff(), created_at=now, **refs,
    ).execute()  # fmt: skip
    MemberCard.update(
        principal_fen=MemberCard.principal_fen + principal_fen,
        bonus_fen=MemberCard.bonus_fen + bonus_fen, last_used_at=when, updated_at=now,
    ).where(MemberCard.id == card.id).execute()  # fmt: skip
    card.principal_fen += principal_fen
    card.bonus_fen += bonus_fen
    add_to_day(day, kind, principal_fen, bonus_fen, 1)
    return new_id


def add_to_day(day: int, kind: str, principal_fen: int, bonus_fen: int, rows: int) -> None:
    """Keep a day's figures by kind (bulk writers call it once per day and kind)."""
    (WalletDay.insert(day=day, kind=kind, principal_fen=principal_fen, bonus_fen=bonus_fen,
                      rows=rows)
     .on_conflict(conflict_target=[WalletDay.day, WalletDay.kind],
                  update={WalletDay.principal_fen: WalletDay.principal_fen + principal_fen,
                          WalletDay.bonus_fen: WalletDay.bonus_fen + bonus_fen,
                          WalletDay.rows: WalletDay.rows + rows})
     .execute())  # fmt: skip


def points_row(customer_id: int, kind: str, points: int, *, card_id: int | None = None,
               at: dt.datetime | None = None, **refs) -> int:  # fmt: skip
    """One points row (signed); returns its id. Inside the movement's transaction."""
    now = clock.now()
    new_id = PointsEntry.insert(
        customer_id=customer_id, card_id=card_id, kind=kind, points=points, at=at or now,
        staff=audit.staff(), created_at=now, **refs,
    ).execute()  # fmt: skip
    Member.update(points=Member.points + points, updated_at=now).where(
        Member.customer_id == customer_id
    ).execute()
    return new_id


def expire_rows(due: list[tuple[int, int]], cutoff: dt.date, reason: str) -> None:
    """The expiry batch's rows for a chunk of members ((customer_id, points) each), in
    two statements, with the kept balances; inside the chunk's transaction."""
    now, day = clock.now().isoformat(" "), cutoff.isoformat()  # as Peewee writes them
    staff = audit.staff()
    writable()  # the integrity gate: raw executemany bypasses execute_sql
    database.cursor().executemany(
        "INSERT INTO points_entry (customer_id, kind, points, at, expires_on, task, receipt_no,"
        " reason, staff, created_at) VALUES (?, 'expire', ?, ?, ?, '', '', ?, ?, ?)",
        [(c, -p, now, day, reason, staff, now) for c, p in due],
    )  # fmt: skip
    database.cursor().executemany(
        "UPDATE member SET points = points - ?, updated_at = ? WHERE customer_id = ?",
        [(p, now, c) for c, p in due],
    )


def wallet_sum(card_id: int) -> tuple[int, int]:
    row = (WalletEntry.select(fn.COALESCE(fn.SUM(WalletEntry.principal_fen), 0),
                              fn.COALESCE(fn.SUM(WalletEntry.bonus_fen), 0))
           .where(WalletEntry.card_id == card_id).tuples().get())  # fmt: skip
    return int(row[0]), int(row[1])
