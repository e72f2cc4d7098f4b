"""What ``build_events`` knows of the document and of the sentence it is building events for.

Two frozen dataclasses instead of long parameter lists: :class:`DocumentContext` holds the
document with its dates and actor mentions (sorted, with their starts for bisection) and the
caller's settings; :class:`SentenceContext` the sentence being built, its actor mentions (pronouns
resolved), the date of its main clause and the event the narrative is at.

>>> within((1, 4, 9), (1, 4, 9), 2, 9)
(4,)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline.events.antecedents import protagonist
from timeline.events.datednouns import DatedNoun, dated_nouns
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.settings import Settings

__all__ = ["DocumentContext", "SentenceContext", "within"]

_DATING_TYPES = {"DATE", "TIME", "DURATION"}  # a DURATION dates an event only with a period
_GROUNDABLE = ("DATE", "TIME")  # types whose unresolved expressions an undated event names


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """The document being built, with its time expressions and actor mentions sorted by start."""

    doc: Document
    text: str  # the document's text
    dated: tuple[TimeExpression, ...]  # dates, and durations anchored to a date
    dated_starts: tuple[int, ...]
    unresolved: tuple[TimeExpression, ...]  # dates that could not be grounded
    durations: tuple[TimeExpression, ...]  # lengths of time with no date ("two months [after]")
    mentions: tuple[ActorMention, ...]
    mention_starts: tuple[int, ...]
    analyst_actors: Callable[[Sequence[ActorMention]], tuple[str, ...]]
    settings: Settings
    nouns: tuple[DatedNoun, ...] = ()  # happenings named with their day ("a briefing on Tuesday")
    protagonist: ActorMention | None = None  # the person the article is about: the first named twice

    @classmethod
    def of(cls, doc: Document, times: Sequence[TimeExpression], mentions: Sequence[ActorMention],
           analyst_actors: Callable[[Sequence[ActorMention]], tuple[str, ...]],
           settings: Settings) -> DocumentContext:
        """The context of ``doc``: its dating expressions ("two days later": the day it lands on),
        the dates it could not ground ("Saturday" in an article without a date) and its mentions."""
        dated = tuple(sorted((t for t in times if t.type in _DATING_TYPES and t.period_start is not None),
                             key=lambda t: t.start))
        unresolved = tuple(sorted((t for t in times if t.type in _GROUNDABLE and t.period_start is None
                                   and not t.value.endswith("_REF")), key=lambda t: t.start))
        durations = tuple(sorted((t for t in times if t.type == "DURATION" and t.period_start is None),
                                 key=lambda t: t.start))
        ordered = tuple(sorted(mentions, key=lambda m: m.start))
        return cls(doc, doc.text, dated, tuple(t.start for t in dated), unresolved, durations, ordered,
                   tuple(m.start for m in ordered), analyst_actors, settings, dated_nouns(doc.text, dated),
                   protagonist(ordered))

    def times_in(self, start: int, end: int) -> Sequence[TimeExpression]:
        """The dating expressions that begin inside [start, end)."""
        return within(self.dated, self.dated_starts, start, end)

    def last_before(self, offset: int) -> TimeExpression | None:
        """The last dating expression that begins before ``offset`` (None at the start)."""
        at = bisect_left(self.dated_starts, offset)
        return self.dated[at - 1] if at else None

    def durations_in(self, start: int, end: int) -> Sequence[TimeExpression]:
        """The lengths of time with no date that begin inside [start, end)."""
        return within(self.durations, tuple(t.start for t in self.durations), start, end)

    def mentions_in(self, start: int, end: int) -> Sequence[ActorMention]:
        """The actor mentions that begin inside [start, end)."""
        return within(self.mentions, self.mention_starts, start, end)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """The sentence events are built for: its mentions (with "he", "they", "it" resolved), the
    date of its main clause and the event the narrative is at (None when it restarts)."""

    sentence: Sentence
    mentions: Sequence[ActorMention]
    time: TimeExpression | None
    previous: Event | None
    last_day: Event | None = None  # the last event dated to a day by its own words, in the document
    last_dated: Event | None = None  # the last dated event of the narrative, in the document
    perfect_time: TimeExpression | None = None  # the date of its main clause in the past perfect


def within(items: Sequence, starts: Sequence[int], start: int, end: int) -> Sequence:
    """The items (sorted by start, ``starts`` their starts) that begin inside [start, end)."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]
