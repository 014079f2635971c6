"""Translated words shared by many widgets: field names, choice values, validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from models.complaints.complaints import complaint_of_followup
from models.followups import festival_care, festivals
from models.followups.care import parse_care_key
from models.privacy.masking import mask_mobile
from ui import plain_formatting as formatting  # texts only: the CLI reads labels too
from ui.text import fill


def field_label(key: str) -> str:
    labels = {
        "id": QCoreApplication.translate("Labels", "ID"),
        "number": QCoreApplication.translate("Labels", "Customer No."),
        "member_level": QCoreApplication.translate("Labels", "Member level"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "mobile": QCoreApplication.translate("Labels", "Mobile / phone"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "job_title": QCoreApplication.translate("Labels", "Job title"),
        "industry": QCoreApplication.translate("Labels", "Industry"),
        "city": QCoreApplication.translate("Labels", "City"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "birthday": QCoreApplication.translate("Labels", "Birthday"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "stage": QCoreApplication.translate("Labels", "Lifecycle stage"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "created_at": QCoreApplication.translate("Labels", "Created"),
        "updated_at": QCoreApplication.translate("Labels", "Updated"),
        "deleted_at": QCoreApplication.translate("Labels", "Deleted"),
        "last_contact_at": QCoreApplication.translate("Labels", "Last contacted"),
        "next_followup_at": QCoreApplication.translate("Labels", "Next follow-up"),
        "total_spend_cents": QCoreApplication.translate("Labels", "Total spend"),
        "purchase_count": QCoreApplication.translate("Labels", "Purchases"),
        "last_purchase_at": QCoreApplication.translate("Labels", "Last purchase"),
        "rfm_segment": QCoreApplication.translate("Labels", "RFM segment"),
        "rfm_score": QCoreApplication.translate("Labels", "RFM scores (R-F-M)"),
        "lead_grade": QCoreApplication.translate("Labels", "Lead grade"),
        "lead_score": QCoreApplication.translate("Labels", "Lead score"),
    }
    return labels.get(key) or purchase_field_label(key)


def purchase_field_label(key: str) -> str:
    """A purchase import target (models.purchase_import.TARGETS)."""
    return {
        "order_no": QCoreApplication.translate("Labels", "Order No."),
        "at": QCoreApplication.translate("Labels", "Purchase time"),
        "customer_number": QCoreApplication.translate("Labels", "Customer No."),
        "customer_name": QCoreApplication.translate("Labels", "Customer name"),
        "mobile": QCoreApplication.translate("Labels", "Mobile / phone"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "amount": QCoreApplication.translate("Labels", "Amount"),
        "quantity": QCoreApplication.translate("Labels", "Quantity"),
        "unit_price": QCoreApplication.translate("Labels", "Unit price"),
        "description": QCoreApplication.translate("Labels", "Item"),
        "stock_code": QCoreApplication.translate("Labels", "Item code"),
        "payment": QCoreApplication.translate("Labels", "Payment method"),
        "note": QCoreApplication.translate("Labels", "Note"),
    }.get(key) or record_field_label(key)


def record_field_label(key: str) -> str:
    """A target of the follow-up, contact, complaint and community imports (models/excel/
    followup_import.py, interaction_import.py, complaint_import.py, community_*_import.py)."""
    return {
        "due": QCoreApplication.translate("Labels", "Due"),
        "kind": QCoreApplication.translate("Labels", "Follow-up type"),
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "done_at": QCoreApplication.translate("Labels", "Done at"),
        "contacted_at": QCoreApplication.translate("Labels", "Contact time"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "summary": QCoreApplication.translate("Labels", "What was said"),
        "received_at": QCoreApplication.translate("Labels", "Received"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "severity": QCoreApplication.translate("Labels", "Severity"),
        "details": QCoreApplication.translate("Labels", "Complaint"),
        "responded_at": QCoreApplication.translate("Labels", "Responded"),
        "resolved_at": QCoreApplication.translate("Labels", "Resolved"),
        "visited_at": QCoreApplication.translate("Labels", "Return visit"),
        "root_cause": QCoreApplication.translate("Labels", "Cause"),
        "solution": QCoreApplication.translate("Labels", "Solution"),
        "satisfaction": QCoreApplication.translate("Labels", "Satisfaction"),
        # a community's member list and daily statistics (community_*_import.py)
        "nickname": QCoreApplication.translate("Labels", "Nickname"),
        "group_nickname": QCoreApplication.translate("Labels", "Group nickname"),
        "joined": QCoreApplication.translate("Labels", "Joined"),
        "inviter": QCoreApplication.translate("Labels", "Invited by"),
        "member_type": QCoreApplication.translate("Labels", "Member type"),
        "came_by": QCoreApplication.translate("Labels", "How they joined"),
        "day": QCoreApplication.translate("Labels", "Date"),
        "members": QCoreApplication.translate("Labels", "Members"),
        "left": QCoreApplication.translate("Labels", "Left"),
        "speakers": QCoreApplication.translate("Labels", "Speakers"),
        "messages": QCoreApplication.translate("Labels", "Messages"),
    }.get(key, key)


def segment_label(code: str) -> str:
    """An RFM segment (models.rfm.SEGMENTS)."""
    return {
        "important_value": QCoreApplication.translate("Labels", "Important value"),
        "important_development": QCoreApplication.translate("Labels", "Important development"),
        "important_retention": QCoreApplication.translate("Labels", "Important retention"),
        "important_winback": QCoreApplication.translate("Labels", "Important win-back"),
        "general_value": QCoreApplication.translate("Labels", "General value"),
        "general_development": QCoreApplication.translate("Labels", "General development"),
        "general_retention": QCoreApplication.translate("Labels", "General retention"),
        "general_winback": QCoreApplication.translate("Labels", "General win-back"),
    }.get(code, code)


def placeholder_name_tip() -> str:
    """The tooltip of a customer's name that a purchase import made up ("客户 + number")."""
    return QCoreApplication.translate(
        "Labels", "A placeholder name given by a purchase import: edit the customer to name them"
    )


