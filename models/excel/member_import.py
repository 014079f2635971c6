"""The members kind of import, on the engine (import_engine.py): a member base exported
by another program (里诺, 智络, 易软 and the like): card number, name, mobile, level,
points, stored value (本金 and 赠送), a count card with its visits left, the card's
opening and expiry dates.

Each row becomes a member card with its opening balances as ledger rows of kind
"opening" (期初) dated at the import (models/membership/openings.py writes them). Its
customer is found by mobile, then by exact name (a customer of that name with another
mobile is not them); an unmatched row creates a customer (source 导入) with
Options.create_customers, else is an error. A card number already enrolled, or earlier
in the file, is skipped (a duplicate, its reason said). Refused rows (errors, with the
reason): money with more than two decimals, a negative balance, a level name the
business does not have, dates that do not read, a card number that is not one. A name
several customers share, with no mobile to tell them apart, is ambiguous: an error row
until the preview or `--pick` says which customer it is (models/excel/name_picks.py).
A member whose level was locked by hand keeps it (the row's level is not set: "levels
kept"). The card's expiry (有效期, 到期日期, 截止日期...) is carried; 永久/长期有效 read as
no expiry.

Undo (import_history.undo): each opening reversed by a ledger row, the cards stopped
(停用), the levels put back, the customers the run created removed as every import's
are; what was spent since stays spent and the summary says so."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models import clock
from models.customers.record import Customer
from models.errors import ValidationError
from models.excel import (
    customer_writing,
    import_cleaning,
    import_mapping,
    import_types,
    name_picks,
)
from models.excel.import_engine import tick
from models.excel.import_records import ImportChange, ImportRun, UndoReport
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
from models.excel.record_import import fail, phone, short_text
from models.membership import cards, openings, wallet
from models.membership.tables import MemberLevel
from models.storage.bulk import insert_rows

TARGETS = ("card_no", "name", "mobile", "level", "points", "principal", "bonus", "service",
           "visits", "joined_on", "expires_on")  # fmt: skip
WORDS: dict[str, tuple[str, ...]] = {
    "card_no": ("会员卡号", "卡号", "会员号", "会员编号", "卡面号", "会员卡", "card no",
                "card number", "member card", "card", "member no"),
    "name": ("会员姓名", "姓名", "会员名称", "客户姓名", "会员名", "名称", "name", "member name",
             "customer name"),
    "mobile": ("手机号", "手机", "手机号码", "联系电话", "电话", "移动电话", "会员手机",
               "mobile", "phone", "tel", "phone number"),
    "level": ("会员等级", "等级", "会员级别", "级别", "卡级别", "卡类型", "level", "member level",
              "tier", "grade"),
    "points": ("积分", "积分余额", "可用积分", "剩余积分", "当前积分", "会员积分", "points",
               "points balance"),
    "principal": ("储值余额", "卡内余额", "本金余额", "余额", "账户余额", "充值余额", "本金",
                  "balance", "stored value", "principal"),
    "bonus": ("赠送余额", "赠送金额", "赠金余额", "赠送", "赠金", "bonus", "bonus balance"),
    "service": ("次卡", "项目", "次卡项目", "服务项目", "计次项目", "次卡名称", "service",
                "count card"),
    "visits": ("剩余次数", "次数", "次卡次数", "次卡剩余次数", "可用次数", "visits left",
               "visits", "remaining visits"),
    "joined_on": ("开卡日期", "开卡时间", "办卡日期", "办卡时间", "入会日期", "注册日期",
                  "joined", "join date", "opened on"),
    "expires_on": ("到期日期", "有效期", "有效期至", "到期时间", "过期日期", "截止日期",
                   "到期日", "会员到期日", "卡到期日", "失效日期", "失效时间", "过期时间",
                   "截止时间", "有效截止", "expires", "expiry", "expires on", "valid until",
                   "valid to"),
}  # fmt: skip
SOURCE = "import"  # Customer.source (导入) of the customers a member import creates
CARD_FIELD, LEVEL_FIELD = "member_card", "member_level"  # ImportChange.field of a run
DEFAULT_SERVICE = "次卡"
MAX_VISITS = 100_000


# what another program writes for a card that never expires (the card has no expiry)
NEVER = frozenset({"永久", "永久有效", "长期", "长期有效", "不限", "不限期", "无", "无期限",
                   "无限期", "终身", "never", "none", "n/a", "-", "--", "/"})  # fmt: skip


@dataclass
class Options(import_types.Options):
    create_customers: bool = False
    # the review of ambiguous names: {line: the customer picked, or None to skip}
    picks: dict[int, int | None] = field(default_factory=dict)

    @property
    def kind(self) -> ImportKind:
        return KIND

    def recorded(self) -> dict:
        return {"create_customers": self.create_customers, "on_error": self.on_error,
                "picks": {str(k): v for k, v in self.picks.items()}}  # fmt: skip


@dataclass
class Result:
    """The customer import's keys, and what the members brought with them."""

    import_id: int | None
    created: int  # member cards opened
    updated: int
    skipped: int  # cards enrolled already, or earlier in the file
    errors: int
    customers_created: int = 0
    opening_points: int = 0
    opening_principal_fen: int = 0
    opening_bonus_fen: int = 0
    opening_visits: int = 0
    levels_kept: int = 0  # a level locked by hand is not overwritten
    ambiguous: int = 0  # rows whose name several customers share (errors until picked)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def outcome(plan: Plan, import_id: int | None = None, written: Written | None = None) -> Result:
    """The counts of a plan (a dry run, what would be written) or of its run."""
    counts = plan.counts
    rows = [i for i, r in enumerate(plan.rows) if r.action == NEW]
    col = plan.columns

    def total(target: str) -> int:
        values = col.get(target)
        return sum(values[i] or 0 for i in rows) if values else 0

    if written is not None:
        return _result(import_id, written, counts)
    to_create = len({plan.rows[i].values["create"] for i in rows
                     if plan.rows[i].values.get("create")})  # fmt: skip
    kept = sum(1 for i in rows if plan.rows[i].values.get("level_kept"))
    return Result(None, len(rows), 0, counts[DUPLICATE], counts[ERROR], to_create,
                  total("points"), total("principal"), total("bonus"), total("visits"), kept,
                  len(name_picks.ambiguous_rows(plan)))  # fmt: skip


