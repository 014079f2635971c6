"""The customers kind of import (the engine: import_engine.py): what a customer row
is, and the engine's calls for customers, as the wizard, the CLI and the tests use them.

`load()` reads a sheet and finds its header row; `plan()` cleans every row and sorts it
into new / update / duplicate / error without writing; `run()` writes a plan in one
transaction (cancel or failure: nothing changes) and records it for undo
(import_history.py).

A row is a duplicate when its customer number, mobile or email (each key may be turned
off) matches a customer in the database or an earlier row of the file. A row matching
two different customers is a conflict, an error. On update, only mapped columns with a
value are written: an empty cell never blanks a field.

Only the name (a new customer needs one) and the keys (number, mobile, email) make a row
an error. A value an optional field cannot take (a source, gender or stage it does not
know, a birthday that is not a date, a text too long, a bad custom value) never rejects
the row: the field stays empty, the original text goes into the notes as "Column: text"
and the row carries a warning (`RowPlan.warnings`, summed up per column by
`Plan.column_warnings`). The rules: customer_cleaning.py; the writes and their undo:
customer_writing.py.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path

from models.customers import search_index
from models.customers.custom_fields import list_fields
from models.customers.record import TEXT_FIELDS
from models.errors import ValidationError
from models.excel import (
    customer_cleaning,
    customer_writing,
    import_engine,
    import_mapping,
    import_types,
)
from models.excel.customer_cleaning import STRICT_FIELDS
from models.excel.customer_writing import BULK_INDEX_REBUILD, create_customers, with_kept
from models.excel.import_engine import tick, with_header_row
from models.excel.import_mapping import normalise_header
from models.excel.import_types import (
    CUT,
    DUPLICATE,
    ERROR,
    ERROR_MODES,
    KEPT,
    NEW,
    UPDATE,
    ColumnWarning,
    ImportKind,
    Plan,
    Problem,
    Progress,
    RowPlan,
    Sheet,
    Written,
    column_warnings,
)
from models.team import staff

__all__ = [
    "CUT", "DUPLICATE", "DUPLICATE_MODES", "ERROR", "ERROR_MODES", "KEPT", "KIND",
    "MATCH_KEYS", "MULTI", "NEW", "STRICT_FIELDS", "UPDATE", "ColumnWarning", "Options",
    "Plan", "Problem", "Progress", "Result", "RowPlan", "Sheet", "column_warnings",
    "create_customers", "load", "plan", "proposed_mapping", "run", "targets", "with_header_row",
    "with_kept",
]  # fmt: skip

MATCH_KEYS = ("number", "mobile", "email")
DUPLICATE_MODES = ("skip", "update", "create")
MULTI = ("name", "notes", "tags", "address")  # several columns may feed these (joined)

# Header words per field, written normalised (import_mapping.normalise_header).
WORDS: dict[str, tuple[str, ...]] = {
    "number": (
        "客户编号", "编号", "客户号", "客户id", "客户代码", "会员号", "会员编号", "会员卡号",
        "卡号", "id", "customer id", "customerid", "customer no", "customer number",
        "client id", "id number", "account number", "member id",
    ),
    "name": (
        "姓名", "客户名称", "客户姓名", "联系人", "联系人姓名", "名称", "客户", "会员姓名",
        "会员名称", "name", "full name", "customer name", "client name", "contact name",
        "contact", "display name", "customer",
    ),
    "mobile": (
        "手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "移动电话", "电话号码",
        "联系人电话", "mobile", "phone", "mobile phone", "mobilephone", "cell", "cell phone",
        "telephone", "tel", "phone number", "mobile number",
    ),
    "wechat": ("微信", "微信号", "微信id", "wechat", "wechat id", "weixin"),
    "email": (
        "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "email", "e mail", "email address",
        "emailid", "mail",
    ),
    "company": (
        "公司", "单位", "公司名称", "工作单位", "企业", "企业名称", "所在公司", "company",
        "company name", "organization", "organisation", "business name",
    ),
    "job_title": ("职位", "职务", "岗位", "头衔", "job title", "title", "position", "designation"),
    "industry": ("行业", "所属行业", "industry"),
    "city": ("城市", "所在城市", "所在地", "city", "billing city", "town"),
    "address": (
        "地址", "联系地址", "详细地址", "通讯地址", "家庭住址", "住址", "收货地址", "address",
        "street", "billing address", "billing street", "address line 1", "address 1",
    ),
    "gender": ("性别", "gender", "sex"),
    "birthday": (
        "生日", "出生日期", "出生年月", "出生年月日", "生日日期", "birthday", "birth date",
        "date of birth", "birthdate", "dob",
    ),
    "source": ("来源", "客户来源", "来源渠道", "渠道", "source", "lead source"),
    "owner": (
        "负责人", "归属人", "跟进人", "销售", "客户经理", "业务员", "所属员工", "owner",
        "owner name", "account owner", "sales rep",
    ),
    "stage": ("生命周期", "阶段", "客户阶段", "生命周期阶段", "stage", "lifecycle", "lifecycle stage"),
    "tags": ("标签", "客户标签", "tags", "tag", "labels", "label"),
    "notes": (
        "备注", "说明", "备注信息", "notes", "note", "remark", "remarks", "comment", "comments",
        "private notes", "public notes",
    ),
}  # fmt: skip
# Name parts: used for the name only when no column is a whole name (First + Last Name).
NAME_PARTS = (
    "first name", "firstname", "given name", "contact first name", "last name", "lastname",
    "surname", "family name", "contact last name", "姓", "名", "名字",
)  # fmt: skip


@dataclass
class Options(import_types.Options):
    """What the user chose; None means 'detect' or 'propose'."""

    match_keys: tuple[str, ...] = MATCH_KEYS
    on_duplicate: str = "skip"

    @property
    def kind(self) -> ImportKind:
        return KIND

    def check(self) -> None:
        if self.on_duplicate not in DUPLICATE_MODES:
            raise ValidationError("on_duplicate", "option_invalid", f"{self.on_duplicate!r}")
        super().check()
        for key in self.match_keys:
            if key not in MATCH_KEYS:
                raise ValidationError("match", "option_invalid", f"unknown match key {key!r}")

    def recorded(self) -> dict:
        return {"match": list(self.match_keys), "on_duplicate": self.on_duplicate,
                "on_error": self.on_error}  # fmt: skip


@dataclass
class Result:
    import_id: int | None
    created: int
    updated: int
    skipped: int
    errors: int
    staff_added: list[str] = field(default_factory=list)  # owners new to the team list

    def as_dict(self) -> dict:
        out = {
            "import_id": self.import_id,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": self.errors,
        }
        if self.staff_added:  # only when the file named owners not on the list
            out["staff_added"] = list(self.staff_added)
        return out


def targets() -> list[str]:
    """Every target a column may go to, in the order the wizard lists them."""
    return [*TEXT_FIELDS, "tags", *(f.key for f in list_fields()), import_mapping.IGNORE]


def _custom_words() -> dict[str, str]:
    return {normalise_header(f.name): f.key for f in list_fields()}


def _propose(headers: list[str], samples: list[list]) -> list[str]:
    return import_mapping.propose(headers, samples, KIND.index, _custom_words(), NAME_PARTS)


# ---------------------------------------------------------------- planning


def _classify(plan: Plan) -> None:
    """The rows' values from the cleaned columns, then new / update / duplicate / error."""
    rows = plan.rows
    for target, column in plan.columns.items():
        hits = compress(range(len(column)), column)  # the rows with a value
        if target == "birthday":
            for r in hits:
                v = rows[r].values
                v["birthday"], v["birthday_lunar"], v["birthday_leap"] = column[r]
        elif target.startswith("cf:"):
            field_id = int(target[3:])
            for r in hits:
                if column[r][0]:
                    rows[r].values.setdefault("custom", {})[field_id] = column[r]
        else:
            for r in hits:
                rows[r].values[target] = column[r]
    keys = [k for k in plan.options.match_keys if k in plan.mapping]
    _sort(rows, keys, plan.options.on_duplicate)


