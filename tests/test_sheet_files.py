"""Spreadsheets a user can open are read, and each file that cannot be imported is
refused for its own reason. The packages are built byte by byte with zipfile: a
minimal .xlsx with only the five parts a workbook needs (no styles, no shared strings,
no docProps; inline strings), one whose workbook part sits where _rels/.rels points,
and the files that are not workbooks at all."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from models.errors import FileRefused
from models.excel import importer
from models.sheets import sheet_reader
from ui.messages import error_message

ROOT = Path(__file__).resolve().parents[1]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ROWS = [["姓名", "手机", "消费"], ["张三", "13812345678", 128], ["李四", "13912345678", 66.5]]


def _cell(ref: str, value) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _sheet_xml(rows) -> str:
    body = "".join(
        f'<row r="{r}">'
        + "".join(_cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    return f'{XML}<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'


def minimal_xlsx(path: Path, rows=ROWS, workbook_part: str = "xl/workbook.xml") -> Path:
    """[Content_Types].xml, _rels/.rels, the workbook, its rels and one sheet: nothing
    else. `workbook_part` elsewhere than xl/ is allowed by the format (rels point to it)."""
    folder, _, name = workbook_part.rpartition("/")
    sheet_target = "worksheets/sheet1.xml" if folder == "xl" else "/xl/worksheets/sheet1.xml"
    workbook_rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    parts = {
        "[Content_Types].xml": (
            f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{workbook_part}" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{DOC_RELS}/officeDocument" Target="{workbook_part}"/></Relationships>'
        ),
        workbook_part: (
            f'{XML}<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>'
            '<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        workbook_rels: (
            f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{DOC_RELS}/worksheet" Target="{sheet_target}"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": _sheet_xml(rows),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, text in parts.items():
            zf.writestr(part, text)
    return path


def refusal(path: Path, **options) -> FileRefused:
    with pytest.raises(FileRefused) as err:
        importer.load(path, importer.Options(**options) if options else None)
    return err.value


# ---------------------------------------------------------------- read


def test_a_minimal_package_is_read(db, tmp_path):
    path = minimal_xlsx(tmp_path / "minimal.xlsx")
    with zipfile.ZipFile(path) as zf:
        assert len(zf.namelist()) == 5 and "xl/styles.xml" not in zf.namelist()
    book = sheet_reader.open_workbook(path)
    assert (book.kind, book.sheets) == ("xlsx", ["客户"])
    assert book.read() == [["姓名", "手机", "消费"], ["张三", "13812345678", 128],
                           ["李四", "13912345678", 66.5]]  # fmt: skip
    plan = importer.plan(importer.load(path))
    assert [r.action for r in plan.rows] == ["new", "new"]


def test_a_package_with_its_workbook_where_the_rels_point_is_read(db, tmp_path):
    path = minimal_xlsx(tmp_path / "moved.xlsx", workbook_part="workbook.xml")
    book = sheet_reader.open_workbook(path)  # was refused as "a zip file"
    assert book.kind == "xlsx" and len(book.read("客户")) == 3
    sheet = importer.load(path)
    assert sheet.headers == ["姓名", "手机", "消费"] and len(list(sheet.data())) == 2


def test_an_empty_active_sheet_is_passed_over_for_the_first_with_data(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "封面"
    data = book.create_sheet("客户")
    for row in ROWS:
        data.append(row)
    book.create_sheet("备注").append(["不是这张"])
    book.active = 0
    path = tmp_path / "active_empty.xlsx"
    book.save(path)
    sheet = importer.load(path)
    assert sheet.name == "客户" and len(list(sheet.data())) == 2
    assert sheet.workbook.filled_rows == {"封面": 0, "客户": 3}  # what the picker shows
    assert importer.load(path, importer.Options(sheet="备注")).rows == [["不是这张"]]
    chosen_empty = refusal(path, sheet="封面")
    assert chosen_empty.code == "sheet_empty"
    assert chosen_empty.params["sheets"] == ["封面", "客户", "备注"]  # still pickable


def test_a_web_page_named_xls_and_an_xml_spreadsheet_are_read(db, tmp_path):
    page = tmp_path / "export.xls"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><table>"
        "<tr><th>姓名</th><th>手机</th></tr>"
        "<tr><td>张三</td><td>13812345678</td></tr>"
        "<tr><td>李&amp;四</td><td>13912345678</td></tr></table></body></html>",
        encoding="utf-8",
    )
    sheet = importer.load(page)
    assert sheet.workbook.kind == "html"
    assert sheet.rows == [["姓名", "手机"], ["张三", "13812345678"], ["李&四", "13912345678"]]
    xml = tmp_path / "export2003.xml"
    xml.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Worksheet ss:Name="客户"><Table><Row><Cell><Data ss:Type="String">姓名</Data></Cell>'
        '<Cell><Data ss:Type="String">手机</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="String">张三</Data></Cell>'
        '<Cell ss:Index="2"><Data ss:Type="String">13812345678</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    sheet = importer.load(xml)
    assert sheet.workbook.kind == "xml" and sheet.name == "客户"
    assert sheet.rows == [["姓名", "手机"], ["张三", "13812345678"]]


# ---------------------------------------------------------------- refused, each for its reason


def _zip(path: Path, parts: dict[str, str], encrypted: bool = False) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    if encrypted:  # the flag a zip tool sets on a part sealed with a password
        data = bytearray(path.read_bytes())
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at >= 0:
                data[at + offset] |= 0x1
                at = data.find(signature, at + 4)
        path.write_bytes(bytes(data))
    return path


def test_each_bad_file_is_refused_with_its_own_message(db, tmp_path):
    whole = minimal_xlsx(tmp_path / "whole.xlsx").read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(whole[: len(whole) // 2])
    no_part = tmp_path / "no_main_part.xlsx"
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as src:
        _zip(no_part, {n: src.read(n).decode() for n in src.namelist()
                       if n != "xl/workbook.xml"})  # fmt: skip
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    wrong_encoding = tmp_path / "gbk.csv"
    wrong_encoding.write_bytes("姓名,手机\n张三,13812345678\n".encode("gb18030"))
    cases = {
        "corrupt": truncated,
        "encrypted": _zip(tmp_path / "sealed.xlsx", {"xl/workbook.xml": "<w/>"}, True),
        "word_document": _zip(tmp_path / "letter.xlsx", {"word/document.xml": "<w/>"}),
        "presentation": _zip(tmp_path / "slides.xlsx", {"ppt/presentation.xml": "<p/>"}),
        "zip_archive": _zip(tmp_path / "photos.zip", {"a.txt": "x", "b/c.txt": "y"}),
        "no_data": empty,
        "html_page": tmp_path / "page.xls",
        "pdf": tmp_path / "report.xls",
        "not_spreadsheet": tmp_path / "photo.xlsx",
        "text_as_workbook": tmp_path / "renamed.xlsx",
    }
    cases["text_as_workbook"].write_text("姓名,手机\n张三,13812345678\n", encoding="utf-8")
    cases["html_page"].write_text("<!DOCTYPE html><html><body><p>登录</p></body></html>")
    cases["pdf"].write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    cases["not_spreadsheet"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    said = {}
    for code, path in cases.items():
        refused = refusal(path)
        assert refused.code == code, (path.name, refused.code, str(refused))
        said[code] = error_message(refused)
    assert refusal(no_part).code == "corrupt"  # a workbook missing its main part
    assert refusal(wrong_encoding, encoding="utf-8").code == "encoding"
    assert importer.load(wrong_encoding).rows[1] == ["张三", "13812345678"]  # detected
    # every reason has its own sentence, none the catch-all "not a spreadsheet" but one
    assert len(set(said.values())) == len(said)
    assert "Word document" in said["word_document"] and "PDF" in said["pdf"]
    assert "zip archive" in said["zip_archive"] and "every sheet" in said["no_data"]


def test_the_cli_names_the_real_problem(tmp_path):
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    moved = minimal_xlsx(tmp_path / "moved.xlsx", workbook_part="workbook.xml")
    env = {"PATH": "/usr/bin:/bin", "GUANJIA_HOME": str(tmp_path / "home"), "LANG": "en_US.UTF-8"}

    def cli(*args, lang="en_US.UTF-8"):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "g.db"),
                               *args], capture_output=True, text=True, cwd=ROOT,
                              env={**env, "LANG": lang})  # fmt: skip

    refused = cli("import", str(empty), "--dry-run")
    assert refused.returncode == 1 and "no sheet of empty.xlsx has any data" in refused.stderr
    zh = cli("import", str(empty), "--dry-run", lang="zh_CN.UTF-8")
    assert zh.returncode == 1 and "没有数据" in zh.stderr and "empty.xlsx" in zh.stderr
    done = cli("import", str(moved), "--sheet", "客户", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == 2
    missing = cli("import", str(moved), "--sheet", "别的", "--dry-run")
    assert missing.returncode == 1 and missing.stdout == ""
