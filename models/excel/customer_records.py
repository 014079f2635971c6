"""What a customer has received since an import created them: follow-ups, contacts,
purchases, complaints, a change of tags, communities, their activity, events. An undo
keeps such customers (and says why) instead of removing them with everything they have
been given since."""

from __future__ import annotations

from collections import defaultdict

from models.communities.tables import CommunityActivity, CommunityMember, EventSignup
from models.complaints.complaints import Complaint
from models.followups.followups import Followup
from models.followups.interactions import Interaction
from models.purchases.purchases import Purchase
from models.tags.tables import CustomerTag

CHUNK = 900
# The record kinds, as an undo report names them (UndoReport.kept[...]["records"]).
RECORD_KINDS = (
    "followup",
    "interaction",
    "purchase",
    "complaint",
    "tags",
    "community",
    "community_activity",
    "event",
)
# Follow-ups the program makes by itself (birthday care) are not the staff's records.
_AUTOMATIC = ("birthday",)


def tags_text(tag_ids) -> str:
    """A created customer's tags as its ImportChange row keeps them ("3,7"; "" none)."""
    return ",".join(str(t) for t in sorted(set(tag_ids)))


def received_since(created: dict[int, str | None]) -> dict[int, list[str]]:
    """{customer: the kinds of record it has} of the `created` customers ({id: the tags it
    was created with, tags_text, or None when the run did not keep them}) that have any
    record, or other tags than they were created with. Call it after the run's own
    records are removed: what is left came later."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = sorted(created)
    tables = (
        ("followup", Followup, Followup.source.not_in(_AUTOMATIC)),
        ("interaction", Interaction, None),
        ("purchase", Purchase, None),
        ("complaint", Complaint, None),
        ("community", CommunityMember, None),
        ("community_activity", CommunityActivity, None),
        ("event", EventSignup, None),
    )
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for name, model, extra in tables:
            where = model.customer.in_(chunk)
            if extra is not None:
                where &= extra
            query = model.select(model.customer).where(where).distinct().tuples()
            for (cid,) in query:
                found[cid].append(name)
        tags: dict[int, list[int]] = defaultdict(list)
        links = CustomerTag.select(CustomerTag.customer_id, CustomerTag.tag_id)
        for cid, tid in links.where(CustomerTag.customer_id.in_(chunk)).tuples():
            tags[cid].append(tid)
        for cid in chunk:
            kept = created[cid]
            if kept is not None and tags_text(tags.get(cid, ())) != kept:
                found[cid].append("tags")
    return dict(found)