def payment_label(code: str) -> str:
    """A payment method (models.purchases.PAYMENTS)."""
    return {
        "cash": QCoreApplication.translate("Labels", "Cash"),
        "wechat": QCoreApplication.translate("Labels", "WeChat Pay"),
        "alipay": QCoreApplication.translate("Labels", "Alipay"),
        "card": QCoreApplication.translate("Labels", "Bank card"),
        "stored_value": QCoreApplication.translate("Labels", "Stored value"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "store": QCoreApplication.translate("Labels", "Store visit"),
        "price": QCoreApplication.translate("Labels", "Price inquiry"),
        "download": QCoreApplication.translate("Labels", "Material download"),
    }.get(code, code)


def channel_label(code: str) -> str:
    """A follow-up kind or interaction channel (models.channels)."""
    return {
        "phone": QCoreApplication.translate("Labels", "Phone call"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "sms": QCoreApplication.translate("Labels", "SMS"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(code, code)


def bucket_label(bucket: str) -> str:
    return {
        "today": QCoreApplication.translate("Labels", "Today"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "week": QCoreApplication.translate("Labels", "This week"),
        "later": QCoreApplication.translate("Labels", "Later"),
        "done": QCoreApplication.translate("Labels", "Done"),
    }.get(bucket, bucket)


def every_text(every: str) -> str:
    """'2w' -> 'every 2 weeks'."""
    if not every:
        return ""
    n, unit = every[:-1], every[-1]
    text = {
        "d": QCoreApplication.translate("Labels", "every %1 days"),
        "w": QCoreApplication.translate("Labels", "every %1 weeks"),
        "m": QCoreApplication.translate("Labels", "every %1 months"),
        "y": QCoreApplication.translate("Labels", "every %1 years"),
    }[unit]
    return fill(text, n)


def due_text(due_at, has_time: bool) -> str:
    if due_at is None:
        return ""
    return formatting.datetime_text(due_at) if has_time else formatting.date_text(due_at)


def festival_name(code: str) -> str:
    """A care festival's name (models.followups.festivals) in the user's language."""
    names = {
        "new_year": QCoreApplication.translate("Labels", "New Year's Day"),
        "spring_festival": QCoreApplication.translate("Labels", "Spring Festival"),
        "lantern_festival": QCoreApplication.translate("Labels", "Lantern Festival"),
        "womens_day": QCoreApplication.translate("Labels", "Women's Day"),
        "mothers_day": QCoreApplication.translate("Labels", "Mother's Day"),
        "dragon_boat": QCoreApplication.translate("Labels", "Dragon Boat Festival"),
        "fathers_day": QCoreApplication.translate("Labels", "Father's Day"),
        "mid_autumn": QCoreApplication.translate("Labels", "Mid-Autumn Festival"),
        "teachers_day": QCoreApplication.translate("Labels", "Teachers' Day"),
        "double_ninth": QCoreApplication.translate("Labels", "Double Ninth Festival"),
        "national_day": QCoreApplication.translate("Labels", "National Day"),
        "singles_day": QCoreApplication.translate("Labels", "Singles' Day (11.11)"),
    }
    return names.get(code, code)


def followup_subject(row: dict) -> str:
    """What a follow-up is about: its subject, or for a birthday or festival reminder
    the occasion."""
    if row.get("source") == "festival" and not row.get("subject"):
        parsed = festival_care.parse_care_key(row.get("care_key", ""))
        if parsed is not None:
            code, year = parsed
            return fill(
                QCoreApplication.translate("Labels", "%1 (%2)"),
                festival_name(code),
                formatting.month_day_text(festivals.date_of(code, year)),
            )
    if row.get("source") == "birthday":
        parsed = parse_care_key(row.get("care_key", ""))
        if parsed is not None:
            day, which = parsed
            if which == "day":
                return fill(
                    QCoreApplication.translate("Labels", "Birthday today (%1)"),
                    formatting.month_day_text(day),
                )
            days = (day - row["due_at"].date()).days
            return fill(
                QCoreApplication.translate("Labels", "Birthday in %2 days (%1)"),
                formatting.month_day_text(day),
                str(days),
            )
    if row.get("source") == "complaint" and not row.get("subject"):
        number = complaint_of_followup(row)
        if number is not None:
            head = fill(
                QCoreApplication.translate("Labels", "Return visit for complaint #%1"), str(number)
            )
            note = (row.get("note") or "").split("\n")[0]
            return f"{head}: {note}" if note else head
    return row.get("subject") or (row.get("note") or "").split("\n")[0]


def gender_label(code: str) -> str:
    return {
        "": "",
        "male": QCoreApplication.translate("Labels", "Male"),
        "female": QCoreApplication.translate("Labels", "Female"),
    }.get(code, code)


def source_label(code: str) -> str:
    return {
        "": "",
        "website": QCoreApplication.translate("Labels", "Website"),
        "ads": QCoreApplication.translate("Labels", "Ads"),
        "content": QCoreApplication.translate("Labels", "Content"),
        "event": QCoreApplication.translate("Labels", "Event"),
        "referral": QCoreApplication.translate("Labels", "Referral"),
        "walk_in": QCoreApplication.translate("Labels", "Walk-in"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "community": QCoreApplication.translate("Labels", "Community"),
        "import": QCoreApplication.translate("Labels", "Imported"),
    }.get(code, code)


def stage_label(code: str) -> str:
    return {
        "": "",
        "lead": QCoreApplication.translate("Labels", "Lead"),
        "new": QCoreApplication.translate("Labels", "New customer"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
        "churned": QCoreApplication.translate("Labels", "Churned"),
    }.get(code, code)


def birthday_text(value: str, lunar: bool, leap: bool) -> str:
    if not value:
        return ""
    if not lunar:
        return value[2:] if value.startswith("--") else value
    text = value[2:] if value.startswith("--") else value
    prefix = (
        QCoreApplication.translate("Labels", "Lunar")
        + " "
        + (QCoreApplication.translate("Labels", "leap") + " " if leap else "")
    )
    return prefix + text


def customer_export_titles(keys) -> dict[str, str]:
    """The customer list's column titles for an export, in the user's language (custom
    fields keep their own names), and "_sheet", the sheet's name."""
    titles = {k: field_label(k) for k in keys if not k.startswith("cf:")}
    titles["_sheet"] = QCoreApplication.translate("Labels", "Customers")
    return titles


def customer_export_formatters() -> dict:
    """Cells of a customer export that are words in the user's language, as the list
    shows them (models.customer_export writes the rest: dates, money, tags)."""
    return {
        key: (lambda row, key=key: value_text(row, key))
        for key in ("gender", "source", "stage", "rfm_segment")
    }


_mobiles_masked = False  # models.masking's choice, read when the database opens


def set_mobiles_masked(on: bool) -> None:
    global _mobiles_masked
    _mobiles_masked = bool(on)


def mobiles_masked() -> bool:
    return _mobiles_masked


def mobile_text(value: str) -> str:
    """A mobile as the window shows it: 138****5678 when the business masks them."""
    return mask_mobile(value) if _mobiles_masked and value else (value or "")


def value_text(row: dict, key: str) -> str:
    """A customer value as the user reads it (codes translated, dates formatted)."""
    value = row.get(key)
    if key == "mobile":
        return mobile_text(value or "")
    if key == "tags":
        return "、".join(value or [])
    if key == "gender":
        return gender_label(value or "")
    if key == "source":
        return source_label(value or "")
    if key == "stage":
        return stage_label(value or "")
    if key == "rfm_segment":
        return segment_label(value or "")
    if key == "lead_score":  # a lead's (models.leads); nothing for anyone else
        return str(value) if row.get("lead_grade") else ""
    if key == "total_spend_cents":
        return formatting.money(value) if value else ""
    if key == "purchase_count":
        return formatting.number(value) if value else ""
    if key == "birthday":
        return birthday_text(value or "", row.get("birthday_lunar"), row.get("birthday_leap"))
    if key == "next_followup_at" and isinstance(value, dt.datetime) and value.time() == dt.time():
        return formatting.date_text(value)  # a follow-up due on a day, at no set time
    if isinstance(value, dt.datetime):
        return formatting.datetime_text(value)
    if isinstance(value, dt.date):
        return formatting.date_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formatting.number(value)
    return "" if value is None else str(value)
