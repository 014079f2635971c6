"""A member's statement (对账单) to Excel or CSV: the opening balance, each movement with
its running balance, the closing balance (points, or stored value in principal and
bonus), through the one export engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.membership.statements import Statement
from models.sheets.excel_export import ExportColumn, Money, write_table

POINTS_KEYS = ("at", "kind", "card", "points", "balance", "expires_on", "receipt_no", "reason")
WALLET_KEYS = ("at", "kind", "card", "principal", "bonus", "amount", "balance", "receipt_no",
               "reason")  # fmt: skip
KINDS = {"at": "datetime", "points": "number", "balance": "number", "principal": "money",
         "bonus": "money", "amount": "money", "card": "code", "receipt_no": "code"}  # fmt: skip
MONEY = {"principal": "principal_fen", "bonus": "bonus_fen", "amount": "amount_fen",
         "balance": "balance_fen"}  # fmt: skip


def export_statement(path: str | Path, statement: Statement, wallet: bool,
                     word: Callable[[str], str], titles: dict[str, str]) -> int:  # fmt: skip
    """Write the statement: an opening row, its lines, a closing row. `word(kind)` says a
    kind ("opening", "closing" and the ledger kinds) in the user's language; `titles`
    the headings and "_sheet". Returns the number of rows written."""
    keys = WALLET_KEYS if wallet else POINTS_KEYS
    kinds = dict(KINDS, balance="money") if wallet else KINDS
    columns = [ExportColumn(k, titles.get(k, k), kinds.get(k, "text")) for k in keys]

    def value(row: dict, key: str):
        if key == "kind":
            return word(row["kind"])
        if wallet and key in MONEY:
            return Money(row.get(MONEY[key], 0))
        return row.get(key, "")

    def total(kind: str, figures: dict) -> dict:
        row = {"kind": kind, **figures}
        if wallet:
            row["amount_fen"] = figures.get("balance_fen", 0)
        else:
            row["points"] = row["balance"] = figures.get("points", 0)
        return row

    rows = [total("opening", statement.opening), *statement.lines,
            total("closing", statement.closing)]  # fmt: skip
    return write_table(path, columns, ([value(r, k) for k in keys] for r in rows),
                       total=len(rows), sheet_name=titles.get("_sheet", "Statement"))  # fmt: skip
