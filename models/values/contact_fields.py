"""Normalising and validating phone numbers (libphonenumber) and emails (email-validator)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


# The codes for libphonenumber's ValidationResult reasons (by name: the library is
# loaded on first use).
_REASON_CODES = {
    "TOO_SHORT": "phone_too_short",
    "TOO_LONG": "phone_too_long",
    "INVALID_LENGTH": "phone_invalid_length",
    "INVALID_COUNTRY_CODE": "phone_bad_country",
}


# Fast paths for imports of 100k rows (libphonenumber and email-validator cost ~50 us a
# value): a plain Chinese mobile is checked once per 5-digit prefix (the metadata's
# mobile pattern decides on at most 5 digits; tests compare both paths), a plain ASCII
# email once per domain. Anything else takes the full check.
_PLAIN_MOBILE = re.compile(r"^(?:\+86|0086|86)?(1\d{10})$")
_PLAIN_EMAIL = re.compile(r"^[A-Za-z0-9_+%-]+(?:\.[A-Za-z0-9_+%-]+)*@([A-Za-z0-9.-]+)$")
_SEPARATORS = str.maketrans("", "", " -().")


@lru_cache(maxsize=20000)
def _mobile_prefix_ok(prefix: str) -> bool:
    # Deliberate lazy load for start-up time: libphonenumber's metadata takes ~0.1 s.
    import phonenumbers
    from phonenumbers import PhoneNumberType

    number = phonenumbers.parse(prefix + "000000", DEFAULT_REGION)
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


@lru_cache(maxsize=20000)
def _email_domain_ok(domain: str) -> bool:
    # Deliberate lazy load for start-up time: email-validator (with idna) takes ~0.1 s.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def normalise_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """Return the stored form of a phone number, or '' for an empty input.

    Chinese mobiles become their 11 digits ("13812345678"), Chinese landlines
    "0571-88888888", other countries E.164 ("+14155550123"). Spaces, dashes, dots,
    brackets, +86/0086 and full-width digits are accepted. Raises ValidationError.
    """
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return ""
    plain = _PLAIN_MOBILE.match(text.translate(_SEPARATORS))
    if plain and region == DEFAULT_REGION and _mobile_prefix_ok(plain.group(1)[:5]):
        return plain.group(1)
    allowed = set("0123456789+-() .")
    if any(ch not in allowed for ch in text) or not any(ch.isdigit() for ch in text):
        raise _phone_error(text, "phone_bad_chars")
    # Deliberate lazy load for start-up time: libphonenumber's metadata takes ~0.1 s.
    import phonenumbers
    from phonenumbers import PhoneNumberType, ValidationResult

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _phone_error(text, "phone_invalid") from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        names = {getattr(ValidationResult, name): code for name, code in _REASON_CODES.items()}
        code = names.get(reason, "phone_invalid")
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
    plain = _PLAIN_EMAIL.match(text)
    if plain and len(text) <= 254 and text.index("@") <= 64 and _email_domain_ok(plain.group(1)):
        return text.lower()
    # Deliberate lazy load for start-up time: email-validator (with idna) takes ~0.1 s.
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            "email", "email_invalid", f"email '{text}' is not valid: {exc}", detail=str(exc)
        ) from exc
    # Stored lower-case: mailboxes are case-insensitive in practice, and duplicates must match.
    return result.normalized.lower()


def mask_mobile(value: str) -> str:
    """138****5678 for a mobile; other numbers keep their first 3 and last 4 digits."""
    digits = sum(ch.isdigit() for ch in value)
    if digits < 8:
        return value
    seen, out = 0, []
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append("*" if 3 < seen <= digits - 4 else ch)
        else:
            out.append(ch)
    return "".join(out)


def is_mainland_mobile(stored: str) -> bool:
    """True for a stored phone (normalise_phone's form) that is a valid mainland mobile:
    11 digits starting with 1 on a mobile prefix (cached per prefix: cheap in bulk)."""
    return (
        len(stored or "") == 11
        and stored.isdigit()
        and stored[0] == "1"
        and _mobile_prefix_ok(stored[:5])
    )
