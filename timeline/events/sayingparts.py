"""One statement is one event: a second saying of the same speaker in the same sentence joins the first.

"Mayor Anna Berg thanked the volunteers on Monday and said the town would rebuild the school." The
sentence reports one appearance of one speaker: the second saying, with no date of its own, is a
further part of the statement before it, not a happening of its own. It joins, as a part
(:func:`timeline.events.parts.with_part`; the statement keeps its own actors: whom the speaker
names in the second saying is no actor of the statement), the nearest earlier event of its own sentence that is a
saying (its verb a reporting verb or a cue of a saying's type, "thanked", "urged"; or the content
of a reporting verb), shares an actor with it and is of its date (or has none). A saying with a
date of its own ("and on Tuesday she said ...", "a day after he had suggested"), or one whose
speaker is another, stays an event; so does a happening that is no saying, whoever reports it,
unless it is a further content of the same reporting verb ("Officials said the storm killed six
people and destroyed 2,000 homes": one report; ``same_report`` in the rules).
How far back to look and the examples are data (``rules/en/parts.toml`` ``[same_saying]``); the
engine knows no English: it reads only sentences, reporting verbs, actors and dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.parts import examples, fold_into_homes, part_data
from timeline.model import Event

__all__ = ["SayingRules", "join_sayings", "load_saying_rules"]


@dataclass(frozen=True, slots=True)
class SayingRules:
    """``parts.toml`` ``[same_saying]``: how many events back to look (0: off), and the examples
    (text, events, parts)."""

    window: int
    same_report: bool  # do two contents of one reporting verb make one statement
    kinds: frozenset[str]  # the event types of a cue that is a saying of its own ("thanked", "urged")
    examples: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=4)
def load_saying_rules(language: str = "en") -> SayingRules:
    """The same-saying rules of ``language``."""
    _, data = part_data(language)
    table = data.get("same_saying", {})
    return SayingRules(int(table.get("window", 0)), bool(table.get("same_report", False)),
                       frozenset(table.get("kinds", ())), examples(table))


def _saying(candidate: Candidate | None, rules: SayingRules) -> bool:
    """Is ``candidate`` a saying: its verb a reporting verb or a cue of a saying's type, or the
    content of a reporting verb?"""
    return candidate is not None and (candidate.report is not None or candidate.cue.reporting is not None
                                      or candidate.cue.event_type in rules.kinds)


def _one_report(mine: Candidate | None, theirs: Candidate | None) -> bool:
    """Are ``mine`` and ``theirs`` contents of one reporting verb ("Officials said the storm killed
    six people and destroyed 200 homes")?"""
    return (mine is not None and theirs is not None and mine.report is not None and theirs.report is not None
            and mine.report.start == theirs.report.start)


def _home(event: Event, kept: Sequence[Event], rules: SayingRules, candidates: Mapping[int, Candidate]) -> int | None:
    """The position in ``kept`` of the saying of ``event``'s sentence it goes on: one sharing an
    actor with it, or (``rules.same_report``) the content of the same reporting verb; of its date."""
    mine = candidates.get(event.trigger_start)
    for at in range(len(kept) - 1, max(-1, len(kept) - 1 - rules.window), -1):
        other = kept[at]
        if other.sentence.start != event.sentence.start:
            return None  # only the sentence's own earlier events
        if event.date_value not in ("", other.date_value):
            continue  # "a day after he had suggested": another day, another statement
        theirs = candidates.get(other.trigger_start)
        if rules.same_report and _one_report(mine, theirs):
            return at
        if (event.actors and _saying(mine, rules) and _saying(theirs, rules)
                and set(other.actors) & set(event.actors)):
            return at
    return None


def join_sayings(events: Sequence[Event], candidates: Mapping[int, Candidate]) -> list[Event]:
    """``events`` (of one document, in text order) with each saying of no date of its own joined to
    the earlier saying of its sentence that shares an actor with it, the rest renumbered in order.
    ``candidates`` maps an event's ``trigger_start`` to the candidate it came from.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> text = "Mayor Anna Berg thanked the volunteers on Monday and said the town would rebuild the school."
    >>> [(e.predicate, len(e.parts)) for e in process(Document("d", text, date(2025, 4, 28))).events]
    [('thanked', 1)]
    """
    rules = load_saying_rules()

    def home_of(event: Event, kept: list[Event]) -> int | None:
        if rules.window and event.date_source != "explicit":
            return _home(event, kept, rules, candidates)
        return None
    return fold_into_homes(events, home_of)
