"""Member levels (会员等级): the business's definitions (普通/银卡/金卡/钻石...), each
with a rank, a threshold in points earned or in spend (fen) over a rolling period or
for life, how long a level reached holds (validity), the grace before a downgrade, and
its benefits (权益) as text and as the numbers the rules use: discount (permille off),
points multiplier (permille), free items per month, birthday gift, priority service.
List, add, edit, archive: validated, audited, one transaction each. Who holds which
level and why: level_rules.py."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from models import clock
from models.errors import NotFoundError, ValidationError
from models.membership.tables import Member, MemberLevel
from models.storage import audit
from models.storage.db import database

BASES = ("points", "spend")  # 积分 earned, or 消费 in fen
NAME_MAX = 20
TEXT_MAX = 500
GIFT_MAX = 100
DAYS_MAX = 3650
MAX_THRESHOLD = 10**12
NUMBERS = ("rank", "threshold", "period_days", "valid_days", "grace_days",
           "discount_permille", "points_multiplier_permille", "free_items_month")  # fmt: skip
FIELDS = ("name", "basis", *NUMBERS, "birthday_gift", "priority_service", "benefits")


def _int(value, field: str, low: int, high: int, *, nullable: bool = False) -> int | None:
    if nullable and (value is None or str(value).strip() == ""):
        return None
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(field, "level_number_invalid",
                              f"{field}: '{value}' is not a whole number",
                              field_name=field, text=str(value)) from None  # fmt: skip
    if number < low or number > high:
        raise ValidationError(field, "level_number_range",
                              f"{field}: a whole number from {low} to {high}",
                              field_name=field, low=low, high=high)  # fmt: skip
    return number


def permille(value, field: str, scale: int = 10) -> int:
    """'5' (percent) -> 50, '2.5' -> 25 with scale 10; '1.5' (times) -> 1500 with 1000."""
    try:
        number = Decimal(str(value).strip().rstrip("%"))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number != number.quantize(Decimal(1) / scale):
        raise ValidationError(field, "level_number_invalid",
                              f"{field}: '{value}' is not a number", field_name=field,
                              text=str(value))  # fmt: skip
    return int(number * scale)


def _text(value, field: str, limit: int) -> str:
    text = " ".join(str(value or "").split()) if field != "benefits" else str(value or "").strip()
    if len(text) > limit:
        raise ValidationError(field, "too_long", f"{field} is too long", limit=limit)
    return text


def clean(fields: dict, level_id: int | None = None) -> dict:
    """The fields checked and normalised (those given; a new level needs a name)."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown level fields {sorted(unknown)}")
    out = {}
    if "name" in fields or level_id is None:
        name = " ".join(str(fields.get("name") or "").split())
        if not name:
            raise ValidationError("name", "level_name_required", "a level needs a name")
        if len(name) > NAME_MAX:
            raise ValidationError("name", "too_long", "the name is too long", limit=NAME_MAX)
        out["name"] = name
    if "basis" in fields:
        if fields["basis"] not in BASES:
            raise ValidationError("basis", "level_basis_invalid", "points or spend",
                                  text=str(fields["basis"]))  # fmt: skip
        out["basis"] = fields["basis"]
    limits = {"rank": (0, 99), "threshold": (0, MAX_THRESHOLD), "period_days": (1, DAYS_MAX),
              "valid_days": (1, DAYS_MAX), "grace_days": (0, DAYS_MAX),
              "discount_permille": (0, 1000), "points_multiplier_permille": (0, 100_000),
              "free_items_month": (0, 1000)}  # fmt: skip
    for key, (low, high) in limits.items():
        if key in fields:
            out[key] = _int(fields[key], key, low, high,
                            nullable=key in ("period_days", "valid_days"))  # fmt: skip
    if "birthday_gift" in fields:
        out["birthday_gift"] = _text(fields["birthday_gift"], "birthday_gift", GIFT_MAX)
    if "benefits" in fields:
        out["benefits"] = _text(fields["benefits"], "benefits", TEXT_MAX)
    if "priority_service" in fields:
        out["priority_service"] = bool(fields["priority_service"])
    return out


def _check_against_others(values: dict, level_id: int | None) -> None:
    """Names and ranks are unique among the levels in use, and of two levels measured
    alike (basis and period) the higher rank needs the higher threshold."""
    others = [lv for lv in MemberLevel.select().where(MemberLevel.archived_at.is_null())
              if lv.id != level_id]  # fmt: skip
    named = MemberLevel.get_or_none(MemberLevel.name == values["name"])
    if named is not None and named.id != level_id:
        raise ValidationError("name", "level_name_taken",
                              f"there is a level named {values['name']} already",
                              name=values["name"])  # fmt: skip
    for other in others:
        if other.rank == values["rank"]:
            raise ValidationError("rank", "level_rank_taken",
                                  f"level {other.name} has rank {other.rank} already",
                                  name=other.name, rank=other.rank)  # fmt: skip
    for other in others:
        alike = other.basis == values["basis"] and other.period_days == values["period_days"]
        if alike and (other.rank < values["rank"]) != (other.threshold < values["threshold"]):
            raise ValidationError("threshold", "level_threshold_order",
                                  f"a higher rank needs a higher threshold than {other.name}",
                                  name=other.name)  # fmt: skip


