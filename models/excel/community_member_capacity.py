"""A community's capacity in a member import (community_member_import.py): a list that
would take the community past its capacity is never written silently.

The plan knows the capacity and the members now (`facts`, read when it is classified);
`overflow(plan)` is how many of the rows to join will not fit, which the preview and a
dry run say. Options.overflow decides what the run does with them:

- "refuse" (the default): the whole import is refused before anything is written
  (ValidationError "over_capacity", naming the capacity, the members, the rows to join
  and how many do not fit);
- "next_group": the rows that fit join the community, in the file's order, and the rest
  join the next group "XX 2群" (members.new_next_group, as `communities join
  --next-group` starts it), then "XX 3群" if that fills too; the groups made are kept
  with the run (ImportChange), so the import's undo removes them with their memberships
  unless something was recorded in them since;
- "allow": every row joins, past the capacity.
"""

from __future__ import annotations

from models.communities import members
from models.communities.communities import member_count
from models.communities.tables import (
    Community,
    CommunityActivity,
    CommunityDay,
    CommunityMember,
    Event,
)
from models.errors import ValidationError
from models.excel.import_records import ImportChange, ImportRun
from models.excel.import_types import NEW, Plan
from models.storage.bulk import insert_rows

OVERFLOWS = ("refuse", "next_group", "allow")
OVERFLOW_WORDS = {"next-group": "next_group", "next_group": "next_group", "refuse": "refuse",
                  "allow": "allow"}  # fmt: skip
GROUP_FIELD = "next_group"  # ImportChange.field of a group a run started


def check_overflow(value: str) -> str:
    code = OVERFLOW_WORDS.get(str(value or "").strip().lower())
    if code is None:
        raise ValidationError("overflow", "overflow_invalid",
                              f"overflow: next-group, refuse or allow, not {value!r}",
                              text=str(value))  # fmt: skip
    return code


def facts(community_id: int) -> tuple[int | None, int, str]:
    """(capacity, members now, name) of the community the import goes into."""
    community = Community.get_by_id(community_id)
    return community.capacity, member_count(community_id), community.name


def joining(plan: Plan) -> int:
    return sum(1 for r in plan.rows if r.action == NEW)


def overflow(plan: Plan) -> int:
    """How many of the rows to join do not fit (0 without a capacity)."""
    if plan.capacity is None:
        return 0
    return max(0, plan.members + joining(plan) - plan.capacity)


def refuse_if_over(plan: Plan) -> None:
    """With Options.overflow "refuse": ValidationError "over_capacity" when rows do not fit."""
    over = overflow(plan)
    if plan.options.overflow != "refuse" or not over:
        return
    n = joining(plan)
    raise ValidationError(
        "import", "over_capacity",
        f"{plan.community_name} holds {plan.capacity} members: it has {plan.members}, the "
        f"file would add {n}, so {over} would not fit; nothing imported (choose the next "
        f"group or allow it)",
        name=plan.community_name, capacity=plan.capacity, members=plan.members, joining=n,
        overflow=over,
    )  # fmt: skip


def placement(plan: Plan, count: int) -> tuple[list[int], list[int]]:
    """The community each of the `count` rows to join goes into (in order), and the next
    groups started for them (in the caller's transaction)."""
    community = plan.options.community
    if plan.options.overflow != "next_group" or plan.capacity is None:
        return [community] * count, []
    room = max(0, plan.capacity - plan.members)
    places = [community] * min(room, count)
    groups: list[int] = []
    while len(places) < count:
        group = members.new_next_group(groups[-1] if groups else community)
        groups.append(group)
        size = plan.capacity if plan.capacity > 0 else count  # a capacity of 0 never fills
        places += [group] * min(size, count - len(places))
    return places, groups


def remember_groups(run_id: int, groups: list[int]) -> None:
    """The groups a run started, kept for its undo (ImportChange rows, customer 0)."""
    rows = [(run_id, 0, f"{GROUP_FIELD}:{g}", None, str(g)) for g in groups]
    insert_rows(ImportChange, [ImportChange.run, ImportChange.customer, ImportChange.field,
                               ImportChange.old, ImportChange.new], rows)  # fmt: skip


def started_groups(run: ImportRun) -> list[int]:
    """In the import's undo, first: the groups the run started (their ImportChange rows
    taken away, so the customers' undo does not read them as a customer's change)."""
    query = ImportChange.select(ImportChange.id, ImportChange.new).where(
        (ImportChange.run == run.id) & ImportChange.field.startswith(GROUP_FIELD + ":"))  # fmt: skip
    rows = list(query.tuples())
    ImportChange.delete().where(ImportChange.id.in_([i for i, _ in rows])).execute()
    return [int(g) for _, g in rows]


def remove_groups(groups: list[int]) -> list[int]:
    """Once the run's memberships are gone: the groups it started, unless something was
    recorded in them since (members, activity, statistics, events)."""
    removed = []
    for group in groups:
        used = any(
            table.select().where(table.community == group).exists()
            for table in (CommunityMember, CommunityActivity, CommunityDay, Event)
        )
        if not used:
            Community.delete().where(Community.id == group).execute()
            removed.append(group)
    return removed
