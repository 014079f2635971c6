"""Reading any spreadsheet a user brings: .xlsx/.xlsm/.xlsb, .xls, .ods, .csv/.txt.

python-calamine reads workbooks (10x faster than openpyxl, and .xls/.ods too). Before
calamine sees a zip-based file, its parts are checked: total uncompressed size is capped
(zip bombs) and each XML part is parsed up to its root element with defusedxml, which
refuses DTDs and entities (XML bombs). CSV bytes are decoded as UTF-8 when they are
UTF-8, otherwise with the encoding charset-normalizer detects (GB18030 for any GBK
guess, since it is the superset); the delimiter comes from csv.Sniffer.

Every refusal is a FileRefused with a code the UI translates; nothing here writes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine as calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse as safe_iterparse
from defusedxml.ElementTree import parse as safe_parse

from models.errors import FileRefused
from models.sheets import markup_sheets
from models.storage.base import gc_paused

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # all parts of a workbook together
MAX_COLUMNS = 500
MAX_ROWS = 1_100_000  # Excel's own limit is 1,048,576
MAX_CELLS = 40_000_000
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".ods")  # always zip containers
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "latin-1")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLD_BIFF = (b"\x09\x00", b"\x09\x02", b"\x09\x04")  # Excel 2.x-4.0 worksheet files


@dataclass
class Workbook:
    """An opened file: its kind, sheet names and how it was decoded."""

    path: Path
    kind: str  # "xlsx", "xlsb", "xls", "ods", "csv"; "html", "xml" (markup_sheets)
    sheets: list[str]
    date1904: bool = False
    encoding: str | None = None  # csv only
    delimiter: str | None = None  # csv only
    # rows holding any value, of each sheet read so far (what a sheet picker can show
    # without reading every sheet of a large workbook)
    filled_rows: dict[str, int] = field(default_factory=dict)
    _csv_rows: list[list[str]] | None = field(default=None, repr=False)
    _markup: dict[str, list[list[str]]] | None = field(default=None, repr=False)  # html, xml
    _book: Any = field(default=None, repr=False)

    def read(self, sheet: str | None = None) -> list[list]:
        """Every row of a sheet (the first when None) as lists of cell values: str, int,
        float, bool, date, datetime, time or timedelta; '' for empty. Merged ranges are
        filled with their top-left value; trailing empty cells are trimmed."""
        if self.kind == "csv":
            rows = [list(r) for r in self._csv_rows or []]
            name = self.sheets[0]
        elif self._markup is not None:
            name = sheet if sheet is not None else self.sheets[0]
            if name not in self._markup:
                raise FileRefused("sheet_missing", f"there is no sheet named {name!r}",
                                  sheet=name)  # fmt: skip
            rows = [list(r) for r in self._markup[name]]
        else:
            name = sheet if sheet is not None else self.sheets[0]
            if name not in self.sheets:
                raise FileRefused("sheet_missing", f"there is no sheet named {name!r}",
                                  sheet=name)  # fmt: skip
            rows = _read_sheet(self._book, name)
        self.filled_rows[name] = sum(1 for r in rows if any(_filled(c) for c in r))
        return rows


def open_workbook(
    path: str | Path, encoding: str | None = None, delimiter: str | None = None
) -> Workbook:
    """Open and check a file; raises FileRefused with a reason code."""
    path = Path(path)
    if not path.is_file():
        raise FileRefused("file_missing", f"{path} does not exist", path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise FileRefused("file_unreadable", f"cannot read {path}: {exc}", path=str(path)) from exc
    if size == 0:
        raise FileRefused("file_empty", f"{path.name} is empty", path=str(path))
    if size > MAX_FILE_BYTES:
        raise FileRefused("too_big", f"{path.name} is larger than 300 MB", path=str(path))
    if head.startswith(b"PK\x03\x04"):
        return _open_zip(path)
    if head.startswith(_OLE):
        return _open_ole(path)
    if head.startswith(b"%PDF"):
        raise FileRefused("pdf", f"{path.name} is a PDF document", path=str(path))
    if head[:2] in _OLD_BIFF:
        raise FileRefused("old_excel", f"{path.name} is an Excel 2-4 file", path=str(path))
    if path.suffix.lower() in ZIP_SUFFIXES:  # never text: a renamed or mislabelled file
        code = "text_as_workbook" if _looks_like_text(path) else "not_spreadsheet"
        raise FileRefused(
            code, f"{path.name} is not a {path.suffix} file (its contents are "
            "not a workbook); if it is text, name it .csv", path=str(path),
        )  # fmt: skip
    # .xls stays open to text: web systems export CSV, tab-separated text or a web page's
    # tables as .xls (and Excel 2003's XML Spreadsheet as .xls or .xml), read here.
    if path.suffix.lower() in CSV_SUFFIXES or _looks_like_text(path):
        return _open_csv(path, encoding, delimiter)
    raise FileRefused("not_spreadsheet", f"{path.name} is not a spreadsheet", path=str(path))


# ---------------------------------------------------------------- workbooks


def _open_zip(path: Path) -> Workbook:
    """A zip container: checked part by part, then read by calamine. The parts only
    name the kind; a package our sniff does not recognise (the workbook part where
    _rels/.rels points, not at xl/workbook.xml) is still calamine's to try."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise FileRefused("too_big", f"{path.name} unpacks to over 1 GB", path=str(path))
            if any(i.flag_bits & 0x1 for i in infos):  # a zip sealed with a password
                raise FileRefused("encrypted", f"{path.name} is password protected",
                                  path=str(path))  # fmt: skip
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml_part(zf, info, path)
            # Some writers use backslashes in part names; calamine copes, so match both.
            parts = {n.replace("\\", "/").lower(): n for n in names}
            workbook_part = _office_document(zf, parts)
            if "xl/workbook.bin" in parts:
                kind = "xlsb"
            elif "content.xml" in parts and "word/document.xml" not in parts:
                kind = "ods"
            elif workbook_part is not None and workbook_part.lower().endswith(".xml"):
                kind = "xlsx"
            else:
                kind = None
            date1904 = kind == "xlsx" and _date1904(zf, workbook_part)
    except zipfile.BadZipFile as exc:
        raise FileRefused("corrupt", f"{path.name} is damaged: {exc}", path=str(path)) from exc
    if kind is None:
        try:
            return _open_calamine(path, "xlsx", False)
        except FileRefused as refused:
            raise _not_a_workbook(path, parts) from refused
    return _open_calamine(path, kind, date1904)


