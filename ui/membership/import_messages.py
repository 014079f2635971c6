"""Sentences for the member import's error codes (models/excel/member_import.py);
ui/messages.py adds them to the rest (the wizard's preview, the error report, the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    value = str(params.get("value", ""))
    return {
        "balance_negative": fill(QCoreApplication.translate(
            "MemberImport", "A balance cannot be negative (%1)."), value),
        "level_unknown": fill(QCoreApplication.translate(
            "MemberImport", "There is no member level named “%1”: add it first, or correct "
            "the name."), value),
        "visits_invalid": fill(QCoreApplication.translate(
            "MemberImport", "“%1” is not a whole number of visits."), value),
        "member_customer_unknown": fill(QCoreApplication.translate(
            "MemberImport", "No customer “%1” (by mobile or exact name): choose to create "
            "customers to add them."), value),
        "member_no_customer": QCoreApplication.translate(
            "MemberImport", "This row has neither a name nor a mobile."),
        "member_customer_unmapped": QCoreApplication.translate(
            "MemberImport", "Map a name or mobile column: each card needs its customer."),
    }  # fmt: skip
