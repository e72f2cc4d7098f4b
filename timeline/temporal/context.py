"""Context cues around a match: the tense that governs an expression.

The cue patterns are data (``language.toml`` ``[cues]``); this module only decides where to
look: the words just before the expression, back to the start of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .grammar import Grammar

__all__ = ["aside_at", "looks_ahead", "tense_at", "tense_memo_clear"]


def tense_at(text: str, start: int, end: int, grammar: Grammar) -> str:
    """The tense governing ``text[start:end]``: ``future``, ``past`` or ``none`` (no cue).

    ``text`` is lower-cased (``scanner.lowered``): the cues are written in lower case.
    Looking back from the expression to the start of its clause, the nearest cue decides;
    a future cue wins a tie ("expected to" is both a past form and a future cue); a neutral
    cue ("had been set to expire") cancels the cues before it, like a clause break. With no cue
    nearby, a future cue further back (``future_window_before``) still governs: "will be named
    commander of the shuttle for a mission in December". A sentence that opens with its date
    takes the future from the verb after it ("On Tuesday, the league plans to hold a rally").
    With no cue at all, a past form at the date's edge gives the past ("the mayor resigned in
    October", "a jury in January found him guilty": ``before_past``, ``after_past``).

    >>> from .grammar import load_grammar
    >>> g = load_grammar("en")
    >>> s = "the talks will resume on friday."
    >>> tense_at(s, s.index("friday"), s.index("friday") + 6, g)
    'future'
    >>> s = "the talks were held on friday."
    >>> tense_at(s, s.index("friday"), s.index("friday") + 6, g)
    'past'
    >>> s = "a ruling is expected in october."
    >>> tense_at(s, s.index("october"), s.index("october") + 7, g)
    'none'
    >>> [tense_at(s, s.index("october"), s.index("october") + 7, g)
    ...  for s in ("the mayor resigned in october.", "a jury in october found him guilty.")]
    ['past', 'past']
    """
    reading = _reading(grammar)
    before = text[start - 15:start] if start > 15 else "\n" + text[:start]
    if reading.opening is not None and reading.opening.search(before):
        for tense, ahead in reading.opening_tenses:
            if ahead.match(text, end, end + 100):
                return tense
        if reading.opening_narrative is not None and reading.opening_narrative.search(before):
            return "past"
    left = text[max(0, start - reading.reach):start]
    tense = _tense_of(left, grammar, max(0, len(left) - reading.window))
    if tense == "none" and ((reading.before_past is not None and reading.before_past.search(left))
                            or (reading.after_past is not None and reading.after_past.match(text, end))):
        return "past"  # "the mayor resigned in October", "a jury in January found"
    return tense


@dataclass(frozen=True, slots=True)
class _Reading:
    """A grammar's context settings, read once: the windows, the cues and the asides."""

    window: int  # how far back a tense cue governs
    reach: int  # how far back a future cue governs
    opening: re.Pattern | None
    opening_tenses: tuple[tuple[str, re.Pattern], ...]  # future first
    opening_narrative: re.Pattern | None
    before_past: re.Pattern | None  # a past form right before the date ("resigned in")
    after_past: re.Pattern | None  # a past form right after it ("in January found")
    asides: tuple[tuple[str, str, int, str], ...]  # kind, cue, window (chars), cut: by name


@lru_cache(maxsize=8)
def _reading(grammar: Grammar) -> _Reading:
    cues, settings = grammar.cues, grammar.settings
    window = int(settings.get("tense_window_before", 60))
    asides = tuple((kind, aside["cue"], int(aside["window"]), aside["cut"])
                   for kind, aside in settings.get("asides", {}).items())  # in order: first wins
    return _Reading(window, max(window, int(settings.get("future_window_before", window))),
                    cues.get("opening"),
                    tuple((tense, cues[f"opening_{tense}"]) for tense in ("future", "past")
                          if cues.get(f"opening_{tense}") is not None),
                    cues.get("opening_narrative"), cues.get("before_past"), cues.get("after_past"), asides)


