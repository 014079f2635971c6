"""`--pick ROW=CUSTOMER` of the imports that match customers by name (communities
import, events import, import --kind members): an ambiguous name resolved (0: skip the
row); without, such rows are errors, listed in the outcome's `ambiguous_rows`."""

from __future__ import annotations

from desktop.cli.output import fail
from desktop.cli.text import fill, translate

# models/ modules are imported inside the functions (see desktop/cli/imports.py).


def add_pick_option(parser) -> None:
    parser.add_argument("--pick", action="append", default=[], metavar="ROW=CUSTOMER",
                        help="resolve an ambiguous name: row ROW is customer CUSTOMER (0: skip "
                        "the row); without, such rows are errors (listed in ambiguous_rows)")  # fmt: skip


def picks_of(args) -> dict[int, int | None] | None:
    """{row: customer, None: skip} from the --pick options; None when one does not read
    (said on stderr: the command exits 1)."""
    picks: dict[int, int | None] = {}
    for text in args.pick or []:
        row, _, customer = text.partition("=")
        if not (row.strip().isdigit() and customer.strip().isdigit()):
            fail(fill(translate("Cli", "--pick takes ROW=CUSTOMER (numbers), not %1"), text))
            return None
        picks[int(row)] = int(customer) or None
    return picks


def ambiguous_rows(plan) -> list[dict]:
    from models.excel import name_picks

    return name_picks.ambiguous_json(plan)
