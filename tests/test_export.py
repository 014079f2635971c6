"""Exports read back with openpyxl/csv: what Excel and WPS will see, formula safety,
masking, the template, and the export -> edit -> import round trip."""

import csv
import datetime as dt

import openpyxl
import pytest

from models.customers import customer_list, customers
from models.customers.custom_fields import add_field
from models.customers.customer_filter import CustomerFilter
from models.customers.customer_list import Sort
from models.customers.record import LEAD_FIELDS, SORT_KEY_FIELDS, Customer
from models.excel import importer
from models.excel.customer_export import export_customers, export_template
from models.privacy.masking import mask_mobile
from models.purchases import purchases, rfm
from models.sheets.excel_export import MONEY_FORMAT, neutralise
from models.tags.tags import find_tag
from tests.test_cli import guanjia, lines


def _read_xlsx(path):
    book = openpyxl.load_workbook(path)
    sheet = book.active
    return sheet, [[c.value for c in row] for row in sheet.iter_rows()]


def test_xlsx_export_types_header_and_filter(db, tmp_path):
    cid = customers.create(
        {
            "name": "张三",
            "number": "001",
            "mobile": "13812345678",
            "birthday": "1990-05-20",
            "gender": "male",
            "tags": ["VIP", "回访"],
        }
    )
    customers.create({"name": "李四", "birthday": "03-08"})
    out = tmp_path / "c.xlsx"
    keys = ["number", "name", "mobile", "birthday", "gender", "tags", "created_at"]
    assert export_customers(out, keys=keys) == 2
    sheet, rows = _read_xlsx(out)
    assert rows[0] == ["客户编号", "姓名", "手机", "生日", "性别", "标签", "创建时间"]
    first = rows[1]
    assert first[0] == "001" and isinstance(first[0], str)  # leading zero kept
    assert first[2] == "13812345678" and isinstance(first[2], str)  # never 1.38E+10
    assert first[3] == dt.datetime(1990, 5, 20)  # a real date cell
    assert sheet.cell(row=2, column=4).number_format == "yyyy-mm-dd"
    assert first[4] == "男" and first[5] == "VIP, 回访"
    assert isinstance(first[6], dt.datetime)
    assert rows[2][3] == "03-08"  # no year: text
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G3"
    assert sheet.cell(row=1, column=1).font.b
    assert sheet.column_dimensions["B"].width >= 8
    assert customers.get(cid)["name"] == "张三"


def test_export_follows_filter_sort_columns_and_selection(demo_db, tmp_path):
    vip = find_tag("VIP")
    flt = CustomerFilter(search="王").with_tags([vip.id], [], False)
    out = tmp_path / "f.csv"
    n = export_customers(out, flt, Sort("name", descending=True), ["name", "mobile"])
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["姓名", "手机"] and len(rows) - 1 == n >= 3
    from models.customers import customer_list

    expected = customer_list.page(flt, Sort("name", descending=True), 10000).rows
    assert [r[0] for r in rows[1:]] == [r["name"] for r in expected]
    picked = [expected[2]["id"], expected[0]["id"]]
    assert export_customers(out, flt, keys=["id", "name"], ids=picked) == 2
    with out.open(encoding="utf-8-sig") as fh:
        assert [int(r[0]) for r in list(csv.reader(fh))[1:]] == picked


def test_csv_has_bom_and_opens_as_utf8(db, tmp_path):
    customers.create({"name": "王五", "company": "杭州，示例"})
    out = tmp_path / "c.csv"
    export_customers(out, keys=["name", "company"])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "杭州，示例" in raw.decode("utf-8-sig")


