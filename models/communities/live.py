"""Live customers in community queries: the recycle bin left out by one pattern.

The bin is small (a handful of rows, read through the partial index customer_in_bin),
so "not one of the binned ids" is a set built once per query and a probe per row,
where a join or an EXISTS on customer.deleted_at is a random lookup into the whole
customer table for every membership or activity row (issue 25: 255,000 members counted
with the join took 9 s at a million customers, with this 3 s, from a cold cache).
The same result as the join: every membership and activity row has its customer
(foreign keys, ON DELETE CASCADE).
"""

from __future__ import annotations

from models.customers.record import Customer

BINNED_IDS = "SELECT id FROM customer WHERE deleted_at IS NOT NULL"


def not_binned(column: str = "customer_id") -> str:
    """The SQL condition "`column` is not a customer in the recycle bin"."""
    return f"{column} NOT IN ({BINNED_IDS})"


def not_binned_where(field):
    """The same condition for a Peewee query, on a customer foreign key `field`."""
    return field.not_in(Customer.select(Customer.id).where(Customer.deleted_at.is_null(False)))
