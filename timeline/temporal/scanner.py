"""Finding candidate matches: the rules tried at word starts shortly before trigger words.

One pass finds the trigger words (a month, a unit, a digit...); at the word starts shortly before
each, only the rules indexed under the text's first characters are tried, giving leftmost,
non-overlapping candidate spans with their rule, normalised fields and underspecified value.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from .grammar import Grammar, Rule
from .prefixes import DIGITS_AS_HASH
from .traits import Traits, traits_of
from .values import Pending, build, normalise

__all__ = ["Candidate", "build_cached", "clear_scan_memo", "lowered", "scan", "scan_tuples"]

_MATCHED: dict = {}  # (rule, the match's groups) -> (rule, fields, value, traits, span): bounded


def clear_scan_memo() -> None:
    """Forget the memoised fields and values of matches."""
    _MATCHED.clear()
    build_cached.cache_clear()


@lru_cache(maxsize=4096)
def build_cached(fields: tuple) -> Pending:
    """``build`` memoised on the match's fields (the same words give the same value)."""
    return build(dict(fields))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule match: offsets into the text, the rule, and its normalised fields."""

    start: int
    end: int
    rule: Rule
    fields: Mapping[str, Any]
    pending: Pending | None = None  # the value built from the fields
    traits: Traits | None = None  # what the tagger reads of the fields


def lowered(text: str) -> str:
    """The text in lower case, offset for offset (a few characters lengthen when lowered)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def scan_tuples(text: str, grammar: Grammar, dct: date | None, lower: str) -> Iterator[tuple]:
    """Leftmost, non-overlapping rule matches that start shortly before a trigger word, as
    ``(start, end, rule, fields, value, traits)`` (a :class:`Candidate`'s fields, no object).

    Candidate starts are the trigger itself and the start words (``the``, ``last``, ``early``
    ...) at most ``lookback_chars`` before it; at each, only the rules indexed under the
    text's first characters are tried, in priority order. A rule with context words (a named
    date) matches only with one of them nearby, and not in an article dated before its day.
    A match's fields, value and traits are memoised on its rule and groups.
    """
    compiled, length = grammar.compiled, grammar.prefix_length
    lookback = int(grammar.settings.get("lookback_chars", 40))
    rules, known, rules_for = grammar.rules, grammar.candidates, grammar.rules_for
    normal = lower.translate(DIGITS_AS_HASH)  # the text is lower case already: digits as '#'
    # every start word once, in order (dense text would rescan each one for many triggers)
    words = [word.start() for word in grammar.start_words.finditer(lower)]
    pos = first = 0
    for hit in grammar.trigger.finditer(lower):
        trigger_at = hit.start()
        if trigger_at < pos:
            continue
        first = bisect_left(words, trigger_at - lookback if trigger_at - lookback > pos else pos,
                            first)
        last = bisect_left(words, trigger_at, first)
        for start in (words[first:last] + [trigger_at]) if last > first else (trigger_at,):
            if start < pos:
                continue
            key = normal[start:start + length]
            for index in known.get(key) or rules_for(key):
                m = compiled[index].match(text, start)
                if m is None or (rules[index].near is not None
                                 and not _in_context(rules[index], lower, m, dct)):
                    continue
                pos = m.end()
                # a rule's groups (those of its lookarounds included) decide its fields
                found = _MATCHED.get((index, m.groups()))
                if found is None:
                    found = _matched_fields(index, m, grammar)
                rule, fields, pending, traits, span = found
                yield (*m.span(span), rule, fields, pending, traits)
                break


def _matched_fields(index: int, m: re.Match, grammar: Grammar) -> tuple:
    """A match's rule, normalised fields, value, traits and the group of its span (memoised)."""
    tables, memo = grammar.tables, grammar.normalised
    rule = grammar.rules[index]
    fields: dict[str, Any] = dict(rule.value)  # the rule's literals, overridden by groups
    for group, name, table_names in rule.groups:
        captured = m.group(group)
        if captured is not None:
            value = memo.get((captured, table_names))
            if value is None:
                value = memo[captured, table_names] = normalise(captured, tables, table_names)
            if isinstance(value, dict):  # a table row of several fields (a holiday)
                fields.update(value)
            else:
                fields[name] = value
    if len(memo) > 100_000:  # bounded memos
        memo.clear()
    if len(_MATCHED) > 100_000:
        _MATCHED.clear()
    found = _MATCHED[index, m.groups()] = (
        rule, MappingProxyType(fields), build_cached(tuple(fields.items())),
        traits_of(rule.type, fields), rule.span_group or m.lastgroup)
    return found


def _in_context(rule: Rule, lowered: str, match: re.Match, dct: date | None) -> bool:
    """A named date's context: one of its words nearby, and an article not older than the day."""
    if dct is not None and rule.not_before is not None and dct.isoformat() < rule.not_before:
        return False
    window = rule.near_window
    return rule.near.search(lowered, max(0, match.start() - window), match.end() + window) is not None


def scan(text: str, grammar: Grammar, dct: date | None = None, lower: str | None = None
         ) -> Iterator[Candidate]:
    """Every rule match, left to right, without overlaps (``dct`` rules out named dates later
    than the article; ``lower`` is the text's :func:`lowered` form, when the caller has it)."""
    for found in scan_tuples(text, grammar, dct, lowered(text) if lower is None else lower):
        yield Candidate(*found)
