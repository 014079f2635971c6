"""What the search box (and `guanjia customers --query`) makes of its text."""

from __future__ import annotations

from dataclasses import replace

from models.customers.customer_filter import CustomerFilter
from models.customers.query import compiler
from models.customers.query.syntax import only_words, parse


def filter_for(text: str, flt: CustomerFilter = CustomerFilter()) -> CustomerFilter:
    """`flt` narrowed by the box's text: plain words are today's search (`search`, its
    index-counted plan), anything else the search language (`query`). QueryError when
    the text cannot be asked, before anything is read."""
    text = (text or "").strip()
    if only_words(parse(text)):
        return replace(flt, search=text, query="")
    compiler.check(text)
    return replace(flt, search="", query=text)
