"""A survey's target group (issue 27): whom to send it to, one kind each:

- tag: the live customers holding the tag named in `target_tag`;
- view: a saved view's customers (its search and filters, as the sidebar counts them);
- community: the members now of a community (`target_ref` its id);
- buyers: the customers with a purchase (not voided) in a period;
- complainants: the customers whose complaint had its return visit in a period.

A period is `target_ref` "YYYY-MM-DD..YYYY-MM-DD", either end may be empty (open). The
list is always read now (a tag's holders change). Mobiles are masked unless asked in
full and the business does not mask them (models/privacy/masking.py)."""

from __future__ import annotations

import datetime as dt

from models.communities import communities
from models.complaints.complaints import Complaint
from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import ValidationError
from models.privacy.masking import mobiles_masked
from models.purchases.purchases import LIVE, Purchase
from models.tags import saved_views, tags
from models.values.contact_fields import mask_mobile

KINDS = ("", "tag", "view", "community", "buyers", "complainants")
PERIOD_KINDS = ("buyers", "complainants")
CHUNK = 900


def _day(text: str, name: str) -> dt.date | None:
    text = str(text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, "survey_date_invalid",
                              f"{name}: '{text}' is not a date like 2026-12-01",
                              text=text) from None  # fmt: skip


def period(ref: str) -> tuple[dt.date | None, dt.date | None]:
    first, _sep, last = str(ref or "").partition("..")
    return _day(first, "target_from"), _day(last, "target_to")


def period_ref(first, last) -> str:
    """The `target_ref` of a period (dates or "YYYY-MM-DD" texts, None or "" open)."""
    a, b = _day(str(first or ""), "target_from"), _day(str(last or ""), "target_to")
    if a and b and b < a:
        raise ValidationError("target_to", "survey_period_order",
                              "the period ends before it starts")  # fmt: skip
    return f"{a.isoformat() if a else ''}..{b.isoformat() if b else ''}"


def clean(kind: str, ref, tag: str) -> tuple[str, str, str]:
    """(kind, ref, tag) checked: ValidationError "survey_target_invalid" for an unknown
    kind, NotFoundError for a view or community that is not there."""
    kind = str(kind or "").strip().lower()
    tag = str(tag or "").strip()
    if kind not in KINDS:
        raise ValidationError("target_kind", "survey_target_invalid",
                              f"'{kind}' is not a target group; use one of: "
                              + ", ".join(k for k in KINDS if k), text=kind)  # fmt: skip
    if kind == "" and tag:
        kind = "tag"
    if kind == "tag":
        if not tag:
            raise ValidationError("target_tag", "survey_target_required", "name the tag")
        return kind, "", tag
    if kind in ("view", "community"):
        try:
            number = int(str(ref).strip())
        except (TypeError, ValueError):
            raise ValidationError("target_ref", "survey_target_required",
                                  f"choose the {kind}") from None  # fmt: skip
        if kind == "view":
            saved_views.get_view(number)
        else:
            communities.find(number)
        return kind, str(number), ""
    if kind in PERIOD_KINDS:
        return kind, period_ref(*period(ref)), ""
    return "", "", ""


def _bounds(column, ref: str) -> list:
    first, last = period(ref)
    out = []
    if first:
        out.append(column >= dt.datetime.combine(first, dt.time()))
    if last:
        out.append(column < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
    return out


def _live(query, column) -> list[int]:
    """The distinct customers `column` names in `query`'s rows, not in the recycle bin,
    in order: one query (a join, not a list of ids sent back)."""
    query = (query.select(column).join(Customer, on=(Customer.id == column))
             .where(Customer.deleted_at.is_null()).distinct())  # fmt: skip
    return sorted(c for (c,) in query.tuples())


def customer_ids(survey) -> list[int]:
    """The ids of the survey's target customers now, in order (none without a target)."""
    kind, ref, tag = survey.target_kind or "", survey.target_ref or "", survey.target_tag or ""
    if kind == "" and tag:
        kind = "tag"
    if kind == "tag":
        (found,) = tags.tags_by_name([tag])  # NotFoundError "tag_not_found"
        return sorted(customer_list.matching_ids(CustomerFilter(tags=(found.id,))))
    if kind == "view":
        return sorted(customer_list.matching_ids(saved_views.get_view(int(ref)).filter))
    if kind == "community":
        return sorted(customer_list.matching_ids(CustomerFilter(community=int(ref))))
    if kind == "buyers":
        where = [LIVE, *_bounds(Purchase.at, ref)]
        return _live(Purchase.select().where(*where), Purchase.customer)
    if kind == "complainants":
        where = [Complaint.visited_at.is_null(False), *_bounds(Complaint.visited_at, ref)]
        return _live(Complaint.select().where(*where), Complaint.customer)
    return []


def full_allowed() -> bool:
    """Whether a target list may carry full mobiles: not when the business masks them."""
    return not mobiles_masked()


def rows(survey, full_mobile: bool = False) -> list[dict]:
    """The target customers: id, name, mobile (masked unless `full_mobile` and allowed)."""
    return rows_of(customer_ids(survey), full_mobile)


def listing(survey, full_mobile: bool = False, limit: int = 2000) -> tuple[int, list[dict]]:
    """(how many target customers, the rows of the first `limit`): the window's tab."""
    ids = customer_ids(survey)
    return len(ids), rows_of(ids[:limit], full_mobile)


def rows_of(ids: list[int], full_mobile: bool = False) -> list[dict]:
    full = full_mobile and full_allowed()
    found: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), CHUNK):
        for cid, name, mobile in (Customer.select(Customer.id, Customer.name, Customer.mobile)
                                  .where(Customer.id.in_(ids[i : i + CHUNK])).tuples()):  # fmt: skip
            found[cid] = (name, mobile or "")
    return [{"id": cid, "name": found[cid][0],
             "mobile": found[cid][1] if full else mask_mobile(found[cid][1])}
            for cid in ids if cid in found]  # fmt: skip