def english_reason(row: RowPlan, problem: Problem | None) -> str:
    if problem is not None:
        return problem.message
    if row.values.get("skip") == "enrolled":
        return f"card {row.values.get('card_no')} is enrolled already"
    if row.values.get("skip") == "unpicked":
        return "none of the customers of that name: skipped"
    return f"same card as row {row.duplicate_of}"


# ---------------------------------------------------------------- cleaning


def _card(value) -> str:
    return cards.clean_card_no(import_cleaning.identifier(value))


def _negative(text: str) -> bool:
    return text.startswith("-") or (text.startswith("(") and text.endswith(")"))


def money(field: str):
    """A balance in yuan to fen: up to two decimals, never negative."""

    def rule(value) -> int:
        if isinstance(value, bool):
            raise ValidationError(field, "amount_invalid", f"'{value}' is not an amount")
        text = repr(value) if isinstance(value, float) else import_cleaning.code_text(value)
        text = text.replace(",", "").replace("元", "").replace(" ", "")
        if _negative(text.lstrip("¥￥")):
            raise ValidationError(field, "balance_negative",
                                  f"{field}: a balance cannot be negative ({text})",
                                  value=text)  # fmt: skip
        if text.endswith(".0") and isinstance(value, float):
            text = text[:-2]
        return wallet.parse_yuan(text, field, allow_zero=True)

    return rule


def count(field: str, limit: int):
    """A whole number of points or visits, never negative."""

    def rule(value) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = import_cleaning.code_text(value).replace(",", "")
        if _negative(text):
            raise ValidationError(field, "balance_negative", f"{field} cannot be negative "
                                  f"({text})", value=text)  # fmt: skip
        if not text.isdigit() or int(text) > limit:
            raise ValidationError(field, f"{field}_invalid", f"'{text}' is not a whole number "
                                  f"of {field}", value=text, text=text)  # fmt: skip
        return int(text)

    return rule


