"""Happenings a noun names with their day, and the later clauses that name them again.

"Speaking at a ministerial briefing on Tuesday, ..." introduces a happening (the briefing) with its
day; "Sunday's attack" does too. A later clause with no date of its own that names it again with
the definite article ("Adetifa also told the briefing that ...") is linked to that day: its date is
inherited from it, not the article date. The words (the indefinite and definite articles, the
preposition before the day) are data (``rules/en/dates.toml``, ``[dated_nouns]``); the possessive
endings are ``words.toml``'s.

>>> from datetime import date
>>> from timeline.model import TimeExpression
>>> text = "He spoke at a press briefing on Tuesday. He also told the briefing that aid had come."
>>> day = date(2022, 10, 11)
>>> tuesday = TimeExpression(32, 39, "Tuesday", "DATE", day.isoformat(), "day", day, day)
>>> nouns = dated_nouns(text, [tuesday])
>>> [(n.noun, n.time.text) for n in nouns]
[('briefing', 'Tuesday')]
>>> named_again(text, 41, len(text), nouns).noun
'briefing'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.clauses import clause_words
from timeline.events.datewords import load_date_words
from timeline.events.language import alternation
from timeline.events.tallies import tallied
from timeline.model import TimeExpression

__all__ = ["DatedNoun", "dated_nouns", "named_again"]

_REACH = 80  # characters before a day searched for the noun it dates


@dataclass(frozen=True, slots=True)
class DatedNoun:
    """A lower-case noun introduced with a day (``time``), ending at ``end``."""

    noun: str
    end: int
    time: TimeExpression


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, str]:
    rules = load_date_words()
    words = r"[a-z][\w-]*"
    before = re.compile(rf"\b(?i:{alternation(rules.noun_introducers)})\s+(?:{words}\s+){{0,{rules.noun_modifiers}}}?"
                        rf"({words})\s+(?:{alternation(rules.noun_day_links)})\s+\Z")
    after = re.compile(rf"(?:{alternation(clause_words().possessive_endings)})\s+({words})\b")
    return before, after, alternation(rules.definite_articles)


def dated_nouns(text: str, times: Sequence[TimeExpression]) -> tuple[DatedNoun, ...]:
    """The nouns ``text`` introduces with a day among ``times``: "a ministerial briefing on
    Tuesday" (an indefinite noun before the day) and "Sunday's attack" (a possessive day)."""
    before, after, _ = _patterns()
    links = load_date_words().noun_day_links
    found = []
    for t in times:
        if t.type != "DATE" or t.granularity != "day" or t.period_start is None:
            continue
        last = text[max(0, t.start - 12) : t.start].split()[-1:]  # cheap: the link word first
        match = before.search(text, max(0, t.start - _REACH), t.start) if last and last[0].lower() in links else None
        if match is not None:
            found.append(DatedNoun(match.group(1), match.end(1), t))
        match = after.match(text, t.end)
        if match is not None:
            found.append(DatedNoun(match.group(1), match.end(1), t))
    return tuple(sorted(found, key=lambda n: n.end))


def named_again(text: str, start: int, end: int, nouns: Sequence[DatedNoun]) -> DatedNoun | None:
    """The last of ``nouns`` introduced before ``start`` that [start, end) names again with the
    definite article ("the briefing"), or whose result it tallies ("won 288 seats" after "Sunday's
    election": :func:`timeline.events.tallies.tallied`), or None."""
    earlier = [n for n in nouns if n.end <= start]
    if not earlier:
        return None
    *_, definite = _patterns()
    span = text[start:end].lower()
    for noun in reversed(earlier):
        if re.search(rf"\b(?:{definite})\s+{re.escape(noun.noun)}\b", span):
            return noun
    return tallied(text, start, end, nouns)  # "won 288 seats": the result of "Sunday's election"
