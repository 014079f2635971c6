"""What the duplicates review shows of a group: each customer's fields and counts of
their records side by side, and the value each field keeps by default."""

from __future__ import annotations

from models.customers.record import Customer
from models.merging.merging import CHOOSABLE, field_values

COUNTED = (("followups", "followup"), ("purchases", "purchase"),
           ("complaints", "complaint"), ("tags", "customer_tag"))  # fmt: skip
SHOWN = ("name", "mobile", "email", "wechat", "number", "company", "job_title", "city",
         "birthday", "gender", "source", "owner", "stage", "address", "notes")  # fmt: skip


def side_by_side(ids) -> list[dict]:
    """One dict per customer (in the order of `ids`): `id`, the SHOWN fields, `updated_at`,
    and the COUNTED counts. Customers no longer there (merged, purged) are left out."""
    ids = [int(i) for i in ids]
    rows = {c.id: c for c in Customer.select().where(Customer.id.in_(ids)
                                                      & Customer.merged_into.is_null()
                                                      & Customer.deleted_at.is_null())}  # fmt: skip
    out = []
    for cid in ids:
        c = rows.get(cid)
        if c is None:
            continue
        item = {"id": cid, "updated_at": c.updated_at}
        item.update({f: getattr(c, f) for f in SHOWN})
        for name, table in COUNTED:
            item[name] = Customer._meta.database.execute_sql(
                f"SELECT COUNT(*) FROM {table} WHERE customer_id = ?", (cid,)
            ).fetchone()[0]
        out.append(item)
    return out


def default_choices(keep: int, ids) -> dict[str, int]:
    """{field: the customer whose value survives by default (the newest non-empty)}."""
    everyone = {c.id: c for c in Customer.select().where(Customer.id.in_([int(i) for i in ids]))}
    survivor = everyone[int(keep)]
    others = [c for cid, c in everyone.items() if cid != survivor.id]
    values = field_values(survivor, others, None)
    out = {}
    for name in CHOOSABLE:
        pick = next((c.id for c in (survivor, *others) if getattr(c, name) == values[name]),
                    survivor.id)  # fmt: skip
        out[name] = pick
    return out