def day(date1904: bool, field: str, never: bool = False):
    """A date; with `never`, the words for "no expiry" (永久有效, 长期...) read as None."""

    def rule(value) -> dt.date | None:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if never and "".join(import_cleaning.text(value).split()).casefold() in NEVER:
            return None
        try:
            return dt.date.fromisoformat(import_cleaning.date_value(value, date1904))
        except ValidationError:
            text = import_cleaning.text(value)
            raise ValidationError(field, "date_invalid", f"'{text}' is not a date",
                                  value=text) from None  # fmt: skip

    return rule


def levels_by_name() -> dict[str, int]:
    """{name as typed, casefolded: level id} of the levels in use."""
    query = MemberLevel.select(MemberLevel.id, MemberLevel.name).where(
        MemberLevel.archived_at.is_null())  # fmt: skip
    return {" ".join(name.split()).casefold(): i for i, name in query.tuples()}


def level_rule():
    known = levels_by_name()

    def rule(value) -> int:
        text = import_cleaning.text(value)
        found = known.get(" ".join(text.split()).casefold())
        if found is None:
            raise ValidationError("level", "level_unknown", f"no member level named {text!r}",
                                  value=text)  # fmt: skip
        return found

    return rule


def rules(targets: list[str], date1904: bool) -> dict:
    return {
        "card_no": _card,
        "name": short_text(100, "name"),
        "mobile": phone,
        "level": level_rule(),
        "points": count("points", 10**9),
        "principal": money("principal"),
        "bonus": money("bonus"),
        "service": short_text(100, "service"),
        "visits": count("visits", MAX_VISITS),
        "joined_on": day(date1904, "joined_on"),
        "expires_on": day(date1904, "expires_on", never=True),
    }


# ---------------------------------------------------------------- planning


def _names(names: set[str]) -> dict[str, list[tuple[int, str]]]:
    """{name: [(customer id, mobile)]} of live customers with exactly that name (by the
    name itself: a name's sort key would cost its pinyin)."""
    wanted = sorted(names)
    found: dict[str, list[tuple[int, str]]] = {}
    for i in range(0, len(wanted), 900):
        query = Customer.select(Customer.id, Customer.name, Customer.mobile).where(
            Customer.deleted_at.is_null() & Customer.name.in_(wanted[i : i + 900]))  # fmt: skip
        for cid, name, mobile in query.order_by(Customer.id).tuples():
            found.setdefault(name, []).append((cid, mobile or ""))
    return found


def _classify(plan: Plan) -> None:
    """Each row's customer (mobile, then exact name, else to create or an error), its
    card (enrolled already or earlier in the file: skipped) and its dates checked."""
    options: Options = plan.options
    n = len(plan.rows)
    col = {t: plan.columns.get(t, [None] * n) for t in TARGETS}
    mobiles = customer_writing.find("mobile", set(col["mobile"]) - {None, ""})
    names = _names({name for name, mobile in zip(col["name"], col["mobile"], strict=True)
                    if name and mobile not in mobiles})  # fmt: skip
    enrolled = openings.taken_card_numbers(set(col["card_no"]) - {None})
    seen: dict[str, int] = {}
    for i, row in enumerate(plan.rows):
        if row.problems:
            row.action = ERROR
            continue
        joined, expires = col["joined_on"][i], col["expires_on"][i]
        if joined and expires and expires < joined:
            fail(row, "expiry_before_join", "the card expires before it was opened", "expires_on")
            continue
        if col["visits"][i] and col["visits"][i] > 0:
            row.values["service"] = col["service"][i] or DEFAULT_SERVICE
        card_no = col["card_no"][i]
        row.values["card_no"] = card_no
        if card_no in enrolled:
            row.action, row.values["skip"] = DUPLICATE, "enrolled"
            continue
        if not _customer(row, col, i, mobiles, names, options):
            continue
        if card_no is not None:
            if card_no in seen:
                row.action, row.duplicate_of, row.values["skip"] = DUPLICATE, seen[card_no], "same"
                continue
            seen[card_no] = row.line
        row.action = NEW
    name_picks.apply_picks(plan, options.picks, resolve)
    _keep_locked_levels(plan, col["level"])


