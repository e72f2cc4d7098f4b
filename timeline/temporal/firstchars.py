"""Which characters can a regular expression's match start with? (for first-character dispatch)

Scanning tries the rules only at word starts near a trigger word, and only the rules whose
match can begin with the character found there. This module computes that set from the
parsed pattern; ``None`` means "any character" (the rule is then tried everywhere).
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701  (the stdlib's own parser, read-only use)
from re import _parser

__all__ = ["first_chars"]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}


def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-cased characters a match of ``pattern`` can start with, or None for any.

    >>> sorted(first_chars(r"(?:the )?(?:\\d|May)"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'm', 't']
    """
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return None
    chars, nullable = _sequence(list(parsed))
    if chars is None or nullable:
        return None
    return frozenset(c.lower() for c in chars)


def _sequence(items: list) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op == C.LITERAL:
        return {chr(av).lower()}, False
    if op == C.IN:
        return _charset(av), False
    if op == C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op == getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op == C.BRANCH:
        found: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            chars, nullable = _sequence(list(branch))
            if chars is None:
                return None, False
            found |= chars
            any_nullable |= nullable
        return found, any_nullable
    if op in _REPEATS:
        low, _high, sub = av
        chars, nullable = _sequence(list(sub))
        return chars, nullable or low == 0
    return None, False  # ANY, NOT_LITERAL, group references...


def _charset(items) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op == C.LITERAL:
            found.add(chr(av).lower())
        elif op == C.RANGE:
            if av[1] - av[0] > 400:
                return None
            found |= {chr(c).lower() for c in range(av[0], av[1] + 1)}
        elif op == C.CATEGORY and av == C.CATEGORY_DIGIT:
            found |= set("0123456789")
        else:
            return None
    return found
