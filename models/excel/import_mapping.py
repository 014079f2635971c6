"""Which spreadsheet column goes to which target, for any kind of import: header-row
detection, the proposed mapping (the kind's header words in Chinese and English, then
the values), and the mappings users chose, remembered per kind and set of headers.

The words come from the kind (ImportKind.words, as an index made by `word_index`);
`custom` names are matched exactly only (a customer's custom fields)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata

from peewee import CharField, DateTimeField, TextField

from models import clock
from models.excel.import_cleaning import text
from models.storage.base import BaseModel

IGNORE = ""  # the target of a column that is not imported
TAGS = "tags"

_MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DEDUPED = re.compile(r" \(\d+\)$")
_REQUIRED_MARKS = re.compile(r"[*＊]|[(（]\s*(必填|选填|可选|required|optional)\s*[)）]")


class RememberedMapping(BaseModel):
    """A mapping the user confirmed, found again by the file's normalised headers."""

    signature = CharField(unique=True)
    mapping = TextField()  # JSON list: target per column
    used_at = DateTimeField()


def normalise_header(value) -> str:
    header = _DEDUPED.sub("", text(value))  # 'Phone (2)': headers_of() numbered a repeat
    header = _REQUIRED_MARKS.sub("", header)
    header = unicodedata.normalize("NFKC", header).casefold()
    header = re.sub(r"[_\-./:：]+", " ", header)
    return " ".join(header.split())


def word_index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{header word: target} of a kind's words per target (written normalised)."""
    return {word: target for target, names in words.items() for word in names}


def _header_field(header: str, exact: dict[str, str], custom: dict[str, str]) -> tuple[str, int]:
    """(field, score): 3 for an exact word, 2 for a suffix ('公司地址' is an address), 1
    for a contained word; ('', 0) when nothing fits."""
    if not header:
        return IGNORE, 0
    if header in custom:
        return custom[header], 3
    if header in exact:
        return exact[header], 3
    best, score, length = IGNORE, 0, 0
    for word, field in exact.items():
        cjk = not word.isascii()
        if len(word) < (2 if cjk else 4):
            continue  # 'id', 'tel' inside other words mean nothing
        if field == TAGS and not cjk:
            continue  # 'Payment Terms Label' is no tag list: its words would become tags
        if cjk:
            hit = 2 if header.endswith(word) else 1 if word in header else 0
        else:
            padded = f" {header} "
            hit = 2 if header.endswith(" " + word) else 1 if f" {word} " in padded else 0
        if (hit, len(word)) > (score, length):
            best, score, length = field, hit, len(word)
    return best, score


def _value_field(values: list, targets) -> str:
    """A field recognised from the values alone: mobiles and emails (of the kind's
    `targets`)."""
    cells = [text(v) for v in values]
    cells = [c for c in cells if c]
    if len(cells) < 1:
        return IGNORE
    for field, pattern in (("mobile", _MOBILE), ("email", _EMAIL)):
        if field not in targets:
            continue
        hits = sum(1 for c in cells if pattern.match(c.replace(" ", "").replace("-", "")))
        if hits >= 0.8 * len(cells):
            return field
    return IGNORE


def header_score(row: list, exact: dict[str, str], custom: dict[str, str]) -> tuple[int, int]:
    """(recognised header words, text cells) of a candidate header row; `custom` maps
    more normalised names (matched exactly) to their targets."""
    cells = [c for c in row if text(c)]
    if any(isinstance(c, (int, float, dt.date)) and not isinstance(c, bool) for c in cells):
        return 0, 0
    known = sum(1 for c in cells if _header_field(normalise_header(c), exact, custom)[1] >= 2)
    return known, len(cells)


