"""The 客户之声 Surveys page for scripts/screenshots.py: a survey with a month of answers
made once (typed in, with their closed loop), the page with its Answers tab, the
Targets tab, the fast entry screen with a customer found and a score typed, the survey
dialog; a custom survey with questions: its Results tab and its response form.

Alone (the page at 1280x720 in Chinese and English, on a small demo database):
    .venv/bin/python scripts/screenshots_surveys.py [--out DIR]"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COMMENTS = ("服务很热情", "排队太久", "价格有点高", "环境干净", "会推荐给朋友", "", "等了半小时",
            "店员很专业")  # fmt: skip


def _surveys_once() -> int:
    """The demo's survey (made once): NPS of this month for the VIP tag's customers."""
    import datetime as dt

    from models import clock
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.surveys import answers, surveys

    found = [r for r in surveys.rows() if r["name"] == "门店满意度 NPS"]
    if found:
        return found[0]["id"]
    today = clock.today()
    first = today.replace(day=1)
    sid = surveys.create("门店满意度 NPS", "nps", period_from=first, target="近三个月到店",
                         target_kind="buyers", target_ref=f"{first - dt.timedelta(days=90)}..")  # fmt: skip
    surveys.create("售后满意度", "csat", target_kind="complainants", target_ref="..")
    ids = customer_list.matching_ids(CustomerFilter())[:60]
    scores = (10, 9, 3, 8, 10, 6, 9, 7, 10, 2, 9, 8)
    for n, cid in enumerate(ids):
        at = dt.datetime.combine(today - dt.timedelta(days=n % 20), dt.time(9 + n % 9, n % 60))
        answers.record(sid, cid, scores[n % len(scores)], COMMENTS[n % len(COMMENTS)], at)
    return sid


def _custom_once() -> int:
    """The demo's custom survey with questions and a few responses (made once)."""
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.surveys import questions, responses, surveys

    found = [r for r in surveys.rows() if r["name"] == "口味调查"]
    if found:
        return found[0]["id"]
    sid = questions.create_custom("口味调查", [
        "您是怎么知道我们的？|single|朋友介绍;网上;路过", "您喜欢哪些菜？|multiple|红烧肉;清蒸鱼;小炒",
        "整体满意度|rating|1-5", "还有什么建议？|text"])  # fmt: skip
    ids = customer_list.matching_ids(CustomerFilter())[:24]
    for n, cid in enumerate(ids):
        responses.record(sid, cid, {1: 1 + n % 3, 2: "1;3" if n % 2 else str(2 + n % 2),
                                    3: 3 + n % 3, 4: COMMENTS[n % len(COMMENTS)]})  # fmt: skip
    return sid


def shoot_custom(app, window, out: Path, lang: str, shot, settle) -> None:
    page = window.surveys_page
    sid = _custom_once()
    page.refresh()
    page.select(sid)
    page.tabs.setCurrentWidget(page.results_view)
    settle()
    shot(window, out / f"survey_results_{lang}.png")
    dialog = page.answers_view.enter_answers()
    dialog.picker.search.setText("张")
    dialog.picker.refresh()
    dialog.answers[0].buttons[0].setChecked(True)
    dialog.answers[1].buttons[2].setChecked(True)
    dialog.answers[2].edit.setValue(4)
    dialog.answers[3].edit.setText("多放辣" if lang == "zh_CN" else "More spice")
    settle()
    shot(dialog, out / f"survey_response_form_{lang}.png")
    dialog.close()


def shoot_surveys(app, window, out: Path, lang: str, shot) -> None:
    sid = _surveys_once()

    def settle():
        for _ in range(6):
            app.processEvents()
            time.sleep(0.05)

    window.sidebar.select(("page", window.sidebar.SURVEYS))
    page = window.surveys_page
    page.refresh()
    page.select(sid)
    page.tabs.setCurrentWidget(page.answers_view)
    settle()
    shot(window, out / f"surveys_{lang}.png")
    page.tabs.setCurrentWidget(page.targets_view)
    settle()
    shot(window, out / f"survey_targets_{lang}.png")
    page.tabs.setCurrentWidget(page.answers_view)
    dialog = page.answers_view.enter_answers()
    dialog.picker.search.setText("张")
    dialog.picker.refresh()
    dialog.score.setText("9")
    dialog.comment.setText("服务很热情" if lang == "zh_CN" else "Friendly staff")
    dialog.status.setText(dialog.outcome_text(page.answers_view.rows[0]["id"], "王芳"))
    settle()
    shot(dialog, out / f"survey_entry_{lang}.png")
    dialog.close()
    edit = page.edit_survey()
    settle()
    shot(edit, out / f"survey_dialog_{lang}.png")
    edit.reject()
    settle()
    shoot_custom(app, window, out, lang, shot, settle)


def main() -> int:
    from app_fixture import demo_database, start_application

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--customers", type=int, default=300)
    args = parser.parse_args()
    demo_database(args.customers, None, tempfile.mkdtemp(prefix="guanjia-shots-"))
    from desktop import translations
    from desktop.main_window import MainWindow

    app, settings = start_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def shot(widget, path: Path) -> None:
        widget.grab().save(str(path))

    for lang in ("zh_CN", "en"):
        translations.apply(lang)
        window = MainWindow(settings)
        window.resize(1280, 720)
        window.show()
        shoot_surveys(app, window, out, lang, shot)
        window.close()
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