def _sort(rows: list[RowPlan], keys: list[str], on_duplicate: str) -> None:
    lookup_keys = set(keys) | {"number"}  # numbers are unique whether or not a match key
    wanted = {k: {r.values[k] for r in rows if k in r.values} for k in lookup_keys}
    existing = {k: customer_writing.find(k, vals) for k, vals in wanted.items()}
    in_file: dict[tuple[str, str], RowPlan] = {}
    numbers_created: dict[str, int] = {}
    for row in rows:
        if row.problems:
            row.action = ERROR
            continue
        matches = {existing[k][row.values[k]] for k in keys if row.values.get(k) in existing[k]}
        earlier = [
            in_file[(k, row.values.get(k))] for k in keys if (k, row.values.get(k)) in in_file
        ]
        ids = {cid for cid, _bin in matches}
        if len(ids) > 1:
            _error(row, "conflict", f"matches customers {sorted(ids)}", ids=sorted(ids))
            continue
        if any(in_bin for _cid, in_bin in matches) and on_duplicate != "create":
            _error(row, "in_bin", "matches a customer in the recycle bin", id=next(iter(ids)))
            continue
        target = next(iter(ids), None)
        if earlier and on_duplicate != "create":
            first = earlier[0]
            if first.action == UPDATE and target is not None and first.target != target:
                _error(row, "conflict", "matches two customers", ids=sorted({first.target, target}))
                continue
            row.action, row.target, row.duplicate_of = DUPLICATE, target, first.line
        elif target is not None and on_duplicate == "skip":
            row.action, row.target = DUPLICATE, target
        elif target is not None and on_duplicate == "update":
            row.action, row.target = UPDATE, target
        else:
            row.action = NEW
        number = row.values.get("number")
        if row.action == NEW:
            if not row.values.get("name"):
                _error(row, "name_required", "a new customer needs a name", field="name")
                continue
            if number and (number in existing["number"] or number in numbers_created):
                owner = existing["number"].get(number, (None,))[0]
                line = numbers_created.get(number)
                _error(row, "number_taken", "customer number in use", number=number, id=owner,
                       line=line)  # fmt: skip
                continue
            if number:
                numbers_created[number] = row.line
        elif row.action == UPDATE and number:
            owner = existing["number"].get(number)
            if (owner and owner[0] != row.target) or number in numbers_created:
                _error(row, "number_taken", "customer number in use", number=number)
                continue
        for k in keys:
            if k in row.values:
                in_file.setdefault((k, row.values[k]), row)