def resolve(plan: Plan, row: RowPlan, customer_id: int | None) -> None:
    """The review of an ambiguous name: the row becomes that customer's card (skipped
    when an earlier row opens the same card number), or stays out (None)."""
    name_picks.take_pick(row, customer_id)
    if customer_id is None:
        row.action, row.values["skip"] = DUPLICATE, "unpicked"
        return
    row.values["customer"] = customer_id
    card_no = row.values.get("card_no")
    earlier = next((r.line for r in plan.rows if r is not row and r.action == NEW
                    and card_no is not None and r.values.get("card_no") == card_no), None)  # fmt: skip
    if earlier is not None:
        row.action, row.duplicate_of, row.values["skip"] = DUPLICATE, earlier, "same"
    else:
        row.action = NEW


def _keep_locked_levels(plan: Plan, levels: list) -> None:
    """Rows naming a level for a member whose level was locked by hand: the level stays
    (values["level_kept"]), the rest of the row is imported."""
    wanted = {r.values["customer"]: i for i, r in enumerate(plan.rows)
              if r.action == NEW and levels[i] is not None and r.values.get("customer")}  # fmt: skip
    if not wanted:
        return
    locked = openings.locked_levels(set(wanted))
    for i, row in enumerate(plan.rows):
        cid = row.values.get("customer")
        if (
            row.action == NEW
            and levels[i] is not None
            and cid in locked
            and (locked[cid] != levels[i])
        ):
            row.values["level_kept"] = True


def _customer(row, col, i, mobiles, names, options) -> bool:
    """Find the row's customer (values["customer"]) or mark it to create
    (values["create"]: the key of the new customer); False: the row failed."""
    mobile, name = col["mobile"][i], col["name"][i]
    hit = mobiles.get(mobile) if mobile else None
    if hit is not None:
        if hit[1]:
            fail(row, "in_bin", "the customer is in the recycle bin", id=hit[0])
            return False
        row.values["customer"] = hit[0]
        return True
    candidates = [c for c, m in names.get(name, []) if not (mobile and m and m != mobile)]
    if len(candidates) > 1:
        fail(row, "name_ambiguous", f"{len(candidates)} customers are named {name}", "name",
             name=name, candidates=candidates)  # fmt: skip
        return False
    if candidates:
        row.values["customer"] = candidates[0]
        return True
    if not (name or mobile):
        fail(row, "member_no_customer", "the row names no customer (name or mobile)", "name")
        return False
    if not options.create_customers:
        fail(row, "member_customer_unknown", f"no customer {name or mobile} (create customers to add"
             " them)", "name", value=name or mobile)  # fmt: skip
        return False
    row.values["create"] = ("mobile", mobile) if mobile else ("name", name)
    return True


# ---------------------------------------------------------------- writing


