"""The survey answers kind of import (issue 27), on the engine (import_engine.py): the
answers of ONE survey (Options.survey) as 问卷星 and 腾讯问卷 export them.

Columns: 序号, 提交答卷时间 (腾讯问卷: 提交时间), 所用时间, 来源, 来自IP, then one column per
question, its text as the header: the score question is found by the words it ends with
or holds (推荐的可能性, 满意, 评分, 打分...), the comment by 原因, 建议, 意见...; a mobile
or name column when the survey asked for it. 所用时间, 来源 and 来自IP are not imported.

A row is matched to a customer by mobile, then exact name (a name several customers
share is an error row naming the candidates; the review picks one, name_picks.py);
an unmatched answer is kept as anonymous. Refused rows (errors): a score outside the
survey's scale, a customer in the recycle bin. Skipped (DUPLICATE, values["skip"]):
a row imported before (the same 序号 and time: importing the same file twice adds
nothing), an answer the customer already gave at that time, the same row twice.
Each matched answer starts its closed loop (models/surveys/closed_loop.py) in the
import's transaction; undo by the run removes its answers with their follow-ups and
the 推荐者 tags they gave."""

from __future__ import annotations

from dataclasses import dataclass, field

from models import clock
from models.errors import ValidationError
from models.excel import (
    community_member_import,
    customer_writing,
    import_engine,
    import_mapping,
    import_types,
    name_picks,
)
from models.excel.import_engine import tick
from models.excel.import_records import ImportRun, UndoReport
from models.excel.import_types import (
    DUPLICATE,
    ERROR,
    NEW,
    ImportKind,
    Plan,
    Problem,
    Requirement,
    RowPlan,
    Written,
)
from models.excel.record_import import fail, moment, phone, short_text
from models.storage import audit
from models.storage.bulk import insert_rows
from models.storage.db import database
from models.surveys import answers, closed_loop, questions, surveys
from models.surveys.tables import SurveyAnswer

TARGETS = ("seq", "answered_at", "name", "mobile", "score", "comment")
WORDS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "答卷编号", "no", "number"),
    "answered_at": ("提交答卷时间", "提交时间", "答题时间", "填写时间", "结束答题时间",
                    "submitted", "submitted at", "submission time"),
    "name": ("姓名", "您的姓名", "你的姓名", "称呼", "您的称呼", "name", "your name"),
    "mobile": ("手机", "手机号", "手机号码", "您的手机号", "您的手机号码", "联系电话", "电话",
               "mobile", "phone", "phone number"),
    "score": ("推荐的可能性", "推荐可能性", "推荐意愿", "推荐给朋友", "满意度", "满意程度",
              "是否满意", "评分", "打分", "分数", "容易程度", "费力程度", "score", "rating"),
    "comment": ("原因", "理由", "建议", "意见", "评价", "留言", "comment", "feedback", "why"),
}  # fmt: skip
SKIPS = ("already", "same")


@dataclass
class Options(import_types.Options):
    survey: int | None = None
    picks: dict[int, int | None] = field(default_factory=dict)

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        surveys.get(self.survey)
        if questions.has_questions(self.survey):  # its own columns: models/surveys/responses.py
            raise ValidationError("survey", "survey_custom_import",
                                  "this survey asks its own questions: import its answers with"
                                  " guanjia surveys import ID FILE")  # fmt: skip
        super().check()

    def recorded(self) -> dict:
        return {"survey": self.survey, "picks": {str(k): v for k, v in self.picks.items()},
                "on_error": self.on_error}  # fmt: skip


@dataclass
class Result:
    import_id: int | None
    imported: int  # answers written
    matched: int  # of them, matched to a customer
    anonymous: int  # of them, kept without a customer
    skipped: int  # imported before, answered already, the same row twice
    errors: int  # rows with errors, the ambiguous names among them
    ambiguous: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


ambiguous_rows = name_picks.ambiguous_rows


