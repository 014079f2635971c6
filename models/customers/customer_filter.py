"""CustomerFilter: what a customer list shows (live or bin, search text, tags, contacts)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from peewee import SQL, NodeList

WHERE_KEYS = ("source", "stage", "created_month")


@dataclass(frozen=True)
class CustomerFilter:
    """The live customers or the recycle bin, narrowed by a search text and tags.

    `tags` are required (all of them, or any one with `any_tags`); a customer with any
    of `not_tags` is left out. Tags are ids; a tag is never both required and excluded.
    The contact conditions look at the customer's last contact and next follow-up.
    """

    search: str = ""
    # The search language (models/customers/query): field terms, OR, negation. The box
    # puts plain words in `search` (today's search) and anything else here.
    query: str = ""
    in_bin: bool = False
    tags: tuple[int, ...] = ()
    not_tags: tuple[int, ...] = ()
    any_tags: bool = False
    not_contacted_days: int = 0  # > 0: no contact logged in the last N days (or ever)
    no_next_followup: bool = False  # no open follow-up planned
    rfm_segment: str = ""  # a segment code of models.rfm (the stored RFM)
    lead_grade: str = ""  # A, B, C or D: leads of that stored grade (models.leads)
    # Column conditions a dashboard chart opens the list with: ("source", "wechat"),
    # ("stage", "active"), ("created_month", "2026-05").
    where: tuple[tuple[str, str], ...] = ()
    # Communities (社群): a member now of `community` (an id; 0: any), with
    # `community_role` (a role code; "": any) and `community_level` (an engagement level
    # code, core .. silent; "": any) in that community (or, with 0, in any one); or, with
    # `no_community`, in none.
    community: int = 0
    community_role: str = ""
    no_community: bool = False
    community_level: str = ""
    # Exactly these customers (a community metrics chart's bar or point): `ids_label`
    # says what they are ("社群 XX: 本月新加入 (37)"). Not kept in saved views.
    customer_ids: tuple[int, ...] | None = None
    ids_label: str = ""

    @property
    def has_tags(self) -> bool:
        return bool(self.tags or self.not_tags)

    @property
    def has_contact(self) -> bool:
        """True when the filter looks at contacts (last contacted, next follow-up)."""
        return self.not_contacted_days > 0 or self.no_next_followup

    @property
    def has_row_conditions(self) -> bool:
        """True when the filter looks at columns of the customer rows (contacts, RFM)."""
        return (self.has_contact or bool(self.rfm_segment or self.where or self.lead_grade) or self.has_community
                or self.has_ids or bool(self.query.strip()))  # fmt: skip

    @property
    def has_community(self) -> bool:
        return bool(self.community or self.community_role or self.community_level
                    or self.no_community)  # fmt: skip

    @property
    def has_ids(self) -> bool:
        """True when the list is narrowed to a set of ids (customer_ids)."""
        return self.customer_ids is not None

    def with_community(self, community: int = 0, role: str = "", none: bool = False,
                       level: str = ""):  # fmt: skip
        """Members of a community (and role, and level), or (`none`) customers in no
        community."""
        if none:
            return replace(self, community=0, community_role="", community_level="",
                           no_community=True)  # fmt: skip
        return replace(self, community=int(community or 0), community_role=role or "",
                       community_level=level or "", no_community=False)  # fmt: skip

    def with_ids(self, ids=None, label: str = "") -> CustomerFilter:
        """Exactly the customers `ids` (None: no such condition), named by `label`."""
        if ids is None:
            return replace(self, customer_ids=None, ids_label="")
        return replace(self, customer_ids=tuple(sorted({int(i) for i in ids})),
                       ids_label=label or "")  # fmt: skip

    @property
    def narrows(self) -> bool:
        """True when the filter shows fewer than all customers of its list."""
        return bool(self.search.strip() or self.has_tags or self.has_row_conditions)

    def with_where(self, *conditions: tuple[str, str]) -> CustomerFilter:
        for key, _value in conditions:
            if key not in WHERE_KEYS:
                raise ValueError(f"cannot filter customers by {key!r}")
        return replace(self, where=tuple(conditions))

    def with_rfm_segment(self, segment: str) -> CustomerFilter:
        return replace(self, rfm_segment=segment or "")

    def with_lead_grade(self, grade: str) -> CustomerFilter:
        return replace(self, lead_grade=grade or "")

    def with_contact(self, not_contacted_days: int = 0, no_next_followup: bool = False):
        return replace(
            self,
            not_contacted_days=max(0, int(not_contacted_days or 0)),
            no_next_followup=bool(no_next_followup),
        )

    def with_tags(self, tags=(), not_tags=(), any_tags: bool | None = None) -> CustomerFilter:
        tags = tuple(dict.fromkeys(tags))
        not_tags = tuple(t for t in dict.fromkeys(not_tags) if t not in tags)
        return replace(
            self,
            tags=tags,
            not_tags=not_tags,
            any_tags=self.any_tags if any_tags is None else any_tags,
        )

    def with_tag_state(self, tag_id: int, state: str) -> CustomerFilter:
        """state: "include", "exclude" or "off" for one tag."""
        tags = [t for t in self.tags if t != tag_id]
        not_tags = [t for t in self.not_tags if t != tag_id]
        if state == "include":
            tags.append(tag_id)
        elif state == "exclude":
            not_tags.append(tag_id)
        return self.with_tags(tags, not_tags)

    def tag_state(self, tag_id: int) -> str:
        if tag_id in self.tags:
            return "include"
        if tag_id in self.not_tags:
            return "exclude"
        return "off"

    def with_search(self, search: str) -> CustomerFilter:
        return replace(self, search=search)


def community_conditions(flt: CustomerFilter, id_column) -> list:
    """The filter's community conditions on `id_column` (a customer id): probes of the
    community_member table by its name, written out in portable SQL, so this floor does
    not import the communities package above it (which owns the table); and the id set
    (one JSON parameter: no limit on the number of ids)."""
    conds = []
    if flt.customer_ids is not None:
        # one parameter, a JSON array: a few hundred thousand ids cost milliseconds to
        # read (a literal list of them would be parsed as SQL: seconds)
        ids = "[" + ",".join(str(int(i)) for i in flt.customer_ids) + "]"
        conds.append(NodeList((id_column, SQL("IN (SELECT value FROM json_each(?))", [ids]))))
    if not flt.has_community:
        return conds
    parts = [SQL("EXISTS (SELECT 1 FROM community_member cm WHERE cm.customer_id ="), id_column,
             SQL("AND cm.left_on IS NULL")]  # fmt: skip
    if flt.community:
        parts.append(SQL("AND cm.community_id = ?", [int(flt.community)]))
    if flt.community_role:
        parts.append(SQL("AND cm.role = ?", [flt.community_role]))
    if flt.community_level:
        parts.append(SQL("AND cm.level = ?", [flt.community_level]))
    exists = NodeList((*parts, SQL(")")))
    return [*conds, NodeList((SQL("NOT"), exists)) if flt.no_community else exists]
