"""The words people write for a customer's coded choices (gender, source channel, stage),
in Chinese and English, compared after NFKC and case folding; the codes themselves are
accepted too. Imports read cells with them (models/excel/import_cleaning.py), exports
write the first word (models/excel/customer_export.py), and the funnel's costs take a
channel as a word (models/insights/funnel_costs.py)."""

from __future__ import annotations

import unicodedata

CHOICE_WORDS = {
    "gender": {
        "male": ("男", "男性", "先生", "m", "man"),
        "female": ("女", "女性", "女士", "小姐", "f", "woman"),
    },
    "source": {
        "website": ("官网", "网站", "web", "site"),
        "ads": ("投放", "广告", "advertising", "ad"),
        "content": ("内容", "内容营销"),
        "event": ("活动", "展会", "会议"),
        "referral": ("转介绍", "介绍", "推荐", "老客户介绍"),
        "walk_in": ("门店", "到店", "进店", "walkin", "walk-in", "store"),
        "phone": ("电话", "电话咨询", "telephone"),
        "wechat": ("微信", "公众号", "小程序", "weixin"),
        "other": ("其他", "其它"),
    },
    "stage": {
        "lead": ("潜在客户", "潜在", "线索", "potential"),
        "new": ("新客户", "新客", "new customer"),
        "active": ("活跃客户", "活跃", "忠实客户", "忠实", "老客户", "loyal"),
        "dormant": ("沉睡客户", "沉睡", "流失风险", "at risk"),
        "churned": ("流失客户", "流失", "已流失", "lost"),
    },
}


def folded(text: str) -> str:
    """A word as compared: NFKC (full-width letters), trimmed, case folded."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def word_index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each code and word of `table` (code -> words), folded, to its code."""
    return {folded(word): code for code, words in table.items() for word in (code, *words)}
