"""How a contact is made: the kinds of follow-up and the channels of interactions share
one vocabulary (电话, 拜访, 微信, 短信, 邮件, 其他), stored as English codes."""

from __future__ import annotations

from models.errors import ValidationError

BASIC_CHANNELS = ("phone", "visit", "wechat", "sms", "email", "other")
# A lead's signals (issue 28, lead scoring): came to the store, asked for a price,
# downloaded material.
LEAD_CHANNELS = ("store", "price", "download")
CHANNELS = (*BASIC_CHANNELS, *LEAD_CHANNELS)

# Words users type (CLI, imports) for each code, Chinese and English.
WORDS = {
    "phone": ("电话", "致电", "打电话", "call", "tel", "telephone"),
    "visit": ("拜访", "上门", "面谈", "meeting", "meet"),
    "wechat": ("微信", "weixin", "wx"),
    "sms": ("短信", "text", "message"),
    "email": ("邮件", "电子邮件", "e-mail", "mail"),
    "other": ("其他", "其它"),
    "store": ("到店", "进店", "门店", "store", "in store"),
    "price": ("询价", "报价", "问价", "price", "quote"),
    "download": ("下载资料", "下载", "资料下载", "download"),
}
_LOOKUP = {code: code for code in CHANNELS}
_LOOKUP.update({w.lower(): code for code, words in WORDS.items() for w in words})


def parse(text: str, field: str = "channel") -> str:
    """The code for a channel word ('电话', 'phone', 'Call'); ValidationError if unknown."""
    code = _LOOKUP.get((text or "").strip().lower())
    if code is None:
        raise ValidationError(
            field,
            "channel_invalid",
            f"'{text}' is not one of: " + ", ".join(f"{c} ({WORDS[c][0]})" for c in CHANNELS),
        )
    return code
