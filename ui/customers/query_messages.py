"""Sentences for the search language's error codes (models/customers/query/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def messages(params: dict) -> dict[str, str]:
    term, hint = params.get("term", ""), params.get("hint", "")
    value, field, op = params.get("value", ""), params.get("field", ""), params.get("op", "")
    return {
        "query_unknown_field": fill(QCoreApplication.translate(
            "Query", "Unknown field “%1”."), term),
        "query_unknown_field_hint": fill(QCoreApplication.translate(
            "Query", "Unknown field “%1”; did you mean “%2”?"), term, hint),
        "query_no_value": fill(QCoreApplication.translate(
            "Query", "“%1” needs a value after the colon."), term),
        "query_bad_value": fill(QCoreApplication.translate(
            "Query", "“%1” is not a value of %2."), value, field),
        "query_bad_value_hint": fill(QCoreApplication.translate(
            "Query", "“%1” is not a value of %2; did you mean “%3”?"), value, field, hint),
        "query_bad_number": fill(QCoreApplication.translate(
            "Query", "“%1” is not a number (%2)."), value, field),
        "query_bad_date": fill(QCoreApplication.translate(
            "Query", "“%1” is not a date or period (%2): write 2026-03-01, 2026-01..2026-03, "
            ">90天, 本月 or 3月."), value, field),
        "query_bad_operator": fill(QCoreApplication.translate(
            "Query", "%1 cannot be compared with “%2”."), field, op),
        "query_unclosed_quote": fill(QCoreApplication.translate(
            "Query", "A quote is not closed: “%1”."), term),
        "query_unclosed_paren": fill(QCoreApplication.translate(
            "Query", "A parenthesis is not closed: “%1”."), term),
        "query_extra_paren": fill(QCoreApplication.translate(
            "Query", "A closing parenthesis has no opening one: “%1”."), term),
        "query_dangling": fill(QCoreApplication.translate(
            "Query", "“%1” needs a term after it."), term),
    }  # fmt: skip
