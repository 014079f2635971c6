"""The search language's reading: text -> tokens -> a tree of Word, Term, Not, And, Or.

    query   := or
    or      := and (("或" | "OR") and)*
    and     := unary+                      (terms side by side: all of them)
    unary   := ("-" | "非" | "NOT") unary | "(" or ")" | term
    term    := word | field op value       op: ":" "=" ">" "<" ">=" "<=" ":>" ":<=" ...

Full-width punctuation (：＝＞＜（），“”) reads as its half-width twin; a value may be
quoted ("阿里 巴巴", “阿里 巴巴”). Positions are characters of the text as typed, so the
window can underline the term a QueryError names. Which field a name means, and what a
value says, is the compiler's business (fields.py); this module knows no field.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.customers.query.errors import QueryError

FULL_WIDTH = str.maketrans({"：": ":", "＝": "=", "＞": ">", "＜": "<", "（": "(", "）": ")",
                            "，": ",", "　": " ", "－": "-", "．": "."})  # fmt: skip
QUOTES = {'"': '"', "“": "”", "「": "」"}
OR_WORDS = {"或", "OR", "或者"}
AND_WORDS = {"AND", "且", "并且"}
NOT_WORDS = {"NOT", "非"}
OPERATORS = (">=", "<=", ">", "<", "=", ":")


@dataclass(frozen=True)
class Word:
    """Plain words: today's as-you-type search."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Term:
    """`field op value`; `op` one of ":", "=", ">", "<", ">=", "<="."""

    field: str
    op: str
    value: str
    start: int
    end: int
    quoted: bool = False
    value_start: int = 0


@dataclass(frozen=True)
class Not:
    node: object
    start: int
    end: int


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class _Token:
    kind: str  # "chunk", "(", ")", "or", "and", "not"
    text: str
    start: int
    end: int
    quoted: bool = False  # a chunk that is one quoted string


def normalised(text: str) -> str:
    """`text` with full-width punctuation made half-width (same length, same places)."""
    return (text or "").translate(FULL_WIDTH)


def tokens(text: str) -> list[_Token]:
    text = normalised(text)
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            out.append(_Token(ch, ch, i, i + 1))
            i += 1
            continue
        start = i
        quoted_whole = ch in QUOTES
        while i < n and not text[i].isspace() and text[i] not in "()":
            if text[i] in QUOTES:
                close = text.find(QUOTES[text[i]], i + 1)
                if close < 0:
                    raise QueryError("query_unclosed_quote", start, n, term=text[start:])
                i = close + 1
            else:
                i += 1
        chunk = text[start:i]
        if chunk.upper() in OR_WORDS or chunk in OR_WORDS:
            out.append(_Token("or", chunk, start, i))
        elif chunk.upper() in AND_WORDS or chunk in AND_WORDS:
            out.append(_Token("and", chunk, start, i))
        elif chunk.upper() in NOT_WORDS or chunk == "-":
            out.append(_Token("not", chunk, start, i))
        else:
            quoted = quoted_whole and chunk[-1:] == QUOTES[chunk[0]] and len(chunk) > 1
            out.append(_Token("chunk", chunk, start, i, quoted))
    return out


def _unquote(text: str) -> tuple[str, bool]:
    if len(text) >= 2 and text[0] in QUOTES and text[-1] == QUOTES[text[0]]:
        return text[1:-1], True
    return text, False


def split_term(chunk: str) -> tuple[str, str, str, int] | None:
    """(field, op, value, value offset) of a `field op value` chunk; None for a word."""
    i, n = 0, len(chunk)
    while i < n and chunk[i] not in ":=<>" and chunk[i] not in QUOTES:
        i += 1
    if i == 0 or i >= n or chunk[i] in QUOTES:
        return None
    field = chunk[:i]
    if field.isdigit():  # 10:30, 3>2: words, not fields
        return None
    rest = chunk[i:]
    op = ":"
    for candidate in (":>=", ":<=", ":>", ":<", ":=", *OPERATORS):
        if rest.startswith(candidate):
            op = candidate.lstrip(":") if candidate != ":" else ":"
            if candidate == ":=":
                op = "="
            return field, op, rest[len(candidate) :], i + len(candidate)
    return None


