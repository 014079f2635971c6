"""The complaint settings as changes that are audited and can be undone: the SLA with
the high-value tags and segments saved as one, and the category list (add, rename,
remove). Each write is one transaction with its audit entry (target "setting"); an
`image` before and after is what undo and redo write back: the settings themselves,
the open complaints' deadlines the SLA moved, the categories a rename rewrote."""

from __future__ import annotations

from models.complaints import categories, complaint_sla, complaints, vocabulary
from models.complaints.complaints import Complaint
from models.complaints.faq import Faq
from models.storage import audit, preferences
from models.storage.db import database


def _values() -> dict:
    return {
        **vocabulary.sla().to_json(),
        "high_value_tags": vocabulary.high_value_tags(),
        "high_value_segments": vocabulary.high_value_segments(),
    }


def save(settings: dict, high_value_tags: list[str], high_value_segments: list[str]) -> None:
    """The settings dialog's accept: all or nothing, one audit entry naming what changed."""
    sla = complaint_sla.from_json(settings)
    with database.atomic():
        before = _values()
        complaints.apply_sla(sla)
        vocabulary.set_high_value_tags(high_value_tags)
        vocabulary.set_high_value_segments(high_value_segments)
        detail = complaints.settings_changes(before, _values())
        if detail:  # saved as they were: nothing to log
            audit.record("settings", "setting", detail=detail)


def add_category(name: str) -> str:
    with database.atomic():
        before = vocabulary.categories()
        name = vocabulary.add_category(name)
        _record(before)
    return name


def remove_category(name: str) -> None:
    with database.atomic():
        before = vocabulary.categories()
        vocabulary.remove_category(name)
        _record(before)


def rename_category(old: str, new: str) -> str:
    with database.atomic():
        before = vocabulary.categories()
        new = categories.rename_category(old, new)
        _record(before, f"category: {old} → {new}")
    return new


def _record(before: list[str], extra: str = "") -> None:
    after = vocabulary.categories()
    parts = [extra] if extra else []
    parts.append(audit.changes({"categories": ", ".join(before)},
                               {"categories": ", ".join(after)}))  # fmt: skip
    audit.record("settings", "setting", detail="; ".join(p for p in parts if p))


# ---------------------------------------------------------------- undo


def image(category_names: tuple[str, ...] = ()) -> dict:
    """The settings as stored, the open complaints' deadlines, and the category of every
    complaint and FAQ entry filed under one of `category_names` (a rename's two)."""
    deadlines = {
        cid: (response, resolve)
        for cid, response, resolve in Complaint.select(
            Complaint.id, Complaint.response_due, Complaint.resolve_due
        ).where(Complaint.status.in_(vocabulary.OPEN_STATUSES)).tuples()
    }  # fmt: skip
    filed, learnt = {}, {}
    if category_names:
        names = list(category_names)
        filed = dict(Complaint.select(Complaint.id, Complaint.category)
                     .where(Complaint.category.in_(names)).tuples())  # fmt: skip
        learnt = dict(Faq.select(Faq.id, Faq.category).where(Faq.category.in_(names)).tuples())
    prefs = {"complaint_sla": vocabulary.sla().to_json(),
             "complaint_categories": vocabulary.categories(),
             "complaint_high_value_tags": vocabulary.high_value_tags(),
             "complaint_high_value_segments": vocabulary.high_value_segments()}  # fmt: skip
    return {"prefs": prefs, "deadlines": deadlines,
            "complaints": filed, "faq": learnt}  # fmt: skip


def write_image(target: dict, current: dict) -> None:
    """Put the settings back as `target` shows them (from `current`, the image now)."""
    with database.atomic():
        for key, value in target["prefs"].items():
            preferences.put(key, value)
        for cid, (response, resolve) in target["deadlines"].items():
            if current["deadlines"].get(cid) != (response, resolve):
                Complaint.update(response_due=response, resolve_due=resolve).where(
                    Complaint.id == cid
                ).execute()
        for table, key in ((Complaint, "complaints"), (Faq, "faq")):
            for row_id, category in target[key].items():
                if current[key].get(row_id) != category:
                    table.update(category=category).where(table.id == row_id).execute()


def changes(before: dict, after: dict) -> str:
    """What writing `after` over `before` changes, as the audit detail says it."""

    def flat(found: dict) -> dict:
        prefs = found["prefs"]
        return {**prefs["complaint_sla"], "categories": prefs["complaint_categories"],
                "high_value_tags": prefs["complaint_high_value_tags"],
                "high_value_segments": prefs["complaint_high_value_segments"]}  # fmt: skip

    return complaints.settings_changes(flat(before), flat(after))
