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

from models.followups import followups
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


def follow(survey, customer_id: int, score: int, comment: str,
           answered_at: dt.datetime) -> tuple[int | None, bool]:  # fmt: skip
    """Start the loop for one answer (call inside its transaction): (follow-up id or
    None, whether the 推荐者 tag was given by it)."""
    which = category(survey.kind, score)
    due = due_day(answered_at.date())
    label = f"{survey.name} {score}分"
    if which == "detractor":
        return followups.create(customer_id, due, subject=f"贬损者回访 {label}", note=comment,
                                source=SOURCE), False  # fmt: skip
    if which == "passive":
        if not survey.follow_passives:
            return None, False
        return followups.create(customer_id, due, subject=f"中立者回访 {label}", note=comment,
                                source=SOURCE), False  # fmt: skip
    tagged = False
    if survey.kind == "nps":
        tagged = bool(add_tags([promoter_tag()], [customer_id]).added.get(promoter_tag()))
    new_id = followups.create(customer_id, due, subject=f"请推荐者转介绍/好评 {label}", note=comment,
                              source=SOURCE + "_referral")  # fmt: skip
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
