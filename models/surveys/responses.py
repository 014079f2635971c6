"""A custom survey's answers (issue 27, item 1): one response per customer (None:
anonymous) and time, with an item per answered question. Typed in (`record`) or read
from a 问卷星 / 腾讯问卷 file whose columns must be the survey's questions
(`check_columns` says which are missing or extra; nothing is written then). Each write
is one transaction with its audit entry (action answer, import or undo; record survey);
`delete` takes a response back.

A value: a single choice is one of the options (or its number, 1 for the first); a
multiple choice several, separated by ; ┋ , or 、; a rating a whole number on the
question's scale; a text at most 2,000 characters. A question left empty is not
answered; a response answering none is refused."""

from __future__ import annotations

import datetime as dt
import re

from models import clock
from models.customers.record import live_customer
from models.errors import NotFoundError, ValidationError
from models.storage import audit
from models.storage.db import database, writable
from models.surveys import questions, surveys
from models.surveys.answers import parse_at

TEXT_MAX = 2000
_MANY = re.compile(r"[;；┋,，、|]")
# a file's columns that are not questions (问卷星, 腾讯问卷): never "extra"
META = ("序号", "编号", "提交答卷时间", "提交时间", "答题时间", "填写时间", "开始答题时间",
        "结束答题时间", "所用时间", "答题时长", "来源", "来源详情", "来自ip", "ip", "总分",
        "用户id", "微信昵称", "昵称", "姓名", "您的姓名", "称呼", "手机", "手机号", "手机号码",
        "您的手机号", "您的手机号码", "联系电话", "电话", "mobile", "phone", "name")  # fmt: skip
_NUMBERING = re.compile(r"^\s*(?:q|第)?\s*\d+\s*(?:题)?\s*[、.．:：)）]\s*", re.IGNORECASE)


def _bad(q: questions.Question, code: str, message: str, **params):
    raise ValidationError("answer", code, f"question {q.position}: {message}",
                          number=q.position, **params)  # fmt: skip


def _option(q: questions.Question, raw: str) -> str:
    raw = " ".join(raw.split())
    for option in q.options:
        if option.lower() == raw.lower():
            return option
    if raw.isdigit() and 1 <= int(raw) <= len(q.options):
        return q.options[int(raw) - 1]
    _bad(q, "answer_option_invalid", f"'{raw}' is not one of: {', '.join(q.options)}",
         text=raw, options="、".join(q.options))  # fmt: skip


def parse_value(q: questions.Question, raw) -> list[tuple[str, int | None, str]]:
    """The items (choice, number, text) of one answered question; [] when left empty."""
    text = "" if raw is None else str(raw).strip()
    if not text:
        return []
    if q.kind == "single":
        return [(_option(q, text), None, "")]
    if q.kind == "multiple":
        chosen = [_option(q, part) for part in _MANY.split(text) if part.strip()]
        return [(c, None, "") for c in dict.fromkeys(chosen)]
    if q.kind == "rating":
        value = int(text) if re.fullmatch(r"\d{1,2}", text) else None
        if value is None or not q.low <= value <= q.high:
            _bad(q, "answer_rating_invalid", f"the rating must be a whole number from {q.low}"
                 f" to {q.high}", text=text, low=q.low, high=q.high)  # fmt: skip
        return [("", value, "")]
    if len(text) > TEXT_MAX:
        _bad(q, "answer_text_long", f"longer than {TEXT_MAX} characters", limit=TEXT_MAX)
    return [("", None, text)]


def _custom(survey_id) -> tuple[object, list[questions.Question]]:
    survey = surveys.get(survey_id)
    asked = questions.listing(survey.id)
    if not asked:
        raise ValidationError("survey", "survey_not_custom",
                              "this survey has no questions: answer it with --score",
                              name=survey.name)  # fmt: skip
    return survey, asked


def _items(asked: list[questions.Question], values: dict) -> list[tuple[int, str, int | None, str]]:
    """(question id, choice, number, text) for every answered question; `values` keyed
    by the question's number (1, 2...)."""
    by_number = {q.position: q for q in asked}
    items = []
    for key, raw in values.items():
        q = by_number.get(int(key)) if str(key).strip().isdigit() else None
        if q is None:
            raise ValidationError("answer", "answer_question_unknown",
                                  f"the survey has no question {key} (1 to {len(asked)})",
                                  text=str(key), high=len(asked))  # fmt: skip
        items += [(q.id, *item) for item in parse_value(q, raw)]
    if not items:
        raise ValidationError("answer", "answer_empty", "the response answers no question")
    return items


