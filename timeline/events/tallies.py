"""A tally of seats or votes is of the day of the contest the text named with its day.

"The governing alliance has won Sunday's parliamentary elections, the commission said on Monday.
... The alliance won 288 seats.": the second clause has no date of its own, but its tally ("288
seats", "366,781 votes", "54% of the vote") is the result of the contest named before with its
day ("Sunday's ... elections", "an election on Sunday": :mod:`timeline.events.datednouns`). Its
date is that day, inherited, not the article date. The words (the tally's units, the contests, how
many words may stand between the day and the contest) are data (``rules/en/dates.toml``,
``[tallies]``).

>>> from datetime import date
>>> from timeline.events.datednouns import dated_nouns
>>> from timeline.model import TimeExpression
>>> text = "The party won Sunday's general election. It won 288 seats."
>>> day = date(2018, 12, 30)
>>> sunday = TimeExpression(14, 20, "Sunday", "DATE", day.isoformat(), "day", day, day)
>>> tallied(text, 41, len(text), dated_nouns(text, [sunday])).noun
'election'
>>> tallied(text, 41, len(text) - 6, dated_nouns(text, [sunday])) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.events.clauses import clause_words
from timeline.events.datewords import load_date_words
from timeline.events.language import alternation

if TYPE_CHECKING:
    from timeline.events.datednouns import DatedNoun

__all__ = ["tallied"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = load_date_words()
    shares, units = alternation(words.tally_shares), alternation(words.tally_units)
    tally = re.compile(rf"\b\d[\d,.]*\s*(?:{shares})?\s+(?:{units})\b", re.IGNORECASE)
    contest = re.compile(rf"(?:{alternation(clause_words().possessive_endings)})\s+(?:[a-z][\w-]*\s+){{0,"
                         rf"{words.contest_modifiers}}}?({alternation(words.contests)})\b")
    return tally, contest


def tallied(text: str, start: int, end: int, nouns: Sequence[DatedNoun]) -> DatedNoun | None:
    """The last contest among ``nouns`` introduced before ``start`` ("Sunday's general election",
    "an election on Sunday") when [start, end) holds a tally ("288 seats"), or None."""
    tally, contest = _patterns()
    if tally.search(text, start, end) is None:
        return None
    contests = load_date_words().contests
    for noun in reversed([n for n in nouns if n.end <= start]):
        if noun.noun in contests:
            return noun  # "an election on Sunday"
        match = contest.match(text, noun.time.end)
        if match is not None:  # "Sunday's general election": the contest after the day's modifiers
            return replace(noun, noun=match.group(1), end=match.end(1))
    return None
