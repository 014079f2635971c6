"""The closed loop an answer starts, in the answer's transaction (issue 27):

- a detractor (NPS 0-6, CSAT 1-2, CES 1-3) gets a phone follow-up for the customer's
  owner, due within 2 days, its subject marked with the score and its note the comment;
- a promoter (NPS 9-10) is tagged 推荐者 (a system tag, group 客户之声) and gets an
  "ask for a referral / review" follow-up, due within the same 2 days;
- a passive (NPS 7-8, CSAT 3, CES 4-5) gets a follow-up only when the survey says so.

"Within 2 days" counts working days, Saturday and Sunday skipped: an answer on Thursday
is due Monday, on Friday, Saturday or Sunday due Tuesday (a call is made on a working
day; a weekend answer waits for Monday's first day of the two)."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from models import clock
from models.customers.record import Customer
from models.followups import followups
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.tags.tables import Tag, TagGroup
from models.tags.tagging import add_tags, remove_tags
from models.tags.tags import create_group, create_tag

PROMOTER_TAG = "推荐者"
TAG_GROUP = "客户之声"
DUE_WORKING_DAYS = 2
SOURCE = "survey"  # the follow-ups' source


def category(kind: str, score: int) -> str:
    """promoter, passive or detractor (for CSAT: satisfied 4-5, neutral 3, 1-2)."""
    if kind == "csat":
        return "promoter" if score >= 4 else "passive" if score == 3 else "detractor"
    if kind == "ces":
        return "promoter" if score >= 6 else "passive" if score >= 4 else "detractor"
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def due_day(answered: dt.date, working_days: int = DUE_WORKING_DAYS) -> dt.date:
    """The day `working_days` working days after `answered` (weekends skipped)."""
    day, left = answered, working_days
    while left:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def promoter_tag() -> int:
    with database.atomic():
        group = TagGroup.get_or_none(TagGroup.name == TAG_GROUP) or create_group(TAG_GROUP,
                                                                                  "#2e7d32")  # fmt: skip
        tag = Tag.get_or_none(Tag.name == PROMOTER_TAG) or create_tag(PROMOTER_TAG, group.id)
        return tag.id


def _subject(survey, which: str, score: int) -> str | None:
    """The follow-up's subject for an answer of category `which`; None: no follow-up."""
    label = f"{survey.name} {score}分"
    if which == "detractor":
        return f"贬损者回访 {label}"
    if which == "passive":
        return f"中立者回访 {label}" if survey.follow_passives else None
    return f"请推荐者转介绍/好评 {label}"


def follow(survey, customer_id: int, score: int, comment: str,
           answered_at: dt.datetime) -> tuple[int | None, bool]:  # fmt: skip
    """Start the loop for one answer (call inside its transaction): (follow-up id or
    None, whether the 推荐者 tag was given by it)."""
    which = category(survey.kind, score)
    subject = _subject(survey, which, score)
    if subject is None:
        return None, False
    tagged = False
    if which == "promoter" and survey.kind == "nps":
        tag = promoter_tag()
        tagged = bool(add_tags([tag], [customer_id]).added.get(tag))
    source = SOURCE + ("_referral" if which == "promoter" else "")
    new_id = followups.create(customer_id, due_day(answered_at.date()), subject=subject,
                              note=comment, source=source)  # fmt: skip
    return new_id, tagged


def unfollow(followup_id: int | None, customer_id: int | None, tagged: bool) -> None:
    """Undo `follow`: the follow-up deleted, the tag it gave taken back."""
    if followup_id is not None and followups.Followup.get_or_none(
            followups.Followup.id == followup_id) is not None:  # fmt: skip
        followups.delete(followup_id)
    if tagged and customer_id is not None:
        tag = Tag.get_or_none(Tag.name == PROMOTER_TAG)
        if tag is not None:
            remove_tags([tag.id], [customer_id])


def follow_many(survey, items: list[tuple[int, int, str, dt.datetime]],
                import_run: int | None = None) -> list[tuple[int | None, bool]]:  # fmt: skip
    """`follow` for many answers at once (an import): (customer, score, comment, time)
    each; the follow-ups in one batched insert, the 推荐者 tag in one bulk change, one
    audit entry for the follow-ups. (follow-up id or None, tagged) per item, in order."""
    ids = sorted({c for c, *_ in items})
    owners: dict[int, str] = {}
    for i in range(0, len(ids), 900):
        owners.update(Customer.select(Customer.id, Customer.owner)
                      .where(Customer.id.in_(ids[i : i + 900])).tuples())  # fmt: skip
    now = clock.now()
    rows, where = [], []
    for n, (cid, score, comment, at) in enumerate(items):
        which = category(survey.kind, score)
        subject = _subject(survey, which, score)
        if subject is None:
            continue
        source = SOURCE + ("_referral" if which == "promoter" else "")
        due = dt.datetime.combine(due_day(at.date()), dt.time())
        rows.append((cid, "phone", str(due), False, subject[:followups.MAX_SUBJECT],
                     (comment or "")[:followups.MAX_NOTE], owners.get(cid, ""), "open", "",
                     None, source, "", "", str(now), None, None, import_run))  # fmt: skip
        where.append(n)
    out: list[tuple[int | None, bool]] = [(None, False)] * len(items)
    if rows:
        F = followups.Followup
        first = (F.select(fn.MAX(F.id)).scalar() or 0) + 1
        insert_rows(F, [F.customer, F.kind, F.due_at, F.has_time, F.subject, F.note, F.owner,
                        F.status, F.every, F.anchor, F.source, F.care_key, F.outcome,
                        F.created_at, F.done_at, F.notified_at, F.import_run], rows)  # fmt: skip
        for offset, n in enumerate(where):
            out[n] = (first + offset, False)
        followups.refresh_next({r[0] for r in rows})
        audit.record("create", "followup", count=len(rows),
                     detail=f"{survey.name}: closed loop of {len(rows):,} answers")  # fmt: skip
    if survey.kind == "nps":
        promoters = [n for n, (_c, score, *_r) in enumerate(items) if score >= 9]
        if promoters:
            tag = promoter_tag()
            given = set(add_tags([tag], [items[n][0] for n in promoters]).added.get(tag, []))
            for n in promoters:  # the first answer of each newly tagged customer gave it
                if items[n][0] in given:
                    given.discard(items[n][0])
                    out[n] = (out[n][0], True)
    return out


def unfollow_many(rows: list[tuple[int | None, int | None, bool]]) -> None:
    """`unfollow` for many answers (an import's undo): (follow-up, customer, tagged)."""
    ids = [f for f, _c, _t in rows if f is not None]
    F = followups.Followup
    customers = set()
    for i in range(0, len(ids), 900):
        part = ids[i : i + 900]
        customers |= {c for (c,) in F.select(F.customer).where(F.id.in_(part)).tuples()}
        F.delete().where(F.id.in_(part)).execute()
    followups.refresh_next(customers)
    tagged = [c for _f, c, t in rows if t and c is not None]
    tag = Tag.get_or_none(Tag.name == PROMOTER_TAG)
    if tagged and tag is not None:
        remove_tags([tag.id], tagged)