def _insert(survey_id, customer, answered_at, items, source="manual", row_key="") -> int:
    new_id = database.execute_sql(
        "INSERT INTO survey_response (survey_id, customer_id, answered_at, source, row_key,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [survey_id, customer, answered_at.isoformat(" "), source, row_key,
         clock.now().isoformat(" ")]).lastrowid  # fmt: skip
    writable()
    database.connection().executemany(
        "INSERT INTO survey_response_item (response_id, question_id, choice, number, text)"
        " VALUES (?, ?, ?, ?, ?)", [(new_id, *item) for item in items])  # fmt: skip
    return new_id


def _answered_before(survey_id, customer, answered_at: dt.datetime) -> bool:
    return customer is not None and database.execute_sql(
        "SELECT 1 FROM survey_response WHERE survey_id = ? AND customer_id = ?"
        " AND answered_at = ?", [survey_id, customer, answered_at.isoformat(" ")]).fetchone() \
        is not None  # fmt: skip


def record(survey_id, customer_id, values: dict, at=None) -> int:
    """A staff-typed response (customer_id None: anonymous); its id."""
    survey, asked = _custom(survey_id)
    items = _items(asked, values)
    answered_at = clock.now().replace(second=0, microsecond=0) if at is None else parse_at(at)
    with database.atomic():
        customer = None if customer_id is None else live_customer(customer_id).id
        if _answered_before(survey.id, customer, answered_at):
            raise ValidationError("at", "answer_duplicate",
                                  "this customer already answered this survey at this time",
                                  text=answered_at.strftime("%Y-%m-%d %H:%M"))  # fmt: skip
        new_id = _insert(survey.id, customer, answered_at, items)
        audit.record("answer", "survey", survey.id,
                     detail=f"response #{new_id} {survey.name}: {len(items)} answers"
                     + (f" customer #{customer}" if customer else " anonymous"))  # fmt: skip
    return new_id


def delete(response_id, action: str = "delete") -> None:
    """Take a response back (its items go with it), audited."""
    with database.atomic():
        row = database.execute_sql("SELECT survey_id FROM survey_response WHERE id = ?",
                                   [_number(response_id)]).fetchone()  # fmt: skip
        if row is None:
            raise NotFoundError(f"no survey response with id {response_id}",
                                code="response_not_found", id=response_id)  # fmt: skip
        database.execute_sql("DELETE FROM survey_response WHERE id = ?", [int(response_id)])
        audit.record(action, "survey", row[0], detail=f"response #{response_id}")


def _number(value) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return -1


def erase_customer(customer_id: int) -> int:
    """Erasure: the customer's responses lose their link (the trigger blanks their
    texts); the choices and ratings stay as anonymous answers."""
    return database.execute_sql("UPDATE survey_response SET customer_id = NULL"
                                " WHERE customer_id = ?", [customer_id]).rowcount  # fmt: skip


def count(survey_id) -> int:
    return database.execute_sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?",
                                [int(survey_id)]).fetchone()[0]  # fmt: skip


# ---------------------------------------------------------------- files


def _plain(header) -> str:
    text = _NUMBERING.sub("", str(header or "")).strip()
    text = re.sub(r"[(（]\s*(必填|选填|多选|单选|可多选)\s*[)）]", "", text)
    return " ".join(text.split()).rstrip("?？:： ").lower()


def check_columns(survey_id, headers: list[str]) -> dict[int, int]:
    """{question number: column index} when every question has its column and no column
    is a question the survey does not ask; else ValidationError naming the missing and
    the extra columns (the file is refused whole)."""
    _survey, asked = _custom(survey_id)
    wanted = {_plain(q.text): q.position for q in asked}
    found: dict[int, int] = {}
    extra = []
    for index, header in enumerate(headers):
        key = _plain(header)
        if not key or key in META:
            continue
        if key in wanted and wanted[key] not in found:
            found[wanted[key]] = index
        else:
            extra.append(str(header).strip())
    missing = [q.text for q in asked if q.position not in found]
    if missing or extra:
        raise ValidationError("file", "survey_columns_mismatch",
                              f"the file's columns do not match the survey's questions:"
                              f" missing {missing or 'none'}, extra {extra or 'none'}",
                              missing="、".join(missing), extra="、".join(extra))  # fmt: skip
    return found


def _cell(row: list, index: int | None):
    if index is None or index >= len(row):
        return None
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


