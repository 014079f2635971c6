"""The membership's codes in the user's language: card statuses, ledger kinds, the
counter's payments, money in yuan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("MembershipWords", text)


def status_label(code: str) -> str:
    return {
        "active": _t("Active"), "lost": _t("Lost"), "disabled": _t("Stopped"),
        "expired": _t("Expired"), "replaced": _t("Replaced"),
    }.get(code, code)  # fmt: skip


def kind_label(code: str) -> str:
    return {
        "earn": _t("Earned"), "redeem": _t("Redeemed"), "adjust": _t("Adjusted"),
        "expire": _t("Expired"), "reverse": _t("Reversal"), "opening": _t("Opening balance"),
        "topup": _t("Top-up"), "bonus": _t("Bonus"), "pay": _t("Payment"),
        "refund": _t("Refund"), "transfer_in": _t("Transfer in"),
        "transfer_out": _t("Transfer out"), "closing": _t("Closing balance"),
    }.get(code, code)  # fmt: skip


def payment_label(code: str) -> str:
    return {
        "cash": _t("Cash"), "wechat": _t("WeChat"), "alipay": _t("Alipay"),
        "stored_value": _t("Stored value"),
    }.get(code, code)  # fmt: skip


def yuan(fen: int) -> str:
    """¥1,234.50"""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) / 100:,.2f}"
