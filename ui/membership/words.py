"""The membership's codes in the user's language: card statuses, ledger kinds, the
counter's payments, money in yuan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(code: str) -> str:
    return {
        "active": QCoreApplication.translate("MembershipWords", "Active"),
        "lost": QCoreApplication.translate("MembershipWords", "Lost"),
        "disabled": QCoreApplication.translate("MembershipWords", "Stopped"),
        "expired": QCoreApplication.translate("MembershipWords", "Expired"),
        "replaced": QCoreApplication.translate("MembershipWords", "Replaced"),
    }.get(code, code)


def kind_label(code: str) -> str:
    return {
        "earn": QCoreApplication.translate("MembershipWords", "Earned"),
        "redeem": QCoreApplication.translate("MembershipWords", "Redeemed"),
        "adjust": QCoreApplication.translate("MembershipWords", "Adjusted"),
        "expire": QCoreApplication.translate("MembershipWords", "Expired"),
        "reverse": QCoreApplication.translate("MembershipWords", "Reversal"),
        "opening": QCoreApplication.translate("MembershipWords", "Opening balance"),
        "topup": QCoreApplication.translate("MembershipWords", "Top-up"),
        "bonus": QCoreApplication.translate("MembershipWords", "Bonus"),
        "pay": QCoreApplication.translate("MembershipWords", "Payment"),
        "refund": QCoreApplication.translate("MembershipWords", "Refund"),
        "transfer_in": QCoreApplication.translate("MembershipWords", "Transfer in"),
        "transfer_out": QCoreApplication.translate("MembershipWords", "Transfer out"),
        "closing": QCoreApplication.translate("MembershipWords", "Closing balance"),
    }.get(code, code)


def payment_label(code: str) -> str:
    return {
        "cash": QCoreApplication.translate("MembershipWords", "Cash"),
        "wechat": QCoreApplication.translate("MembershipWords", "WeChat"),
        "alipay": QCoreApplication.translate("MembershipWords", "Alipay"),
        "stored_value": QCoreApplication.translate("MembershipWords", "Stored value"),
    }.get(code, code)


def yuan(fen: int) -> str:
    """¥1,234.50"""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) / 100:,.2f}"
