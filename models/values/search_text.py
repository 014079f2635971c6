"""Pure text work behind search: normalising, pinyin, and the texts the search index holds.

Kept free of SQL so it can be tested alone and reused by any backend.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# CJK unified ideographs (basic + extension A + compatibility); enough for names and notes.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_WORD_RE = re.compile(r"[0-9a-z]+")
_PHONEISH_RE = re.compile(r"^[0-9+\-() ]+$")


def normalise(text: str) -> str:
    """NFKC (full-width to half-width), lower case, trimmed, inner whitespace folded."""
    text = text or ""
    text = (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()
    return " ".join(text.split())


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


# Surnames whose reading differs from the character's commonest one.
SURNAME_PINYIN = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "查": "zha",
    "区": "ou",
    "仇": "qiu",
    "朴": "piao",
}
_ALL_CJK = re.compile(f"^[{_CJK}]{{1,4}}$")


def lazy_pinyin(text: str, **options) -> list[str]:
    """pypinyin.lazy_pinyin, the library loaded on the first call."""
    # Deliberate lazy load for start-up time: pypinyin's dictionaries take ~0.4 s to load.
    from pypinyin import lazy_pinyin as read

    return read(text, **options)


@cache
def char_syllable(ch: str) -> str:
    return lazy_pinyin(ch)[0]


def _syllables(name: str) -> list[str]:
    """Pinyin of a name. Personal names (1-4 CJK characters) go character by character
    through a cache, with the surname's own reading (曾 zeng): pypinyin's phrase
    segmentation costs ~40 us a name, too slow for imports of 100k customers and of no
    use for given names. Anything else goes through pypinyin whole."""
    if _ALL_CJK.match(name):
        first = SURNAME_PINYIN.get(name[0]) or char_syllable(name[0])
        return [first, *(char_syllable(ch) for ch in name[1:])]
    return lazy_pinyin(name, errors="ignore")


@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, str, str]:
    """(syllables "zhang san", joined "zhangsan", initials "zs") for a Chinese name, else ''s."""
    if not has_cjk(name):
        return "", "", ""
    syllables = [s for s in _syllables(name) if s.isascii() and s.isalpha()]
    initials = "".join(s[0] for s in syllables)
    return " ".join(syllables), "".join(syllables), initials


def name_sort_key(name: str) -> str:
    """Sort key that puts Chinese names in pinyin order among Latin ones (张三 near 'zhang')."""
    name = normalise(name)
    if has_cjk(name):
        return " ".join(_syllables(name)) + " " + name
    return name


# How many leading characters a text sort key reads as words (pypinyin's segmenter and
# phrase readings: 重庆 chong qing, 长江 chang jiang, 银行 yin hang); past them, where
# an order is rarely decided, characters go one by one through a cache. Phrase reading
# costs 60-300 us a text, too slow for a million addresses: each run of CJK characters
# is read once (cached), so the street of many house numbers costs one reading.
_PHRASE_PREFIX = 16
_KEY_LENGTH = 120  # characters of a key: enough to order, small for the index


@lru_cache(maxsize=65536)
def _run_syllables(run: str) -> str:
    """A run of CJK characters read as words; runs repeat (the street of many numbers)."""
    return f" {' '.join(lazy_pinyin(run))} "


_CJK_RUNS = re.compile(f"([{_CJK}]+)")


@lru_cache(maxsize=16384)  # cities, owners, industries repeat
def text_sort_key(text: str) -> str:
    """Sort key for any text column: Chinese in pinyin order among Latin text ("ABC科技"
    -> "abc ke ji", 北京 "bei jing" just before "beijing"), the text itself after it to
    keep 张 and 章 apart. Empty text has the empty key (the sort puts it last)."""
    text = normalise(text)
    if not has_cjk(text):
        return text[:_KEY_LENGTH]
    head, rest = text[:_PHRASE_PREFIX], text[_PHRASE_PREFIX:]
    runs = _CJK_RUNS.split(head)  # odd positions are the CJK runs
    spelled = "".join(_run_syllables(r) if i % 2 else r for i, r in enumerate(runs))
    spelled += rest.translate(_SYLLABLES)
    return (" ".join(spelled.split()) + " " + text)[:_KEY_LENGTH]


class _CharTable(dict):
    """A str.translate() table filled on first sight of each character: CJK characters
    become `cjk(ch)`, others stay. Translating in C is ~10x faster than re.sub here."""

    def __init__(self, cjk):
        super().__init__()
        self._cjk = cjk

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = self[code] = self._cjk(ch) if _CJK_RE.match(ch) else ch
        return value


_SPACED = _CharTable(lambda ch: f" {ch} ")
_BLANKED = _CharTable(lambda ch: " ")
_SYLLABLES = _CharTable(lambda ch: f" {char_syllable(ch)} ")


def space_cjk(text: str) -> str:
    """Put spaces around every CJK character so each becomes its own token (unicode61)."""
    return text if text.isascii() else text.translate(_SPACED)


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class SearchBodies:
    """The two texts indexed per customer: `words` (CJK chars + words) and `ascii` (substrings)."""

    words: str
    ascii: str


def customer_bodies(
    *,
    name: str,
    number: str = "",
    mobile: str = "",
    wechat: str = "",
    email: str = "",
    company: str = "",
    notes: str = "",
    pinyin: tuple[str, str, str] | None = None,
) -> SearchBodies:
    """`pinyin` may be given precomputed (bulk loads); else it comes from name_pinyin()."""
    syllables, joined, initials = pinyin or name_pinyin(normalise(name))
    fields = [normalise(v) for v in (name, number, mobile, wechat, email, company, notes)]
    words = " ".join([space_cjk(v) for v in fields] + [syllables, joined, initials])
    # The ASCII body keeps only what trigram substring search is for: Latin text and digit runs.
    ascii_parts = [v if v.isascii() else v.translate(_BLANKED) for v in fields]
    phone_digits = digits_only(mobile)
    ascii_parts += [phone_digits, joined]
    return SearchBodies(" ".join(words.split()), " ".join(" ".join(ascii_parts).split()))


@dataclass(frozen=True)
class QueryPlan:
    """How a search box text splits across the two indexes; every term must match (AND)."""

    word_terms: tuple[str, ...]  # matched as phrase-prefix in the words index
    substring_terms: tuple[str, ...]  # matched as substrings (3+ ASCII characters)

    @property
    def empty(self) -> bool:
        return not self.word_terms and not self.substring_terms


def plan_query(text: str) -> QueryPlan:
    """Route each whitespace-separated term to the index that answers it exactly.

    - any term with CJK: the words index, as a phrase of single characters (exact for
      1- and 2-character queries, which trigram indexes cannot answer);
    - a phone-like term with 3+ digits: its digits, as a substring;
    - other ASCII terms of 3+ characters: substring (trigram);
    - 1-2 ASCII characters: word prefix ("zs" finds the initials of 张三).
    """
    word_terms: list[str] = []
    substring_terms: list[str] = []
    raw = normalise(text)
    # "138 1234 5678" is one phone number typed with spaces, not three terms.
    if _PHONEISH_RE.match(raw) and len(digits_only(raw)) >= 3:
        return QueryPlan((), (digits_only(raw),))
    for term in raw.split():
        if has_cjk(term):
            tokens = space_cjk(term).split()
            tokens = [t for t in tokens if has_cjk(t) or _WORD_RE.search(t)]
            if tokens:
                word_terms.append(" ".join(tokens))
        elif _PHONEISH_RE.match(term) and len(digits_only(term)) >= 3:
            substring_terms.append(digits_only(term))
        elif len(term) >= 3:
            substring_terms.append(term)
        elif _WORD_RE.search(term):
            word_terms.append(" ".join(_WORD_RE.findall(term)))
    return QueryPlan(tuple(word_terms), tuple(substring_terms))
