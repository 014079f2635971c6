"""Translated words shared by many widgets: field names, choice values, validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def field_label(key: str) -> str:
    labels = {
        "id": _t("ID"),
        "number": _t("Customer No."),
        "name": _t("Name"),
        "mobile": _t("Mobile / phone"),
        "wechat": _t("WeChat"),
        "email": _t("Email"),
        "company": _t("Company"),
        "job_title": _t("Job title"),
        "industry": _t("Industry"),
        "city": _t("City"),
        "address": _t("Address"),
        "gender": _t("Gender"),
        "birthday": _t("Birthday"),
        "source": _t("Source"),
        "owner": _t("Owner"),
        "stage": _t("Lifecycle stage"),
        "tags": _t("Tags"),
        "notes": _t("Notes"),
        "created_at": _t("Created"),
        "updated_at": _t("Updated"),
        "deleted_at": _t("Deleted"),
    }
    return labels.get(key, key)


def gender_label(code: str) -> str:
    return {"": "", "male": _t("Male"), "female": _t("Female")}.get(code, code)


def source_label(code: str) -> str:
    return {
        "": "",
        "website": _t("Website"),
        "ads": _t("Ads"),
        "content": _t("Content"),
        "event": _t("Event"),
        "referral": _t("Referral"),
        "walk_in": _t("Walk-in"),
        "phone": _t("Phone"),
        "wechat": _t("WeChat"),
        "other": _t("Other"),
    }.get(code, code)


def stage_label(code: str) -> str:
    return {
        "": "",
        "lead": _t("Lead"),
        "new": _t("New customer"),
        "active": _t("Active"),
        "dormant": _t("Dormant"),
        "churned": _t("Churned"),
    }.get(code, code)


def birthday_text(value: str, lunar: bool, leap: bool) -> str:
    if not value:
        return ""
    if not lunar:
        return value[2:] if value.startswith("--") else value
    text = value[2:] if value.startswith("--") else value
    prefix = _t("Lunar") + " " + (_t("leap") + " " if leap else "")
    return prefix + text


def error_message(exc) -> str:
    """A sentence in the user's language for a models.errors.ValidationError (or other error)."""
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    messages = {
        "name_required": _t("Enter a name: every customer needs one."),
        "phone_bad_chars": _t(
            "A phone number can only contain digits, spaces, dashes, brackets and +."
        ),
        "phone_invalid": _t(
            "This is not a valid phone number. A mobile has 11 digits starting with 1; "
            "a landline needs its area code, e.g. 0571-8888 8888."
        ),
        "phone_too_short": _t("This phone number is too short."),
        "phone_too_long": _t("This phone number is too long."),
        "phone_invalid_length": _t("This phone number has the wrong number of digits."),
        "phone_bad_country": _t("This phone number has an unknown country code."),
        "phone_needs_area_code": _t("Add the area code to this landline, e.g. 0571-8888 8888."),
        "email_invalid": _t(
            "This is not a valid email address (it should look like name@example.com)."
        ),
        "birthday_invalid": _t(
            "This is not a date. Write it as 1990-05-20, or 05-20 without the year."
        ),
        "birthday_year": _t("This year is not a plausible birth year."),
        "birthday_future": _t("A birthday cannot be in the future."),
        "number_taken": _t("Another customer already has this customer number."),
        "too_long": _t("This text is too long."),
        "number_invalid": _t("Enter a number."),
        "date_invalid": _t("Enter a date like 2024-01-05."),
        "choice_invalid": _t("Choose one of the listed values."),
        "field_name_required": _t("Enter a name for the field."),
        "field_name_taken": _t("A field with this name already exists."),
        "field_choices_required": _t("A choice field needs at least one choice."),
        "not_found": _t("This customer no longer exists."),
    }
    text = messages.get(code)
    if text is None:
        return str(exc)
    if code == "too_long" and "limit" in params:
        text += " " + _t("At most %n characters.").replace("%n", str(params["limit"]))
    return text


def value_text(row: dict, key: str) -> str:
    """A customer value as the user reads it (codes translated, dates formatted)."""
    value = row.get(key)
    if key == "tags":
        return "、".join(value or [])
    if key == "gender":
        return gender_label(value or "")
    if key == "source":
        return source_label(value or "")
    if key == "stage":
        return stage_label(value or "")
    if key == "birthday":
        return birthday_text(value or "", row.get("birthday_lunar"), row.get("birthday_leap"))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)
