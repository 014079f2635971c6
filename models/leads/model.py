"""The lead scoring model (线索评分模型) the business sets: what each piece of basic
information and each behaviour is worth, and the grades' thresholds. Kept in the
database (a preference, JSON), validated whole before anything is written; the shipped
DEFAULT suits a small Chinese business selling to other businesses.

Basic information (points once each):
- job_titles: [keyword, points] in order; the first keyword the job title contains
  counts (so 总经理 before 经理).
- mobile: points for a valid mainland mobile (11 digits starting with 1; +86 forms too).
- need: points when the field `need_field` is not empty: a custom field's name, or
  "notes" (备注).
- company sizes: the custom field `size_field`'s value (whole) -> points.
- regions: [city, points]: the city equal to, or starting with, the name (上海 matches
  上海市).

Behaviour (each occurrence decays): points of one occurrence
  weight * 0.5 ** (age_days / half_life)
summed over the occurrences and capped at `cap` (so a hundred store visits do not
outweigh everything else). Occurrences: an event attended (a sign-up checked in), a
contact logged as store visit / price inquiry / material download (interaction
channels store, price, download), a survey answer, a day with activity in any
community (one per day, whatever was said).

Grades: A at or above `grades.A`, else B at or above `grades.B`, else C at or above
`grades.C`, else D.
"""

from __future__ import annotations

import copy
import json

from models.errors import ValidationError
from models.storage import audit, preferences
from models.storage.db import database

KEY = "lead_scoring"
BEHAVIOURS = ("event", "store", "price", "download", "survey", "community")
GRADES = ("A", "B", "C", "D")
MAX_POINTS = 1000  # any one value: a typo guard
MAX_HALF_LIFE = 3650
MAX_ENTRIES = 200
MAX_TEXT = 50

DEFAULT = {
    "job_titles": [
        ["董事长", 20],
        ["总经理", 20],
        ["老板", 20],
        ["创始人", 20],
        ["总裁", 20],
        ["总监", 15],
        ["经理", 15],
        ["主管", 15],
        ["负责人", 15],
        ["店长", 15],
        ["采购", 10],
        ["主任", 10],
    ],  # fmt: skip
    "mobile": 10,
    "need_field": "需求",
    "need": 10,
    "size_field": "公司规模",
    "sizes": [["500人以上", 15], ["100-500人", 12], ["20-100人", 8], ["20人以下", 4]],
    "regions": [
        ["北京", 5],
        ["上海", 5],
        ["广州", 5],
        ["深圳", 5],
        ["杭州", 5],
        ["成都", 3],
        ["南京", 3],
        ["苏州", 3],
        ["武汉", 3],
    ],  # fmt: skip
    "behaviours": {
        "event": {"weight": 20, "half_life": 90, "cap": 40},
        "store": {"weight": 15, "half_life": 60, "cap": 30},
        "price": {"weight": 15, "half_life": 30, "cap": 30},
        "download": {"weight": 5, "half_life": 30, "cap": 15},
        "survey": {"weight": 5, "half_life": 90, "cap": 10},
        "community": {"weight": 2, "half_life": 30, "cap": 20},
    },
    "grades": {"A": 70, "B": 45, "C": 20},
}


def _refuse(field: str, code: str, message: str, **params):
    raise ValidationError(field, code, message, **params)


