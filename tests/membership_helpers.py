"""Shared by the membership tests: a member with a card, a frozen clock, the check."""

from __future__ import annotations

import datetime as dt

from models import clock
from models.customers import customers
from models.membership import cards, check


def member(name: str = "张三", card: str | None = None) -> int:
    cid = customers.create({"name": name})
    cards.enroll(cid, card)
    return cid


def at(*args) -> None:
    clock.set_now(dt.datetime(*args))


def all_checked() -> None:
    found = check.check_all()
    assert found.ok, found.differences
