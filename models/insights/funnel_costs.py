"""The funnel's costs (获客成本): what was spent on a source channel or an event over a
span of days, in integer fen (schema step 29). Entered by hand, audited ("cost"),
undoable in the window by row images; the ROI reads them (funnel_roi.py).

A cost is for a channel (a customer source code, not '') or an event (its id), never
both, over [start, end] (days included). Setting a cost for the same channel or event
and span changes its amount. Refused, nothing written: a negative or non-whole amount,
an end before the start, an unknown channel, an unknown event, a note too long.
"""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, IntegerField, TextField

from models import clock
from models.communities.events import get_row as event_row
from models.customers.choice_words import CHOICE_WORDS, folded, word_index
from models.customers.record import SOURCES
from models.errors import NotFoundError, ValidationError
from models.storage import audit, row_changes
from models.storage.base import BaseModel
from models.storage.db import database
from models.storage.row_changes import RowChanges, Scope, newer_than_now

CHANNELS = tuple(s for s in SOURCES if s)
# A channel as staff type it: its code, or its word in Chinese or English (微信, WeChat).
CHANNEL_WORDS = {
    **CHOICE_WORDS["source"],
    "community": ("社群", "community group"),  # the two sources only the program sets
    "import": ("导入", "imported"),
}
_CHANNEL_INDEX = word_index(CHANNEL_WORDS)
NOTE_MAX = 200
MAX_FEN = 10**13  # a hundred billion yuan: anything above is a typing slip


class FunnelCost(BaseModel):
    channel = CharField()  # a source code, '' for an event's cost
    event_id = IntegerField()  # 0 for a channel's cost
    start_on = DateField()
    end_on = DateField()
    amount_fen = IntegerField()
    note = TextField()
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "funnel_cost"


def _day(value, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, "date_invalid", f"{field}: '{value}' is not a date",
                              text=str(value)) from None  # fmt: skip


def _amount(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("amount", "amount_invalid", f"'{value}' is not an amount of money")
    if value < 0:
        raise ValidationError("amount", "cost_negative", "a cost cannot be negative")
    if value >= MAX_FEN:
        raise ValidationError("amount", "amount_too_large", f"{value} is too large an amount")
    return value


def channel_code(text: str) -> str:
    """The channel code `text` names (a code, or a word: 微信, WeChat, 门店, Walk-in);
    ValidationError channel_unknown naming the choices (`choices`: code and word)."""
    code = _CHANNEL_INDEX.get(folded(text or ""))
    if code is None:
        choices = ", ".join(f"{code} {CHANNEL_WORDS[code][0]}" for code in CHANNELS)
        raise ValidationError("channel", "channel_unknown",
                              f"unknown channel '{text}': one of {choices}",
                              text=text, choices=choices)  # fmt: skip
    return code


def _target(channel: str | None, event_id: int | None) -> tuple[str, int, str]:
    """(channel, event id, the words the audit uses) after checking them."""
    channel = (channel or "").strip()
    if bool(channel) == bool(event_id):
        raise ValidationError("channel", "cost_target",
                              "a cost is for one channel or one event")  # fmt: skip
    if channel:
        channel = channel_code(channel)
        return channel, 0, channel
    event = event_row(event_id)
    return "", event.id, f"{event.title} ({event.id})"


def set_cost(*, channel: str | None = None, event_id: int | None = None, start, end,
             amount_fen: int, note: str = "") -> int:  # fmt: skip
    """Enter (or change) the cost of a channel or event over [start, end]; its id."""
    start, end = _day(start, "from"), _day(end, "to")
    if end < start:
        raise ValidationError("to", "period_order", f"the span ends ({end}) before it starts"
                              f" ({start})", start=str(start), end=str(end))  # fmt: skip
    amount = _amount(amount_fen)
    note = " ".join(str(note or "").split())
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "too_long", f"at most {NOTE_MAX} characters",
                              limit=NOTE_MAX)  # fmt: skip
    channel, event_id, words = _target(channel, event_id)
    now = clock.now()
    with database.atomic():
        old = FunnelCost.get_or_none(
            (FunnelCost.channel == channel) & (FunnelCost.event_id == event_id)
            & (FunnelCost.start_on == start) & (FunnelCost.end_on == end)
        )  # fmt: skip
        if old is None:
            cost_id = FunnelCost.insert(channel=channel, event_id=event_id, start_on=start,
                                        end_on=end, amount_fen=amount, note=note,
                                        created_at=now, updated_at=now).execute()  # fmt: skip
            was = ""
        else:
            cost_id = old.id
            FunnelCost.update(amount_fen=amount, note=note or old.note,
                              updated_at=now).where(FunnelCost.id == old.id).execute()  # fmt: skip
            was = f"{old.amount_fen / 100:.2f} → "
        audit.record("cost", "cost", cost_id,
                     detail=f"{words} {start}..{end}: {was}{amount / 100:.2f}")  # fmt: skip
    return cost_id


