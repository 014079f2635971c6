import datetime as dt

import pytest

from models import clock
from models.customers import custom_fields, customer_list, customers
from models.errors import NotFoundError, ValidationError


def test_create_normalises_and_reads_back(db):
    cid = customers.create(
        {
            "name": " 张三 ",
            "mobile": "+86 138-1234-5678",
            "email": "ZS@QQ.com",
            "tags": ["VIP", "vip "],
            "birthday": "1990/5/20",
            "gender": "male",
            "source": "referral",
            "stage": "active",
        }
    )
    c = customers.get(cid)
    assert c["name"] == "张三"
    assert c["mobile"] == "13812345678"
    assert c["email"] == "zs@qq.com"
    assert c["tags"] == ["VIP"]  # tag names are unique, trimmed, case-insensitive
    assert c["birthday"] == "1990-05-20"
    assert c["name_key"].startswith("zhang san")


def test_invalid_input_writes_nothing(db):
    for data in (
        {"name": ""},
        {"name": "李四", "mobile": "12"},
        {"name": "李四", "email": "x@"},
        {"name": "李四", "birthday": "1990-13-01"},
        {"name": "李四", "gender": "robot"},
    ):
        with pytest.raises(ValidationError):
            customers.create(data)
    assert customer_list.total() == 0


def test_validate_reports_every_problem_at_once(db):
    _clean, errors = customers.validate({"name": "", "mobile": "abc", "email": "bad"})
    assert {e.field for e in errors} == {"name", "mobile", "email"}


def test_birthdays_solar_lunar_and_without_year(db):
    clock.set_now(dt.datetime(2026, 11, 22, 9, 0))
    assert customers.parse_birthday("05-20") == "--05-20"
    assert customers.parse_birthday("2-29") == "--02-29"
    assert customers.parse_birthday("2023-04-30", lunar=True) == "2023-04-30"
    with pytest.raises(ValidationError):
        customers.parse_birthday("2023-01-30", lunar=True)  # lunar 2023 month 1 has 29 days
    assert customers.parse_birthday("2023-02-10", lunar=True, leap=True) == "2023-02-10"
    with pytest.raises(ValidationError):
        customers.parse_birthday("2024-02-10", lunar=True, leap=True)  # 2024 has no leap month 2
    with pytest.raises(ValidationError) as info:
        customers.parse_birthday("2030-01-01")
    assert info.value.code == "birthday_year"


def test_customer_number_is_unique_but_optional(db):
    customers.create({"name": "甲", "number": "001"})
    customers.create({"name": "乙"})
    customers.create({"name": "丙"})  # two without a number is fine
    with pytest.raises(ValidationError) as info:
        customers.create({"name": "丁", "number": "001"})
    assert info.value.code == "number_taken"
    assert customers.get(1)["number"] == "001"  # "001" stays text


def test_duplicates_of_finds_mobile_and_email_users(db):
    a = customers.create({"name": "王五", "mobile": "13912345678", "email": "w@x.com"})
    found = customers.duplicates_of("13912345678", "w@x.com")
    assert {(d["id"], d["field"]) for d in found} == {(a, "mobile"), (a, "email")}
    assert customers.duplicates_of("13912345678", exclude_id=a) == []
    customers.move_to_bin([a])
    assert customers.duplicates_of("13912345678")[0]["in_bin"] is True


def test_recycle_bin_move_restore_purge(db):
    a = customers.create({"name": "赵六", "tags": ["回访"]})
    b = customers.create({"name": "钱七"})
    assert customers.move_to_bin([a]) == 1
    assert customer_list.total() == 1
    assert customer_list.total(in_bin=True) == 1
    assert customer_list.count(customer_list.CustomerFilter(search="赵")) == 0
    assert customer_list.count(customer_list.CustomerFilter(search="赵", in_bin=True)) == 1
    assert customers.restore_from_bin([a]) == 1
    assert customer_list.total() == 2
    assert customers.purge([b]) == 0  # only customers in the bin can be purged
    customers.move_to_bin([a])
    assert customers.purge([a]) == 1
    with pytest.raises(NotFoundError):
        customers.get(a)
    assert customer_list.count(customer_list.CustomerFilter(search="赵", in_bin=True)) == 0


def test_snapshot_round_trip_restores_everything(db):
    field = custom_fields.add_field("会员卡号", "text")
    cid = customers.create(
        {"name": "孙八", "mobile": "13700001111", "tags": ["A", "B"], "custom": {field.id: "VIP-9"}}
    )
    snap = customers.snapshot(cid)
    customers.update(cid, {"name": "孙九", "tags": ["C"], "custom": {field.id: ""}})
    assert customers.get(cid)["name"] == "孙九"
    customers.write_snapshot(snap)
    c = customers.get(cid)
    assert (c["name"], sorted(c["tags"]), c["custom"]) == ("孙八", ["A", "B"], {field.key: "VIP-9"})
    assert customer_list.count(customer_list.CustomerFilter(search="孙八")) == 1
    customers.delete_for_good(cid)
    customers.write_snapshot(snap)  # redo of an add recreates it with the same id
    assert customers.get(cid)["name"] == "孙八"


def test_custom_fields_validate_by_kind(db):
    num = custom_fields.add_field("消费额", "number")
    day = custom_fields.add_field("入会日期", "date")
    level = custom_fields.add_field("等级", "choice", ["金卡", "银卡"])
    cid = customers.create(
        {"name": "周一", "custom": {num.id: "¥1,200", day.id: "2024/1/5", level.id: "金卡"}}
    )
    assert customers.get(cid)["custom"] == {
        num.key: "1200",
        day.key: "2024-01-05",
        level.key: "金卡",
    }
    for fid, bad in ((num.id, "很多"), (day.id, "昨天"), (level.id, "铜卡")):
        with pytest.raises(ValidationError):
            customers.update(cid, {"custom": {fid: bad}})
    with pytest.raises(ValidationError):
        custom_fields.add_field("等级", "text")
    with pytest.raises(ValidationError):
        custom_fields.add_field("空选项", "choice", [])
