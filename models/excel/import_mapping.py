"""Which spreadsheet column goes to which customer field: header-row detection, the
proposed mapping (header synonyms in Chinese and English, then the values), and the
mappings users chose, remembered per set of headers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata

from peewee import CharField, DateTimeField, TextField

from models import clock
from models.customers.custom_fields import list_fields
from models.customers.record import TEXT_FIELDS
from models.excel.import_cleaning import text
from models.storage.base import BaseModel

IGNORE = ""  # the target of a column that is not imported
TAGS = "tags"
MULTI = ("name", "notes", "tags", "address")  # several columns may feed these (joined)

# Header words per field, compared after normalise_header(). Order does not matter.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "客户编号", "编号", "客户号", "客户id", "客户代码", "会员号", "会员编号", "会员卡号",
        "卡号", "id", "customer id", "customerid", "customer no", "customer number",
        "client id", "id number", "account number", "member id",
    ),
    "name": (
        "姓名", "客户名称", "客户姓名", "联系人", "联系人姓名", "名称", "客户", "会员姓名",
        "会员名称", "name", "full name", "customer name", "client name", "contact name",
        "contact", "display name", "customer",
    ),
    "mobile": (
        "手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "移动电话", "电话号码",
        "联系人电话", "mobile", "phone", "mobile phone", "mobilephone", "cell", "cell phone",
        "telephone", "tel", "phone number", "mobile number",
    ),
    "wechat": ("微信", "微信号", "微信id", "wechat", "wechat id", "weixin"),
    "email": (
        "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "email", "e mail", "email address",
        "emailid", "mail",
    ),
    "company": (
        "公司", "单位", "公司名称", "工作单位", "企业", "企业名称", "所在公司", "company",
        "company name", "organization", "organisation", "business name",
    ),
    "job_title": ("职位", "职务", "岗位", "头衔", "job title", "title", "position", "designation"),
    "industry": ("行业", "所属行业", "industry"),
    "city": ("城市", "所在城市", "所在地", "city", "billing city", "town"),
    "address": (
        "地址", "联系地址", "详细地址", "通讯地址", "家庭住址", "住址", "收货地址", "address",
        "street", "billing address", "billing street", "address line 1", "address 1",
    ),
    "gender": ("性别", "gender", "sex"),
    "birthday": (
        "生日", "出生日期", "出生年月", "出生年月日", "生日日期", "birthday", "birth date",
        "date of birth", "birthdate", "dob",
    ),
    "source": ("来源", "客户来源", "来源渠道", "渠道", "source", "lead source"),
    "owner": (
        "负责人", "归属人", "跟进人", "销售", "客户经理", "业务员", "所属员工", "owner",
        "owner name", "account owner", "sales rep",
    ),
    "stage": ("生命周期", "阶段", "客户阶段", "生命周期阶段", "stage", "lifecycle", "lifecycle stage"),
    TAGS: ("标签", "客户标签", "tags", "tag", "labels", "label"),
    "notes": (
        "备注", "说明", "备注信息", "notes", "note", "remark", "remarks", "comment", "comments",
        "private notes", "public notes",
    ),
}  # fmt: skip
# Name parts: used for the name only when no column is a whole name (First + Last Name).
NAME_PARTS = (
    "first name", "firstname", "given name", "contact first name", "last name", "lastname",
    "surname", "family name", "contact last name", "姓", "名", "名字",
)  # fmt: skip
_EXACT = {word: field for field, words in SYNONYMS.items() for word in words}
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


def valid_targets() -> list[str]:
    """Every target a column may go to, in the order the wizard lists them."""
    return [*TEXT_FIELDS, TAGS, *(f.key for f in list_fields()), IGNORE]


def _header_field(header: str, custom: dict[str, str]) -> tuple[str, int]:
    """(field, score): 3 for an exact synonym, 2 for a suffix ('公司地址' is an address), 1
    for a contained word; ('', 0) when nothing fits."""
    if not header:
        return IGNORE, 0
    if header in custom:
        return custom[header], 3
    if header in _EXACT:
        return _EXACT[header], 3
    best, score, length = IGNORE, 0, 0
    for word, field in _EXACT.items():
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


def _value_field(values: list) -> str:
    """A field recognised from the values alone: mobiles and emails."""
    cells = [text(v) for v in values]
    cells = [c for c in cells if c]
    if len(cells) < 1:
        return IGNORE
    for field, pattern in (("mobile", _MOBILE), ("email", _EMAIL)):
        hits = sum(1 for c in cells if pattern.match(c.replace(" ", "").replace("-", "")))
        if hits >= 0.8 * len(cells):
            return field
    return IGNORE


def header_score(row: list, custom: dict[str, str]) -> tuple[int, int]:
    """(recognised header words, text cells) of a candidate header row; `custom` maps
    normalised custom field names to their keys."""
    cells = [c for c in row if text(c)]
    if any(isinstance(c, (int, float, dt.date)) and not isinstance(c, bool) for c in cells):
        return 0, 0
    known = sum(1 for c in cells if _header_field(normalise_header(c), custom)[1] >= 2)
    return known, len(cells)


def detect_header_row(rows: list[list], look: int = 30) -> int:
    """Index of the header row: skips titles, notes and blank rows above it. Prefers
    the row with most recognised field names; else the first all-text row at least
    half as wide as the widest row. -1 when the sheet has no rows."""
    sample = rows[:look]
    widest = max((sum(1 for c in r if text(c)) for r in sample), default=0)
    if widest == 0:
        return -1
    custom = {normalise_header(f.name): f.key for f in list_fields()}
    scored = [(i, *header_score(r, custom)) for i, r in enumerate(sample)]
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


def propose(headers: list[str], samples: list[list]) -> list[str]:
    """A target per column from its header (and its values when the header says
    nothing). Each field gets one column, the best-matching and fullest, except the
    fields that join several (name parts, notes, tags, address)."""
    remembered = recall(headers)
    if remembered is not None:
        return remembered
    custom = {normalise_header(f.name): f.key for f in list_fields()}
    width = len(headers)
    columns = [[row[i] if i < len(row) else "" for row in samples] for i in range(width)]
    filled = [sum(1 for v in col if text(v)) for col in columns]
    candidates = []
    for i, header in enumerate(headers):
        norm = normalise_header(header)
        field, score = ("name_part", 1) if norm in NAME_PARTS else _header_field(norm, custom)
        if score == 0:
            field, score = _value_field(columns[i]), 1
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


def signature(headers: list[str]) -> str:
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def remember(headers: list[str], mapping: list[str]) -> None:
    sig = signature(headers)
    data = json.dumps(mapping, ensure_ascii=False)
    RememberedMapping.insert(signature=sig, mapping=data, used_at=clock.now()).on_conflict(
        conflict_target=[RememberedMapping.signature],
        update={RememberedMapping.mapping: data, RememberedMapping.used_at: clock.now()},
    ).execute()


def recall(headers: list[str]) -> list[str] | None:
    """The mapping last confirmed for these headers, if its targets still exist."""
    row = RememberedMapping.get_or_none(RememberedMapping.signature == signature(headers))
    if row is None:
        return None
    mapping = json.loads(row.mapping)
    valid = set(valid_targets())
    if len(mapping) != len(headers) or any(t not in valid for t in mapping):
        return None
    return mapping