def _office_document(zf: zipfile.ZipFile, parts: dict[str, str]) -> str | None:
    """The package's main part, where _rels/.rels points (xl/workbook.xml when Excel
    writes it); None when it names none and there is no xl/workbook.xml."""
    rels = parts.get("_rels/.rels")
    if rels is not None:
        try:
            with zf.open(rels) as stream:
                root = safe_parse(stream).getroot()
            for rel in root:
                if str(rel.get("Type", "")).endswith("/officeDocument"):
                    target = str(rel.get("Target", "")).lstrip("/").replace("\\", "/")
                    if target.lower() in parts:
                        return parts[target.lower()]
        except Exception:  # noqa: BLE001 - a broken .rels: the usual name below, or calamine
            pass
    return parts.get("xl/workbook.xml")


def _not_a_workbook(path: Path, parts: dict[str, str]) -> FileRefused:
    """A zip calamine cannot read as a workbook, said for what it is."""
    if "word/document.xml" in parts:
        return FileRefused("word_document", f"{path.name} is a Word document", path=str(path))
    if "ppt/presentation.xml" in parts:
        return FileRefused("presentation", f"{path.name} is a PowerPoint presentation",
                           path=str(path))  # fmt: skip
    if any(n.endswith("workbook.xml") or n.endswith(".rels") for n in parts):
        return FileRefused("corrupt", f"{path.name} is a damaged workbook (its main part is "
                           "missing)", path=str(path))  # fmt: skip
    return FileRefused("zip_archive", f"{path.name} is a zip archive of other files, not a "
                       "workbook: unpack it first", path=str(path))  # fmt: skip


def _check_xml_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Parse the part up to its root element: DTDs and entities come before it."""
    try:
        with zf.open(info) as stream:
            for _event, _elem in safe_iterparse(stream, events=("start",), forbid_dtd=True):
                break
    except DefusedXmlException as exc:
        raise FileRefused(
            "xml_bomb", f"{path.name} contains XML entity definitions", path=str(path)
        ) from exc
    except Exception:  # noqa: BLE001 - broken XML is calamine's to report precisely
        return


def _date1904(zf: zipfile.ZipFile, part: str | None) -> bool:
    """The workbook's date system: serial day 0 is 1904-01-01 instead of 1899-12-31."""
    try:
        with zf.open(part) as stream:
            root = safe_parse(stream).getroot()
    except Exception:  # noqa: BLE001
        return False
    for elem in root.iter():
        if elem.tag.endswith("workbookPr"):
            return elem.get("date1904", "").lower() in ("1", "true")
    return False


def _open_ole(path: Path) -> Workbook:
    with path.open("rb") as fh:
        data = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise FileRefused("encrypted", f"{path.name} is password protected", path=str(path))
    bof = data.find(b"\x09\x08")
    if bof >= 0:
        length = int.from_bytes(data[bof + 2 : bof + 4], "little")
        if data[bof + 4 + length : bof + 6 + length] == b"\x2f\x00":  # FILEPASS record
            raise FileRefused("encrypted", f"{path.name} is password protected", path=str(path))
    return _open_calamine(path, "xls", False)


