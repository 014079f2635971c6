"""The words of a survey comment (issue 27, "what people say"): Chinese cut into words
by jieba (its precise mode, with its HMM for words not in its dictionary), English
split on what is not a letter and lower-cased; stop words dropped (resources/surveys/:
the Chinese list from Stopwords ISO, edited, and an English one written for Guanjia;
each file says where it came from), and anything without a letter (numbers,
punctuation, emoji). A comment's terms are its distinct words, in the order first met.

jieba cuts a run of Chinese characters on its own (it splits a text at what is not
Chinese anyway), so each run is cut once and remembered: comments repeat their
phrases (很满意, 服务很好) and a second meeting costs a dictionary look-up.

A negation is kept with the word it denies: 不 满意 is the term 不满意 (not 满意), 没 有用
is 没有用, "not good" is one term; a negation alone is a stop word."""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from functools import lru_cache

import jieba

from resources import SURVEYS_DIR

# bump when the cutting changes: cached words of an older cutting are cut again
CUTTING = 3
_ENGLISH_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_SPLIT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_ready = threading.Lock()
_initialised = False


def _read_list(name: str) -> frozenset[str]:
    text = (SURVEYS_DIR / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Both lists, as one set (lower-case)."""
    return _read_list("stopwords_zh.txt") | _read_list("stopwords_en.txt")


@lru_cache(maxsize=1)
def version() -> str:
    """The cutting's version and the stop words' digest: words cached under another
    version are cut again (a new stop-word list changes every comment's terms)."""
    digest = hashlib.sha1("\n".join(sorted(stop_words())).encode("utf-8")).hexdigest()[:12]
    return f"{CUTTING}-{digest}"


def initialise() -> None:
    """Load jieba's dictionary (about a second the first time on a machine, then read
    from its cache file), quietly: jieba logs its loading on stderr otherwise."""
    global _initialised
    if _initialised:
        return
    with _ready:
        if not _initialised:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            for word in COMMENT_WORDS:
                jieba.add_word(word)
            _initialised = True


NEGATIONS_ZH = frozenset(("不", "没", "没有", "不太", "不是", "别", "未", "不够"))
NEGATIONS_EN = frozenset(("not", "no", "never", "don't", "didn't", "isn't", "wasn't"))
# what follows a negation without being its word (不了 is not a term; 没有用 is)
PARTICLES = frozenset("了的吗呢吧啊呀哦嘛得地着过")
# words of customers' comments jieba's dictionary cuts in two (还 行): added to it
COMMENT_WORDS = ("还行", "还可以", "还不错", "一般般", "性价比", "服务态度", "回头客")


def _keep(tokens, negations: frozenset[str], joiner: str) -> list[str]:
    """The tokens without stop words, each negation joined to the word after it."""
    stops = stop_words()
    out: list[str] = []
    pending = ""
    for token in tokens:
        if token in negations:
            pending += token + joiner if joiner else token
            continue
        if token in stops and not (pending and token not in PARTICLES):
            continue
        out.append(pending + token)
        pending = ""
    return out


@lru_cache(maxsize=50_000)  # ~10 MB at most; repeated phrases stay in it
def _cut_run(run: str) -> tuple[str, ...]:
    return tuple(_keep(jieba.cut(run, HMM=True), NEGATIONS_ZH, ""))


def words(comment: str) -> list[str]:
    """The comment's words in order (repeats kept), stop words left out."""
    initialise()
    out: list[str] = []
    for i, part in enumerate(_SPLIT.split(comment or "")):
        if not part:
            continue
        if i % 2:  # a run of Chinese characters
            out.extend(_cut_run(part))
        else:
            found = [w.replace("’", "'") for w in _ENGLISH_WORD.findall(part.lower())]
            out.extend(_keep([w for w in found if len(w) > 1], NEGATIONS_EN, " "))
    return out


def terms(comment: str) -> list[str]:
    """The comment's distinct words, in the order first met."""
    return list(dict.fromkeys(words(comment)))


def split_terms(text) -> list[str]:
    """A theme's terms as the user typed them: separated by commas (, ，), 、, ; or
    spaces; blanks dropped, repeats (any case) kept once."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,，、;；\s]+", str(text or "")):
        part = part.strip()
        if part and part.lower() not in seen:
            seen[part.lower()] = part
    return list(seen.values())
