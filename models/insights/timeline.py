"""A customer's timeline: interactions, follow-ups, complaints, purchases, community
joins and leaves, events (attended, missed, to come) and survey answers, newest first. Planned follow-ups sort by their due date, so what comes next is on top;
a complaint sits at the time it came in."""

from __future__ import annotations

from models.communities import customer_history
from models.complaints import complaint_list
from models.followups import followups, interactions
from models.purchases import purchases
from models.surveys import customer_answers


def for_customer(customer_id: int, limit: int = 200) -> list[dict]:
    """Entries {"type", "at", "row"}: type "interaction", "followup", "complaint",
    "purchase", "community", "event" (models.communities.customer_history) or "survey"
    (models.surveys.customer_answers: every answer). A done
    follow-up
    appears as the interaction its completion logged, not twice."""
    entries = [
        {"type": "interaction", "at": row["at"], "row": row}
        for row in interactions.for_customer(customer_id, limit)
    ]
    query = (
        followups.Followup.select()
        .where((followups.Followup.customer == customer_id) & (followups.Followup.status != "done"))
        .order_by(followups.Followup.due_at.desc())
        .limit(limit)
    )
    entries += [
        {"type": "followup", "at": row["due_at"], "row": row}
        for row in followups.with_customers(list(query.dicts()))
    ]
    entries += [
        {"type": "complaint", "at": row["received_at"], "row": row}
        for row in complaint_list.for_customer(customer_id, limit)
    ]
    entries += [
        {"type": "purchase", "at": row["at"], "row": row}
        for row in purchases.for_customer(customer_id, limit)
    ]
    entries += customer_history.timeline_entries(customer_id, limit)
    entries += customer_answers.timeline_entries(customer_id, limit)
    entries.sort(key=lambda e: (e["at"], e["type"] == "followup"), reverse=True)
    return entries[:limit]
