"""Privacy with real database files: the program's password (a salted hash, never the
password), masking in every export, erasing a customer's personal data everywhere
while the anonymous counts stay, and the encrypted backup round trip."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sqlite3

import openpyxl
import pytest

from models import clock
from models.complaints import complaint_list, complaints
from models.customers import customer_list, customers
from models.customers.custom_fields import add_field
from models.customers.customer_filter import CustomerFilter
from models.customers.record import Customer
from models.errors import NotFoundError, ValidationError
from models.excel import import_history, importer
from models.excel.customer_export import export_customers
from models.excel.followup_export import export_bucket
from models.followups import followups, interactions, stay_in_touch
from models.privacy import app_lock, erasure, masking
from models.purchases import purchases
from models.schema import upgrading
from models.storage import audit, backup, backup_crypto, preferences

NOW = dt.datetime(2026, 11, 22, 9, 30)


@pytest.fixture
def now(db):
    clock.set_now(NOW)
    return db


# ---------------------------------------------------------------- password


def test_password_is_stored_as_a_salted_scrypt_hash(now, db_path):
    assert not app_lock.is_set() and app_lock.check("anything")
    app_lock.set_password("柜台密码123")
    assert app_lock.is_set()
    assert app_lock.check("柜台密码123")
    assert not app_lock.check("柜台密码124") and not app_lock.check("")
    stored = preferences.get(app_lock.PASSWORD_KEY)
    assert stored["kdf"] == "scrypt" and stored["n"] >= 2**14
    raw = sqlite3.connect(db_path).execute("SELECT group_concat(value) FROM preference").fetchone()
    assert "柜台密码123" not in raw[0] and json.dumps("柜台密码123")[1:-1] not in raw[0]
    # The same password hashes differently each time (a fresh salt).
    assert app_lock.hash_password("柜台密码123").hash != app_lock.hash_password("柜台密码123").hash


def test_changing_or_removing_the_password_needs_the_current_one(now):
    app_lock.set_password("first1")
    for call in (lambda: app_lock.set_password("second2", current="wrong"),
                 lambda: app_lock.set_password("second2"),
                 lambda: app_lock.clear_password("wrong")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == "password_wrong"
    assert app_lock.check("first1")  # unchanged by the refusals
    app_lock.set_password("second2", current="first1")
    assert app_lock.check("second2") and not app_lock.check("first1")
    app_lock.clear_password("second2")
    assert not app_lock.is_set()
    kinds = [e["detail"] for e in audit.entries(audit.AuditQuery(action="privacy"))]
    assert kinds == ["password removed", "password changed", "password set"]
    assert not any("second2" in e["detail"] or "first1" in e["detail"] for e in audit.entries())


@pytest.mark.parametrize(
    ("password", "code"),
    [("abc", "password_short"), ("", "password_short"), (" abcd", "password_spaces"),
     ("x" * 129, "too_long")],
)  # fmt: skip
def test_bad_new_passwords_are_refused_and_change_nothing(now, password, code):
    with pytest.raises(ValidationError) as err:
        app_lock.set_password(password)
    assert err.value.code == code
    assert not app_lock.is_set()


def test_a_damaged_stored_hash_does_not_open_the_program_to_anyone(now):
    preferences.put(app_lock.PASSWORD_KEY, {"kdf": "bcrypt", "hash": "x"})
    assert not app_lock.is_set()  # unknown: treated as none, never as "any password works"
    preferences.put(app_lock.PASSWORD_KEY, None)
    app_lock.set_password("good1")
    app_lock.forget_password()  # the command line's way out
    assert not app_lock.is_set()


def test_lock_minutes(now):
    assert app_lock.lock_minutes() == app_lock.DEFAULT_LOCK_MINUTES
    app_lock.set_lock_minutes(5)
    assert app_lock.lock_minutes() == 5
    for bad in (-1, 24 * 60 + 1, "5", 2.5):
        with pytest.raises(ValidationError):
            app_lock.set_lock_minutes(bad)
    assert app_lock.lock_minutes() == 5


# ---------------------------------------------------------------- masking


def test_masking_covers_every_export_once_the_business_turns_it_on(now, tmp_path):
    cid = customers.create({"name": "张三", "mobile": "13812345678"})
    followups.create(cid, NOW, subject="回访")
    assert masking.mask_mobile("13812345678") == "138****5678"
    masking.set_mobiles_masked(True)
    assert masking.mobiles_masked()
    out = tmp_path / "customers.xlsx"
    export_customers(out, keys=["name", "mobile"])  # not asked, masked all the same
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[2]] == ["张三", "138****5678"]
    csv_out = tmp_path / "customers.csv"
    export_customers(csv_out, keys=["name", "mobile"])
    assert "13812345678" not in csv_out.read_text(encoding="utf-8-sig")
    agenda_out = tmp_path / "agenda.xlsx"
    export_bucket(agenda_out, "today", lambda row, key: row.get("customer_mobile", "")
                  if key == "mobile" else "", {})  # fmt: skip
    values = [c.value for row in openpyxl.load_workbook(agenda_out).active for c in row]
    assert "138****5678" in values and "13812345678" not in values
    # Searching by the full number still finds the customer.
    assert customer_list.count(CustomerFilter(search="13812345678")) == 1
    masking.set_mobiles_masked(False)
    export_customers(out, keys=["name", "mobile"])
    assert openpyxl.load_workbook(out).active.cell(2, 2).value == "13812345678"


def test_the_audit_log_keeps_no_full_mobile(now):
    cid = customers.create({"name": "张三", "mobile": "13812345678"})
    customers.update(cid, {"mobile": "13987654321"})
    edit = audit.entries(audit.AuditQuery(action="edit"))[0]
    assert "138****5678" in edit["detail"] and "139****4321" in edit["detail"]
    assert "13812345678" not in edit["detail"]


# ---------------------------------------------------------------- erasure


def _customer_with_history(tmp_path) -> int:
    field = add_field("会员卡号", "text")
    path = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["王小明", "13800001111"])
    book.save(path)
    sheet = importer.load(path)
    importer.run(importer.plan(sheet, importer.Options(mapping=["name", "mobile"])))
    cid = customers.duplicates_of(mobile="13800001111")[0]["id"]
    customers.update(cid, {"email": "xiaoming@example.com", "address": "南京路1号",
                           "birthday": "1990-05-06", "notes": "喜欢红色", "company": "小明公司",
                           "custom": {field.id: "VIP-88888"}, "tags": ["VIP"]})  # fmt: skip
    followups.create(cid, NOW + dt.timedelta(days=2), subject="给王小明打电话", note="13800001111")
    interactions.log(cid, "phone", "王小明说下周来店", at=NOW - dt.timedelta(days=1))
    k = complaints.create(cid, category="服务", description="王小明投诉等太久")
    complaints.step(k, "respond", note="已致电王小明道歉")
    complaints.edit(k, description="王小明投诉排队等太久")  # the audit keeps the old text
    purchases.add(cid, 128, at=NOW - dt.timedelta(days=3), order_no="POS-777", note="王小明的订单")
    stay_in_touch.set_rule("customer", cid, 30)
    other = customers.create({"name": "王小明亮", "mobile": "13900002222"})
    customers.move_to_bin([cid, other])
    customers.restore_from_bin([cid, other])
    return cid


def _dump(db_path) -> str:
    """Every text in the database file's tables, as SQL."""
    con = sqlite3.connect(db_path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def test_erasure_removes_personal_data_everywhere_and_keeps_the_counts(now, db_path, tmp_path):
    cid = _customer_with_history(tmp_path)
    before = customers.get(cid)
    assert "王小明" in _dump(db_path) and "13800001111" in _dump(db_path)
    done = erasure.erase(cid)
    assert done.followups_cancelled == 1
    after = customers.get(cid)
    assert after["name"] == f"#{cid}" and after["erased_at"] == NOW
    for key in erasure.PERSONAL_FIELDS:
        if key != "name":
            assert not after[key], key
    assert after["custom"] == {}
    # The anonymous figures stay: tags, purchases, the counts of each history.
    assert after["tags"] == before["tags"] == ["VIP"]
    assert (after["total_spend_cents"], after["purchase_count"]) == (12800, 1)
    assert len(interactions.for_customer(cid)) == 1
    assert complaint_list.count(complaint_list.where(customer_id=cid, live=False)) == 1
    assert len(followups.for_customer(cid)) == 1
    dump = _dump(db_path)
    for value in ("王小明说", "13800001111", "xiaoming@example.com", "南京路", "1990-05-06",
                  "喜欢红色", "小明公司", "VIP-88888", "POS-777", "给王小明", "已致电王小明"):  # fmt: skip
        assert value not in dump, value
    # The other customer's name, which contains the erased one's, is untouched.
    assert "王小明亮" in dump and dump.count("王小明") == dump.count("王小明亮")
    # Search no longer finds them by the old name or number.
    assert customer_list.count(CustomerFilter(search="13800001111")) == 0
    assert customer_list.count(CustomerFilter(search="王小明")) == 1  # 王小明亮
    assert stay_in_touch.rules_for_customer(cid) == []
    said = [e["detail"] for e in audit.entries(audit.AuditQuery(target="complaint"))]
    assert said[0] == "description: ***" and f"customer: #{cid}" in said[-1]
    entry = audit.entries(audit.AuditQuery(action="erase"))[0]
    assert entry["target_id"] == cid and entry["detail"] == f"#{cid}"


def test_erasure_leaves_nothing_in_the_file_or_the_wal(now, db_path, tmp_path):
    cid = _customer_with_history(tmp_path)
    erasure.erase(cid)
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for value in ("13800001111", "xiaoming@example.com", "王小明说", "VIP-88888"):
        assert value.encode("utf-8") not in raw, value


def test_an_import_undo_after_erasure_does_not_bring_the_data_back(now, tmp_path):
    cid = _customer_with_history(tmp_path)
    run = import_history.list_runs()[0]
    erasure.erase(cid)
    import_history.undo(run.id)
    row = Customer.get_or_none(Customer.id == cid)
    assert row is None or (row.name == f"#{cid}" and row.mobile == "")


def test_erasure_refuses_unknown_and_twice(now, tmp_path):
    with pytest.raises(NotFoundError):
        erasure.erase(999)
    cid = customers.create({"name": "李四"})
    erasure.erase(cid)
    with pytest.raises(ValidationError) as err:
        erasure.erase(cid)
    assert err.value.code == "already_erased"
    assert len(audit.entries(audit.AuditQuery(action="erase"))) == 1


def test_a_failed_erasure_changes_nothing(now, tmp_path, monkeypatch):
    cid = _customer_with_history(tmp_path)
    before = customers.get(cid)

    def fail(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(erasure, "_scrub_audit", fail)
    with pytest.raises(RuntimeError):
        erasure.erase(cid)
    assert customers.get(cid) == before
    assert customer_list.count(CustomerFilter(search="13800001111")) == 1


# ---------------------------------------------------------------- encrypted backups


def test_encrypted_backup_round_trip(now, db_path, tmp_path):
    customers.create({"name": "张三", "mobile": "13812345678"})
    target = tmp_path / "stick" / "shop.gjbackup"
    target.parent.mkdir()
    backup.export_encrypted(target, "correct horse")
    data = target.read_bytes()
    assert backup_crypto.is_encrypted(target)
    assert "张三".encode() not in data and b"SQLite format 3" not in data
    with pytest.raises(OSError):
        gzip.decompress(data)
    with pytest.raises(ValidationError) as err:
        backup.peek(target)
    assert err.value.code == "password_needed"
    assert backup.peek(target, "correct horse").customers == 1
    customers.create({"name": "李四"})
    restored = upgrading.restore(target, db_path, password="correct horse")
    assert restored.summary.customers == 1 and restored.safety is not None


def test_wrong_password_and_altered_files_are_refused_and_change_nothing(now, db_path, tmp_path):
    customers.create({"name": "张三"})
    target = tmp_path / "shop.gjbackup"
    backup.export_encrypted(target, "correct horse")
    customers.create({"name": "李四"})
    with pytest.raises(ValidationError) as err:
        upgrading.restore(target, db_path, password="wrong horse")
    assert err.value.code == "password_wrong"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 1  # one flipped bit in the middle
    altered = tmp_path / "altered.gjbackup"
    altered.write_bytes(bytes(data))
    with pytest.raises(ValidationError) as err:
        upgrading.restore(altered, db_path, password="correct horse")
    assert err.value.code == "backup_damaged"
    cut = tmp_path / "cut.gjbackup"
    cut.write_bytes(target.read_bytes()[:-100])
    with pytest.raises(ValidationError) as err:
        upgrading.restore(cut, db_path, password="correct horse")
    assert err.value.code == "backup_damaged"
    assert customer_list.count(CustomerFilter()) == 2  # untouched by every refusal
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".restore")]
    with pytest.raises(ValidationError) as err:
        backup.export_encrypted(tmp_path / "short.gjbackup", "short")
    assert err.value.code == "password_short"
    assert not (tmp_path / "short.gjbackup").exists()


def test_unusable_stored_parameters_refuse_rather_than_crash(now):
    app_lock.set_password("good1")
    stored = preferences.get(app_lock.PASSWORD_KEY)
    preferences.put(app_lock.PASSWORD_KEY, {**stored, "n": 3})  # not a power of two
    assert app_lock.is_set() and not app_lock.check("good1")
