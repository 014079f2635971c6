"""Erase a customer's personal data (PIPL's right to deletion) while keeping the
business's anonymous counts: the customer stays as "#id" with their tags, stage,
source, city, purchases (amounts and dates), follow-ups, contacts and complaints
(kinds, dates, statuses), so totals, RFM and complaint figures do not change.

Everything that could name or reach the person goes, history included: the personal
fields and custom values, the texts of follow-ups, contacts, complaints and their
steps, purchase notes and order numbers, the import history's before/after values,
the search index's words, the name or values in the audit log and in saved views'
names and searches, and the stay-in-touch rule naming the customer. SQLite is told to
overwrite what it frees (db.overwriting_deleted). Older backups still hold the data
until rotation removes them; the window says so before asking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import fn

from models import clock
from models.automation.runs import erase_customer as _forget_rule_runs
from models.communities.tables import (
    Community,
    CommunityActivity,
    CommunityMember,
    EventSignup,
)
from models.complaints.complaints import Complaint, ComplaintEvent
from models.customers import search_index
from models.customers.custom_fields import CustomValue
from models.customers.customers import reindex
from models.customers.record import Customer, with_sort_keys
from models.errors import NotFoundError, ValidationError
from models.excel.import_records import ImportChange
from models.followups.followups import Followup, refresh_next
from models.followups.interactions import Interaction
from models.followups.stay_in_touch import TouchRule
from models.membership.tables import (
    CountCard,
    CountCardEntry,
    LevelHistory,
    Member,
    MemberCard,
    PaidMembership,
    PointsEntry,
    Referral,
    WalletEntry,
)
from models.purchases.purchases import Purchase
from models.storage import audit
from models.storage.db import database, overwriting_deleted
from models.surveys.answers import erase_customer as _unlink_answers
from models.surveys.responses import erase_customer as _unlink_responses
from models.tags import saved_views

# Customer fields that name or reach the person, blanked. Kept: gender, city, industry,
# source, owner (staff), stage, tags, the purchase and RFM columns.
PERSONAL_FIELDS = ("number", "name", "mobile", "wechat", "email", "company", "job_title",
                   "address", "birthday", "notes")  # fmt: skip
# actions whose audit entries name customers in `detail` (one, or a list of names)
CUSTOMER_ACTIONS = ("create", "edit", "delete", "undelete", "purge", "tag", "undo", "redo")
# A complaint entry's free texts, 'description: …' up to the next part (audit.changes).
COMPLAINT_TEXT = re.compile(r"(?<![^;\s])(description|root_cause|solution|visit_comment): [^;]*")


@dataclass
class Erased:
    customer_id: int
    followups_cancelled: int
    texts_cleared: int  # follow-ups, contacts, complaints, steps and purchases blanked
    audit_entries: int  # audit entries rewritten
    views_changed: int = 0  # saved views whose name or search held a personal value
    rules_removed: int = 0  # stay-in-touch rules that named the customer


def anonymous_name(customer_id: int) -> str:
    return f"#{customer_id}"


def erase(customer_id: int) -> Erased:
    """Erase one customer's personal data, all or nothing. Not undoable.

    The search index gets the one customer's entry rewritten in the transaction (no
    longer found by the old words at once); the words left in the index's segments
    are merged away after it, in short steps (search_index.purge_deleted), so the
    write lock is never held for seconds on a large database."""
    with overwriting_deleted():
        erased = _erase(customer_id)
        search_index.purge_deleted()
    return erased


def _erase(customer_id: int) -> Erased:
    with database.atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFoundError(f"customer {customer_id} not found", id=customer_id)
        if customer.erased_at is not None:
            raise ValidationError("customer", "already_erased", "already erased")
        values = _personal_values(customer)
        now = clock.now()
        name = anonymous_name(customer_id)
        blank = {f: "" for f in PERSONAL_FIELDS if f != "name"}
        Customer.update(**with_sort_keys({**blank, "name": name}), birthday_lunar=False,
                        birthday_leap=False, erased_at=now, updated_at=now).where(
            Customer.id == customer_id).execute()  # fmt: skip
        CustomValue.delete().where(CustomValue.customer == customer_id).execute()
        rules = (
            TouchRule.delete()
            .where((TouchRule.scope == "customer") & (TouchRule.target == str(customer_id)))
            .execute()
        )
        cancelled = (
            Followup.update(status="cancelled", done_at=now)
            .where(
                (Followup.customer == customer_id)
                & (Followup.status == "open")
                & (Followup.source != "complaint")
            )  # fmt: skip
            .execute()
        )
        refresh_next([customer_id])
        rewritten_purchases = _scrub_purchase_entries(customer_id)
        cleared = _clear_texts(customer_id)
        ImportChange.delete().where(ImportChange.customer == customer_id).execute()
        # Their memberships, community activity and event sign-ups go (not only hidden).
        for table in (CommunityMember, CommunityActivity, EventSignup):
            table.delete().where(table.customer == customer_id).execute()
        CommunityMember.update(invited_by=None).where(
            CommunityMember.invited_by == customer_id).execute()  # fmt: skip
        Community.update(owner_customer=None).where(
            Community.owner_customer == customer_id).execute()  # fmt: skip
        card_numbers = _erase_membership(customer_id)
        _unlink_answers(customer_id)  # the scores stay, anonymous (past NPS unchanged)
        _unlink_responses(customer_id)  # a custom survey's choices stay; its texts go
        _forget_rule_runs(customer_id)  # the run log's before/after texts of them
        rewritten = _scrub_audit(customer_id, customer.name, values, name) + rewritten_purchases
        rewritten += _scrub_membership_audit(customer_id, customer.name, values + card_numbers,
                                             name)  # fmt: skip
        views = saved_views.forget_values(values, name, lambda v: _other_names(v, customer_id))
        reindex([customer_id])
        audit.record("erase", "customer", customer_id, detail=name)
    return Erased(customer_id, cancelled, cleared, rewritten, views, rules)


def _erase_membership(customer_id: int) -> list[str]:
    """The member's ledgers stay whole (every amount, kind and day, under the customer's
    id: the totals, the reconciliation and the check do not move); what could name or
    reach the person goes: the card numbers (each becomes '#<card id>', a number no card
    can have, and the card is stopped), receipt numbers and every free text (reasons,
    notes). Returns the old card numbers (the audit log loses them too)."""
    numbers = [no for (no,) in MemberCard.select(MemberCard.card_no)
               .where(MemberCard.customer_id == customer_id).tuples()]  # fmt: skip
    MemberCard.update(card_no=fn.printf("#%d", MemberCard.id), status_reason="",
                      status="disabled").where(MemberCard.customer_id == customer_id).execute()  # fmt: skip
    Member.update(level_lock_reason="").where(Member.customer_id == customer_id).execute()
    LevelHistory.update(reason="").where(LevelHistory.customer_id == customer_id).execute()
    for table in (PointsEntry, WalletEntry, CountCardEntry):
        table.update(reason="", receipt_no="").where(table.customer_id == customer_id).execute()
    for table in (CountCard, PaidMembership):
        table.update(receipt_no="").where(table.customer_id == customer_id).execute()
    Referral.update(note="").where((Referral.customer_id == customer_id)
                                   | (Referral.introduced_by_id == customer_id)).execute()  # fmt: skip
    return [n for n in numbers if len(n) >= 2]


def _scrub_membership_audit(customer_id: int, old_name: str, values: list[str], name: str) -> int:
    """The audit entries of the member's cards, points, stored value, count cards, paid
    terms and referrals lose every personal value (the card numbers among them); what
    was done, when, by whom and for how much stays."""
    entries = audit.AuditEntry
    count_cards = CountCard.select(CountCard.id).where(CountCard.customer_id == customer_id)
    terms = PaidMembership.select(PaidMembership.id).where(
        PaidMembership.customer_id == customer_id)  # fmt: skip
    theirs = ((entries.target.in_(("member", "points", "wallet", "referral"))
               & (entries.target_id == customer_id))
              | ((entries.target == "count_card") & entries.target_id.in_(count_cards))
              | ((entries.target == "paid") & entries.target_id.in_(terms)))  # fmt: skip
    own = {e.id for e in entries.select(entries.id).where(theirs)}
    condition = theirs
    if old_name:  # another member's referral naming them: the whole name only
        condition |= (entries.target == "referral") & entries.detail.contains(old_name)
    whole_name = re.compile(rf"(?<!\w){re.escape(old_name)}(?!\w)") if old_name else None
    values = sorted(set(values), key=len, reverse=True)
    rewritten = 0
    for entry in entries.select().where(condition):
        detail = whole_name.sub(name, entry.detail) if whole_name else entry.detail
        for value in values if entry.id in own else ():
            detail = detail.replace(value, "***")
        if detail != entry.detail:
            entries.update(detail=detail).where(entries.id == entry.id).execute()
            rewritten += 1
    return rewritten


def _other_names(value: str, customer_id: int, limit: int = 200) -> list[str]:
    """Other customers' names that contain `value` (张三丰 for 张三)."""
    query = (Customer.select(Customer.name)
             .where(Customer.name.contains(value) & (Customer.id != customer_id))
             .distinct().limit(limit))  # fmt: skip
    return [row.name for row in query]


