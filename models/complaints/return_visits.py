"""Completing follow-ups from anywhere (the CLI, the agenda, a bulk complete): a
complaint's return visit (回访) goes through the complaint's "visit" step in the same
transaction, so the complaint never stays waiting with its visit done; any other
follow-up is completed as followups.complete does. The visit needs the customer's
satisfaction (1-5): without it, it is refused with the reason, or left out of a bulk
complete and named."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.complaints import complaints
from models.errors import ValidationError
from models.followups import followup_bulk, followups
from models.storage.db import database


def complaint_for(followup_id: int) -> int | None:
    """The complaint whose return visit this open follow-up is, when that complaint still
    waits for it (None for any other follow-up, or a visit its complaint left behind)."""
    row = followups.get_row(followup_id)
    if row.status != "open":
        return None
    complaint_id = complaints.complaint_of_followup(
        {"source": row.source, "care_key": row.care_key}
    )
    if complaint_id is None:
        return None
    complaint = complaints.Complaint.get_or_none(complaints.Complaint.id == complaint_id)
    if complaint is None or complaint.visit_followup != row.id:
        return None
    return complaint_id


def visited_complaint(followup_id: int) -> int | None:
    """The complaint a done follow-up recorded the return visit of (None otherwise)."""
    complaint = complaints.Complaint.get_or_none(
        (complaints.Complaint.visit_followup == followup_id)
        & (complaints.Complaint.status == "return_visited")
    )
    return complaint.id if complaint is not None else None


def _needs_satisfaction(followup_id: int, complaint_id: int) -> ValidationError:
    return ValidationError(
        "satisfaction", "visit_needs_satisfaction",
        f"follow-up {followup_id} is the return visit of complaint {complaint_id}: "
        "say how satisfied the customer is (1-5)",
        followup_id=followup_id, complaint_id=complaint_id,
    )  # fmt: skip


def complete(
    followup_id: int,
    outcome: str = "",
    *,
    satisfaction: int | None = None,
    channel: str | None = None,
    next_due=None,
    next_has_time: bool | None = None,
    next_kind: str | None = None,
    next_subject: str = "",
) -> followups.Completed:
    """Complete a follow-up; a complaint's return visit records the complaint's visit
    (satisfaction, `outcome` as the customer's comment) and moves it to return_visited.
    Refused ("visit_needs_satisfaction") when a return visit has no satisfaction, or
    with the step's reason when the complaint cannot take it: nothing changes."""
    complaint_id = complaint_for(followup_id)
    if complaint_id is None:
        owned = followups.get_row(followup_id).source in followups.OWNED_SOURCES
        return followups.complete(
            followup_id, outcome, channel=channel, next_due=next_due,
            next_has_time=next_has_time, next_kind=next_kind, next_subject=next_subject,
            through_owner=owned,  # a visit its complaint left behind: none waits for it
        )  # fmt: skip
    if satisfaction is None:
        raise _needs_satisfaction(followup_id, complaint_id)
    row = followups.get_row(followup_id)
    with database.atomic():
        done = complaints.step(complaint_id, "visit", satisfaction=satisfaction, comment=outcome)
        result = followups.Completed(done.get("interaction_id"))
        if next_due is not None:
            result.next_ids.append(
                followups.create(
                    row.customer_id,
                    next_due,
                    has_time=next_has_time,
                    kind=next_kind or row.kind,
                    subject=next_subject,
                    owner=row.owner,
                )  # fmt: skip
            )
    return result


@dataclass
class CompletedMany:
    done: list[int] = field(default_factory=list)  # follow-ups completed
    visited: list[int] = field(default_factory=list)  # complaints moved to return_visited
    left_out: list[int] = field(default_factory=list)  # return visits without satisfaction


def complete_many(ids, outcome: str = "", *, satisfaction: int | None = None) -> CompletedMany:
    """Complete the open follow-ups of `ids` with one outcome, all or nothing. Return
    visits go through their complaints' visit step with `satisfaction`; without it they
    are left out (and listed) while the others are completed (one audit entry)."""
    rows = [r for r in (followups.get_row(i) for i in ids) if r.status == "open"]
    visits = {row.id: complaint_for(row.id) for row in rows}
    plain = [row.id for row in rows if visits[row.id] is None]
    result = CompletedMany()
    with database.atomic():
        if plain:  # owned ones among them: visits their complaints left behind
            followup_bulk.complete_many(plain, outcome, through_owner=True)
            result.done += plain
        for row in rows:
            complaint_id = visits[row.id]
            if complaint_id is None:
                continue
            if satisfaction is None:
                result.left_out.append(row.id)
                continue
            complete(row.id, outcome, satisfaction=satisfaction)
            result.done.append(row.id)
            result.visited.append(complaint_id)
    return result
