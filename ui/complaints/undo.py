"""Undo steps of the complaints page: a complaint recorded, moved a step, edited,
reassigned or deleted, and the complaint settings changed. Each change is made first
by its models/ function (which writes its audit entry); the command keeps the images
before and after and writes one back on undo and redo, with an "undo"/"redo" entry
naming what that changed, in the same transaction."""

from __future__ import annotations

from models.complaints import complaint_images, complaint_settings
from models.customers import customers
from models.storage import audit
from ui.undo import Command


class ComplaintChange(Command):
    """One complaint from its `before` image to how it is now. `new_customer`: the
    customer recorded with it (the form's "A new customer"), gone again on undo."""

    def __init__(self, text: str, before: dict, after_change, new_customer: bool = False):
        super().__init__(text, after_change)
        self._before = before
        self._after = complaint_images.image(before["id"], before["customer"])
        self._customer = customers.snapshot(before["customer"]) if new_customer else None

    def complaint_id(self) -> int:
        return self._before["id"]

    def empty(self) -> bool:
        """Nothing changed (an edit that kept every value): no undo step to push."""
        return self._before == self._after

    def ids(self):
        return [self._before["customer"]]

    def apply(self):
        if self._customer is not None:
            customers.write_snapshot(self._customer)
        complaint_images.write_image(self._after, self._before)

    def revert(self):
        complaint_images.write_image(self._before, self._after)
        if self._customer is not None:
            customers.delete_for_good(self._customer["id"])

    def _recorded(self, action: str, change) -> None:
        old, new = (self._before, self._after) if action == "redo" else (self._after, self._before)
        detail = complaint_images.changes(old, new)
        if self._customer is not None:
            detail = "; ".join(p for p in (f"customer: {self._customer['name']}", detail) if p)
        with audit.recorded(action, "complaint", self._before["id"], detail=detail):
            change()


class SettingsChange(Command):
    """The complaint settings (SLA, high-value customers, categories) from `before`."""

    def __init__(self, text: str, before: dict, after_change, categories: tuple = ()):
        super().__init__(text, after_change)
        self._before = before
        self._after = complaint_settings.image(categories)

    def empty(self) -> bool:
        return self._before == self._after

    def ids(self):
        return []

    def apply(self):
        complaint_settings.write_image(self._after, self._before)

    def revert(self):
        complaint_settings.write_image(self._before, self._after)

    def _recorded(self, action: str, change) -> None:
        old, new = (self._before, self._after) if action == "redo" else (self._after, self._before)
        with audit.recorded(action, "setting", detail=complaint_settings.changes(old, new)):
            change()
