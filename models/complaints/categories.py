"""Renaming a complaint category: in the pick list, every complaint and every FAQ entry
at once (above both the complaints and the FAQ, which each know the list)."""

from __future__ import annotations

from models.complaints import complaints, faq, vocabulary
from models.errors import NotFoundError, ValidationError
from models.storage import preferences
from models.storage.db import database


def rename_category(old: str, new: str) -> str:
    """Rename in the list, in every complaint and FAQ entry, at once."""
    names = vocabulary.categories()
    if old not in names:
        raise NotFoundError(f"no category {old}", code="category_not_found")
    with database.atomic():
        preferences.put("complaint_categories", [n for n in names if n != old])
        try:
            new = vocabulary.add_category(new)
        except ValidationError:
            preferences.put("complaint_categories", names)
            raise
        ordered = [new if n == old else n for n in names]
        preferences.put("complaint_categories", ordered)
        complaints.Complaint.update(category=new).where(
            complaints.Complaint.category == old
        ).execute()
        faq.Faq.update(category=new).where(faq.Faq.category == old).execute()
    return new
