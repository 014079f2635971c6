"""guanjia team (list, add, deactivate, activate, rename, role): the staff list (团队), the
people named as the owner (负责人) of customers, leads, follow-ups and complaints
(issue 28)."""

from __future__ import annotations

from desktop.cli.output import print_json, print_rows
from desktop.cli.text import fill, translate

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    team = commands.add_parser(
        "team", help="the staff list (团队): who can own customers and leads"
    )
    sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    lst = sub.add_parser(
        "list", help="everyone, active first, with the customers and leads they own"
    )
    lst.add_argument("--json", action="store_true",
                     help="one object per person: id, name, role, active, customers, leads")  # fmt: skip
    lst.set_defaults(handler=_list)
    add = sub.add_parser("add", help="add a staff member")
    add.add_argument("name", help="their name (unique)")
    add.add_argument("--role", default="", metavar="R", help="their role, e.g. 销售")
    add.add_argument("--json", action="store_true", help="the new person as one JSON object")
    add.set_defaults(handler=_add)
    for action, text in (("deactivate", "give no new work (stays the owner of the old)"),
                         ("activate", "active again")):  # fmt: skip
        cmd = sub.add_parser(action, help=text)
        cmd.add_argument("name", help="the staff member's name")
        cmd.set_defaults(handler=_active, active=action == "activate")
    ren = sub.add_parser("rename", help="rename a staff member everywhere they are named")
    ren.add_argument("old", help="the name now")
    ren.add_argument("new", help="the new name")
    ren.add_argument(
        "--json", action="store_true", help="old, new, changed (owner texts rewritten)"
    )
    ren.set_defaults(handler=_rename)
    role = sub.add_parser("role", help="set a staff member's role")
    role.add_argument("name", help="the staff member's name")
    role.add_argument("role", help='the role ("" for none)')
    role.set_defaults(handler=_role)


def _list(args) -> int:
    from models.team import staff

    def line(r):
        state = translate("Cli", "active") if r["active"] else translate("Cli", "inactive")
        return f"{r['id']}\t{r['name']}\t{r['role']}\t{state}\t{r['customers']}\t{r['leads']}"

    print_rows(staff.rows(), args.json, line)
    return 0


def _add(args) -> int:
    from models.team import staff

    new_id = staff.add(args.name, args.role)
    row = staff.Staff.get_by_id(new_id)
    if args.json:
        print_json({"id": new_id, "name": row.name, "role": row.role, "active": True})
    else:
        print(f"{new_id}\t{row.name}")
    return 0


def _active(args) -> int:
    from models.team import staff

    if not staff.set_active(args.name, args.active):
        text = (translate("Cli", "%1 is active already") if args.active
                else translate("Cli", "%1 is inactive already"))  # fmt: skip
        print(fill(text, staff.clean(args.name)))
    return 0


def _rename(args) -> int:
    from models.team import staff

    old = staff.get(args.old).name
    changed = staff.rename(old, args.new)
    new = staff.clean(args.new)
    if args.json:
        print_json({"old": old, "new": new, "changed": changed})
    else:
        print(fill(translate("Cli", "%1 is now %2 (%3 owner texts rewritten)"), old, new, changed))
    return 0


def _role(args) -> int:
    from models.team import staff

    staff.set_role(args.name, args.role)
    return 0