def _open_calamine(path: Path, kind: str, date1904: bool) -> Workbook:
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        sheets = [
            m.name
            for m in book.sheets_metadata
            if m.typ == calamine.SheetTypeEnum.WorkSheet
            and m.visible == calamine.SheetVisibleEnum.Visible
        ]
    except calamine.PasswordError as exc:
        raise FileRefused(
            "encrypted", f"{path.name} is password protected", path=str(path)
        ) from exc
    except Exception as exc:  # noqa: BLE001 - calamine raises several types for damaged files
        raise FileRefused("corrupt", f"{path.name} is damaged: {exc}", path=str(path)) from exc
    if not sheets:
        raise FileRefused("no_sheets", f"{path.name} has no visible worksheet", path=str(path))
    return Workbook(path, kind, sheets, date1904=date1904, _book=book)


def _read_sheet(book, name: str) -> list[list]:
    try:
        sheet = book.get_sheet_by_name(name)
        height, width = sheet.total_height, sheet.total_width
        if width > MAX_COLUMNS:
            raise FileRefused("too_wide", f"sheet {name!r} is {width} columns wide", columns=width)
        if height > MAX_ROWS or height * width > MAX_CELLS:
            raise FileRefused("too_long", f"sheet {name!r} has {height} rows", rows=height)
        with gc_paused():  # a million small lists: collections would rescan them all
            rows = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges or []
    except FileRefused:
        raise
    except Exception as exc:  # noqa: BLE001
        raise FileRefused("corrupt", f"sheet {name!r} cannot be read: {exc}", sheet=name) from exc
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                row[c] = value
    with gc_paused():
        return [_trim(row) for row in rows]


def _filled(cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _trim(row: list) -> list:
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end] if end != len(row) else row


# ---------------------------------------------------------------- CSV


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        sample = fh.read(4096)
    return b"\x00" not in sample or sample[:2] in (b"\xff\xfe", b"\xfe\xff")


def detect_encoding(data: bytes) -> str:
    """The encoding of CSV bytes: UTF-8 (with or without BOM) when valid, else detected."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return "gb18030"  # the commonest non-UTF-8 encoding of Chinese spreadsheets
    # A short file decodes cleanly as several encodings (two lines of GBK read as Korean
    # cp949 too): among the cleanest, a Chinese one wins.
    cleanest = min(m.chaos for m in matches)
    names = [m.encoding.lower().replace("_", "") for m in matches if m.chaos == cleanest]
    for name in names:
        if name in ("gbk", "gb2312", "gb18030", "hz", "cp936"):
            return "gb18030"
        if name in ("big5", "big5hkscs", "cp950"):
            return "big5"
    return matches[0].encoding


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> Workbook:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRefused("not_spreadsheet", f"{path.name} is not a text file", path=str(path))
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise FileRefused(
            "encoding", f"{path.name} is not {encoding} text", path=str(path), encoding=encoding
        ) from exc
    text = text.lstrip("\ufeff")
    if markup_sheets.is_html(text) or markup_sheets.is_xml_spreadsheet(text):
        return _open_markup(path, text, encoding)
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    try:
        rows = [
            _trim(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise FileRefused("corrupt", f"{path.name}: {exc}", path=str(path)) from exc
    if len(rows) > MAX_ROWS:
        raise FileRefused("too_long", f"{path.name} has {len(rows)} rows", rows=len(rows))
    width = max((len(r) for r in rows), default=0)
    if width > MAX_COLUMNS:
        raise FileRefused("too_wide", f"{path.name} is {width} columns wide", columns=width)
    return Workbook(
        path, "csv", [path.stem], encoding=encoding, delimiter=delimiter, _csv_rows=rows
    )


def _open_markup(path: Path, text: str, encoding: str) -> Workbook:
    """A web page's tables, or an Excel 2003 XML Spreadsheet, saved as .xls or .xml."""
    html = markup_sheets.is_html(text)
    try:
        sheets = markup_sheets.html_tables(text) if html else markup_sheets.xml_spreadsheet(text)
    except DefusedXmlException as exc:
        raise FileRefused(
            "xml_bomb", f"{path.name} contains XML entity definitions", path=str(path)
        ) from exc
    except Exception as exc:  # noqa: BLE001 - ParseError and the like: broken markup
        raise FileRefused("corrupt", f"{path.name} is damaged: {exc}", path=str(path)) from exc
    if not sheets:
        code = "html_page" if html else "no_sheets"
        raise FileRefused(code, f"{path.name} has no table", path=str(path))
    for name, rows in sheets:
        if len(rows) > MAX_ROWS:
            raise FileRefused("too_long", f"sheet {name!r} has {len(rows)} rows", rows=len(rows))
        width = max((len(r) for r in rows), default=0)
        if width > MAX_COLUMNS:
            raise FileRefused("too_wide", f"sheet {name!r} is {width} columns wide",
                              columns=width)  # fmt: skip
    markup = {name: [_trim(r) for r in rows] for name, rows in sheets}
    return Workbook(path, "html" if html else "xml", list(markup), encoding=encoding,
                    _markup=markup)  # fmt: skip


def sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ",\t;|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","