@pytest.mark.parametrize("value", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_formulas_neutralised_in_xlsx_and_csv(db, tmp_path, value):
    customers.create({"name": "x" + value.strip(), "notes": value})
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"n{suffix}"
        export_customers(out, keys=["notes"])
        if suffix == ".xlsx":
            cell = openpyxl.load_workbook(out).active.cell(row=2, column=1)
            assert cell.data_type == "s" and cell.value == "'" + value.strip()
        else:
            with out.open(encoding="utf-8-sig", newline="") as fh:
                assert list(csv.reader(fh))[1][0] == "'" + value.strip()
    assert neutralise("普通文字") == "普通文字"
    assert neutralise("\tcmd") == "'\tcmd" and neutralise("\rx") == "'\rx"


def test_masked_mobiles(db, tmp_path):
    customers.create({"name": "张三", "mobile": "13812345678"})
    out = tmp_path / "m.xlsx"
    export_customers(out, keys=["name", "mobile"], mask_mobiles=True)
    assert _read_xlsx(out)[1][1][1] == "138****5678"
    assert mask_mobile("0571-88888888") == "057*-****8888"
    assert mask_mobile("123") == "123"


def test_template_has_columns_example_and_dropdowns(db, tmp_path):
    level = add_field("会员等级", "choice", ["金卡", "银卡"])
    out = tmp_path / "t.xlsx"
    export_template(out)
    sheet, rows = _read_xlsx(out)
    assert rows[0][:3] == ["客户编号", "姓名", "手机"] and rows[0][-1] == "会员等级"
    assert rows[1][1] == "张三"
    lists = [dv.formula1 for dv in sheet.data_validations.dataValidation]
    assert any("男" in f for f in lists) and any("金卡" in f for f in lists)
    sheet_obj = importer.load(out)
    mapping = importer.proposed_mapping(sheet_obj)
    assert mapping[:3] == ["number", "name", "mobile"] and mapping[-1] == level.key
    assert "" not in mapping  # every template column maps back by itself
    plan = importer.plan(sheet_obj)
    assert [r.action for r in plan.rows] == ["new"]


def test_round_trip_export_edit_import_update(demo_db, tmp_path):
    out = tmp_path / "all.xlsx"
    export_customers(out)
    before = {c.id: customers.snapshot(c.id) for c in Customer.select(Customer.id)}
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    by_number = {
        sheet.cell(row=r, column=col["客户编号"]).value: r for r in range(2, sheet.max_row + 1)
    }
    edits = {
        ("KH0000005", "公司"): "改过的公司",
        ("KH0000007", "手机"): "13512345678",
        ("KH0000009", "标签"): "VIP, 新标签",
        ("KH0000011", "备注"): "新备注，含中文标点",
    }
    for (number, title), value in edits.items():
        sheet.cell(row=by_number[number], column=col[title]).value = value
    book.save(out)
    plan = importer.plan(importer.load(out), importer.Options(on_duplicate="update"))
    assert plan.counts["error"] == 0, [(r.line, r.problems) for r in plan.rows if r.problems]
    result = importer.run(plan)
    assert result.updated == len(edits) and result.created == 0
    after = {c.id: customers.snapshot(c.id) for c in Customer.select(Customer.id)}
    changed = {}
    for cid, snap in after.items():
        for key, value in snap.items():
            if key in ("updated_at", "tag_count", *SORT_KEY_FIELDS):  # kept, not edited
                continue
            if before[cid][key] != value:
                changed[(snap["number"], key)] = value
    assert changed == {
        ("KH0000005", "company"): "改过的公司",
        ("KH0000007", "mobile"): "13512345678",
        ("KH0000009", "tags"): ["VIP", "新标签"],
        ("KH0000011", "notes"): "新备注，含中文标点",
    }


def test_cli_import_export_undo_contract(tmp_path):
    db = tmp_path / "c.db"
    src = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机", "标签"])
    book.active.append(["张三", "13812345678", "VIP"])
    book.active.append(["李四", "13812345678", ""])
    book.active.append(["", "bad", ""])
    book.save(src)
    r = guanjia("import", str(src), "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    (out,) = lines(r)
    assert out["import_id"] is None and out["created"] == 1 and out["errors"] == 1
    r = guanjia("import", str(src), "--json", "--errors", str(tmp_path / "e.xlsx"), db=db)
    (out,) = lines(r)
    assert {k: out[k] for k in ("created", "updated", "skipped", "errors")} == {
        "created": 1, "updated": 0, "skipped": 1, "errors": 1,
    }  # fmt: skip
    assert isinstance(out["import_id"], int)
    assert (tmp_path / "e.xlsx").exists()
    r = guanjia("export", str(tmp_path / "o.csv"), "--tag", "VIP", "--columns", "name,mobile",
                db=db)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "Name,Mobile / phone",
        "张三,13812345678",
    ]  # fmt: skip  (the list's titles, in the default test locale's English)
    r = guanjia("import", "--undo", str(out["import_id"]), "--json", db=db)
    assert r.returncode == 0 and lines(r)[0]["removed"] == 1
    r = guanjia("import", "--undo", str(out["import_id"]), db=db)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet\x00\x01")
    r = guanjia("import", str(bad), "--json", db=db)
    assert r.returncode == 1 and r.stdout == "" and r.stderr.count("\n") == 1
    r = guanjia("import", str(src), "--on-duplicate", "merge", db=db)
    assert r.returncode == 2
    r = guanjia("import", str(src), "--match", "mobile,fax", db=db)
    assert r.returncode == 1
    r = guanjia("export", str(tmp_path / "o.pdf"), db=db)
    assert r.returncode == 1 and r.stdout == ""
    r = guanjia("export", str(tmp_path / "o.xlsx"), "--columns", "name,nope", db=db)
    assert r.returncode == 1
    r = guanjia("imports", "--json", db=db)
    assert [x["undone"] for x in lines(r)] == [True]


# ---------------------------------------------------------------- readable exports

EN_TITLES = [
    "Customer No.", "Name", "Mobile / phone", "WeChat", "Email", "Company", "Tags",
    "Job title", "Industry", "City", "Address", "Gender", "Birthday", "Source", "Owner",
    "Lifecycle stage", "Last contacted", "Next follow-up", "Total spend", "Purchases",
    "Last purchase", "RFM segment", "RFM scores (R-F-M)", "Notes", "Created", "Updated",
]  # fmt: skip
ZH_TITLES = [
    "客户编号", "姓名", "手机/电话", "微信", "邮箱", "公司", "标签", "职位", "行业", "城市",
    "地址", "性别", "生日", "来源渠道", "负责人", "生命周期阶段", "最近联系", "下次跟进",
    "累计消费", "消费次数", "最近消费", "RFM 分群", "RFM 得分（R-F-M）", "备注", "创建时间",
    "更新时间",
]  # fmt: skip
COMPUTED = ("last_contact_at", "next_followup_at", "total_spend_cents", "purchase_count",
            "last_purchase_at", "rfm_segment", "rfm_score", "created_at", "updated_at")  # fmt: skip


def _spender() -> int:
    cid = customers.create({"name": "花钱多", "number": "M001"})
    purchases.add(cid, "600.16", at=dt.datetime(2026, 1, 5, 10, 0))
    purchases.add(cid, "40", at=dt.datetime(2026, 2, 5, 10, 0))
    refund = customers.create({"name": "退过款", "number": "M002"})
    purchases.add(refund, "-35.5", at=dt.datetime(2026, 2, 6, 10, 0))
    customers.create({"name": "没买过", "number": "M003"})
    return cid


def test_money_is_written_in_yuan_with_two_decimals(db, tmp_path):
    _spender()
    rfm.refresh(3650)
    keys = ["number", "total_spend_cents", "purchase_count", "last_purchase_at", "rfm_segment"]
    out = tmp_path / "m.xlsx"
    assert export_customers(out, keys=keys) == 3
    sheet, rows = _read_xlsx(out)
    assert rows[0] == ["客户编号", "累计消费", "消费次数", "最近消费", "RFM 分群"]
    assert [r[1] for r in rows[1:]] == [640.16, -35.5, 0]
    assert sheet.cell(row=2, column=2).number_format == MONEY_FORMAT
    assert rows[1][2] == 2 and rows[1][3] == dt.datetime(2026, 2, 5, 10, 0)
    assert rows[1][4] in rfm.SEGMENT_NAMES_ZH.values()  # a word, never important_value
    csv_out = tmp_path / "m.csv"
    export_customers(csv_out, keys=keys)
    with csv_out.open(encoding="utf-8-sig") as fh:
        got = list(csv.reader(fh))
    assert [r[1] for r in got[1:]] == ["640.16", "-35.50", "0.00"]
    assert got[1][3] == "2026-02-05 10:00:00"


@pytest.mark.parametrize("lang, titles, sheet_name", [
    ("C.UTF-8", EN_TITLES, "Customers"), ("zh_CN.UTF-8", ZH_TITLES, "客户"),
])  # fmt: skip
def test_cli_export_has_the_lists_titles_and_imports_back(
    demo_db, db_path, tmp_path, lang, titles, sheet_name
):
    _spender()
    rfm.refresh(3650)
    out = tmp_path / "all.xlsx"
    r = guanjia("export", str(out), db=db_path, env={"LANG": lang})
    assert r.returncode == 0, r.stderr
    book = openpyxl.load_workbook(out)
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    assert rows[0] == titles and book.active.title == sheet_name
    exported = [k for k in customer_list.BUILTIN_COLUMNS if k not in LEAD_FIELDS]
    col = {key: i for i, key in enumerate(exported)}
    spender = next(row for row in rows if row[col["number"]] == "M001")
    assert spender[col["total_spend_cents"]] == 640.16
    segment = spender[col["rfm_segment"]]
    assert segment and "_" not in segment  # a word in the user's language
    csv_out = tmp_path / "all.csv"
    assert guanjia("export", str(csv_out), db=db_path, env={"LANG": lang}).returncode == 0
    head, *body = csv_out.read_text(encoding="utf-8-sig").splitlines()
    assert head == ",".join(titles) and any(",640.16," in line for line in body)
    # The exported file maps back to its fields by its titles, and changes nothing.
    plan = importer.plan(importer.load(out), importer.Options(on_duplicate="update"))
    expected = [("" if k in COMPUTED else k) for k in exported]
    assert plan.mapping == expected
    assert plan.counts["error"] == 0 and plan.column_warnings() == []
    assert importer.run(plan).updated == 0


def test_cli_template_titles_follow_the_language(tmp_path):
    for lang, first in (
        ("C.UTF-8", ["Customer No.", "Name"]),
        ("zh_CN.UTF-8", ["客户编号", "姓名"]),
    ):
        out = tmp_path / f"t-{lang}.xlsx"
        assert guanjia("template", str(out), env={"LANG": lang}).returncode == 0
        assert _read_xlsx(out)[1][0][:2] == first