def outcome(plan: Plan, written: Written | None = None, import_id=None) -> Result:
    new = [r for r in plan.rows if r.action == NEW]
    matched = sum(1 for r in new if r.values.get("customer") is not None)
    counts = plan.counts
    return Result(import_id, len(new), matched, len(new) - matched, counts[DUPLICATE],
                  counts[ERROR], len(ambiguous_rows(plan)))  # fmt: skip


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    if row.values.get("skip") == "already":
        return "imported before, or the customer already answered at that time"
    return f"same answer as row {row.duplicate_of}"


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        "seq": short_text(50, "seq"),
        "answered_at": lambda value: moment(value, date1904, "answered_at")[0],
        "name": short_text(200, "name"),
        "mobile": phone,
        "score": _score_cell,
        "comment": short_text(answers.MAX_COMMENT, "comment"),
    }


def _score_cell(value) -> str:
    """9, 9.0, "9", "9分" (腾讯问卷) -> "9"; anything else is left for check_score to refuse."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().removesuffix("分").strip()


def _row_key(seq, at) -> str:
    return f"{seq or ''}|{at:%Y-%m-%d %H:%M}"


def _classify(plan: Plan) -> None:
    options: Options = plan.options
    survey = surveys.get(options.survey)
    n = len(plan.rows)
    empty = [None] * n
    col = {t: plan.columns.get(t, empty) for t in TARGETS}
    mobiles = customer_writing.find("mobile", set(col["mobile"]) - {None, ""})
    names = community_member_import.customers_named(
        {name for name, mobile in zip(col["name"], col["mobile"], strict=True)
         if name and mobile not in mobiles})  # fmt: skip
    now = clock.now().replace(second=0, microsecond=0)
    for i, row in enumerate(plan.rows):
        if row.problems:
            row.action = ERROR
            continue
        try:
            row.values["score"] = answers.check_score(survey, col["score"][i])
        except ValidationError as exc:
            fail(row, exc.code, str(exc), "score", **exc.params)
            continue
        at = (col["answered_at"][i] or now).replace(second=0, microsecond=0)
        row.values["answered_at"] = at
        row.values["row_key"] = _row_key(col["seq"][i] or row.line, at)
        row.values["comment"] = col["comment"][i] or ""
        mobile, name = col["mobile"][i], col["name"][i]
        hit = mobiles.get(mobile) if mobile else None
        if hit is not None:
            if hit[1]:
                fail(row, "in_bin", "the customer is in the recycle bin", id=hit[0])
                continue
            row.values["customer"] = hit[0]
            continue
        found = names.get(name, []) if name else []
        if len(found) > 1:
            fail(row, "name_ambiguous", f"{len(found)} customers are named {name}", "name",
                 name=name, candidates=found)  # fmt: skip
        elif found:
            row.values["customer"] = found[0]
    _skip_known(plan, survey.id)
    name_picks.apply_picks(plan, options.picks, resolve)


def _in_chunks(sql: str, survey_id: int, values: set) -> list[tuple]:
    """`sql` (its last `?`s filled by ... IN (...)) over `values`, 900 a statement; plain
    SQL: Peewee took longer to build these statements than SQLite to run them."""
    items, out = sorted(values), []
    for i in range(0, len(items), 900):
        part = items[i : i + 900]
        out += database.execute_sql(sql.replace("(?*)", f"({','.join('?' * len(part))})"),
                                    [survey_id, *part]).fetchall()  # fmt: skip
    return out


def _answered(survey_id: int, customer_ids: set) -> set[tuple[int, str]]:
    """(customer, time) of the survey's answers by `customer_ids`."""
    return {(c, str(at)) for c, at in _in_chunks(
        "SELECT customer_id, answered_at FROM survey_answer WHERE survey_id = ?"
        " AND customer_id IN (?*)", survey_id, customer_ids)}  # fmt: skip


def _skip_known(plan: Plan, survey_id: int) -> None:
    keys = {r.values["row_key"] for r in plan.rows if r.action == NEW}
    known = {k for (k,) in _in_chunks(
        "SELECT row_key FROM survey_answer WHERE survey_id = ? AND row_key IN (?*)",
        survey_id, keys)}  # fmt: skip
    answered = _answered(survey_id, {r.values.get("customer") for r in plan.rows
                                     if r.action == NEW} - {None})  # fmt: skip
    seen: dict = {}
    for row in plan.rows:
        if row.action == NEW:
            _place(row, known, answered, seen)