def _write(plan: Plan, run_id: int, progress, cancel) -> Written:
    rows = [(i, r) for i, r in enumerate(plan.rows) if r.action == NEW]
    col = {t: plan.columns.get(t, [None] * len(plan.rows)) for t in TARGETS}
    created = _create(run_id, rows, col, cancel)
    tick(progress, cancel, 0.3)
    today = clock.today()
    items = [openings.Opening(
        customer_id=r.values["customer"], card_no=col["card_no"][i],
        joined_on=col["joined_on"][i] or today, expires_on=col["expires_on"][i],
        points=col["points"][i] or 0, principal_fen=col["principal"][i] or 0,
        bonus_fen=col["bonus"][i] or 0,
        level_id=None if r.values.get("level_kept") else col["level"][i],
        service=r.values.get("service", ""), visits=col["visits"][i] or 0,
    ) for i, r in rows]  # fmt: skip
    opened = openings.open_members(items, import_run=run_id)
    tick(progress, cancel, 0.8)
    changes = [(run_id, o.customer_id, CARD_FIELD, None, str(card_id))
               for o, card_id in zip(items, opened.card_ids, strict=True)]  # fmt: skip
    changes += [(run_id, c, LEVEL_FIELD, None if old is None else str(old), str(new))
                for c, old, new in opened.levels]  # fmt: skip
    insert_rows(ImportChange, [ImportChange.run, ImportChange.customer, ImportChange.field,
                               ImportChange.old, ImportChange.new], changes)  # fmt: skip
    kept = sum(1 for _i, r in rows if r.values.get("level_kept")) + opened.levels_locked
    details = {"points": opened.points, "principal_fen": opened.principal_fen,
               "bonus_fen": opened.bonus_fen, "visits": opened.visits, "levels_kept": kept}  # fmt: skip
    return Written(len(items), 0, created, details)


def _create(run_id: int, rows: list[tuple[int, RowPlan]], col: dict, cancel) -> int:
    """The customers of rows marked to create, one per key (a mobile, else a name)."""
    keys: dict[tuple, dict] = {}
    for i, row in rows:
        key = row.values.get("create")
        if key is not None and key not in keys:
            item = {"name": col["name"][i] or col["mobile"][i], "source": SOURCE}
            if col["mobile"][i]:
                item["mobile"] = col["mobile"][i]
            keys[key] = item
    if not keys:
        return 0
    ids = dict(zip(keys, customer_writing.create_customers(run_id, list(keys.values()), cancel),
                   strict=True))  # fmt: skip
    for _i, row in rows:
        if row.values.get("create") is not None:
            row.values["customer"] = ids[row.values["create"]]
    return len(ids)


# ---------------------------------------------------------------- undo


def _undo(run: ImportRun, report: UndoReport) -> None:
    """Reverse the run's openings, stop its cards, put back its levels; then remove the
    customers it created (the common undo: those given records since are kept)."""
    mine = (ImportChange.run == run.id) & ImportChange.field.in_((CARD_FIELD, LEVEL_FIELD))
    card_ids, levels = [], []
    for customer, name, old, new in (ImportChange.select(
            ImportChange.customer, ImportChange.field, ImportChange.old, ImportChange.new)
            .where(mine).order_by(ImportChange.id).tuples()):  # fmt: skip
        if name == CARD_FIELD:
            card_ids.append(int(new))
        else:
            levels.append((customer, None if old is None else int(old), int(new)))
    done = openings.reverse_run(run.id, card_ids, levels, f"撤销导入 {run.id}")
    ImportChange.delete().where(mine).execute()
    report.records_removed += done.cards_disabled
    report.membership = done.as_dict()
    customer_writing.undo(run, report)


def _result(import_id: int | None, written: Written, counts: dict) -> Result:
    d = written.details
    return Result(import_id, written.created, 0, counts[DUPLICATE], counts[ERROR],
                  written.extra, d.get("points", 0), d.get("principal_fen", 0),
                  d.get("bonus_fen", 0), d.get("visits", 0), d.get("levels_kept", 0))  # fmt: skip


KIND = ImportKind(
    name="members",
    words=WORDS,
    targets=lambda: [*TARGETS, import_mapping.IGNORE],
    options=Options,
    rules=rules,
    classify=_classify,
    write=_write,
    undo=_undo,
    result=_result,
    reason=english_reason,
    propose=lambda headers, samples: import_mapping.propose(headers, samples, KIND.index),
    actions=(NEW, DUPLICATE, ERROR),
    strict=frozenset(TARGETS),
    required=(
        Requirement(("name", "mobile"), "member_customer_unmapped", "map a name or mobile column"),
    ),  # fmt: skip
    extra="customers created",
    outcome="+{created:,} members, +{extra:,} customers",
    row_by_row=False,  # the same card twice: the later row is skipped
)
