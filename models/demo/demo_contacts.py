"""Demo contact history for the demo customers: follow-ups (mostly done, some open,
some repeating, some at a time) and interactions, for screenshots and benchmarks.
Written in bulk (one transaction), then each customer's contact summary is computed."""

from __future__ import annotations

import datetime as dt
import random
from contextlib import nullcontext

from models import clock
from models.customers.record import Customer
from models.demo.demo import OWNERS
from models.followups.channels import BASIC_CHANNELS as CHANNELS
from models.followups.followups import Followup
from models.followups.interactions import Interaction
from models.purchases import milestones
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database

SUBJECTS = (
    "回访使用情况", "确认报价", "邀请参加活动", "续费提醒", "介绍新品", "预约到店",
    "售后回访", "催收尾款", "节日问候", "了解需求",
)  # fmt: skip
OUTCOMES = (
    "客户满意，下月再联系", "已发报价，等回复", "没接电话，改天再打", "答应周末到店",
    "已续费", "暂不需要", "约好下周拜访", "已加微信，发了资料",
)  # fmt: skip


def generate_contacts(followups: int, interactions: int, seed: int = 1, batch: int = 50000) -> None:
    """Add `followups` follow-ups (85% done, each with its logged interaction) and
    `interactions` more interactions over the live customers; all or nothing."""
    rnd = random.Random(seed)
    ids = [
        i
        for (i,) in Customer.select(Customer.id)
        .where(Customer.deleted_at.is_null())
        .order_by(Customer.id)
        .tuples()
    ]
    if not ids:
        return
    now = clock.now()
    today = dt.datetime.combine(now.date(), dt.time())
    big = followups + interactions >= 100000
    f_fields = [
        Followup.customer, Followup.kind, Followup.due_at, Followup.has_time, Followup.subject,
        Followup.owner, Followup.status, Followup.every, Followup.anchor, Followup.outcome,
        Followup.created_at, Followup.done_at, Followup.notified_at, Followup.note,
        Followup.source, Followup.care_key,
    ]  # fmt: skip
    i_fields = [
        Interaction.customer, Interaction.channel, Interaction.at, Interaction.summary,
        Interaction.owner, Interaction.followup, Interaction.created_at,
    ]  # fmt: skip
    start = (Followup.select(Followup.id).order_by(Followup.id.desc()).scalar() or 0) + 1
    with database.atomic():
        ctx_f = indexes_dropped(Followup) if big else nullcontext()
        ctx_i = indexes_dropped(Interaction) if big else nullcontext()
        ctx_m = milestones.triggers_off() if big else nullcontext()
        with ctx_m, ctx_f, ctx_i:
            made = 0
            while made < followups:
                n = min(batch, followups - made)
                f_rows, i_rows = [], []
                for k in range(n):
                    fid = start + made + k
                    cid = rnd.choice(ids)
                    kind = rnd.choice(CHANNELS)
                    owner = rnd.choice(OWNERS)
                    timed = rnd.random() < 0.3
                    done = rnd.random() < 0.85
                    if done:
                        due = today - dt.timedelta(days=rnd.randrange(1, 720))
                    else:
                        due = today + dt.timedelta(days=rnd.randrange(-30, 90))
                    if timed:
                        due += dt.timedelta(hours=rnd.randrange(9, 18), minutes=rnd.choice((0, 30)))
                    every = rnd.choice(("1m", "2w", "3m")) if rnd.random() < 0.1 else ""
                    outcome = rnd.choice(OUTCOMES) if done else ""
                    done_at = due + dt.timedelta(hours=rnd.randrange(0, 48)) if done else None
                    if done_at is not None and done_at > now:
                        done_at = now
                    f_rows.append((
                        cid, kind, due, timed, rnd.choice(SUBJECTS), owner,
                        "done" if done else "open", every, due if every else None, outcome,
                        due - dt.timedelta(days=rnd.randrange(1, 30)), done_at,
                        due if timed and due <= now else None, "", "", "",
                    ))  # fmt: skip
                    if done:
                        i_rows.append((cid, kind, done_at, outcome, owner, fid, done_at))
                insert_rows(Followup, f_fields, f_rows)
                insert_rows(Interaction, i_fields, i_rows)
                made += n
            made = 0
            while made < interactions:
                n = min(batch, interactions - made)
                rows = []
                for _ in range(n):
                    at = now - dt.timedelta(minutes=rnd.randrange(1, 730 * 24 * 60))
                    rows.append((
                        rnd.choice(ids), rnd.choice(CHANNELS), at, rnd.choice(OUTCOMES),
                        rnd.choice(OWNERS), None, at,
                    ))  # fmt: skip
                insert_rows(Interaction, i_fields, rows)
                made += n
        refresh_contact_summary()


def refresh_contact_summary() -> None:
    """Recompute every customer's last contact and next follow-up (plain SQL that
    SQLite and PostgreSQL both accept)."""
    database.execute_sql(
        "UPDATE customer SET"
        " last_contact_at = (SELECT MAX(at) FROM interaction"
        "   WHERE interaction.customer_id = customer.id),"
        " next_followup_at = (SELECT MIN(due_at) FROM followup"
        "   WHERE followup.customer_id = customer.id AND followup.status = 'open')"
    )
