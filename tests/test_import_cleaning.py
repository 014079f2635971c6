"""Each cleaning rule of the importer, with good and bad input."""

import datetime as dt
import random
import re

import pytest

from models.errors import ValidationError
from models.excel import import_cleaning
from models.values import contact_fields
from models.values.contact_fields import normalise_email, normalise_phone


def _mobile(raw):
    return normalise_phone(import_cleaning.phone_text(raw))


@pytest.mark.parametrize(
    "raw",
    [
        13812345678,  # a number cell
        13812345678.0,  # calamine's float
        "13812345678",
        "1.3812345678E+10",  # Excel's scientific display, all digits there
        "+86 138 1234 5678",
        "+8613812345678",
        "0086-138-1234-5678",
        "138-1234-5678",
        "１３８１２３４５６７８",  # full-width digits
        " 13812345678\u3000",  # full-width space
    ],
)
def test_mobile_forms(raw):
    assert _mobile(raw) == "13812345678"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("1.38123E+10", "phone_rounded"),  # Excel dropped the last digits
        (13812345.5, "phone_invalid"),
        ("138123", "phone_needs_area_code"),
        ("电话138", "phone_bad_chars"),
    ],
)
def test_mobile_refused(raw, code):
    with pytest.raises(ValidationError) as err:
        _mobile(raw)
    assert err.value.code == code


def test_mobile_fast_path_agrees_with_libphonenumber(monkeypatch):
    """The per-prefix shortcut gives the same answer as the full check, valid or not."""
    rnd = random.Random(5)
    numbers = [f"1{rnd.randrange(10**10):010d}" for _ in range(3000)]

    def run():
        out = []
        for n in numbers:
            try:
                out.append(normalise_phone(n))
            except ValidationError as exc:
                out.append(exc.code)
        return out

    fast = run()
    monkeypatch.setattr(contact_fields, "_PLAIN_MOBILE", re.compile("(?!)"))
    assert run() == fast
    assert any(len(v) == 11 for v in fast) and any(len(v) != 11 for v in fast)


def test_email_fast_path_agrees_with_email_validator(monkeypatch):
    samples = ["A.B@QQ.com", "x@localhost", "a..b@x.com", "u@d.local", "u@example.com", "u@x.c"]

    def run():
        out = []
        for s in samples:
            try:
                out.append(normalise_email(s))
            except ValidationError as exc:
                out.append(exc.code)
        return out

    fast = run()
    monkeypatch.setattr(contact_fields, "_PLAIN_EMAIL", re.compile("(?!)"))
    assert run() == fast
    assert fast[0] == "a.b@qq.com"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (dt.date(2024, 1, 5), "2024-01-05"),
        (dt.datetime(2024, 1, 5, 10, 30), "2024-01-05"),
        (45296, "2024-01-05"),  # Excel serial, 1900 system
        (45296.75, "2024-01-05"),  # with a time of day
        ("45296", "2024-01-05"),
        (59, "1900-02-28"),  # before Excel's phantom 1900-02-29
        (61, "1900-03-01"),
        ("2024-01-05", "2024-01-05"),
        ("2024/1/5", "2024-01-05"),
        ("2024.1.5", "2024-01-05"),
        ("2024年1月5日", "2024-01-05"),
        ("2024 年 1 月 5 日", "2024-01-05"),
        ("20240105", "2024-01-05"),
        ("2024-01-05 08:30:00", "2024-01-05"),
        ("２０２４－０１－０５", "2024-01-05"),
    ],
)
def test_dates(raw, expected):
    assert import_cleaning.date_value(raw) == expected


def test_dates_1904_system():
    assert import_cleaning.date_value(43834, date1904=True) == "2024-01-05"
    assert import_cleaning.date_value(1, date1904=True) == "1904-01-02"


def test_birthday_without_year():
    assert import_cleaning.date_value("1月5日", allow_no_year=True) == "--01-05"
    assert import_cleaning.date_value("2月29日", allow_no_year=True) == "--02-29"
    assert import_cleaning.date_value("01-05", allow_no_year=True) == "--01-05"
    with pytest.raises(ValidationError):
        import_cleaning.date_value("1月5日")  # a date field needs a year
    with pytest.raises(ValidationError):
        import_cleaning.date_value("2月30日", allow_no_year=True)


@pytest.mark.parametrize("raw", ["2024-13-01", "2023-02-29", "next week", "2024/1", -5, "99999999"])
def test_dates_refused(raw):
    with pytest.raises(ValidationError) as err:
        import_cleaning.date_value(raw)
    assert err.value.code == "date_invalid"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("¥1,234.50", 1234.5),
        ("￥1,234.50", 1234.5),
        ("１２３４", 1234.0),
        ("3.5元", 3.5),
        ("(12.5)", -12.5),
        ("-7", -7.0),
        (42, 42.0),
        ("  8 ", 8.0),
        ("", None),
    ],
)
def test_numbers(raw, expected):
    assert import_cleaning.number(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "1,2,3x", True])
def test_numbers_refused(raw):
    with pytest.raises(ValidationError):
        import_cleaning.number(raw)


def test_spaces_trimmed_full_width_included_and_punctuation_kept():
    assert import_cleaning.text("\u3000 张三 \u3000") == "张三"
    assert import_cleaning.text("\ufeff王五\u200b") == "王五"
    assert import_cleaning.text("投诉过物流，已处理") == "投诉过物流，已处理"
    assert import_cleaning.text(12.0) == "12"
    assert import_cleaning.text(None) == ""


def test_tags_split_on_every_separator_and_spaces():
    raw = "VIP,老客户，回访、高消费;本地；外地|常来店 重点跟进"
    assert import_cleaning.tags(raw) == [
        "VIP", "老客户", "回访", "高消费", "本地", "外地", "常来店", "重点跟进",
    ]  # fmt: skip
    assert import_cleaning.tags(" , ,") == []


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("001", "001"),
        ("1234567890123456789", "1234567890123456789"),  # 19 digits kept as text
        (1.0, "1"),
        (12345.0, "12345"),
        (" KH-001 ", "KH-001"),
        ("０１２", "012"),
    ],
)
def test_identifiers_stay_text(raw, expected):
    assert import_cleaning.identifier(raw) == expected


def test_identifier_that_excel_rounded_is_refused():
    with pytest.raises(ValidationError) as err:
        import_cleaning.identifier(1234567890123456789.0)
    assert err.value.code == "id_rounded"
    with pytest.raises(ValidationError):
        import_cleaning.identifier("1.23457E+18")


@pytest.mark.parametrize(
    "field, raw, code",
    [
        ("gender", "女", "female"),
        ("gender", "Male", "male"),
        ("gender", "先生", "male"),
        ("source", "转介绍", "referral"),
        ("source", "walk_in", "walk_in"),
        ("stage", "潜在客户", "lead"),
        ("stage", "流失", "churned"),
    ],
)
def test_choice_words(field, raw, code):
    assert import_cleaning.choice(raw, field) == code


def test_choice_refused():
    with pytest.raises(ValidationError) as err:
        import_cleaning.choice("外星人", "gender")
    assert err.value.code == "gender_invalid"
