"""The day of a saying told in a sentence opened by a participle: "Speaking at a briefing on Tuesday, ...".

"Speaking at a ministerial briefing on Tuesday, the director said the number of cases had risen":
the day in the opening participle phrase is the day of the saying that follows it, and, after a
lead with no day of its own, the story's day (:func:`timeline.events.dating.story_day` checks how
far back it is): the later sayings of the story ("The director also said ...") are of that day,
not of the article's. The words (the participle's ending, the prepositions that end like one,
"According to ...") are data (``rules/en/dates.toml``, ``[opening_sayings]``).

>>> from datetime import date
>>> from timeline.temporal import tag
>>> text = "Speaking to reporters on Tuesday, the minister said the outbreak was under control."
>>> opening_saying_day(text, 0, len(text), tag(text, date(2024, 3, 14))).text
'Tuesday'
>>> text = "According to the ministry, the outbreak began on Tuesday, the minister said."
>>> opening_saying_day(text, 0, len(text), tag(text, date(2024, 3, 14))) is None
True
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.clauses import tokenize
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.model import TimeExpression

__all__ = ["OpeningWords", "load_opening_words", "opening_saying_day"]


@dataclass(frozen=True, slots=True)
class OpeningWords:
    """The words of the rule: how a participle ends, and the words that end so but are not one."""

    ending: str  # "ing": "Speaking", "Addressing"
    not_participles: frozenset[str]  # "according", "during", "following": prepositions


@lru_cache(maxsize=4)
def load_opening_words(language: str = "en") -> OpeningWords:
    """The ``[opening_sayings]`` table of ``rules/<language>/dates.toml``."""
    path = RULES_DIR / language / "dates.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))["opening_sayings"]
        return OpeningWords(table["ending"], frozenset(table["not_participles"]))
    except KeyError as missing:
        raise ValueError(f"{path}: [opening_sayings] {missing} is missing") from None


def opening_saying_day(text: str, start: int, end: int, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day (among ``times``) in the opening participle phrase of the sentence at
    [start, end) when a reporting verb follows it after a comma ("Speaking to reporters on
    Tuesday, the minister said ..."); None for any other sentence."""
    day = next((t for t in times if start <= t.start < end and t.type == "DATE" and t.granularity == "day"
                and t.period_start is not None and t.period_end == t.period_start), None)
    if day is None:  # first: most sentences name no day, and need no tokens
        return None
    words = load_opening_words()
    tokens = [t for t in tokenize(text, start, end) if not t.quoted]
    first = tokens[0] if tokens else None
    if (first is None or not first.text[:1].isupper() or not first.lower.endswith(words.ending)
            or first.lower in words.not_participles):
        return None
    cues = load_lexicon().cues
    after = [t for t in tokens if t.start >= day.end]
    comma = next((i for i, t in enumerate(after) if t.text == ","), None)
    if comma is None:
        return None
    said = next((t for t in after[comma:] if (c := cues.get(t.lower)) is not None and c.reporting is not None
                 and c.pos == "verb"), None)
    return day if said is not None and not text[day.end : said.start].count(";") else None