def _personal_values(customer: Customer) -> list[str]:
    """The texts that would name or reach the person, longest first."""
    values = {str(getattr(customer, f) or "").strip() for f in PERSONAL_FIELDS}
    values |= {
        (row.text or "").strip()
        for row in CustomValue.select(CustomValue.text).where(CustomValue.customer == customer.id)
    }
    return sorted((v for v in values if len(v) >= 2), key=len, reverse=True)


def _scrub_purchase_entries(customer_id: int) -> int:
    """The audit entries about the customer's purchases keep what was done, when and by
    whom; their detail (notes, order numbers, reasons: the before-images) goes."""
    mine = Purchase.select(Purchase.id).where(Purchase.customer == customer_id)
    entries = audit.AuditEntry
    return (
        entries.update(detail="")
        .where((entries.target == "purchase") & entries.target_id.in_(mine))
        .execute()
    )


def _clear_texts(customer_id: int) -> int:
    n = Followup.update(subject="", note="", outcome="").where(
        Followup.customer == customer_id).execute()  # fmt: skip
    n += Interaction.update(summary="").where(Interaction.customer == customer_id).execute()
    complaint_ids = Complaint.select(Complaint.id).where(Complaint.customer == customer_id)
    n += ComplaintEvent.update(note="").where(ComplaintEvent.complaint.in_(complaint_ids)).execute()
    n += Complaint.update(description="", root_cause="", solution="", visit_comment="").where(
        Complaint.customer == customer_id).execute()  # fmt: skip
    n += Purchase.update(note="", order_no="").where(Purchase.customer == customer_id).execute()
    return n