@lru_cache(maxsize=8192)
def _tense_of(left: str, grammar: Grammar, near_from: int = 0) -> str:
    """The tense the words ``left`` of an expression give it (memoised: windows repeat).

    Cues from ``near_from`` on decide, the nearest first; before it only a future cue counts.
    """
    cues = grammar.cues.get("tense")
    if cues is None:
        return "none"
    future_at = past_at = weak_at = perfect_at = -1
    for cue in cues.finditer(left):
        kind = cue.lastgroup
        if kind in ("clause_break", "neutral"):
            future_at = past_at = weak_at = perfect_at = -1
        elif kind.endswith("_weak"):  # a future that a past perfect of its clause overrides
            weak_at = cue.start()
        elif kind.startswith("future"):  # "future" and its variants ("future_present")
            future_at = cue.start()
        else:  # "past" and "past_perfect"
            past_at = cue.start()
            if kind == "past_perfect":
                perfect_at = past_at
    if future_at >= 0 and future_at >= past_at:
        return "future"
    if weak_at >= 0 and weak_at >= past_at and perfect_at < 0:
        return "future"
    return "past" if past_at >= near_from else "none"


def tense_memo_clear() -> None:
    """Forget the memoised tense (and clause cues) of each window."""
    _tense_of.cache_clear()
    _in_clause.cache_clear()


def looks_ahead(text: str, start: int, grammar: Grammar) -> bool:
    """Whether the clause before ``start`` looks ahead ("will reopen in [two weeks]", "is
    expected in [about six months]") and does not count back from a superlative or an ordinal
    ("the smallest gain in [a year]"): the ``ahead`` and ``span_back`` cues, within
    ``tense_window_before`` characters and the expression's clause (``text`` lower-cased).

    >>> from .grammar import load_grammar
    >>> g = load_grammar("en")
    >>> s = "the bridge will reopen in two weeks."
    >>> looks_ahead(s, s.index("two"), g), looks_ahead("the biggest rise in two weeks.", 23, g)
    (True, False)
    """
    left = text[max(0, start - _reading(grammar).window):start]
    # only the expression's own clause counts (up to a clause break)
    if _in_clause(left, grammar, "span_back", "clause_break"):
        return False
    if _in_clause(left, grammar, "ahead", "clause_break"):
        return True
    return tense_at(text, start, start, grammar) == "future"


def aside_at(text: str, start: int, grammar: Grammar) -> str | None:
    """Whether an expression of a history sits in an aside that does not move the narrative:
    ``ahead`` (a flash-forward: "the siege would last 872 days, until [January 27, 1944]",
    "which took effect on [January 1, 1863]"), ``back`` (a flashback: "Hitler had signed the
    directive on [December 18, 1940]"), else None. Each kind is a row of the ``asides`` setting:
    its cue, searched within ``window`` characters back to its ``cut`` cue (a clause break);
    ``text`` is lower-cased.

    >>> from .grammar import load_grammar
    >>> g = load_grammar("en")
    >>> s = "hitler had signed the directive on december 18, 1940."
    >>> aside_at(s, s.index("december"), g), aside_at("he left on may 3.", 11, g)
    ('back', None)
    """
    for kind, cue, window, cut in _reading(grammar).asides:  # in order: the first wins
        if _in_clause(text[max(0, start - window):start], grammar, cue, cut):
            return kind
    return None


@lru_cache(maxsize=8192)
def _in_clause(left: str, grammar: Grammar, cue: str, cut: str) -> bool:
    """Whether the cue named ``cue`` occurs in ``left`` with no ``cut`` cue (a clause break)
    after it: the expression's own clause, the last occurrence deciding. Memoised on the cues'
    names (hashing a compiled pattern hashes its whole code): windows repeat."""
    pattern, breaks = grammar.cues.get(cue), grammar.cues.get(cut)
    if pattern is None:
        return False
    ends = [found.end() for found in pattern.finditer(left)]
    return bool(ends) and (breaks is None or breaks.search(left, ends[-1]) is None)