def _points(value, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            value = float(str(value).strip())
        except ValueError:
            _refuse(
                field, "score_not_number", f"{field}: '{value}' is not a number", field_name=field
            )
    if value != int(value):
        _refuse(field, "score_not_whole", f"{field}: points are whole numbers", field_name=field)
    value = int(value)
    if not 0 <= value <= MAX_POINTS:
        _refuse(field, "score_out_of_range", f"{field}: points must be 0 to {MAX_POINTS}",
                field_name=field)  # fmt: skip
    return value


def _text(value, field: str) -> str:
    text = str(value if value is not None else "").strip()
    if len(text) > MAX_TEXT:
        _refuse(field, "too_long", f"{field}: longer than {MAX_TEXT} characters", field_name=field)
    return text


def _pairs(value, field: str) -> list[list]:
    if not isinstance(value, list | tuple):
        _refuse(field, "score_bad_list", f"{field}: a list of [text, points]", field_name=field)
    if len(value) > MAX_ENTRIES:
        _refuse(
            field, "score_bad_list", f"{field}: at most {MAX_ENTRIES} entries", field_name=field
        )
    out, seen = [], set()
    for item in value:
        if not isinstance(item, list | tuple) or len(item) != 2:
            _refuse(field, "score_bad_list", f"{field}: a list of [text, points]", field_name=field)
        key = _text(item[0], field)
        if not key:
            _refuse(field, "score_empty_key", f"{field}: an entry without a name", field_name=field)
        if key in seen:
            _refuse(field, "score_duplicate", f"{field}: '{key}' twice", field_name=field, key=key)
        seen.add(key)
        out.append([key, _points(item[1], field)])
    return out


def validate(model: dict) -> dict:
    """The model cleaned (numbers as int, texts stripped), or ValidationError saying the
    first thing wrong: negative or non-number points, a half-life not above 0, grade
    thresholds not A > B > C > 0."""
    if not isinstance(model, dict):
        _refuse("model", "score_bad_list", "the scoring model is an object")
    unknown = set(model) - set(DEFAULT)
    if unknown:
        name = sorted(unknown)[0]
        _refuse(name, "score_unknown", f"'{name}' is not part of the scoring model", key=name)
    merged = {**copy.deepcopy(DEFAULT), **model}
    out = {
        "job_titles": _pairs(merged["job_titles"], "job_titles"),
        "mobile": _points(merged["mobile"], "mobile"),
        "need_field": _text(merged["need_field"], "need_field"),
        "need": _points(merged["need"], "need"),
        "size_field": _text(merged["size_field"], "size_field"),
        "sizes": _pairs(merged["sizes"], "sizes"),
        "regions": _pairs(merged["regions"], "regions"),
        "behaviours": {},
        "grades": {},
    }
    behaviours = merged["behaviours"]
    if not isinstance(behaviours, dict):
        _refuse("behaviours", "score_bad_list", "behaviours: an object per behaviour")
    for name in behaviours:
        if name not in BEHAVIOURS:
            _refuse("behaviours", "score_unknown", f"'{name}' is not a behaviour", key=name)
    for name in BEHAVIOURS:
        given = {**DEFAULT["behaviours"][name], **(behaviours.get(name) or {})}
        field = f"behaviours.{name}"
        half_life = given["half_life"]
        try:
            half_life = float(half_life)
        except (TypeError, ValueError):
            _refuse(field, "score_not_number", f"{field}.half_life: not a number",
                    field_name=f"{field}.half_life")  # fmt: skip
        if not 0 < half_life <= MAX_HALF_LIFE:
            _refuse(field, "half_life_range",
                    f"{field}.half_life: days above 0, at most {MAX_HALF_LIFE}",
                    field_name=f"{field}.half_life")  # fmt: skip
        out["behaviours"][name] = {
            "weight": _points(given["weight"], f"{field}.weight"),
            "half_life": int(half_life) if half_life == int(half_life) else half_life,
            "cap": _points(given["cap"], f"{field}.cap"),
        }
    grades = merged["grades"]
    if not isinstance(grades, dict) or set(grades) - {"A", "B", "C"}:
        _refuse("grades", "score_bad_list", "grades: thresholds for A, B and C")
    grades = {**DEFAULT["grades"], **grades}
    for grade in ("A", "B", "C"):
        out["grades"][grade] = _points(grades[grade], f"grades.{grade}")
    a, b, c = (out["grades"][g] for g in ("A", "B", "C"))
    if not a > b > c > 0:
        _refuse("grades", "grades_order",
                f"grade thresholds must fall: A ({a}) > B ({b}) > C ({c}) > 0",
                a=a, b=b, c=c)  # fmt: skip
    return out


_read: tuple[str | None, dict] = (None, DEFAULT)  # (the stored text, its model)


def load() -> dict:
    """The business's model (DEFAULT until it sets one; a stored one that no longer
    passes validate falls back to DEFAULT rather than scoring with nonsense). Read with
    one plain query and parsed once per stored text: every incremental rescore asks."""
    global _read
    row = database.execute_sql(
        "SELECT value FROM preference WHERE key = ?", (KEY,)
    ).fetchone()  # fmt: skip
    text = row[0] if row else None
    if text != _read[0]:
        try:
            model = validate(json.loads(text)) if text is not None else DEFAULT
        except (ValidationError, ValueError):
            model = DEFAULT
        _read = (text, model)
    return copy.deepcopy(_read[1])


def grade_of(score: int, model: dict) -> str:
    grades = model["grades"]
    for grade in ("A", "B", "C"):
        if score >= grades[grade]:
            return grade
    return "D"


def save(model: dict, *, action: str = "settings") -> dict:
    """Validate and store the model (nothing written when refused); returns the model
    as stored, with its audit entry (`action`: "settings", "undo", "redo"; "" for
    none). scores.apply_model saves and rescores every lead in one transaction."""
    clean = validate(model)
    before = load()
    with database.atomic():
        preferences.put(KEY, clean)
        if action:
            audit.record(action, "lead_scoring", detail=describe_change(before, clean))
    return clean


def describe_change(before: dict, after: dict) -> str:
    """'lead scoring: mobile 10 → 12, grades {…} → {…}' (the audit entry's detail)."""
    parts = [
        f"{key} {json.dumps(before.get(key), ensure_ascii=False)} → "
        f"{json.dumps(after.get(key), ensure_ascii=False)}"
        for key in DEFAULT
        if before.get(key) != after.get(key)
    ]
    return "lead scoring: " + ("; ".join(parts) if parts else "unchanged")
