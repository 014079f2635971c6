"""guanjia tags: the tag groups, their tags and how many customers have each."""

from __future__ import annotations

from desktop.cli.output import print_json

# models/ modules are imported inside the handler: every command module is imported to
# build the parser, and `--help` and the small commands should not load them all.


def register(commands) -> None:
    tags = commands.add_parser(
        "tags", help="list tag groups, tags and how many customers have each"
    )
    tags.add_argument("--json", action="store_true", help="one JSON object per tag")
    tags.set_defaults(handler=_tags)


def _tags(args) -> int:
    from models.customers import customer_list
    from models.tags import tags

    counts = customer_list.tag_counts()
    if args.json:
        for t in tags.list_tags():
            print_json({"id": t.id, "group": t.group, "name": t.name, "color": t.color,
                        "count": counts.get(t.id, 0)})  # fmt: skip
        return 0
    by_group: dict[str, list] = {g.name: [] for g in tags.list_groups()}
    for t in tags.list_tags():
        by_group[t.group].append(t)
    for group, members in by_group.items():
        print(group)
        for t in members:
            print(f"  {t.name}\t{counts.get(t.id, 0)}")
    return 0
