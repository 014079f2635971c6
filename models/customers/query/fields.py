"""What the search language can ask: every field by its Chinese and English names, its
kind (how the compiler reads a value for it) and the words its choices go by.

Why here, on the customers floor: the list, its counts, exports and saved views all
filter through CustomerFilter on this floor, so the compiler must live here too. The
domains above (purchases' RFM, complaints, communities, membership, surveys) keep their
fields' columns on the customer row (spend, RFM) or in tables the compiler probes by
name in portable SQL (complaint, community_member, member, survey_answer), as
customer_filter.community_conditions already does: this floor imports nothing from
above, and a new domain adds its field here, in one place (FIELDS and, for a table of
its own, one compile function in compiler.py). Codes the domains own (RFM segments,
open complaint statuses) are repeated here; tests/test_query_fields.py checks they
agree with their owners.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from models.customers.custom_fields import list_fields
from models.customers.query.errors import QueryError
from models.values.search_text import lazy_pinyin, normalise


@dataclass(frozen=True)
class Field:
    key: str  # "city", "spend", ... or "cf:<id>" for a custom field
    kind: str  # text, choice, tag, group, money, count, past, future, birthday, rfm,
    #            score, complaint, community, level, points, nps, custom_*
    zh: tuple[str, ...]
    en: tuple[str, ...]
    slow: bool = False  # no index answers it: a scan of the customers (said in the help)
    column: str = ""  # the customer column (text, choice, money, count, dates)

    @property
    def label(self) -> str:
        return self.zh[0] if self.zh else self.en[0]


def _f(key, kind, zh, en, slow=False, column=None) -> Field:
    return Field(key, kind, tuple(zh.split()), tuple(en.split()), slow, column or key)


FIELDS: tuple[Field, ...] = (
    _f("tag", "tag", "标签", "tag tags"),
    _f("group", "group", "分组 标签组", "group"),
    _f("name", "text", "姓名 名字", "name", slow=True),
    _f("number", "text", "编号 客户编号", "number"),
    _f("mobile", "text", "手机 电话 手机号", "mobile phone", slow=True),
    _f("wechat", "text", "微信 微信号", "wechat", slow=True),
    _f("email", "text", "邮箱 电邮", "email", slow=True),
    _f("company", "text", "公司 单位", "company", slow=True),
    _f("job_title", "text", "职位 职务", "title job", slow=True),
    _f("industry", "text", "行业", "industry", slow=True),
    _f("city", "text", "城市 地区", "city", slow=True),
    _f("address", "text", "地址", "address", slow=True),
    _f("owner", "text", "负责人", "owner", slow=True),
    _f("notes", "text", "备注", "notes note", slow=True),
    _f("gender", "choice", "性别", "gender sex", slow=True),
    _f("source", "choice", "来源 渠道", "source", slow=True),
    _f("stage", "choice", "阶段 生命周期", "stage", slow=True),
    _f("lead_grade", "choice", "线索等级", "grade"),
    _f("spend", "money", "消费 消费额 累计消费", "spend", column="total_spend_cents"),
    _f("purchases", "count", "次数 购买次数", "purchases", column="purchase_count"),
    _f("last_purchase", "past", "最近购买 最后购买", "last_purchase", column="last_purchase_at"),
    _f("last_contact", "past", "最近联系 最后联系", "last_contact", column="last_contact_at"),
    _f("next_followup", "future", "下次跟进", "next_followup", column="next_followup_at"),
    _f("birthday", "birthday", "生日", "birthday"),
    _f("created", "past", "创建 创建时间 添加", "created", column="created_at"),
    _f("rfm", "rfm", "分群 RFM分群", "rfm segment", column="rfm_segment"),
    _f("r", "score", "R", "recency"),
    _f("f", "score", "F", "frequency"),
    _f("m", "score", "M", "monetary"),
    _f("complaint", "complaint", "投诉", "complaint complaints"),
    _f("community", "community", "社群", "community"),
    _f("level", "level", "会员等级 等级", "level"),
    _f("points", "points", "积分", "points", slow=True),
    _f("nps", "nps", "NPS 推荐", "nps", slow=True),
)
BY_KEY = {f.key: f for f in FIELDS}

# Choice values: code -> the words it goes by (the window's Chinese labels, English,
# the code itself). The first word is what completion and chips show.
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "gender": {"male": ("男", "male", "m"), "female": ("女", "female", "f")},
    "source": {
        "website": ("官网", "网站", "website"),
        "ads": ("投放", "广告", "ads"),
        "content": ("内容", "内容型", "content"),
        "event": ("活动", "event"),
        "referral": ("转介绍", "介绍", "referral"),
        "walk_in": ("门店", "到店", "walk_in", "walk-in"),
        "phone": ("电话", "phone"),
        "wechat": ("微信", "wechat"),
        "other": ("其他", "other"),
        "community": ("社群", "community"),
        "import": ("导入", "import"),
    },
    "stage": {
        "lead": ("潜在客户", "线索", "lead"),
        "new": ("新客户", "新建", "new"),
        "active": ("活跃客户", "活跃", "active"),
        "dormant": ("沉睡客户", "沉睡", "dormant"),
        "churned": ("流失客户", "流失", "churned"),
    },
    "lead_grade": {g: (g, g.lower()) for g in "ABCD"},
    # models/purchases/rfm.py SEGMENT_NAMES_ZH (the purchases floor is above this one)
    "rfm": {
        "important_value": ("重要价值客户", "重要价值", "important_value"),
        "important_development": ("重要发展客户", "重要发展", "important_development"),
        "important_retention": ("重要保持客户", "重要保持", "important_retention"),
        "important_winback": ("重要挽留客户", "重要挽留", "important_winback"),
        "general_value": ("一般价值客户", "一般价值", "general_value"),
        "general_development": ("一般发展客户", "一般发展", "general_development"),
        "general_retention": ("一般保持客户", "一般保持", "general_retention"),
        "general_winback": ("一般挽留客户", "一般挽留", "general_winback"),
    },
    "complaint": {
        "any": ("有", "yes", "any"),
        "none": ("无", "没有", "no", "none"),
        "open": ("未结", "未解决", "open"),
        "overdue": ("逾期", "超时", "overdue"),
    },
    "nps": {
        "promoter": ("推荐者", "promoter"),
        "passive": ("中立者", "被动者", "passive"),
        "detractor": ("贬损者", "批评者", "detractor"),
    },
}
# models/complaints/vocabulary.py OPEN_STATUSES
OPEN_COMPLAINT_STATUSES = ("new", "responded", "in_progress")
NPS_SCORES = {"promoter": (9, 10), "passive": (7, 8), "detractor": (0, 6)}

EMPTY_WORDS = {"空", "无", "没有", "empty", "none"}
PRESENT_WORDS = {"有", "非空", "any", "exists"}


def all_fields(custom: list | None = None) -> list[Field]:
    """The built-in fields and the custom ones (CustomField rows, read when None)."""
    if custom is None:
        custom = list_fields()
    return [*FIELDS, *(Field(c.key, f"custom_{c.kind}", (c.name,), (), slow=True,
                             column=str(c.id)) for c in custom)]  # fmt: skip


def names_of(fields: list[Field]) -> dict[str, Field]:
    """{normalised name: field} over every name of `fields`."""
    out: dict[str, Field] = {}
    for field in fields:
        for name in (*field.zh, *field.en):
            out.setdefault(normalise(name), field)
    return out


def find_field(name: str, start: int, end: int, fields: list[Field]) -> Field:
    """The field `name` names; QueryError (with a did-you-mean) when none does."""
    names = names_of(fields)
    found = names.get(normalise(name))
    if found is not None:
        return found
    hint = did_you_mean(name, [n for f in fields for n in (*f.zh, *f.en)])
    if hint:
        raise QueryError("query_unknown_field_hint", start, end, term=name, hint=hint)
    raise QueryError("query_unknown_field", start, end, term=name)


def did_you_mean(text: str, candidates: list[str]) -> str:
    """The candidate closest to `text` (rapidfuzz), or '' when none is close."""
    # Deliberate lazy load for start-up time: only a mistyped name needs it.
    from rapidfuzz import fuzz, process

    best = process.extractOne(normalise(text), {c: normalise(c) for c in candidates},
                              scorer=fuzz.ratio, score_cutoff=50)  # fmt: skip
    return best[2] if best else ""


def choice_code(field: Field, value: str, start: int, end: int) -> str:
    """The code a choice word means (微信 -> wechat); QueryError otherwise."""
    words = CHOICES[field.kind if field.kind in CHOICES else field.key]
    wanted = normalise(value)
    for code, names in words.items():
        if wanted == code or wanted in (normalise(n) for n in names):
            return code
    hint = did_you_mean(value, [names[0] for names in words.values()])
    code = "query_bad_value_hint" if hint else "query_bad_value"
    raise QueryError(code, start, end, value=value, field=field.label, hint=hint)


@cache
def initials(name: str) -> str:
    """Pinyin initials of a Chinese name (城市 -> cs), '' for Latin ones."""
    if name.isascii():
        return ""
    return "".join(s[0] for s in lazy_pinyin(name, errors="ignore") if s)
