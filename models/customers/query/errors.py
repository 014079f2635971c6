"""QueryError: a term of the search language that cannot be read or asked."""

from __future__ import annotations

from models.errors import GuanjiaError

# code -> the English sentence (the window and the CLI in Chinese translate by code;
# ui/customers/query_messages.py).
MESSAGES = {
    "query_unknown_field": "unknown field “{term}”",
    "query_unknown_field_hint": "unknown field “{term}”; did you mean “{hint}”?",
    "query_no_value": "“{term}” needs a value after the colon",
    "query_bad_value": "“{value}” is not a value of {field}",
    "query_bad_value_hint": "“{value}” is not a value of {field}; did you mean “{hint}”?",
    "query_bad_number": "“{value}” is not a number ({field})",
    "query_bad_date": "“{value}” is not a date or period ({field}): write 2026-03-01, "
    "2026-01..2026-03, >90天, 本月, 3月",
    "query_bad_operator": "{field} cannot be compared with “{op}”",
    "query_unclosed_quote": "a quote is not closed: “{term}”",
    "query_unclosed_paren": "a parenthesis is not closed: “{term}”",
    "query_extra_paren": "a closing parenthesis has no opening one: “{term}”",
    "query_dangling": "“{term}” needs a term after it",
}


class QueryError(GuanjiaError):
    """Why a query cannot run: `code` (MESSAGES' keys), the term's place in the text
    (`start`, `end`: characters), and params for the sentence (term, field, value, op,
    hint)."""

    def __init__(self, code: str, start: int, end: int, **params):
        params = {k: str(v) for k, v in params.items()}
        super().__init__(MESSAGES[code].format_map(_Blank(params)), **params)
        self.code = code
        self.start = start
        self.end = max(end, start + 1)


class _Blank(dict):
    def __missing__(self, key):
        return ""
