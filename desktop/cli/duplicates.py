"""guanjia duplicates / merge: probable duplicate customers, and merging them (issue 29).

`duplicates [--by certain|likely|all] [--json]`: one group per line, largest first,
with `ids` (the suggested survivor first), `reason` and `score` (0-1).
`merge KEEP OTHER [OTHER ...] [--json]`: the survivor with `id`, `merged` and `moved`
(rows per kind of record); `merge --undo KEEP` undoes the last merge into KEEP."""

from __future__ import annotations

from desktop.cli.output import fail, print_json, print_rows
from desktop.cli.text import translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    dup = commands.add_parser(
        "duplicates", help="groups of customers who are probably the same person"
    )
    dup.add_argument("--by", default="all", choices=("certain", "likely", "all"),
                     help="certain (same mobile, email or number), likely (name alike and "
                     "another field agreeing) or all (default)")  # fmt: skip
    dup.add_argument("--json", action="store_true", help="one object per group: ids, reason, score")
    dup.set_defaults(handler=_duplicates)
    mer = commands.add_parser("merge", help="merge customers into one (KEEP survives)")
    mer.add_argument("keep", metavar="KEEP", help="the customer who stays")
    mer.add_argument("others", nargs="*", metavar="OTHER", help="customers merged into KEEP")
    mer.add_argument("--undo", action="store_true", help="undo the last merge into KEEP")
    mer.add_argument("--json", action="store_true", help="id, merged, moved")
    mer.set_defaults(handler=_merge)


def _duplicates(args) -> int:
    from models.customers import duplicates

    groups = duplicates.find(args.by)
    print_rows((g.to_json() for g in groups), args.json,
               lambda g: f"{' '.join(map(str, g['ids']))}\t{g['reason']}\t{g['score']}")  # fmt: skip
    return 0


def _ids(values) -> list[int] | None:
    try:
        return [int(v) for v in values]
    except ValueError:
        return None


def _merge(args) -> int:
    from models.merging import merging

    ids = _ids([args.keep, *args.others])
    if ids is None:
        return fail(translate("Cli", "customer ids are numbers"))
    if args.undo:
        if args.others:
            return fail(translate("Cli", "--undo takes the survivor's id only"))
        done = merging.undo_last(ids[0])
        if args.json:
            print_json(done.to_json())
        else:
            print(f"{done.id}\t{' '.join(map(str, done.merged))}")
        return 0
    done = merging.merge(ids[0], ids[1:])
    if args.json:
        print_json(done.to_json())
    else:
        moved = ", ".join(f"{k} {v}" for k, v in sorted(done.moved.items()))
        print(f"{done.id}\t{' '.join(map(str, done.merged))}\t{moved}")
    return 0