def _error(row: RowPlan, code: str, message: str, field: str = "row", **params) -> None:
    row.problems.append(Problem(field, code, message, params))
    row.action, row.target = ERROR, None


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    new_rows = [r for r in plan.rows if r.action == NEW]
    update_rows = [r for r in plan.rows if r.action == UPDATE]
    tag_ids = customer_writing.tag_ids(new_rows + update_rows)
    tick(progress, cancel, 0.05)
    # Owners the file names that are not on the team list join it (active): the data is
    # kept whole, and the result says who was added.
    added = staff.adopt({r.values["owner"] for r in new_rows + update_rows
                         if r.values.get("owner")})  # fmt: skip
    created = customer_writing.create(run_id, new_rows, tag_ids, progress, cancel)
    updated = customer_writing.update(run_id, update_rows, tag_ids, progress, cancel)
    return Written(created, updated, details={"staff_added": added})


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    return Result(import_id, written.created, written.updated, counts[DUPLICATE], counts[ERROR],
                  written.details.get("staff_added", []))  # fmt: skip


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    """Why a row is not imported, in English (the report's and the CLI's)."""
    if problem is not None:
        return problem.message
    if row.duplicate_of is not None:
        return f"same customer as row {row.duplicate_of}"
    return f"already exists (customer {row.target})"


def _finish(written: Written) -> None:
    if written.created > BULK_INDEX_REBUILD:
        search_index.optimize()


KIND = ImportKind(
    name="customers",
    words=WORDS,
    targets=targets,
    options=Options,
    rules=customer_cleaning.rules,
    classify=_classify,
    write=_write,
    undo=customer_writing.undo,
    result=_result,
    reason=english_reason,
    strict=frozenset(STRICT_FIELDS),
    multi=MULTI,
    custom_words=_custom_words,
    propose=_propose,
    keep=customer_cleaning.keep,
    kept_in=KEPT,
    cut=("notes",),
    outcome="+{created:,} / ~{updated:,}",
    signature_prefix="",  # remembered before there were other kinds: headers as they are
    finish=_finish,
)


# ---------------------------------------------------------------- the engine's calls


def load(path: str | Path, options: import_types.Options | None = None) -> Sheet:
    """Open the file and read a sheet (the chosen one, else the first with data)."""
    return import_engine.load(path, options or Options())


def proposed_mapping(sheet: Sheet) -> list[str]:
    return import_engine.proposed_mapping(KIND, sheet)


def plan(
    sheet: Sheet,
    options: Options | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Plan:
    """Clean and classify every row (or the first `limit`: a row's outcome never depends
    on rows below it, so a quick preview of the first rows is exact); writes nothing."""
    return import_engine.plan(sheet, options or Options(), progress, cancel, limit)


def run(
    plan: Plan,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """Write the plan in one transaction and record it. Raises Cancelled (nothing
    written), ValidationError 'import_has_errors' when errors stop the import."""
    return import_engine.run(plan, progress, cancel)
