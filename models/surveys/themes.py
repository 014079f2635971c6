"""What people say (issue 27, item 5): the words of a survey's comments counted per
category (promoters, passives, detractors), the comments that hold a word, and the
themes the user pinned (models/surveys/theme_pins.py) with each one's share of the
comments and its score.

Counting cuts every comment into words (models/surveys/words.py), which is the slow
part (jieba: 100,000 comments take seconds). The words are kept per survey in
survey_theme_cache under a fingerprint of its answers (count, ids, scores and comment
lengths: an answer added, undone, imported or erased changes it): an unchanged survey
reads them back; a changed one cuts again only the comments that are new or different.
The cache is derived data, not a user's change: it is not audited or undone.

A term's count is the number of comments holding it (a comment saying 贵 twice counts
once), its share that count over the category's comments. A theme matches a comment
that contains any of its terms as text (贵 matches 太贵了; English ignoring case)."""

from __future__ import annotations

import heapq
import json
import re
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from models import clock
from models.errors import Cancelled, ValidationError
from models.storage.db import database
from models.surveys import closed_loop, scores, surveys, theme_pins, words
from models.surveys.tables import SCALES, SurveyTheme

CATEGORIES = ("promoters", "passives", "detractors")
_PLURAL = {"promoter": "promoters", "passive": "passives", "detractor": "detractors"}
TOP_DEFAULT, TOP_MAX = 20, 200
COMMENTS_MAX = 500  # comments listed for a term or a theme (newest first)
_CHUNK = 900  # ids per IN (...)


@dataclass
class Words:
    """A survey's comments counted: `sizes` (comments per category) and `counts` (the
    TOP_MAX most frequent terms per category, with the comments holding each); `rows`
    (answer id, score, terms) of every commented answer, read on demand."""

    survey_id: int
    kind: str
    sizes: dict[str, int] = field(default_factory=dict)
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    cached: bool = False  # read back unchanged from survey_theme_cache
    cut: int = 0  # comments cut this time (0 when cached)
    _rows: list[tuple[int, int, str]] | None = None  # the terms joined by _SEP

    @property
    def comments(self) -> int:
        return sum(self.sizes.values())

    @property
    def rows(self) -> list[tuple[int, int, list[str]]]:
        if self._rows is None:
            self._rows = [(i, score, ts) for i, score, _crc, ts in _stored_rows(self.survey_id)]
        return [(i, score, ts.split(_SEP) if ts else []) for i, score, ts in self._rows]

    def ids_with(self, term: str, category: str | None = None) -> list[int]:
        """The answers whose comment holds `term` (as a word), newest first."""
        if self._rows is None:
            self.rows  # noqa: B018 (read them)
        of = _categories(self.kind)
        needle = f"{_SEP}{term}{_SEP}"
        return [i for i, score, ts in reversed(self._rows)
                if needle in f"{_SEP}{ts}{_SEP}"
                and (category is None or of[score] == category)]  # fmt: skip


def _categories(kind: str) -> dict[int, str]:
    """{score: category} over the kind's scale."""
    low, high = SCALES[kind]
    return {s: _PLURAL[closed_loop.category(kind, s)] for s in range(low, high + 1)}


def _fingerprint(survey_id: int) -> str:
    row = database.execute_sql(
        "SELECT COUNT(*), MAX(id), TOTAL(id), TOTAL(score), TOTAL(length(comment)),"
        " TOTAL(unicode(comment)) FROM survey_answer WHERE survey_id = ? AND comment <> ''",
        [survey_id]).fetchone()  # fmt: skip
    return f"{words.version()}|" + "|".join(str(int(v or 0)) for v in row)


def _crc(comment: str) -> int:
    return zlib.crc32(comment.encode("utf-8"))


# the words column: a line per answer, "id<TAB>score<TAB>crc<TAB>terms", the terms
# separated by US (an English term may hold a space)
_SEP = "\x1f"


def _stored_rows(survey_id: int) -> list[tuple[int, int, int, str]]:
    """(answer id, score, crc, terms joined by _SEP) as cached."""
    row = database.execute_sql(
        "SELECT words FROM survey_theme_cache WHERE survey_id = ?", [survey_id]).fetchone()  # fmt: skip
    out = []
    for line in (row[0] if row else "").split("\n"):
        if line:
            i, score, crc, ts = line.split("\t")
            out.append((int(i), int(score), int(crc), ts))
    return out


