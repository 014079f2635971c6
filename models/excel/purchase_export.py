"""Export the purchases list as filtered (the purchases page's Export…) to Excel or CSV:
every row the filter selects, newest first, read in keyset pages; amounts as money."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from models.purchases import purchase_list
from models.sheets.excel_export import ExportColumn, Money, write_table

KEYS = ("id", "at", "customer_number", "customer", "amount", "refunded", "payment", "items",
        "order_no", "refund_of", "note", "voided")  # fmt: skip
KINDS = {"id": "number", "at": "datetime", "customer_number": "code", "amount": "money",
         "refunded": "money", "order_no": "code", "refund_of": "number"}  # fmt: skip
MONEY = {"amount": "amount_cents", "refunded": "refunded_cents"}


def export_purchases(
    path: str | Path,
    flt: purchase_list.PurchaseFilter,
    cell: Callable[[dict, str], object],
    titles: dict[str, str],
    *,
    progress=None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row `flt` selects with the columns KEYS. `cell(row, key)` gives a
    text cell as the user reads it (the window translates; the amounts are written as
    money here); `titles` the headings and "_sheet". Returns the number of rows."""
    total, _sum = purchase_list.count_and_sum(flt)
    columns = [ExportColumn(k, titles.get(k, k), KINDS.get(k, "text")) for k in KEYS]

    def value(row: dict, key: str):
        if key in MONEY:
            return Money(row[MONEY[key]])
        return cell(row, key)

    rows = ([value(row, k) for k in KEYS] for row in purchase_list.iterate(flt))
    return write_table(
        path, columns, rows, total=total, progress=progress, cancel=cancel,
        sheet_name=titles.get("_sheet", "Purchases"),
    )  # fmt: skip
