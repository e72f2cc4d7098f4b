"""The words and punctuation of a span of text, with offsets into the text and the quotes they
stand in: what clauses, dates and fragments are read from.

A span is tokenized once: several steps read the same sentence (its candidates, its finite verb,
whether it is a fragment, its readable start), so the tokens of the last spans are kept
(:func:`_tokens`, a few documents' worth) and each caller gets its own list. The spans of one text
overlap (a paragraph, its sentences, their clauses): the whole text is tokenized once
(:func:`_text_tokens`) and a span's tokens are read from it, unless a token of the whole runs
across the span's start or end ("rock'n" of "rock'n'roll" cut after the "n"), where the span is
tokenized alone.

>>> text = 'Rebels said "we won" on Monday.'
>>> [(t.text, t.quoted) for t in tokenize(text, 0, len(text))][1:5]
[('said', False), ('we', True), ('won', True), ('on', False)]
>>> tokenize(text, 0, 6) == tokenize(text, 0, 6) and tokenize(text, 0, 6) is not tokenize(text, 0, 6)
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from timeline.events.language import load_language

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]|_")
_OPEN = {"“": True, "”": False, "‘": True, "’": False}
_SPANS = 4096  # spans whose tokens are kept: about 60 per news article
_TEXTS = 8  # texts whose tokens are kept whole (the spans of a document read from them)
_QUOTES = ('"', "“", "‘", "``")  # a span with one of these marks its quoted words


class Token(NamedTuple):
    """A word or punctuation mark (a named tuple: built by the thousand, so kept light)."""

    start: int
    end: int
    text: str
    lower: str
    quoted: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words and punctuation of ``text[start:end]``, with offsets into ``text``; words inside
    quotation marks are marked ``quoted``."""
    return list(_tokens(text, start, end))


@lru_cache(maxsize=_SPANS)
def _tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of the span, kept: never handed out (:func:`tokenize` copies them)."""
    whole = _text_tokens(text) if 0 <= start < end <= len(text) and end - start < len(text) else None
    inside = _inside(whole, start, end) if whole is not None else None
    if all(text.find(q, start, end) < 0 for q in _QUOTES):
        return inside if inside is not None else _plain(text, start, end)
    if inside is not None:
        spans = [(t.start, t.end, t.text) for t in inside]
    else:
        spans = [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(text[start:end])]
    lower = _LOWER
    new = tuple.__new__
    tokens = []
    quoted = False
    for s, e, w in spans:
        if w == '"':
            quoted = not quoted
        elif w in _OPEN:
            quoted = _OPEN[w]
        elif w == "`" or (w == "'" and text[s - 1 : s] == "'"):  # ``newswire'' quotes
            quoted = w == "`"
        elif w != "'":
            tokens.append(new(Token, (s, e, w, lower.get(w) or _lower(w), quoted)))
    return tokens


def _plain(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, none of them quoted."""
    lower = _LOWER
    new = tuple.__new__  # a Token without the named tuple's Python-level __new__: built by the thousand
    return [new(Token, (m.start(), m.end(), w, lower.get(w) or _lower(w), False))
            for m in _TOKEN.finditer(text, start, end) for w in (m.group(),)]


@lru_cache(maxsize=_TEXTS)
def _text_tokens(text: str) -> tuple[list[Token], list[int]]:
    """The tokens of the whole of ``text`` (none of them quoted) and their starts."""
    tokens = _plain(text, 0, len(text))
    return tokens, [t.start for t in tokens]


def _inside(whole: tuple[list[Token], list[int]], start: int, end: int) -> list[Token] | None:
    """The tokens of the whole text that lie in ``start``-``end``: the span's own tokens, unless one
    runs across its start or end (then None). A token found from ``start`` on starts where the
    whole text's does, the tokenizer reading nothing before it."""
    tokens, starts = whole
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if (first and tokens[first - 1].end > start) or (last > first and tokens[last - 1].end > end):
        return None
    return tokens[first:last]


def forget() -> None:
    """Drop the kept tokens and word forms (a benchmark's pass starts cold)."""
    _tokens.cache_clear()
    _text_tokens.cache_clear()
    _LOWER.clear()


_LOWER: dict[str, str] = {}  # word -> its lookup form; bounded, see _lower


def _lower(word: str) -> str:
    """The lookup form of a word: lower case, without a possessive 's."""
    lower = word.lower()
    possessives = _possessives()
    if lower.endswith(possessives):
        ending = next(e for e in possessives if lower.endswith(e))
        lower = lower[: -len(ending)]
    if len(_LOWER) < 200_000:
        _LOWER[word] = lower
    return lower


@lru_cache(maxsize=1)
def _possessives() -> tuple[str, ...]:
    return load_language().words.possessive_endings
