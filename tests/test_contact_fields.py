import pytest

from models.errors import ValidationError
from models.values.contact_fields import normalise_email, normalise_phone


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits
        (" 13812345678 ", "13812345678"),
        ("0571-8888 8888", "0571-88888888"),
        ("(0571) 88888888", "0571-88888888"),
        ("010-12345678", "010-12345678"),
        ("+86 10 1234 5678", "010-12345678"),
        ("+1 650 253 0000", "+16502530000"),
        ("", ""),
    ],
)
def test_phone_numbers_are_normalised(raw, stored):
    assert normalise_phone(raw) == stored


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("abc", "phone_bad_chars"),
        ("138-1234-567x", "phone_bad_chars"),
        ("1381234567", "phone_invalid"),  # 10 digits
        ("138123456789", "phone_invalid"),  # 12 digits
        ("12345", "phone_needs_area_code"),
        ("88888888", "phone_invalid"),  # a landline without its area code
        ("+999 123", "phone_invalid"),
    ],
)
def test_bad_phone_numbers_are_refused_with_a_reason(raw, code):
    with pytest.raises(ValidationError) as info:
        normalise_phone(raw)
    assert info.value.code == code
    assert info.value.field == "mobile"


def test_email_is_checked_for_syntax_and_lower_cased():
    assert normalise_email(" Zhang.San@Example.COM ") == "zhang.san@example.com"
    assert normalise_email("") == ""
    for bad in ("zhang", "zhang@", "@example.com", "zhang@example", "a b@example.com"):
        with pytest.raises(ValidationError) as info:
            normalise_email(bad)
        assert info.value.code == "email_invalid"
