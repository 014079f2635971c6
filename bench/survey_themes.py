"""Issue 27's speed target for "what people say": the themes over 100,000 comments < 5 s,
cached after. Run: python bench/survey_themes.py [--unique]

The comments are made from phrases customers write (subjects x opinions, a tenth in
English, a number or product name in some), so phrases repeat as they do in real
comments; --unique adds a few words drawn from the 20,000 commonest of jieba's
dictionary to every comment (no two comments or sentences alike: the worst case for the
cutting, whose memory of phrases no longer helps). Prints: jieba's dictionary load, the first count
(every comment cut), the count read back from the cache, the count after one new
answer (its comment alone cut), the summary with four pinned themes, and a term's
comments."""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.schema.opening import open_database  # noqa: E402
from models.storage.db import database  # noqa: E402
from models.surveys import answers, surveys, theme_pins, themes, words  # noqa: E402

N = 100_000
SUBJECTS = ("价格", "服务", "环境", "质量", "味道", "店员", "停车", "包装", "送货", "会员积分",
            "售后", "排队", "装修", "音乐", "分量", "新品", "优惠活动", "收银", "座位", "卫生间")  # fmt: skip
OPINIONS = ("很好", "不错", "一般", "太贵了", "太慢了", "很差", "很热情", "很干净", "有点乱",
            "还可以", "非常满意", "不太满意", "需要改进", "比上次好", "性价比高", "有问题",
            "让人失望", "超出预期", "很方便", "不方便")  # fmt: skip
ENGLISH = ("great service", "the price is too high", "friendly staff", "slow delivery",
           "clean and quiet", "not worth the money", "will come again", "parking was hard")  # fmt: skip
SPARE_WORDS: list[str] = []  # --unique: common words of jieba's dictionary


def spare_words() -> list[str]:
    """The 20,000 most frequent words of two or more characters in jieba's dictionary."""
    if not SPARE_WORDS:
        import jieba

        path = Path(jieba.__file__).with_name("dict.txt")
        entries = [line.split() for line in path.read_text(encoding="utf-8").splitlines()]
        entries = [(w, int(f)) for w, f, *_ in entries if len(w) >= 2]
        entries.sort(key=lambda e: -e[1])
        SPARE_WORDS.extend(w for w, _f in entries[:20_000])
    return SPARE_WORDS


def comment(rng: random.Random, unique: bool) -> str:
    if rng.random() < 0.1:
        text = ", ".join(rng.sample(ENGLISH, rng.randint(1, 2)))
    else:
        parts = [rng.choice(SUBJECTS) + rng.choice(OPINIONS) for _ in range(rng.randint(1, 3))]
        text = "，".join(parts) + rng.choice(("", "。", "！", "，下次还来"))
    if unique:  # a few words drawn from 20,000: no two comments alike
        text += "，" + "".join(rng.choice(spare_words()) for _ in range(rng.randint(3, 5)))
    return text


def timed(label: str, fn):
    """fn's result; prints its wall and CPU time (the machine may be shared: CPU time is
    what the work costs)."""
    t, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{label}: {time.perf_counter() - t:.2f} s (CPU {time.process_time() - cpu:.2f} s)")
    return result


def main() -> None:
    unique = "--unique" in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db", create=True)
        sid = surveys.create("NPS", "nps")
        rng = random.Random(27)
        start = dt.datetime(2024, 1, 1)
        rows = []
        for n in range(N):
            at = (start + dt.timedelta(minutes=n * 15)).isoformat(" ")
            rows.append((sid, None, rng.randint(0, 10), comment(rng, unique), at, at[:7],
                         "import", "", 0, at))  # fmt: skip
        with database.atomic():
            database.connection().executemany(
                "INSERT INTO survey_answer (survey_id, customer_id, score, comment, answered_at,"
                " month, source, row_key, tagged, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)  # fmt: skip
        chars = sum(len(r[3]) for r in rows)
        print(f"{N} comments, {chars / N:.1f} characters each, unique: {unique}")
        timed("jieba's dictionary", words.initialise)
        first = timed("first count (every comment cut, cached)", lambda: themes.count_words(sid))
        assert first.cut == N
        again = timed("count again (read from the cache)", lambda: themes.count_words(sid))
        assert again.cached
        answers.record(sid, None, 3, "价格太贵了，服务一般", at="2027-01-01 10:00")
        third = timed("count after one new answer", lambda: themes.count_words(sid))
        assert third.cut == 1
        for name, terms in (("价格", "价格,贵,便宜,price"), ("服务", "服务,店员,staff,service"),
                            ("环境", "环境,干净,卫生,装修"), ("速度", "慢,排队,slow")):  # fmt: skip
            theme_pins.add(sid, name, terms)
        got = timed("themes summary (cached words, 4 themes)", lambda: themes.summary(sid))
        print("  top detractor terms:",
              [t["term"] for t in got["categories"]["detractors"]["terms"][:8]])  # fmt: skip
        print("  themes:", [(t["name"], t["share"], t["nps"]) for t in got["themes"]])
        rows = timed("comments holding 价格 (500 newest)",
                     lambda: themes.comments_with_term(third, "价格"))  # fmt: skip
        print(f"  {len(rows)} listed")


if __name__ == "__main__":
    main()