def detect_header_row(
    rows: list[list], exact: dict[str, str], custom: dict[str, str] | None = None, look: int = 30
) -> int:
    """Index of the header row: skips titles, notes and blank rows above it. Prefers
    the row with most recognised field names (the kind's words); else the first
    all-text row at least half as wide as the widest row. -1 when the sheet has no rows."""
    sample = rows[:look]
    widest = max((sum(1 for c in r if text(c)) for r in sample), default=0)
    if widest == 0:
        return -1
    custom = custom or {}
    scored = [(i, *header_score(r, exact, custom)) for i, r in enumerate(sample)]
    need = max(2, (widest + 1) // 2) if widest > 1 else 1
    best = max(scored, key=lambda s: (s[1], -s[0]))
    if best[1] > 0 and best[2] >= min(need, 2):
        return best[0]
    for i, _known, cells in scored:
        if cells >= need:
            return i
    return next(i for i, r in enumerate(sample) if any(text(c) for c in r))


def headers_of(header_row: list, width: int) -> list[str]:
    """Column titles: the header cells, 'Column C' for blank ones, '(2)' on repeats."""
    titles, seen = [], {}
    for i in range(width):
        title = text(header_row[i]) if i < len(header_row) else ""
        title = title or f"#{column_letter(i)}"
        seen[title] = seen.get(title, 0) + 1
        titles.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return titles


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def propose(
    headers: list[str],
    samples: list[list],
    exact: dict[str, str],
    custom: dict[str, str] | None = None,
    name_parts: tuple[str, ...] = (),
) -> list[str]:
    """A target per column from its header (exact word, suffix or contained word; and
    its values when the header says nothing). Each field gets one column, the
    best-matching and fullest, except the fields that join several (name parts, notes,
    tags). `name_parts` ('first name') go to the name when no column is a whole name."""
    custom = custom or {}
    targets = set(exact.values())
    width = len(headers)
    columns = [[row[i] if i < len(row) else "" for row in samples] for i in range(width)]
    filled = [sum(1 for v in col if text(v)) for col in columns]
    candidates = []
    for i, header in enumerate(headers):
        norm = normalise_header(header)
        if norm in name_parts:
            field, score = "name_part", 1
        else:
            field, score = _header_field(norm, exact, custom)
        if score == 0:
            field, score = _value_field(columns[i], targets), 1
        candidates.append((field, score))
    mapping = [IGNORE] * width
    taken: set[str] = set()
    order = sorted(range(width), key=lambda i: (-candidates[i][1], -filled[i], i))
    for i in order:
        field, score = candidates[i]
        if field in (IGNORE, "name_part"):
            continue
        if field in taken and not (field in ("notes", TAGS) and score == 3):
            continue
        mapping[i] = field
        taken.add(field)
    if "name" not in taken:
        for i, (field, _score) in enumerate(candidates):
            if field == "name_part":
                mapping[i] = "name"
    return mapping


def exact_proposal(headers: list[str], exact: dict[str, str]) -> list[str]:
    """A target per column by exact header words only, the first column of each."""
    mapping, taken = [], set()
    for header in headers:
        target = exact.get(normalise_header(header), IGNORE)
        if target in taken:
            target = IGNORE
        taken.add(target)
        mapping.append(target)
    return mapping


def signature(headers: list[str], prefix: str = "") -> str:
    """The key of a remembered mapping: the normalised headers, each after the kind's
    prefix (customers: none; purchases: 'purchases:')."""
    joined = "\x1f".join(normalise_header(prefix + h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def remember(headers: list[str], mapping: list[str], prefix: str = "") -> None:
    sig = signature(headers, prefix)
    data = json.dumps(mapping, ensure_ascii=False)
    RememberedMapping.insert(signature=sig, mapping=data, used_at=clock.now()).on_conflict(
        conflict_target=[RememberedMapping.signature],
        update={RememberedMapping.mapping: data, RememberedMapping.used_at: clock.now()},
    ).execute()


def recall(headers: list[str], valid, prefix: str = "") -> list[str] | None:
    """The mapping last confirmed for these headers, if its targets are still `valid`."""
    row = RememberedMapping.get_or_none(RememberedMapping.signature == signature(headers, prefix))
    if row is None:
        return None
    mapping = json.loads(row.mapping)
    if len(mapping) != len(headers) or any(t and t not in valid for t in mapping):
        return None
    return mapping