def _term(token: _Token, negated: bool) -> object:
    """A chunk as a Word or a Term (a leading "-" or "非" with a field: negated)."""
    text = token.text
    if token.quoted:
        return Word(_unquote(text)[0], token.start, token.end)
    parts = split_term(text)
    if parts is None:
        return Word(text, token.start, token.end)
    field, op, value, offset = parts
    value, quoted = _unquote(value)
    if not value:
        raise QueryError("query_no_value", token.start, token.end, term=text)
    return Term(field, op, value, token.start, token.end, quoted, token.start + offset)


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.items = tokens(text)
        self.at = 0

    def peek(self) -> _Token | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> _Token:
        token = self.items[self.at]
        self.at += 1
        return token

    def read_or(self):
        parts = [self.read_and()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            if self.peek() is None or self.peek().kind in (")", "or"):
                raise QueryError("query_dangling", token.start, token.end, term=token.text)
            parts.append(self.read_and())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def read_and(self):
        parts = []
        while (token := self.peek()) is not None and token.kind not in (")", "or"):
            if token.kind == "and":
                self.take()
                continue
            parts.append(self.read_unary())
        if not parts:
            token = self.peek()
            where = token.start if token else len(self.text)
            raise QueryError("query_dangling", max(0, where - 1), where + 1,
                             term=token.text if token else "")  # fmt: skip
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def read_unary(self):
        token = self.take()
        if token.kind == "not":
            if self.peek() is None or self.peek().kind in (")", "or"):
                raise QueryError("query_dangling", token.start, token.end, term=token.text)
            node = self.read_unary()
            return Not(node, token.start, _end(node))
        if token.kind == "(":
            if self.peek() is not None and self.peek().kind == ")":
                self.take()
                return And(())
            node = self.read_or()
            close = self.peek()
            if close is None or close.kind != ")":
                raise QueryError("query_unclosed_paren", token.start, token.end,
                                 term=self.text[token.start:].strip())  # fmt: skip
            self.take()
            return node
        if token.kind == ")":
            raise QueryError("query_extra_paren", token.start, token.end,
                             term=self.text[:token.end].strip())  # fmt: skip
        return self.chunk(token)

    def chunk(self, token: _Token):
        text = token.text
        if not token.quoted and len(text) > 1 and text[0] in "-":
            inner = _Token("chunk", text[1:], token.start + 1, token.end)
            return Not(_term(inner, True), token.start, token.end)
        if not token.quoted and len(text) > 1 and text[0] == "非":
            inner = _Token("chunk", text[1:], token.start + 1, token.end)
            node = _term(inner, True)
            if isinstance(node, Term):  # 非城市:杭州; 非洲 stays a word
                return Not(node, token.start, token.end)
        return _term(token, False)


def _end(node) -> int:
    if isinstance(node, (Word, Term, Not)):
        return node.end
    return _end(node.items[-1]) if node.items else 0


def parse(text: str):
    """The tree of `text`; None for an empty query. QueryError for what cannot be read."""
    reader = _Reader(text or "")
    if reader.peek() is None:
        return None
    node = reader.read_or()
    extra = reader.peek()
    if extra is not None:  # only a stray ")" stops read_or early
        raise QueryError("query_extra_paren", extra.start, extra.end,
                         term=text[: extra.end].strip())  # fmt: skip
    return node


def walk(node):
    """Every Word and Term of the tree, in order."""
    if node is None:
        return
    if isinstance(node, (Word, Term)):
        yield node
    elif isinstance(node, Not):
        yield from walk(node.node)
    else:
        for item in node.items:
            yield from walk(item)


def only_words(node) -> bool:
    """True when the query is plain words side by side (today's search)."""
    if node is None or isinstance(node, Word):
        return True
    return isinstance(node, And) and all(isinstance(item, Word) for item in node.items)
