"""The customer list to Excel/CSV as the user sees it, and the customer import template.

Rows come page by page through customer_list (keyset paging in the list's own sort
order), so memory stays flat at a million customers. The column titles are the list's
own (the window and the CLI pass them translated; DEFAULT_TITLES are the Chinese ones),
codes are written as words, money in yuan (excel_export.Money). The importer maps every
title back to its field, in either language.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from models.customers import customer_list
from models.customers.choice_words import CHOICE_WORDS
from models.customers.custom_fields import list_fields
from models.customers.customer_filter import CustomerFilter
from models.customers.customer_list import Sort
from models.customers.record import TEXT_FIELDS
from models.privacy.masking import mask_mobile, mobiles_masked
from models.purchases.rfm import SEGMENT_NAMES_ZH
from models.sheets.excel_export import ExportColumn, Money, write_table, write_template

PAGE = 2000
CODE_COLUMNS = ("number", "mobile", "wechat", "rfm_score")  # rfm_score '5-4-3': no date
DATETIME_COLUMNS = ("created_at", "updated_at", "deleted_at", "last_contact_at",
                    "next_followup_at", "last_purchase_at")  # fmt: skip
MONEY_COLUMNS = ("total_spend_cents",)
NUMBER_COLUMNS = ("id", "purchase_count")
# The list's titles in Chinese (ui/labels.field_label in zh_CN), for callers without a
# translation; the window and the CLI pass the titles in the user's language.
DEFAULT_TITLES = {
    "id": "ID",
    "number": "客户编号",
    "name": "姓名",
    "mobile": "手机",
    "wechat": "微信",
    "email": "邮箱",
    "company": "公司",
    "job_title": "职位",
    "industry": "行业",
    "city": "城市",
    "address": "地址",
    "gender": "性别",
    "birthday": "生日",
    "source": "来源渠道",
    "owner": "负责人",
    "stage": "生命周期阶段",
    "tags": "标签",
    "notes": "备注",
    "created_at": "创建时间",
    "updated_at": "更新时间",
    "deleted_at": "删除时间",
    "last_contact_at": "最近联系",
    "next_followup_at": "下次跟进",
    "total_spend_cents": "累计消费",
    "purchase_count": "消费次数",
    "last_purchase_at": "最近消费",
    "rfm_segment": "RFM 分群",
    "rfm_score": "RFM 得分（R-F-M）",
    "lead_grade": "线索等级",
    "lead_score": "线索评分",
}

Formatter = Callable[[dict], object]


def choice_word(field: str, code: str) -> str:
    """The Chinese word for a coded choice ('female' -> '女'); the importer reads it back."""
    words = CHOICE_WORDS[field].get(code)
    return words[0] if words else code


def birthday_cell(row: dict):
    """A solar birthday with a year is a real date; lunar or yearless ones stay text."""
    value = row.get("birthday") or ""
    if not value:
        return ""
    if row.get("birthday_lunar"):
        leap = "闰" if row.get("birthday_leap") else ""
        return f"农历 {leap}{value.removeprefix('--')}"
    if value.startswith("--"):
        return value[2:]
    return dt.date.fromisoformat(value)


def default_formatters() -> dict[str, Formatter]:
    return {
        "gender": lambda r: choice_word("gender", r["gender"]) if r["gender"] else "",
        "source": lambda r: choice_word("source", r["source"]) if r["source"] else "",
        "stage": lambda r: choice_word("stage", r["stage"]) if r["stage"] else "",
        "birthday": birthday_cell,
        "tags": lambda r: ", ".join(r.get("tags", ())),
        "rfm_segment": lambda r: SEGMENT_NAMES_ZH.get(r.get("rfm_segment") or "", ""),
        "total_spend_cents": money_cell,
    }


def money_cell(row: dict):
    """Total spend in yuan, a number cell (0.00 without purchases: the column sums)."""
    cents = row.get("total_spend_cents")
    return "" if cents is None else Money(cents)


def columns_for(keys: list[str], titles: dict[str, str] | None = None) -> list[ExportColumn]:
    titles = {**DEFAULT_TITLES, **{f.key: f.name for f in list_fields()}, **(titles or {})}
    kinds = {f.key: f.kind for f in list_fields()}
    result = []
    for key in keys:
        if key in CODE_COLUMNS:
            kind = "code"
        elif key in DATETIME_COLUMNS:
            kind = "datetime"
        elif key in MONEY_COLUMNS:
            kind = "money"
        elif key in NUMBER_COLUMNS or kinds.get(key) == "number":
            kind = "number"
        elif kinds.get(key) == "date":
            kind = "date"
        else:
            kind = "text"
        result.append(ExportColumn(key, titles.get(key, key), kind))
    return result


def _custom_cell(kind: str, text: str):
    if not text:
        return ""
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def customer_rows(
    flt: CustomerFilter,
    sort: Sort,
    keys: list[str],
    *,
    ids: list[int] | None = None,
    formatters: dict[str, Formatter] | None = None,
    mask_mobiles: bool = False,
) -> Iterator[list]:
    """Rows of cell values in `keys` order: every customer the filter shows, in the
    list's sort order, or only `ids` in the order given. Mobiles are masked when asked
    or when the business masks them (models/masking.py)."""
    fmt = {**default_formatters(), **(formatters or {})}
    mask_mobiles = mask_mobiles or mobiles_masked()  # the business's choice wins
    kinds = {f.key: f.kind for f in list_fields()}

    def cells(row: dict) -> list:
        out = []
        for key in keys:
            if key in fmt:
                value = fmt[key](row)
            elif key.startswith("cf:"):
                value = _custom_cell(kinds.get(key, "text"), row.get(key, ""))
            else:
                value = row.get(key, "")
            if key == "mobile" and mask_mobiles and value:
                value = mask_mobile(value)
            out.append(value)
        return out

    if ids is not None:
        for begin in range(0, len(ids), PAGE):
            chunk = ids[begin : begin + PAGE]
            page = customer_list.page(flt, Sort(), len(chunk), ids=chunk)
            by_id = {r["id"]: r for r in page.rows}
            for cid in chunk:
                if cid in by_id:
                    yield cells(by_id[cid])
        return
    after = None
    while True:
        page = customer_list.page(flt, sort, PAGE, after=after)
        for row in page.rows:
            yield cells(row)
        if len(page.rows) < PAGE:
            return
        after = page.last_key


def export_customers(
    path: str | Path,
    flt: CustomerFilter = CustomerFilter(),
    sort: Sort = Sort(),
    keys: list[str] | None = None,
    *,
    titles: dict[str, str] | None = None,
    formatters: dict[str, Formatter] | None = None,
    ids: list[int] | None = None,
    mask_mobiles: bool = False,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the customers to .xlsx or .csv; returns how many rows were written."""
    keys = keys or [c for c in customer_list.BUILTIN_COLUMNS]
    total = len(ids) if ids is not None else customer_list.count(flt)
    rows = customer_rows(flt, sort, keys, ids=ids, formatters=formatters, mask_mobiles=mask_mobiles)
    return write_table(
        path,
        columns_for(keys, titles),
        rows,
        total=total,
        progress=progress,
        cancel=cancel,
        sheet_name=(titles or {}).get("_sheet", "客户"),
    )


