"""The words of complaints and the business's choices about them: statuses, severities,
channels and the steps between them, the category list staff keep, the deadlines
(SLA) in force, and which customers count as high-value (tags, RFM segments)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from models.complaints import complaint_sla, holidays
from models.errors import NotFoundError, ValidationError
from models.purchases.rfm import SEGMENT_ORDER
from models.storage import preferences
from models.tags.tags import clean_name

STATUSES = ("new", "responded", "in_progress", "resolved", "return_visited")
OPEN_STATUSES = ("new", "responded", "in_progress")
SEVERITIES = complaint_sla.SEVERITIES
CHANNELS = ("phone", "store", "wechat", "email", "online", "other")
DEFAULT_CATEGORIES = ("quality", "service", "delivery", "price", "after_sales", "other")
# action: (statuses it may start from, the status it leads to)
STEPS = {
    "respond": (("new",), "responded"),
    "start": (("responded",), "in_progress"),
    "resolve": (("in_progress",), "resolved"),
    "visit": (("resolved",), "return_visited"),
    "reopen": (("resolved", "return_visited"), "in_progress"),
}
# What a status needs before each action (the reason given when a step is refused).
MAX_TEXT, MAX_SHORT = 10000, 200
# Escalation reasons, as bits of Complaint.escalated once announced.
URGENT, RESPONSE_LATE, RESOLVE_LATE = 1, 2, 4

# Words users type (CLI) for each code.
WORDS = {
    "status": {
        "new": ("新建", "新"),
        "responded": ("已响应", "响应"),
        "in_progress": ("处理中", "in-progress", "in progress", "handling"),
        "resolved": ("已解决", "解决"),
        "return_visited": ("已回访", "回访", "return-visited", "closed", "visited"),
    },
    "severity": {
        "normal": ("一般", "普通", "low"),
        "serious": ("严重", "high"),
        "urgent": ("紧急", "critical"),
    },
    "channel": {
        "phone": ("电话", "call", "tel"),
        "store": ("门店", "到店", "shop", "in store", "in-store", "visit"),
        "wechat": ("微信", "weixin", "wx"),
        "email": ("邮件", "电子邮件", "e-mail", "mail"),
        "online": ("网络", "社交媒体", "网络/社交媒体", "social", "web", "social media"),
        "other": ("其他", "其它"),
    },
    "category": {
        "quality": ("产品质量", "质量", "product quality"),
        "service": ("服务态度", "服务", "service attitude"),
        "delivery": ("物流配送", "物流", "配送", "logistics", "shipping"),
        "price": ("价格/收费", "价格", "收费", "pricing", "billing"),
        "after_sales": ("售后", "after-sales", "after sales"),
        "other": ("其他", "其它"),
    },
}
_CODES = {"status": STATUSES, "severity": SEVERITIES, "channel": CHANNELS}


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().casefold()


def parse(kind: str, text: str) -> str:
    """The code for a status/severity/channel word ('紧急', 'urgent'); ValidationError."""
    key = _key(text)
    for code in _CODES[kind]:
        if key == code or key in (_key(w) for w in WORDS[kind].get(code, ())):
            return code
    choices = ", ".join(f"{c} ({WORDS[kind][c][0]})" for c in _CODES[kind])
    raise ValidationError(kind, f"{kind}_invalid", f"'{text}' is not one of: {choices}")


def sla() -> complaint_sla.Sla:
    """The SLA in force: the saved settings with the holiday calendar."""
    try:
        settings = complaint_sla.from_json(preferences.get("complaint_sla"))
    except ValidationError:  # settings damaged outside the program: fall back, never stop
        settings = complaint_sla.Sla()
    return with_calendar(settings)


def with_calendar(settings: complaint_sla.Sla) -> complaint_sla.Sla:
    closed, open_days = holidays.calendar()
    return replace(settings, holidays=closed, workdays=open_days)


def categories() -> list[str]:
    """The category pick list: codes of the built-in ones, and names staff added."""
    return list(preferences.get("complaint_categories", list(DEFAULT_CATEGORIES)))


def parse_category(text: str) -> str:
    key = _key(text)
    for name in categories():
        words = (name,) + WORDS["category"].get(name, ())
        if key in (_key(w) for w in words):
            return name
    raise ValidationError(
        "category",
        "category_invalid",
        f"'{text}' is not a complaint category; add it to the list first: "
        + ", ".join(categories()),
    )


def add_category(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", name or "").split())
    if not name or len(name) > 50:
        raise ValidationError("category", "category_name", "a category needs a name (at most 50)")
    names = categories()
    if any(_key(name) in (_key(w) for w in (n,) + WORDS["category"].get(n, ())) for n in names):
        raise ValidationError("category", "category_exists", f"'{name}' is already a category")
    preferences.put("complaint_categories", names + [name])
    return name


def remove_category(name: str) -> None:
    """Take a category off the pick list; complaints filed under it keep it."""
    names = categories()
    if name not in names:
        raise NotFoundError(f"no category {name}", code="category_not_found")
    if len(names) == 1:
        raise ValidationError("category", "category_last", "keep at least one category")
    preferences.put("complaint_categories", [n for n in names if n != name])


def high_value_tags() -> list[str]:
    """Customers with any of these tags are high-value: marked and first in the list."""
    return list(preferences.get("complaint_high_value_tags", ["VIP"]))


def set_high_value_tags(names: list[str]) -> None:
    preferences.put("complaint_high_value_tags", [n for n in (clean_name(x) for x in names) if n])


# The four 重要 segments: monetary above the average (DOMAIN.md, RFM).
DEFAULT_HIGH_VALUE_SEGMENTS = (
    "important_value", "important_development", "important_retention", "important_winback",
)  # fmt: skip


def high_value_segments() -> list[str]:
    """Customers whose stored RFM segment is one of these are high-value too."""

    saved = preferences.get("complaint_high_value_segments", list(DEFAULT_HIGH_VALUE_SEGMENTS))
    return [s for s in SEGMENT_ORDER if s in saved]


def set_high_value_segments(codes: list[str]) -> None:

    unknown = sorted(set(codes) - set(SEGMENT_ORDER))
    if unknown:
        raise ValidationError("segments", "option_invalid", f"unknown segments {unknown}")
    preferences.put("complaint_high_value_segments", [s for s in SEGMENT_ORDER if s in codes])