def _scrub_audit(customer_id: int, old_name: str, values: list[str], name: str) -> int:
    """The customer's own entries (and those of their complaints) lose every personal
    value and a complaint's free texts; entries that list the old name among other
    customers' names, or name a stay-in-touch rule by it, have it replaced where it
    stands as a whole name (张三 in '张三, 李四', not in '张三丰')."""
    entry_table = audit.AuditEntry
    whole_name = re.compile(rf"(?<!\w){re.escape(old_name)}(?!\w)") if old_name else None
    condition = entry_table.target_id == customer_id
    if old_name:
        condition |= entry_table.detail.contains(old_name)
    condition &= entry_table.action.in_(CUSTOMER_ACTIONS)
    complaint_ids = Complaint.select(Complaint.id).where(Complaint.customer == customer_id)
    theirs = (entry_table.target == "complaint") & entry_table.target_id.in_(complaint_ids)
    condition |= theirs
    if old_name:
        condition |= (entry_table.target == "setting") & entry_table.detail.contains(old_name)
    own = {e.id for e in entry_table.select(entry_table.id).where(theirs)}
    rewritten = 0
    for entry in entry_table.select().where(condition):
        detail = entry.detail
        if whole_name is not None:
            detail = whole_name.sub(name, detail)
        if entry.id in own:
            detail = COMPLAINT_TEXT.sub(lambda m: f"{m.group(1)}: ***", detail)
        if entry.id in own or (entry.target_id == customer_id and entry.target != "complaint"):
            for value in values:
                detail = detail.replace(value, "***")
        if detail != entry.detail:
            entry_table.update(detail=detail).where(entry_table.id == entry.id).execute()
            rewritten += 1
    return rewritten
