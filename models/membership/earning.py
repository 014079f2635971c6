"""The hook run inside the transaction that records a purchase (a stand-in until the
levels' earning rules arrive): a member earns points_per_yuan x the whole yuan spent."""

from __future__ import annotations

from models.membership import points, settings
from models.membership.tables import Member
from models.purchases.purchases import get_row


def after_purchase(purchase_id: int) -> dict:
    """Points for the purchase (members only); returns {"points": n, "entry_id": id}."""
    purchase = get_row(purchase_id)
    if not Member.select().where(Member.customer_id == purchase.customer_id).exists():
        return {"points": 0}
    earned = purchase.amount_cents // 100 * settings.get("points_per_yuan")
    if earned <= 0:
        return {"points": 0}
    entry = points.earn(purchase.customer_id, earned, purchase_id=purchase_id,
                        reason=f"purchase {purchase.order_no or purchase_id}".strip())  # fmt: skip
    return {"points": earned, "entry_id": entry}
