"""Normalising and validating phone numbers (libphonenumber) and emails (email-validator)."""

from __future__ import annotations

import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberType, ValidationResult

from models.errors import ValidationError

DEFAULT_REGION = "CN"

# English wording for the CLI and logs; ui/ shows its own translated sentences per code.
PHONE_MESSAGES = {
    "phone_bad_chars": "contains characters a phone number cannot have",
    "phone_invalid": "is not a valid phone number (a mobile has 11 digits starting with 1; "
    "a landline needs its area code, e.g. 0571-8888 8888)",
    "phone_too_short": "is too short for a phone number",
    "phone_too_long": "is too long for a phone number",
    "phone_invalid_length": "has the wrong number of digits for a phone number",
    "phone_bad_country": "has an unknown country code",
    "phone_needs_area_code": "needs its area code (e.g. 0571-8888 8888)",
}


def _phone_error(text: str, code: str) -> ValidationError:
    return ValidationError("mobile", code, f"phone '{text}' {PHONE_MESSAGES[code]}", value=text)


_REASON_CODES = {
    ValidationResult.TOO_SHORT: "phone_too_short",
    ValidationResult.TOO_LONG: "phone_too_long",
    ValidationResult.INVALID_LENGTH: "phone_invalid_length",
    ValidationResult.INVALID_COUNTRY_CODE: "phone_bad_country",
}


def normalise_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """Return the stored form of a phone number, or '' for an empty input.

    Chinese mobiles become their 11 digits ("13812345678"), Chinese landlines
    "0571-88888888", other countries E.164 ("+14155550123"). Spaces, dashes, dots,
    brackets, +86/0086 and full-width digits are accepted. Raises ValidationError.
    """
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return ""
    allowed = set("0123456789+-() .")
    if any(ch not in allowed for ch in text) or not any(ch.isdigit() for ch in text):
        raise _phone_error(text, "phone_bad_chars")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _phone_error(text, "phone_invalid") from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        code = _REASON_CODES.get(reason, "phone_invalid")
        raise _phone_error(text, code)
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY or not phonenumbers.is_valid_number(
        number
    ):
        code = (
            "phone_needs_area_code"
            if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY
            else "phone_invalid"
        )
        raise _phone_error(text, code)
    nsn = phonenumbers.national_significant_number(number)
    if number.country_code == 86:
        kind = phonenumbers.number_type(number)
        if kind in (
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ) and nsn.startswith("1"):
            return nsn
        area = phonenumbers.length_of_geographical_area_code(number)
        if area:
            return f"0{nsn[:area]}-{nsn[area:]}"
        return "0" + nsn
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(text: str) -> str:
    """Return the email with its domain lower-cased, '' for empty; syntax only, no network."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            "email", "email_invalid", f"email '{text}' is not valid: {exc}", detail=str(exc)
        ) from exc
    # Stored lower-case: mailboxes are case-insensitive in practice, and duplicates must match.
    return result.normalized.lower()
