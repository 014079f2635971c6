"""The membership settings (one row per key, JSON values): card numbering, the top-up
bonus tiers, the order stored value is spent in, the points rules. Read with `get`,
changed with `update` (validated, audited, one transaction)."""

from __future__ import annotations

import json

from models.errors import ValidationError
from models.membership.tables import MembershipSetting
from models.storage import audit
from models.storage.db import database, per_transaction, written_in_transaction

DEFAULTS = {
    "card_prefix": "VIP",  # auto-numbered cards: prefix + zero-padded sequence
    "card_digits": 6,
    "next_card_seq": 1,
    # 充值送: [[from_fen, bonus_fen], ...]: the highest tier reached applies
    "bonus_tiers": [],
    "bonus_spending": "proportional",  # or principal_first
    "points_negative_allowed": False,
    "points_expiry": "never",  # never, year_end_after (end of the year after), months
    "points_expiry_months": 12,
    "points_per_yuan": 1,  # earn rule for a purchase (times the level's multiplier)
    "dormant_days": 180,
    "renewal_reminder_days": 7,
    # 转介绍 rewards, granted once, at the introduced customer's first purchase, to the
    # one who introduced them (referrer) and to them (referred): points, a stored-value
    # bonus in fen, visits of a count card of `referral_visit_service`
    "referral_points_referrer": 100,
    "referral_points_referred": 50,
    "referral_bonus_referrer_fen": 0,
    "referral_bonus_referred_fen": 0,
    "referral_visits_referrer": 0,
    "referral_visits_referred": 0,
    "referral_visit_service": "",
    # points as money off at the counter (checkout.py): this many points make 1 yuan,
    # and they pay at most this percent of a purchase
    "points_redeem_rate": 100,
    "points_redeem_cap_percent": 50,
    # levels and earning: points per task and per event attended, 0 = none
    "points_task_register": 0,  # 注册
    "points_task_profile": 0,  # 完善资料
    "points_task_first_order": 0,  # 首单
    "points_task_review": 0,  # 评价
    "points_attendance": 0,  # per event attended / check-in
    "level_tags": False,  # the level as a live tag (system group 会员等级)
    "level_after_purchase": True,  # the level checked after every purchase of a member
}
MEMO = "membership_settings"  # the key of the settings read once per transaction
SPENDING = ("proportional", "principal_first")
EXPIRY = ("never", "year_end_after", "months")


def _saved() -> dict[str, str]:
    return dict(database.execute_sql("SELECT key, value FROM membership_setting").fetchall())


def get(key: str):
    """A setting's value: the rows read once per transaction (a sale asks for a dozen
    settings), parsed at each call so the caller may change what it gets."""
    text = per_transaction(MEMO, _saved).get(key)
    return DEFAULTS[key] if text is None else json.loads(text)


def all_settings() -> dict:
    saved = {r.key: json.loads(r.value) for r in MembershipSetting.select()}
    return {key: saved.get(key, default) for key, default in DEFAULTS.items()}


def _check(key: str, value):
    if key not in DEFAULTS:
        raise ValidationError(key, "setting_unknown", f"no membership setting {key!r}")
    if key == "bonus_tiers":
        tiers = []
        for pair in value or []:
            try:
                low, bonus = int(pair[0]), int(pair[1])
            except (TypeError, ValueError, IndexError):
                low = bonus = -1
            if low <= 0 or bonus < 0:
                raise ValidationError(key, "bonus_tier_invalid",
                                      "a bonus tier is [top-up from, bonus] in fen, above 0")  # fmt: skip
            tiers.append([low, bonus])
        return sorted(tiers)
    if key == "bonus_spending" and value not in SPENDING:
        raise ValidationError(key, "spending_invalid", "proportional or principal_first")
    if key == "points_expiry" and value not in EXPIRY:
        raise ValidationError(key, "expiry_invalid", "never, year_end_after or months")
    if key == "card_prefix":
        value = str(value or "").strip()
        if len(value) > 8 or any(ch.isspace() for ch in value):
            raise ValidationError(key, "card_prefix_invalid", "up to 8 characters, no spaces")
        return value
    if key == "referral_visit_service":
        value = " ".join(str(value or "").split())
        if len(value) > 60:
            raise ValidationError(key, "too_long", "the service name is too long", limit=60)
        return value
    if key in ("points_negative_allowed", "level_tags", "level_after_purchase"):
        return bool(value)
    if key in REDEEM:
        return _redeem(key, value)
    if isinstance(DEFAULTS[key], int) and not isinstance(DEFAULTS[key], bool):
        try:
            value = int(value)
        except (TypeError, ValueError):
            value = -1
        low = 1 if key in ("card_digits", "next_card_seq", "points_expiry_months",
                           "points_redeem_rate") else 0  # fmt: skip
        high = 100 if key == "points_redeem_cap_percent" else 10**9
        if value < low or value > high:
            raise ValidationError(key, "setting_invalid", f"{key}: a whole number from {low}")
    return value


# points as money off: points making 1 yuan (from 1), the share of a sale they may pay
REDEEM = {"points_redeem_rate": (1, 10**6, "redeem_rate_invalid",
                                  "the points that make 1 yuan off are a whole number from 1"),
          "points_redeem_cap_percent": (0, 100, "redeem_cap_invalid",
                                        "points may pay a whole percent of a sale, from 0 to"
                                        " 100")}  # fmt: skip


def _redeem(key: str, value) -> int:
    """A whole number in its range (the cap may be written 30%); refused with its code."""
    low, high, code, says = REDEEM[key]
    text = str(value).strip()
    if key == "points_redeem_cap_percent":
        text = text.removesuffix("%").strip()
    if isinstance(value, bool) or not text.isdigit() or not low <= int(text) <= high:
        raise ValidationError(key, code, f"“{value}”: {says}", text=str(value))
    return int(text)


def update(changes: dict) -> dict:
    """Set some settings at once (all or none); returns them all."""
    checked = {key: _check(key, value) for key, value in changes.items()}
    with database.atomic():
        for key, value in checked.items():
            _put(key, value)
        audit.record("settings", "setting", detail="membership: " + ", ".join(sorted(checked)))
    return all_settings()


def _put(key: str, value) -> None:
    """Inside the caller's transaction (the card sequence moves with each enrolment)."""
    written_in_transaction(MEMO)
    (MembershipSetting.insert(key=key, value=json.dumps(value))
     .on_conflict(conflict_target=[MembershipSetting.key],
                  update={MembershipSetting.value: json.dumps(value)}).execute())  # fmt: skip


def bonus_for(principal_fen: int) -> int:
    """The bonus of a top-up by the tiers: the highest tier reached (充1000送100)."""
    bonus = 0
    for low, tier_bonus in get("bonus_tiers"):
        if principal_fen >= low:
            bonus = tier_bonus
    return bonus
