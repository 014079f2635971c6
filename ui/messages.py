"""Sentences in the user's language for the errors models/ raises (by their codes) and
for an import's row problems and column warnings; shared by every dialog and the CLI
(texts only, no widgets: the CLI loads this for a Chinese sentence). The import codes'
sentences are in ui.import_messages. Their translation context stays "Labels", where
they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.customers.custom_fields import list_fields
from models.errors import ValidationError
from ui.automation import messages as automation_messages
from ui.communities import community_labels, engagement_messages
from ui.complaints import labels as complaint_labels
from ui.customers import query_messages
from ui.events import labels as event_labels
from ui.funnel import funnel_labels
from ui.import_messages import community_import_messages, import_messages
from ui.labels import field_label
from ui.membership import cards_messages, level_messages
from ui.membership import import_messages as member_import_messages
from ui.membership import messages as membership_messages
from ui.surveys import messages as survey_messages
from ui.surveys import question_messages, theme_messages
from ui.team import team_messages
from ui.text import fill


def error_message(exc) -> str:
    """A sentence in the user's language for a models.errors.ValidationError (or other
    error), or for an error code given as a string."""
    code = exc if isinstance(exc, str) else getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    messages = {
        "name_required": QCoreApplication.translate(
            "Labels", "Enter a name: every customer needs one."
        ),
        "phone_bad_chars": QCoreApplication.translate(
            "Labels", "A phone number can only contain digits, spaces, dashes, brackets and +."
        ),
        "phone_invalid": QCoreApplication.translate(
            "Labels",
            "This is not a valid phone number. A mobile has 11 digits starting with 1; "
            "a landline needs its area code, e.g. 0571-8888 8888.",
        ),
        "phone_too_short": QCoreApplication.translate("Labels", "This phone number is too short."),
        "phone_too_long": QCoreApplication.translate("Labels", "This phone number is too long."),
        "phone_invalid_length": QCoreApplication.translate(
            "Labels", "This phone number has the wrong number of digits."
        ),
        "phone_bad_country": QCoreApplication.translate(
            "Labels", "This phone number has an unknown country code."
        ),
        "phone_needs_area_code": QCoreApplication.translate(
            "Labels", "Add the area code to this landline, e.g. 0571-8888 8888."
        ),
        "email_invalid": QCoreApplication.translate(
            "Labels", "This is not a valid email address (it should look like name@example.com)."
        ),
        "birthday_invalid": QCoreApplication.translate(
            "Labels", "This is not a date. Write it as 1990-05-20, or 05-20 without the year."
        ),
        "birthday_year": QCoreApplication.translate(
            "Labels", "This year is not a plausible birth year."
        ),
        "birthday_future": QCoreApplication.translate(
            "Labels", "A birthday cannot be in the future."
        ),
        "number_taken": QCoreApplication.translate(
            "Labels", "Another customer already has this customer number."
        ),
        "too_long": QCoreApplication.translate("Labels", "This text is too long."),
        "number_invalid": QCoreApplication.translate("Labels", "Enter a number."),
        "date_invalid": QCoreApplication.translate("Labels", "Enter a date like 2024-01-05."),
        "choice_invalid": QCoreApplication.translate("Labels", "Choose one of the listed values."),
        "field_name_required": QCoreApplication.translate("Labels", "Enter a name for the field."),
        "field_name_taken": QCoreApplication.translate(
            "Labels", "A field with this name already exists."
        ),
        "field_choices_required": QCoreApplication.translate(
            "Labels", "A choice field needs at least one choice."
        ),
        "not_found": QCoreApplication.translate("Labels", "This customer no longer exists."),
        # community metrics (issue 25)
        "period_reversed": QCoreApplication.translate(
            "Labels", "The period starts after it ends: choose a start on or before the end."
        ),
        "community_unknown": fill(
            QCoreApplication.translate("Labels", "There is no community with the id %1."),
            params.get("ids", ""),
        ),
        "tag_not_found": QCoreApplication.translate("Labels", "This tag no longer exists."),
        "group_not_found": QCoreApplication.translate("Labels", "This tag group no longer exists."),
        "view_not_found": QCoreApplication.translate("Labels", "This saved view no longer exists."),
        "tag_name_required": QCoreApplication.translate("Labels", "Enter a name for the tag."),
        "group_name_required": QCoreApplication.translate("Labels", "Enter a name for the group."),
        "tag_name_too_long": QCoreApplication.translate(
            "Labels", "A tag name can have at most 40 characters."
        ),
        "tag_name_separator": QCoreApplication.translate(
            "Labels",
            "A tag name cannot contain , ， 、 ; ； or |: they separate tags. "
            "Add each tag on its own.",
        ),
        "tag_name_taken": QCoreApplication.translate(
            "Labels",
            "A tag with this name already exists. To join two tags, use “Merge into another tag”.",
        ),
        "group_name_taken": QCoreApplication.translate(
            "Labels", "A group with this name already exists."
        ),
        "group_protected": QCoreApplication.translate(
            "Labels", "The group 其他 holds tags without a group: it cannot be renamed or deleted."
        ),
        "color_invalid": QCoreApplication.translate("Labels", "Choose a colour."),
        "view_name_required": QCoreApplication.translate("Labels", "Enter a name for the view."),
        "view_name_taken": QCoreApplication.translate(
            "Labels", "A saved view with this name already exists."
        ),
        "due_invalid": QCoreApplication.translate("Labels", "Choose a valid date and time."),
        "due_past": QCoreApplication.translate("Labels", "Choose a time that is not in the past."),
        "channel_invalid": QCoreApplication.translate("Labels", "Choose how the contact is made."),
        "every_invalid": QCoreApplication.translate(
            "Labels", "Repeat every 1 to 366 days, weeks, months or years."
        ),
        "followup_closed": QCoreApplication.translate(
            "Labels", "This follow-up is already done or cancelled."
        ),
        "followup_not_found": QCoreApplication.translate(
            "Labels", "This follow-up no longer exists."
        ),
        "followup_owned": QCoreApplication.translate(
            "Labels", "This follow-up is completed on the record it belongs to (its complaint)."
        ),
        "undo_conflict": QCoreApplication.translate(
            "Labels",
            "This can no longer be undone or redone: what it changed was changed again "
            "since (here, in another window or from the command line). Nothing was changed.",
        ),
        "interaction_not_found": QCoreApplication.translate(
            "Labels", "This contact record no longer exists."
        ),
        "required": QCoreApplication.translate("Labels", "This cannot be empty."),
        "at_future": QCoreApplication.translate(
            "Labels", "A contact cannot be logged in the future."
        ),
        "every_days_invalid": QCoreApplication.translate(
            "Labels", "Choose an interval from 1 to 3650 days."
        ),
        "rule_not_found": QCoreApplication.translate("Labels", "This rule no longer exists."),
        "greeting_placeholder": QCoreApplication.translate(
            "Labels", "The greeting can only use {name} for the customer's name."
        ),
        "lead_days_invalid": QCoreApplication.translate("Labels", "Remind 0 to 60 days ahead."),
        "tag_add_and_remove": QCoreApplication.translate(
            "Labels", "A tag cannot be both added and removed."
        ),
    }
    messages.update(complaint_labels.messages(params))
    messages.update(event_labels.messages(params))
    messages.update(purchase_messages())
    messages.update(care_messages(params))
    messages.update(backup_messages())
    messages.update(privacy_messages(params))
    messages.update(engagement_messages.messages(params))
    messages.update(community_import_messages(params))
    messages.update(community_labels.messages(params))
    messages.update(membership_messages.messages(params))
    messages.update(cards_messages.messages(params))
    messages.update(member_import_messages.messages(params))
    messages.update(level_messages.messages(params) | survey_messages.messages(params))
    messages.update(theme_messages.messages(params) | question_messages.messages(params))
    messages.update(team_messages.messages(params))
    messages.update(query_messages.messages(params))
    messages.update(funnel_labels.messages(params))
    messages.update(automation_messages.messages(params))
    # Import codes share a few names with field codes ("too_long": a file with too
    # many rows, or a text with too many characters): a field error is a ValidationError
    # or an import row's problem (which names its field).
    if isinstance(exc, ValidationError) or hasattr(exc, "field"):
        messages = {**import_messages(), **messages}
    else:
        messages = {**messages, **import_messages()}
    text = messages.get(code)
    if text is None:
        return getattr(exc, "message", None) or str(exc)
    if code == "too_long" and "limit" in params:
        text += " " + QCoreApplication.translate("Labels", "At most %n characters.").replace(
            "%n", str(params["limit"])
        )
    return text


def care_messages(params: dict) -> dict[str, str]:
    """Sentences for festival care codes (models/followups/festivals.py, festival_care.py)."""
    return {
        "festival_unknown": fill(
            QCoreApplication.translate("Labels", "There is no festival “%1”."),
            params.get("festival", ""),
        ),
        "festival_year_range": fill(
            QCoreApplication.translate("Labels", "“%1” is not a year from 1901 to 2099."),
            params.get("text", ""),
        ),
        "festival_greeting_placeholder": QCoreApplication.translate(
            "Labels",
            "The greeting can only use {name} for the customer's name and {festival} for "
            "the festival.",
        ),
        "festival_audience": QCoreApplication.translate(
            "Labels", "Choose the customers by tags or lifecycle stages that exist."
        ),
        "festival_audience_empty": QCoreApplication.translate(
            "Labels", "Choose at least one tag or lifecycle stage."
        ),
    }


def purchase_messages() -> dict[str, str]:
    """Sentences for purchase and purchase-import codes (models/purchases.py,
    models/purchase_import.py)."""
    return {
        "amount_invalid": QCoreApplication.translate(
            "Labels", "Enter an amount of money, like 128.50."
        ),
        "amount_too_large": QCoreApplication.translate("Labels", "This amount is too large."),
        "amount_zero": QCoreApplication.translate("Labels", "The amount is 0: nothing was paid."),
        "order_taken": QCoreApplication.translate(
            "Labels", "This order number is already recorded."
        ),
        "payment_invalid": QCoreApplication.translate(
            "Labels", "Choose one of the listed payment methods."
        ),
        "refund_invalid": QCoreApplication.translate(
            "Labels", "A refund is a negative amount returning a purchase."
        ),
        "purchase_not_found": QCoreApplication.translate(
            "Labels", "This purchase no longer exists."
        ),
        "amount_not_positive": QCoreApplication.translate(
            "Labels", "Enter an amount above 0, like 30 or 128.50."
        ),
        "refund_too_large": QCoreApplication.translate(
            "Labels", "That is more than is left of the purchase (its amount less its refunds)."
        ),
        "refund_of_refund": QCoreApplication.translate(
            "Labels", "A refund cannot be refunded: pick the purchase."
        ),
        "purchase_voided": QCoreApplication.translate("Labels", "This purchase is voided."),
        "purchase_has_refunds": QCoreApplication.translate(
            "Labels", "This purchase has refunds: void them first."
        ),
        "reason_required": QCoreApplication.translate("Labels", "Say why: a reason is required."),
        "order_row_invalid": QCoreApplication.translate(
            "Labels", "Another row of this order has an error."
        ),
        "customer_missing": QCoreApplication.translate("Labels", "The row names no customer."),
        "customer_unknown": QCoreApplication.translate(
            "Labels", "No customer with this number, mobile or email."
        ),
        "order_customers": QCoreApplication.translate(
            "Labels", "The rows of this order name different customers."
        ),
        "time_future": QCoreApplication.translate("Labels", "A purchase cannot be in the future."),
        "amount_unmapped": QCoreApplication.translate(
            "Labels", "Choose an amount column, or a unit price column."
        ),
        "customer_unmapped": QCoreApplication.translate(
            "Labels", "Choose a customer number, name, mobile or email column."
        ),
        "thresholds_invalid": QCoreApplication.translate(
            "Labels", "The days must grow: new, then active, then churned (at most 3650)."
        ),
    }


def privacy_messages(params: dict | None = None) -> dict[str, str]:
    """Sentences for the password, erasure and encrypted-backup codes (models/app_lock.py,
    models/erasure.py, models/backup_crypto.py)."""
    limit = str((params or {}).get("limit", ""))
    return {
        "password_wrong": QCoreApplication.translate("Labels", "The password is wrong."),
        "password_short": QCoreApplication.translate(
            "Labels", "The password needs at least %n characters."
        ).replace("%n", limit),
        "password_spaces": QCoreApplication.translate(
            "Labels", "The password cannot start or end with a space."
        ),
        "password_mismatch": QCoreApplication.translate(
            "Labels", "The two passwords are not the same."
        ),
        "password_needed": QCoreApplication.translate(
            "Labels", "This backup is encrypted: enter its password."
        ),
        "already_erased": QCoreApplication.translate(
            "Labels", "This customer's personal data was already erased."
        ),
        # duplicates and merging (issue 29)
        "merge_self": QCoreApplication.translate(
            "Labels", "A customer cannot be merged into itself."
        ),
        "merge_binned": QCoreApplication.translate(
            "Labels", "This customer is in the recycle bin: restore it before merging."
        ),
        "merge_already_merged": QCoreApplication.translate(
            "Labels", "This customer was already merged into another one."
        ),
        "merge_nothing": QCoreApplication.translate(
            "Labels", "Choose at least one customer to merge."
        ),
        "merge_twice": QCoreApplication.translate("Labels", "A customer is named twice."),
        "merge_two_members": QCoreApplication.translate(
            "Labels",
            "More than one of them is a member: their points and stored value cannot be "
            "joined. Transfer the balance to one card first.",
        ),
        "merge_own_referral": QCoreApplication.translate(
            "Labels", "One of them introduced the other: merging them is not possible."
        ),
        "merge_bad_choice": QCoreApplication.translate(
            "Labels", "A chosen value belongs to a customer outside this merge."
        ),
        "merge_none": QCoreApplication.translate(
            "Labels", "Nothing was merged into this customer."
        ),
        "merge_undone": QCoreApplication.translate("Labels", "This merge was undone already."),
        "need_two": QCoreApplication.translate("Labels", "Choose at least two customers."),
    }


def backup_messages() -> dict[str, str]:
    """Sentences for backup and restore codes (models/backup.py)."""
    return {
        "backup_keep_none": QCoreApplication.translate(
            "Labels", "Keep at least one backup: not every number can be 0."
        ),
        "folder_missing": QCoreApplication.translate(
            "Labels", "This folder does not exist. Plug in the drive or choose another folder."
        ),
        "folder_unwritable": QCoreApplication.translate(
            "Labels", "Guanjia cannot write to this folder. Choose another one."
        ),
        "db_damaged": QCoreApplication.translate(
            "Labels",
            "The database is damaged, so Guanjia no longer changes it. "
            "Restore a backup: File > Restore from a backup…",
        ),
        "not_backup": QCoreApplication.translate("Labels", "This file is not a Guanjia backup."),
        "backup_damaged": QCoreApplication.translate(
            "Labels", "This backup is damaged and cannot be restored. Choose another one."
        ),
        "backup_newer": QCoreApplication.translate(
            "Labels",
            "This backup was made by a newer version of Guanjia. Update Guanjia to restore it.",
        ),
    }


def problem_text(problem) -> str:
    """A row problem of an import plan, as a sentence with the field it concerns."""
    text = error_message(problem)
    field = problem.field
    if field in ("row", "") or problem.code in ("name_required",):
        return text
    if field.startswith("cf:"):
        names = {f.key: f.name for f in list_fields()}
        return f"{names.get(field, field)}: {text}"
    return f"{field_label(field)}: {text}"


def warning_text(problem) -> str:
    """A value an optional field could not take (an import row's warning), and what
    became of it: kept in the notes, or cut short."""
    return problem_text(problem) + " " + _kept_text(problem.params.get("kept", "notes"))


def _kept_text(kept: str) -> str:
    if kept == "cut":
        return QCoreApplication.translate("Labels", "The text is cut to fit.")
    if kept == "note":
        return QCoreApplication.translate(
            "Labels", "The field is left empty; the original text is kept in the purchase's note."
        )
    if kept == "record_note":
        return QCoreApplication.translate(
            "Labels", "The field is left empty; the original text is kept with the note."
        )
    return QCoreApplication.translate(
        "Labels", "The field is left empty; the original text is kept in the notes."
    )


def column_warning_text(warning) -> str:
    """One column's warnings in an import (models.excel.import_types.ColumnWarning)."""
    examples = "、".join(f"“{e}”" for e in warning.examples)
    text = fill(
        QCoreApplication.translate("Labels", "Column “%1”, %2 of the rows to import (e.g. %3):"),
        warning.column,
        f"{warning.rows:,}",
        examples or "…",
    )
    reason = error_message(ValidationError(warning.field, warning.code, warning.message,
                                           **warning.params))  # fmt: skip
    return f"{text} {reason} {_kept_text(warning.kept)}"