def import_rows(survey_id, headers: list[str], rows: list[list], dry_run: bool = False) -> dict:
    """Import the data rows of a file whose columns are the survey's questions (checked
    first: a mismatch writes nothing). A row is matched to a live customer by its mobile
    column, else kept anonymous; its 序号 and time are its key (a row imported before
    is skipped: the same file twice adds nothing). A bad value refuses the whole file,
    naming its row. One transaction, one audit entry (action import). Counts:
    `imported`, `matched`, `anonymous`, `skipped` (with `dry_run`, as they would be;
    nothing written)."""
    survey, asked = _custom(survey_id)
    columns = check_columns(survey.id, headers)
    plain = [_plain(h) for h in headers]

    def find(*names):
        return next((i for i, h in enumerate(plain) if h in names), None)

    seq = find("序号", "编号")
    at_col = find("提交答卷时间", "提交时间", "答题时间", "填写时间", "结束答题时间")
    mobile_col = find("手机", "手机号", "手机号码", "您的手机号", "您的手机号码", "联系电话",
                      "电话", "mobile", "phone")  # fmt: skip
    by_number = {q.position: q for q in asked}
    planned = []
    for n, row in enumerate(rows, start=2):
        if not any(str(c or "").strip() for c in row):
            continue
        raw_at = _cell(row, at_col)
        try:
            answered_at = (raw_at.replace(second=0, microsecond=0)
                           if isinstance(raw_at, dt.datetime)
                           else parse_at(str(raw_at or "")[:16]))  # fmt: skip
            items = []
            for number, index in columns.items():
                items += [(by_number[number].id, *item)
                          for item in parse_value(by_number[number], _cell(row, index))]  # fmt: skip
            if not items:
                raise ValidationError("answer", "answer_empty", "the response answers no question")
        except ValidationError as exc:
            raise ValidationError("file", "survey_row_invalid", f"row {n}: {exc}", row=n,
                                  reason=exc.code, **exc.params) from None  # fmt: skip
        key = f"{_cell(row, seq) or ''}|{answered_at:%Y-%m-%d %H:%M}"
        mobile = re.sub(r"\D", "", str(_cell(row, mobile_col) or ""))
        planned.append((answered_at, items, key, mobile))
    out = {"survey_id": survey.id, "imported": 0, "matched": 0, "anonymous": 0, "skipped": 0}
    with database.atomic():
        seen = {k for (k,) in database.execute_sql(
            "SELECT row_key FROM survey_response WHERE survey_id = ? AND row_key <> ''",
            [survey.id]).fetchall()}  # fmt: skip
        for answered_at, items, key, mobile in planned:
            customer = None
            if mobile:
                found = database.execute_sql(
                    "SELECT id FROM customer WHERE mobile = ? AND deleted_at IS NULL LIMIT 1",
                    [mobile]).fetchone()  # fmt: skip
                customer = found[0] if found else None
            if key in seen or _answered_before(survey.id, customer, answered_at):
                out["skipped"] += 1
                continue
            seen.add(key)
            if not dry_run:
                _insert(survey.id, customer, answered_at, items, "import", key)
            out["imported"] += 1
            out["matched" if customer else "anonymous"] += 1
        if out["imported"] and not dry_run:
            audit.record("import", "survey", survey.id, count=out["imported"],
                         detail=f"{survey.name}: {out['imported']} responses")  # fmt: skip
    return out


# ---------------------------------------------------------------- results


def results(survey_id) -> dict:
    """Per question: how many answered it; for a choice each option's `count` and
    `percent` (of those who answered the question; a multiple choice adds up over 100);
    for a rating `average` (two decimals) and each value's count; for a text the five
    latest texts."""
    survey, asked = _custom(survey_id)
    total = database.execute_sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?",
                                 [survey.id]).fetchone()[0]  # fmt: skip
    out = []
    for q in asked:
        answered = database.execute_sql(
            "SELECT COUNT(DISTINCT response_id) FROM survey_response_item WHERE question_id = ?",
            [q.id]).fetchone()[0]  # fmt: skip
        obj = {**q.as_dict(), "answered": answered}
        if q.kind in ("single", "multiple"):
            counts = dict(database.execute_sql(
                "SELECT choice, COUNT(*) FROM survey_response_item WHERE question_id = ?"
                " GROUP BY choice", [q.id]).fetchall())  # fmt: skip
            obj["options"] = [{"option": o, "count": counts.get(o, 0),
                               "percent": round(counts.get(o, 0) / answered * 100, 1)
                               if answered else None} for o in q.options]  # fmt: skip
        elif q.kind == "rating":
            counts = dict(database.execute_sql(
                "SELECT number, COUNT(*) FROM survey_response_item WHERE question_id = ?"
                " GROUP BY number", [q.id]).fetchall())  # fmt: skip
            n = sum(counts.values())
            obj["average"] = round(sum(v * c for v, c in counts.items()) / n, 2) if n else None
            obj["counts"] = [{"value": v, "count": counts.get(v, 0)}
                             for v in range(q.low, q.high + 1)]  # fmt: skip
        else:
            obj["latest"] = [t for (t,) in database.execute_sql(
                "SELECT i.text FROM survey_response_item i JOIN survey_response r"
                " ON r.id = i.response_id WHERE i.question_id = ? AND i.text <> ''"
                " ORDER BY r.answered_at DESC, r.id DESC LIMIT 5", [q.id]).fetchall()]  # fmt: skip
        out.append(obj)
    return {"survey_id": survey.id, "type": survey.kind, "responses": total, "questions": out}