def _write_cache(counted: Words, fingerprint: str, stored: list) -> None:
    counts = json.dumps({"sizes": counted.sizes, "counts": counted.counts},
                        ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    lines = "\n".join(f"{i}\t{score}\t{crc}\t{ts}" for i, score, crc, ts in stored)
    with database.atomic():
        database.execute_sql(
            "INSERT OR REPLACE INTO survey_theme_cache (survey_id, fingerprint, computed_at,"
            " counts, words) VALUES (?, ?, ?, ?, ?)",
            [counted.survey_id, fingerprint, clock.now().isoformat(" "), counts, lines])  # fmt: skip


def _cached(survey, fingerprint: str) -> Words | None:
    row = database.execute_sql(
        "SELECT fingerprint, counts FROM survey_theme_cache WHERE survey_id = ?", [survey.id]
    ).fetchone()
    if row is None or row[0] != fingerprint:
        return None
    try:
        data = json.loads(row[1])
    except ValueError:  # a damaged cache is counted afresh
        return None
    counts = {c: [(t, n) for t, n in terms] for c, terms in data["counts"].items()}
    return Words(survey.id, survey.kind, data["sizes"], counts, cached=True)


def count_words(survey_id, progress: Callable[[float], None] | None = None,
                cancel=None) -> Words:  # fmt: skip
    """The survey's comments counted: from the cache when the answers did not change,
    else cut again (only new or changed comments) and cached. `progress(fraction)` is
    called as comments are cut; `cancel` (a threading.Event) stops it with Cancelled,
    nothing cached."""
    survey = surveys.get(survey_id)
    fingerprint = _fingerprint(survey.id)
    hit = _cached(survey, fingerprint)
    if hit is not None:
        return hit
    known: dict[int, tuple[int, str]] = {}
    if database.execute_sql("SELECT fingerprint FROM survey_theme_cache WHERE survey_id = ?"
                            " AND fingerprint LIKE ?",
                            [survey.id, words.version() + "|%"]).fetchone():  # fmt: skip
        known = {i: (crc, ts) for i, _score, crc, ts in _stored_rows(survey.id)}
    answers = database.execute_sql(
        "SELECT id, score, comment FROM survey_answer WHERE survey_id = ? AND comment <> ''"
        " ORDER BY id", [survey.id]).fetchall()  # fmt: skip
    words.initialise()
    of = _categories(survey.kind)
    said: dict[str, list[str]] = {c: [] for c in CATEGORIES}  # each comment's terms, joined
    result = Words(survey.id, survey.kind, dict.fromkeys(CATEGORIES, 0), _rows=[])
    stored = []
    total = max(len(answers), 1)
    for n, (answer_id, score, comment) in enumerate(answers):
        if n % 500 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if progress is not None:
                progress(n / total)
        crc = _crc(comment)
        old = known.get(answer_id)
        if old is not None and old[0] == crc:
            ts = old[1]
        else:
            ts = _SEP.join(words.terms(comment))
            result.cut += 1
        stored.append((answer_id, score, crc, ts))
        result._rows.append((answer_id, score, ts))
        category = of.get(score, "detractors")
        result.sizes[category] += 1
        if ts:
            said[category].append(ts)
    for category, joined in said.items():  # one split and count per category (C speed)
        counter = Counter(_SEP.join(joined).split(_SEP)) if joined else Counter()
        best = heapq.nsmallest(TOP_MAX, counter.items(), key=lambda kv: (-kv[1], kv[0]))
        result.counts[category] = best
    if progress is not None:
        progress(1.0)
    _write_cache(result, fingerprint, stored)
    return result


def _check_category(category) -> str | None:
    if category in (None, ""):
        return None
    if category not in CATEGORIES:
        raise ValidationError("category", "theme_category_invalid",
                              f"'{category}' is not a category; use one of: "
                              f"{', '.join(CATEGORIES)}", text=str(category))  # fmt: skip
    return category


def check_top(top) -> int:
    try:
        value = int(str(top).strip())
    except (TypeError, ValueError):
        value = 0
    if not 1 <= value <= TOP_MAX:
        raise ValidationError("top", "theme_top_invalid",
                              f"'{top}' must be a whole number from 1 to {TOP_MAX}",
                              low=1, high=TOP_MAX, text=str(top))  # fmt: skip
    return value


def top_terms(counted: Words, category: str | None = None, top: int = TOP_DEFAULT) -> dict:
    """{category: {"comments": n, "terms": [{"term", "count", "share"}]}}, the most
    frequent first (ties by the term), for one category or all three."""
    category = _check_category(category)
    top = check_top(top)
    out = {}
    for cat in CATEGORIES if category is None else (category,):
        n = counted.sizes.get(cat, 0)
        out[cat] = {"comments": n,
                    "terms": [{"term": t, "count": c, "share": round(c / n * 100, 1)}
                              for t, c in counted.counts.get(cat, [])[:top]]}  # fmt: skip
    return out


def _matching(terms: list[str], column: str = "comment") -> tuple[str, list]:
    """The SQL condition for a comment containing any of `terms` (ASCII ignoring case)."""
    cond = " OR ".join(f"instr(lower({column}), ?) > 0" for _ in terms)
    return f"({cond})", [t.lower() for t in terms]


def theme_figures(survey_id) -> list[dict]:
    """Each pinned theme with `comments` (how many hold one of its terms), `share` (of
    the survey's comments, %) and its score's figures (nps and margin, csat or ces),
    in the order pinned. The comments are read once, lower-cased, for all themes."""
    survey = surveys.get(survey_id)
    pinned = list(SurveyTheme.select().where(SurveyTheme.survey_id == survey.id)
                  .order_by(SurveyTheme.id))  # fmt: skip
    if not pinned:
        return []
    said = database.execute_sql(
        "SELECT score, lower(comment) FROM survey_answer WHERE survey_id = ? AND comment <> ''",
        [survey.id]).fetchall()  # fmt: skip
    out = []
    for theme in pinned:
        terms = words.split_terms(theme.terms)
        search = re.compile("|".join(re.escape(term.lower()) for term in terms)).search
        tally: Counter = Counter(s for s, c in said if search(c))
        n = sum(tally.values())
        out.append({"id": theme.id, "name": theme.name, "terms": terms, "comments": n,
                    "share": round(n / len(said) * 100, 1) if said else None,
                    **scores.figures(survey.kind, dict(tally))})  # fmt: skip
    return out


def summary(survey_id, category=None, top=TOP_DEFAULT, progress=None, cancel=None) -> dict:
    """All that `guanjia surveys themes ID --json` prints: `survey_id`, `type`,
    `comments` (answers with a comment), `cached`, `categories` (top terms per
    category) and `themes` (theme_figures)."""
    category = _check_category(category)
    top = check_top(top)
    counted = count_words(survey_id, progress, cancel)
    return {"survey_id": counted.survey_id, "type": counted.kind,
            "comments": counted.comments, "cached": counted.cached,
            "categories": top_terms(counted, category, top),
            "themes": theme_figures(counted.survey_id)}  # fmt: skip


def _comment_rows(where: str, params: list, limit: int) -> list[dict]:
    rows = database.execute_sql(
        "SELECT a.id, a.customer_id, c.name, a.score, a.comment, a.answered_at, s.kind"
        " FROM survey_answer a JOIN survey s ON s.id = a.survey_id"
        f" LEFT JOIN customer c ON c.id = a.customer_id WHERE {where}"
        " ORDER BY a.answered_at DESC, a.id DESC LIMIT ?", [*params, limit]).fetchall()  # fmt: skip
    return [{"id": i, "customer_id": cid, "customer": name or "", "score": score,
             "category": _PLURAL[closed_loop.category(kind, score)], "comment": comment,
             "answered_at": str(at)[:16]}
            for i, cid, name, score, comment, at, kind in rows]  # fmt: skip


def comments_with_term(counted: Words, term: str, category=None,
                       limit: int = COMMENTS_MAX) -> list[dict]:  # fmt: skip
    """The comments holding `term` as a word (as counted), newest first, at most `limit`:
    {id, customer_id, customer, score, category, comment, answered_at}."""
    ids = counted.ids_with(term, _check_category(category))
    out: list[dict] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out.extend(_comment_rows(f"a.id IN ({marks})", chunk, limit))
    out.sort(key=lambda r: (r["answered_at"], r["id"]), reverse=True)
    return out[:limit]


def comments_with_theme(survey_id, theme_id, category=None,
                        limit: int = COMMENTS_MAX) -> list[dict]:  # fmt: skip
    """The comments a pinned theme matches, newest first (as comments_with_term)."""
    survey = surveys.get(survey_id)
    theme = theme_pins.get_theme(survey.id, theme_id)
    category = _check_category(category)
    cond, params = _matching(words.split_terms(theme.terms), "a.comment")
    where = f"a.survey_id = ? AND a.comment <> '' AND {cond}"
    if category is not None:
        low, high = surveys.scale(survey)
        inside = [
            s
            for s in range(low, high + 1)
            if _PLURAL[closed_loop.category(survey.kind, s)] == category
        ]
        where += f" AND a.score IN ({','.join(str(s) for s in inside) or 'NULL'})"
    return _comment_rows(where, [survey.id, *params], limit)