TEMPLATE_FIELDS = (*TEXT_FIELDS[:-1], "tags", "notes")
TEMPLATE_EXAMPLE = {
    "number": "KH0001",
    "name": "张三",
    "mobile": "13812345678",
    "wechat": "zhangsan_wx",
    "email": "zhangsan@example.com",
    "company": "杭州示例科技有限公司",
    "job_title": "采购经理",
    "industry": "制造业",
    "city": "杭州",
    "address": "杭州市西湖区文三路 100 号",
    "gender": "男",
    "birthday": "1990-05-20",
    "source": "转介绍",
    "owner": "李娜",
    "stage": "新客户",
    "tags": "VIP, 老客户",
    "notes": "示例行，导入前请删除",
}


def export_template(path: str | Path, titles: dict[str, str] | None = None) -> None:
    """The import template: standard columns and custom fields, an example row,
    drop-down lists for gender, source, stage and choice fields."""
    columns = []
    for col in columns_for(list(TEMPLATE_FIELDS), titles):
        choices = ()
        if col.key in CHOICE_WORDS:
            choices = tuple(words[0] for words in CHOICE_WORDS[col.key].values())
        columns.append(ExportColumn(col.key, col.title, col.kind, choices))
    example = [TEMPLATE_EXAMPLE.get(c.key, "") for c in columns]
    for field in list_fields():
        columns.append(ExportColumn(field.key, field.name, "text", tuple(field.choice_list)[:50]))
        example.append(field.choice_list[0] if field.choice_list else "")
    write_template(path, columns, example)
