"""Spreadsheets saved as markup, which Excel and WPS open as workbooks: a web page's
tables named .xls (what many web systems export), and Excel 2003's XML Spreadsheet.
Each gives [(sheet name, rows)], rows as lists of text cells; [] when the text holds no
table. The XML is parsed with defusedxml (no DTDs, no entities)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from defusedxml.ElementTree import fromstring as safe_fromstring

_HTML = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|table|meta|head|body)\b",
                   re.IGNORECASE | re.DOTALL)  # fmt: skip
_XML_SPREADSHEET = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = "{" + _XML_SPREADSHEET + "}"


def is_html(text: str) -> bool:
    return bool(_HTML.match(text[:4096]))


def is_xml_spreadsheet(text: str) -> bool:
    head = text[:4096]
    return head.lstrip().startswith("<?xml") and _XML_SPREADSHEET in head


class _Tables(HTMLParser):
    """Rows of every <table>; a cell's colspan repeats nothing (it is one cell)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth == 1 and tag == "tr":
            self._end_row()
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
        elif self._cell is not None and tag == "br":
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table" and self._depth:
            if self._depth == 1:
                self._end_row()
            self._depth -= 1
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_row()

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self):
        if self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
        self._cell = None

    def _end_row(self):
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None


def html_tables(text: str) -> list[tuple[str, list[list[str]]]]:
    """The page's tables with any rows, named "Table 1", "Table 2", ..."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    return [(f"Table {i}", rows) for i, rows in enumerate(parser.tables, 1) if rows]


def xml_spreadsheet(text: str) -> list[tuple[str, list[list[str]]]]:
    """The worksheets of an Excel 2003 XML Spreadsheet (ss:Index skips cells and rows)."""
    root = safe_fromstring(text.encode("utf-8"), forbid_dtd=True)
    sheets = []
    for n, sheet in enumerate(root.iter(_SS + "Worksheet"), 1):
        rows: list[list[str]] = []
        for row in sheet.iter(_SS + "Row"):
            index = int(row.get(_SS + "Index", 0) or 0)
            while index and len(rows) < index - 1:
                rows.append([])
            cells: list[str] = []
            for cell in row.iter(_SS + "Cell"):
                at = int(cell.get(_SS + "Index", 0) or 0)
                while at and len(cells) < at - 1:
                    cells.append("")
                data = cell.find(_SS + "Data")
                cells.append("".join(data.itertext()).strip() if data is not None else "")
            rows.append(cells)
        sheets.append((sheet.get(_SS + "Name") or f"Sheet{n}", rows))
    return sheets