def to_json(level: MemberLevel) -> dict:
    return {
        "id": level.id, "name": level.name, "rank": level.rank, "basis": level.basis,
        "threshold": level.threshold, "period_days": level.period_days,
        "valid_days": level.valid_days, "grace_days": level.grace_days,
        "discount_permille": level.discount_permille,
        "points_multiplier_permille": level.points_multiplier_permille,
        "free_items_month": level.free_items_month, "birthday_gift": level.birthday_gift,
        "priority_service": bool(level.priority_service), "benefits": level.benefits,
        "archived": level.archived_at is not None,
        "members": Member.select().where(Member.level_id == level.id).count(),
    }  # fmt: skip


def list_levels(archived: bool = False) -> list[MemberLevel]:
    """The levels in use by rank (with the archived ones too when asked)."""
    query = MemberLevel.select().order_by(MemberLevel.rank, MemberLevel.id)
    if not archived:
        query = query.where(MemberLevel.archived_at.is_null())
    return list(query)


def get(level_id: int) -> MemberLevel:
    level = MemberLevel.get_or_none(MemberLevel.id == level_id)
    if level is None:
        raise NotFoundError(f"no level {level_id}", code="level_not_found", id=level_id)
    return level


def find(name_or_id) -> MemberLevel:
    """A level by its id or its name."""
    text = str(name_or_id or "").strip()
    level = MemberLevel.get_or_none(MemberLevel.name == text)
    if level is None and text.isdigit():
        level = MemberLevel.get_or_none(MemberLevel.id == int(text))
    if level is None:
        raise NotFoundError(f"no level {text}", code="level_not_found", id=text)
    return level


def names() -> dict[int, str]:
    """{level id: name} of every level (archived too: a history names them)."""
    return dict(MemberLevel.select(MemberLevel.id, MemberLevel.name).tuples())


def _describe(values: dict) -> str:
    return "; ".join(f"{k}: {values[k]}" for k in FIELDS if k in values and values[k] not in
                     (None, ""))  # fmt: skip


def add(fields: dict) -> int:
    """A new level; returns its id."""
    values = {"basis": "points", "rank": 0, "threshold": 0, "period_days": None,
              "valid_days": None, "grace_days": 0, "discount_permille": 0,
              "points_multiplier_permille": 1000, "free_items_month": 0, "birthday_gift": "",
              "priority_service": False, "benefits": "", **clean(fields)}  # fmt: skip
    with database.atomic():
        _check_against_others(values, None)
        level_id = MemberLevel.insert(created_at=clock.now(), **values).execute()
        audit.record("create", "level", level_id, detail=_describe(values))
    return level_id


def edit(level_id: int, fields: dict) -> dict:
    """Change some fields of a level; returns its fields from before (for undo)."""
    changes = clean(fields, level_id)
    with database.atomic():
        level = get(level_id)
        before = {k: getattr(level, k) for k in FIELDS}
        if level.archived_at is not None:
            raise ValidationError("id", "level_archived", f"level {level.name} is archived",
                                  name=level.name)  # fmt: skip
        _check_against_others({**before, **changes}, level_id)
        changes = {k: v for k, v in changes.items() if before[k] != v}
        if changes:
            MemberLevel.update(**changes).where(MemberLevel.id == level_id).execute()
            audit.record("edit", "level", level_id, detail=f"{level.name}: " + audit.changes(
                {k: before[k] for k in changes}, changes))  # fmt: skip
    return before


def archive(level_id: int, archived: bool = True) -> None:
    """Archive a level no member holds (or bring it back)."""
    with database.atomic():
        level = get(level_id)
        if (level.archived_at is not None) == archived:
            raise ValidationError("id", "level_archived_same",
                                  f"level {level.name} is {'' if archived else 'not '}archived"
                                  " already", name=level.name)  # fmt: skip
        held = Member.select().where(Member.level_id == level_id).count()
        if archived and held:
            raise ValidationError("id", "level_in_use",
                                  f"{held} members hold level {level.name}: move them first",
                                  name=level.name, count=held)  # fmt: skip
        if not archived:
            _check_against_others({k: getattr(level, k) for k in FIELDS}, level_id)
        MemberLevel.update(archived_at=clock.now() if archived else None).where(
            MemberLevel.id == level_id).execute()  # fmt: skip
        audit.record("archive", "level", level_id,
                     detail=f"{level.name}: {'archived' if archived else 'back in use'}")  # fmt: skip