def remove_cost(cost_id: int) -> dict:
    """Remove a cost; the row as it was."""
    row = FunnelCost.get_or_none(FunnelCost.id == int(cost_id))
    if row is None:
        raise NotFoundError(f"no cost with id {cost_id}", code="cost_not_found", cost_id=cost_id)
    image = to_json(row)
    with database.atomic():
        FunnelCost.delete().where(FunnelCost.id == row.id).execute()
        who = row.channel or f"event {row.event_id}"
        audit.record("cost", "cost", row.id,
                     detail=f"{who} {row.start_on}..{row.end_on}: removed"
                            f" ({row.amount_fen / 100:.2f})")  # fmt: skip
    return image


def get(cost_id: int) -> dict:
    row = FunnelCost.get_or_none(FunnelCost.id == int(cost_id))
    if row is None:
        raise NotFoundError(f"no cost with id {cost_id}", code="cost_not_found", cost_id=cost_id)
    return to_json(row)


def listing(start: dt.date | None = None, end: dt.date | None = None) -> list[dict]:
    """The costs whose span meets [start, end] (None: open), by day then channel."""
    query = FunnelCost.select()
    if start is not None:
        query = query.where(FunnelCost.end_on >= start)
    if end is not None:
        query = query.where(FunnelCost.start_on <= end)
    rows = query.order_by(FunnelCost.start_on, FunnelCost.channel, FunnelCost.event_id,
                          FunnelCost.id)  # fmt: skip
    return [to_json(row) for row in rows]


def to_json(row: FunnelCost) -> dict:
    return {
        "id": row.id,
        "channel": row.channel or None,
        "event_id": row.event_id or None,
        "from": row.start_on,
        "to": row.end_on,
        "amount_fen": row.amount_fen,
        "note": row.note,
    }


def share(row: dict, start: dt.date | None, end: dt.date | None) -> int:
    """The part of a cost that falls in [start, end]: its amount spread evenly over its
    days, rounded to the fen (all of it when the period holds its whole span)."""
    first = row["from"] if start is None else max(row["from"], start)
    last = row["to"] if end is None else min(row["to"], end)
    if last < first:
        return 0
    span = (row["to"] - row["from"]).days + 1
    inside = (last - first).days + 1
    return (row["amount_fen"] * inside * 2 + span) // (span * 2)  # half up


# ---------------------------------------------------------------- undo in the window


def recording(cost_ids=None):
    """A context manager around a cost write: of `cost_ids` (and a new one), or of any
    cost (None: a save may change the one of the same span; the table is small)."""
    if cost_ids is None:
        return row_changes.recording([Scope(FunnelCost)])
    ids = [int(i) for i in cost_ids]
    return row_changes.recording(
        [Scope(FunnelCost, FunnelCost.id.in_(ids) | newer_than_now(FunnelCost))]
    )


def write(changes: RowChanges, to_after: bool) -> None:
    """Redo (`to_after`) or undo; "undo_conflict" when the cost changed since."""
    changes.write(to_after)


def describe(changes: RowChanges) -> str:
    rows = changes.images(FunnelCost, True) or changes.images(FunnelCost, False)
    return ", ".join(
        f"{r['channel'] or r['event_id']} {r['start_on']}..{r['end_on']}" for r in rows
    )
