"""Ambiguous names in the imports that match a row to a customer by name (community
members, event sign-ups, members): a name several customers share, with nothing else
in the row to tell them apart, is an error row whose problem (code "name_ambiguous")
names the candidates. The window's preview (double-click the row) and the CLI
(`--pick ROW=CUSTOMER`, 0 to skip) pick one; the plan applies the picks
(`apply_picks`), each kind saying what a picked row becomes (its `resolve`)."""

from __future__ import annotations

from collections.abc import Callable

from models.customers.record import Customer
from models.errors import ValidationError
from models.excel.import_types import ERROR, Plan, Problem, RowPlan

CODE = "name_ambiguous"


def ambiguity(row: RowPlan) -> Problem | None:
    return next((p for p in row.problems if p.code == CODE), None)


def ambiguous_rows(plan: Plan) -> list[RowPlan]:
    return [r for r in plan.rows if r.action == ERROR and ambiguity(r) is not None]


def ambiguous_json(plan: Plan) -> list[dict]:
    """What the CLI's --json says of them: row, name, candidates."""
    return [{"row": r.line, "name": p.params["name"], "candidates": p.params["candidates"]}
            for r in ambiguous_rows(plan) for p in r.problems if p.code == CODE]  # fmt: skip


def apply_picks(plan: Plan, picks: dict[int, int | None],
                resolve: Callable[[Plan, RowPlan, int | None], None]) -> None:  # fmt: skip
    """The review's choices for ambiguous rows (a pick no longer among a row's
    candidates, the file having changed, leaves the row as it is)."""
    for row in plan.rows:
        problem = ambiguity(row) if row.line in picks else None
        if problem is None:
            continue
        pick = picks[row.line]
        if pick is None or pick in problem.params["candidates"]:
            resolve(plan, row, pick)


def take_pick(row: RowPlan, customer_id: int | None) -> None:
    """Check a pick for the row (refused: the row is not ambiguous, the customer is not
    one of its candidates) and clear the row's ambiguity; the kind's resolve then says
    what the row becomes."""
    problem = ambiguity(row)
    if problem is None:
        raise ValidationError("row", "not_ambiguous", f"row {row.line} is not ambiguous")
    if customer_id is not None and customer_id not in problem.params["candidates"]:
        raise ValidationError("row", "not_a_candidate", f"customer {customer_id} is not one "
                              f"of row {row.line}'s candidates", id=customer_id)  # fmt: skip
    row.problems.remove(problem)


def candidates(ids: list[int]) -> list[dict]:
    """What the review shows of an ambiguous row's candidates, in the order given."""
    rows = Customer.select(Customer.id, Customer.number, Customer.name, Customer.mobile,
                           Customer.wechat, Customer.city).where(Customer.id.in_(ids)).dicts()  # fmt: skip
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]
