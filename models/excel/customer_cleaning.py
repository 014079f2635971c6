"""How the cells of a customer row are cleaned: a rule per target (the rules
customers.validate() applies to the form; tests hold them equal), and what becomes of
a value an optional field cannot take (the readable tags are kept, long notes are cut,
anything else goes into the notes as "Column: text"). The engine calls them a column
at a time, each distinct value once (import_engine._clean)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial

from models.customers.custom_fields import clean_value, list_fields
from models.customers.customers import CODE_FIELDS, parse_birthday
from models.customers.record import DEFAULT_MAX_LENGTH, MAX_LENGTHS
from models.errors import ValidationError
from models.excel import import_cleaning, import_engine
from models.tags.tags import clean_name, tag_key
from models.values.contact_fields import normalise_email, normalise_phone

# Fields whose unreadable value makes a row an error; any other field's gives a warning.
STRICT_FIELDS = ("name", "number", "mobile", "email")


def rules(targets: list[str], date1904: bool) -> dict[str, Callable]:
    """The cleaning rule of each mapped target."""
    custom = {f.key: f for f in list_fields() if f.key in targets}
    return {target: _rule(target, custom, date1904) for target in targets}


def _rule(target: str, custom: dict, date1904: bool) -> Callable:
    c = import_cleaning
    if target in custom:
        return partial(_custom_value, custom[target], date1904)
    if target == "tags":
        return _tag_names
    if target == "birthday":
        return partial(_birthday, date1904)
    if target == "mobile":
        return lambda raw: normalise_phone(c.phone_text(raw))
    if target == "email":
        return lambda raw: normalise_email(c.code_text(raw))
    if target in ("gender", "source", "stage"):
        return partial(c.choice, field=target)
    return partial(_text_field, target)


def keep(kind, row, column: list, i: int, target: str, title: str, raw,
         exc: ValidationError) -> None:  # fmt: skip
    """The engine's keep(), with the readable tags of a cell kept as its value and the
    cells of a target fed by several columns joined as the rule joins them."""
    if target == "tags" and "names" in exc.params:
        if exc.params["names"]:
            column[i] = exc.params["names"]
        original = exc.params["rejected"]
    else:
        original = joined(target, raw)
    import_engine.keep(kind, row, column, i, target, title, raw, exc, original)


def joined(target: str, raw) -> str:
    """A cell's text, or the cells of several columns joined (notes line by line)."""
    if not isinstance(raw, tuple):
        return import_cleaning.text(raw)
    parts = [p for p in (import_cleaning.text(v) for v in raw) if p]
    joiner = "\n" if target == "notes" else "" if _all_cjk(parts) else " "
    return joiner.join(parts)


def _all_cjk(parts: list[str]) -> bool:
    return bool(parts) and all(not p.isascii() for p in parts)


def _text_field(target: str, raw) -> str:
    value = import_cleaning.identifier(raw) if target == "number" else joined(target, raw)
    if target in CODE_FIELDS and not value.isascii():
        value = unicodedata.normalize("NFKC", value).strip()
    limit = MAX_LENGTHS.get(target, DEFAULT_MAX_LENGTH)
    if len(value) > limit:
        raise ValidationError(
            target, "too_long", f"{target} is longer than {limit} characters", limit=limit
        )
    return value


def _tag_names(raw) -> list[str]:
    """The tags named in the cell(s). A part that is no tag name (too long) raises, with
    the readable names in params "names" and the rest as text in "rejected"."""
    names, keys, rejected, first = [], set(), [], None
    for cell in raw if isinstance(raw, tuple) else (raw,):
        for part in import_cleaning.tags(cell):
            try:
                name = clean_name(part)
            except ValidationError as exc:
                rejected.append(part)
                first = first or exc
                continue
            if tag_key(name) not in keys:
                keys.add(tag_key(name))
                names.append(name)
    if first is not None:
        raise ValidationError("tags", first.code, str(first), **first.params, names=names,
                              rejected=" ".join(rejected))  # fmt: skip
    return names


def _custom_value(field, date1904: bool, raw) -> tuple[str, float | None]:
    c = import_cleaning
    if isinstance(raw, tuple):
        raw = raw[0]
    if field.kind == "date":
        raw = c.date_value(raw, date1904)
    elif field.kind == "number":
        raw = c.number(raw)
    else:
        raw = c.text(raw)
    return clean_value(field, raw)


def _birthday(date1904: bool, raw) -> tuple[str, bool, bool] | str:
    """(stored date, lunar, leap); '农历 1990-05-03' / 'Lunar leap 1990-04-01' are lunar."""
    if isinstance(raw, tuple):
        raw = raw[0]
    text = import_cleaning.code_text(raw)
    lunar = leap = False
    for prefix in ("农历", "阴历", "lunar"):
        if text.casefold().startswith(prefix):
            lunar, text = True, text[len(prefix) :].strip()
    for prefix in ("闰", "leap"):
        if lunar and text.casefold().startswith(prefix):
            leap, text = True, text[len(prefix) :].strip()
    if not text:
        return ""
    try:
        date = import_cleaning.date_value(text if lunar else raw, date1904, allow_no_year=True)
    except ValidationError as exc:
        raise ValidationError("birthday", "birthday_invalid", str(exc), **exc.params) from None
    return parse_birthday(date, lunar, leap), lunar, leap
