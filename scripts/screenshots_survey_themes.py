"""Screenshots of "What people say" (ui/surveys/themes_view.py) alone, in English and
Chinese: a survey of 400 made-up answers whose comments promoters and detractors word
differently, three pinned themes, a term's comments listed.

Usage: .venv/bin/python scripts/screenshots_survey_themes.py [--out DIR]
(writes survey_themes_en.png and survey_themes_zh_CN.png; the Surveys page shows the
view as its tab once it is built: scripts/screenshots.py takes the page itself)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOOD = ("服务很好", "店员很热情", "环境干净", "质量不错", "性价比高", "下次还来", "非常满意")
BAD = ("价格太贵了", "等了很久", "排队太久", "服务态度差", "质量有问题", "停车不方便", "送货太慢")


def survey_with_comments() -> int:
    from models.schema.opening import open_database
    from models.surveys import answers, surveys, theme_pins

    folder = tempfile.mkdtemp(prefix="guanjia-themes-")
    os.environ["GUANJIA_HOME"] = folder
    open_database(Path(folder) / "themes.db", create=True)
    sid = surveys.create("门店NPS", "nps")
    rng = random.Random(27)
    start = dt.datetime(2026, 11, 1, 9, 0)
    for n in range(400):
        score = rng.randint(0, 10)
        pool = GOOD if score >= 9 else BAD if score <= 6 else GOOD + BAD
        comment = "，".join(rng.sample(pool, rng.randint(1, 3)))
        answers.record(sid, None, score, comment, at=start + dt.timedelta(minutes=37 * n))
    for name, terms in (
        ("价格", "价格,贵,便宜"),
        ("服务", "服务,店员,态度"),
        ("速度", "慢,久,排队"),
    ):
        theme_pins.add(sid, name, terms)
    return sid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "guanjia-shots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    from desktop import translations

    sid = survey_with_comments()
    from ui.surveys.themes_view import ThemesView

    page = QWidget()
    page.undo_stack = QUndoStack(page)
    view = ThemesView(None, page)
    view.resize(1280, 720)
    view.show()
    for lang in ("en", "zh_CN"):
        translations.apply(lang)
        view.set_survey(sid)
        view.wait()
        app.processEvents()
        view.themes_table.selectRow(0)
        view.show_term("太贵")
        app.processEvents()
        view.chart.canvas.draw()
        app.processEvents()
        path = out / f"survey_themes_{lang}.png"
        view.grab().save(str(path))
        print(path)
    translations.apply("en")


if __name__ == "__main__":
    main()
