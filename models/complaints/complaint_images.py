"""Before-images of one complaint, for undo and redo: its row, its history, and what
its steps planned (the return-visit follow-ups, keyed "complaint:<id>:...") with the
contacts their completion logged. `write_image` puts an image back exactly, touching
only what differs from the image it replaces (an escalation noted meanwhile stays)."""

from __future__ import annotations

from models.complaints.complaints import AUDITED, Complaint, ComplaintEvent, word
from models.followups.followups import Followup, refresh_next
from models.followups.interactions import Interaction, refresh_last
from models.storage import audit
from models.storage.db import database


def image(complaint_id: int, customer_id: int | None = None) -> dict:
    """Everything a step, an edit or a delete of the complaint may change. `customer_id`
    finds the follow-ups of a complaint that is gone (deleted)."""
    row = Complaint.select().where(Complaint.id == complaint_id).dicts().first()
    if row is not None:
        customer_id = row["customer"]
    events = list(
        ComplaintEvent.select().where(ComplaintEvent.complaint == complaint_id)
        .order_by(ComplaintEvent.id).dicts()
    )  # fmt: skip
    visits, contacts = [], []
    if customer_id is not None:
        visits = list(
            Followup.select().where(
                (Followup.customer == customer_id) & (Followup.source == "complaint")
                & Followup.care_key.startswith(f"complaint:{complaint_id}:")
            ).order_by(Followup.id).dicts()
        )  # fmt: skip
    if visits:
        contacts = list(
            Interaction.select().where(Interaction.followup.in_([v["id"] for v in visits]))
            .order_by(Interaction.id).dicts()
        )  # fmt: skip
    return {"id": complaint_id, "customer": customer_id, "complaint": row, "events": events,
            "followups": visits, "interactions": contacts}  # fmt: skip


TABLES = (("interactions", Interaction), ("followups", Followup), ("events", ComplaintEvent))


def write_image(target: dict, current: dict) -> None:
    """Make the complaint as `target` shows it, where it now is as `current` shows it:
    rows only in `current` are deleted, `target`'s rows written as they were."""
    with database.atomic():
        for key, table in TABLES:
            keep = {r["id"] for r in target[key]}
            gone = [r["id"] for r in current[key] if r["id"] not in keep]
            if gone:
                table.delete().where(table.id.in_(gone)).execute()
        if target["complaint"] is None:
            Complaint.delete().where(Complaint.id == target["id"]).execute()
        else:
            _upsert(Complaint, target["complaint"])
        for key, table in reversed(TABLES):  # the complaint, its events, then follow-ups
            for row in target[key]:
                _upsert(table, row)
        customer = target["customer"] or current["customer"]
        if customer is not None:
            refresh_next([customer])
            refresh_last([customer])


def _upsert(table, row: dict) -> None:
    values = {k: v for k, v in row.items() if k != "id"}
    if not table.update(**values).where(table.id == row["id"]).execute():
        table.insert(**row).execute()


def nothing(complaint_id: int) -> dict:
    """The image of a complaint just recorded as it was before (the undo of recording it)."""
    customer_id = Complaint.get_by_id(complaint_id).customer_id
    return {"id": complaint_id, "customer": customer_id, "complaint": None, "events": [],
            "followups": [], "interactions": []}  # fmt: skip


def changes(before: dict, after: dict) -> str:
    """'status: responded → new; ...' from one image to the other (an undo's entry)."""
    old, new = before["complaint"] or {}, after["complaint"] or {}
    keys = [k for k in AUDITED if k in old or k in new]
    return audit.changes({k: word(old.get(k)) for k in keys}, {k: word(new.get(k)) for k in keys})
