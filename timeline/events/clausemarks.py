"""Punctuation that looks like a clause boundary and is none (issue 12: one clause per summary).

"When it opened on Jan. 12, 1964, it was ...": the comma of a date; "a wage of 9,000 rand ($700;
£500) a month": a semicolon in brackets; "warned, however, that ...": an adverb set off by commas
between a verb and what it reports (``words.toml`` ``interjected_adverbs``). The clause splitter
(:mod:`timeline.events.clauses`) asks these before it cuts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.events.clauses import Token
    from timeline.events.language import Words

__all__ = ["before_interjection", "date_comma", "in_brackets"]

_YEAR_DIGITS = 4
_BRACKET_WORDS = 12  # at most this many tokens back to an opening bracket


def date_comma(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the comma between a day and its year ("Jan. 12, 1964")?"""
    return (0 < i < len(tokens) - 1 and tokens[i].text == "," and tokens[i - 1].text.isdigit()
            and tokens[i + 1].text.isdigit() and len(tokens[i + 1].text) == _YEAR_DIGITS)


def in_brackets(tokens: list[Token], i: int) -> bool:
    """Does token ``i`` stand inside brackets opened shortly before it ("($700; £500)")?"""
    for j in range(i - 1, max(-1, i - 1 - _BRACKET_WORDS), -1):
        if tokens[j].text in ")]":
            return False
        if tokens[j].text in "([":
            return any(t.text in ")]" for t in tokens[i + 1 : i + 1 + _BRACKET_WORDS])
    return False


def before_interjection(tokens: list[Token], i: int, words: Words) -> int:
    """Where the words before token ``i`` end once an adverb set off by commas right before it is
    skipped ("warned, however, that": the index of "however"'s first comma), else ``i``."""
    if i >= 3 and tokens[i - 1].text == tokens[i - 3].text == "," and tokens[i - 2].lower in words.interjected_adverbs:
        return i - 3
    return i