def _place(row: RowPlan, known: set, answered: set, seen: dict) -> None:
    cid, at = row.values.get("customer"), row.values["answered_at"]
    key = ("c", cid, at) if cid is not None else ("k", row.values["row_key"])
    if row.values["row_key"] in known or (cid, str(at)) in answered:
        row.action, row.values["skip"] = DUPLICATE, "already"
    elif key in seen or ("k", row.values["row_key"]) in seen:
        row.action, row.duplicate_of, row.values["skip"] = DUPLICATE, seen.get(key), "same"
    else:
        row.action = NEW
        seen[key] = seen[("k", row.values["row_key"])] = row.line


def resolve(plan: Plan, row: RowPlan, customer_id: int | None) -> None:
    """The review of an ambiguous name: that customer's answer, or anonymous (None)."""
    name_picks.take_pick(row, customer_id)
    row.values["customer"] = customer_id
    seen = {}
    for r in plan.rows:
        if r.action == NEW and r is not row:
            c = r.values.get("customer")
            seen[("c", c, r.values["answered_at"]) if c else ("k", r.values["row_key"])] = r.line
            seen[("k", r.values["row_key"])] = r.line
    answered = _answered(plan.options.survey, {customer_id} - {None})
    _place(row, set(), answered, seen)


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    """The answers in batched inserts, their closed loop in bulk (closed_loop.follow_many),
    all in the engine's transaction."""
    survey = surveys.get(plan.options.survey)
    rows = [r for r in plan.rows if r.action == NEW]
    now = str(clock.now())
    matched = [r for r in rows if r.values.get("customer") is not None]
    loops = closed_loop.follow_many(survey, [
        (r.values["customer"], r.values["score"], r.values["comment"], r.values["answered_at"])
        for r in matched], run_id)  # fmt: skip
    loop_of = {id(r): loop for r, loop in zip(matched, loops, strict=True)}
    tick(progress, cancel, 0.5)
    A = SurveyAnswer
    fields = [A.survey_id, A.customer_id, A.score, A.comment, A.answered_at, A.month, A.source,
              A.import_run, A.row_key, A.followup_id, A.tagged, A.created_at]  # fmt: skip
    batch = []
    for r in rows:
        v = r.values
        followup_id, tagged = loop_of.get(id(r), (None, False))
        batch.append((survey.id, v.get("customer"), v["score"], v["comment"],
                      str(v["answered_at"]), v["answered_at"].strftime("%Y-%m"), "import",
                      run_id, v["row_key"], followup_id, tagged, now))  # fmt: skip
    insert_rows(SurveyAnswer, fields, batch)
    tick(progress, cancel, 0.9)
    audit.record("answer", "survey", survey.id, count=len(rows),
                 detail=f"{survey.name}: import:{run_id}; +{len(rows)}"
                 f" ({len(matched)} matched, {len(rows) - len(matched)} anonymous)")  # fmt: skip
    return Written(len(rows), 0, len(matched), {})


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Remove the run's answers with their follow-ups and the tags they gave."""
    mine = SurveyAnswer.import_run == run.id
    closed_loop.unfollow_many(list(SurveyAnswer.select(
        SurveyAnswer.followup_id, SurveyAnswer.customer_id, SurveyAnswer.tagged)
        .where(mine).tuples()))  # fmt: skip
    report.records_removed += SurveyAnswer.delete().where(mine).execute()


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    return Result(import_id, written.created, written.extra, written.created - written.extra,
                  counts[DUPLICATE], counts[ERROR])  # fmt: skip


def run(plan: Plan, progress=None, cancel=None) -> Result:
    """Write the plan (import_engine.run) and say what became of every row."""
    done = import_engine.run(plan, progress, cancel)
    return outcome(plan, None, done.import_id)


KIND = ImportKind(
    name="survey_answers",
    words=WORDS,
    targets=lambda: list(TARGETS),
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    propose=lambda headers, samples: import_mapping.propose(headers, samples, KIND.index),
    actions=(NEW, DUPLICATE, ERROR),
    strict=frozenset({"mobile", "answered_at"}),
    required=(
        Requirement(
            ("score",),
            "survey_score_unmapped",
            "no column holds the score question (its header should name 推荐, 满意,"
            " 评分 or 打分): map one",
        ),
    ),  # fmt: skip
    extra="answers matched",
    outcome="+{created:,} answers, {extra:,} matched",
    row_by_row=False,
)
