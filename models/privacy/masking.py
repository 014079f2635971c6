"""Masking of mobiles (138****5678): the business chooses it once (a preference in the
database) and then the customer table, the detail panel and every export show mobiles
masked. Searching by the full number still works: only what is shown changes."""

from __future__ import annotations

from collections.abc import Callable

from models.storage import audit, preferences
from models.storage.db import database as db
from models.values.contact_fields import mask_mobile

MASK_KEY = "mask_mobiles"
__all__ = ["mask_mobile", "masking_cells", "mobiles_masked", "set_mobiles_masked"]


def mobiles_masked() -> bool:
    return preferences.get(MASK_KEY, False) is True


def set_mobiles_masked(on: bool) -> None:
    with db.atomic():
        if bool(on) != mobiles_masked():
            preferences.put(MASK_KEY, bool(on))
            audit.record("privacy", detail="mobiles masked" if on else "mobiles shown in full")


def masking_cells(cell: Callable[[dict, str], object]) -> Callable[[dict, str], object]:
    """An export's `cell(row, key)` with the "mobile" cells masked when the business
    masks mobiles (the agenda and complaint exports; customers mask in their rows)."""
    if not mobiles_masked():
        return cell

    def masked(row: dict, key: str):
        value = cell(row, key)
        return mask_mobile(value) if key == "mobile" and isinstance(value, str) else value

    return masked
