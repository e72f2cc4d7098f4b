"""A clause with nothing of its own is a detail of the happening its sentence reports.

"The fire burned for five days and destroyed a third of the old town." The second clause names no
actor, no date and no one who reports it, and it is of the kind (type) of the happening before
it in its sentence: a detail of that happening (a toll, a step, a result), not a happening of its
own. It joins, as a part (:func:`timeline.events.parts.with_part`), the nearest earlier event of
its sentence of the same type and date. A clause with an actor of its own ("the army evacuated
the town"), a date of its own, a reporter ("officials said"), or another type stays an event.
How far back to look and the examples are data (``rules/en/parts.toml`` ``[detail]``); the engine
knows no English: it reads only sentences, actors, dates, reporting verbs and types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.parts import examples, part_data, with_part
from timeline.model import Event

__all__ = ["DetailRules", "join_details", "load_detail_rules"]


@dataclass(frozen=True, slots=True)
class DetailRules:
    """``parts.toml`` ``[detail]``: how many events back to look (0: off), and the examples
    (text, events, parts)."""

    window: int
    examples: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=4)
def load_detail_rules(language: str = "en") -> DetailRules:
    """The detail rules of ``language``."""
    _, data = part_data(language)
    table = data.get("detail", {})
    return DetailRules(int(table.get("window", 0)), examples(table))


def _bare(event: Event, candidate: Candidate | None) -> bool:
    """Has ``event`` nothing of its own: no actor, no date words, no one reporting it?"""
    return (not event.actors and event.date_source != "explicit" and not event.attribution
            and candidate is not None and candidate.report is None)


def join_details(events: Sequence[Event], candidates: Mapping[int, Candidate]) -> list[Event]:
    """``events`` (of one document, in text order) with each bare clause (no actor, date or
    reporter of its own) joined to the nearest earlier event of its sentence of its type and date,
    the rest renumbered in order. ``candidates`` maps an event's ``trigger_start`` to the candidate
    it came from.

    >>> from datetime import date
    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> text = "The fire in Lisbon burned for five days in 1755 and destroyed a third of the old town."
    >>> [len(e.parts) for e in process(Document("d", text, date(2025, 4, 28))).events]
    [1]
    """
    window = load_detail_rules().window
    kept: list[Event] = []
    for event in events:
        if window and _bare(event, candidates.get(event.trigger_start)):
            home = next((at for at in range(len(kept) - 1, max(-1, len(kept) - 1 - window), -1)
                         if kept[at].sentence.start == event.sentence.start
                         and (kept[at].event_type, kept[at].date_value) == (event.event_type, event.date_value)),
                        None)
            if home is not None:
                part = (event.sentence.start, event.sentence.end, event.summary)
                kept[home] = with_part(kept[home], event, part)
                continue
        kept.append(event)
    if len(kept) == len(events):
        return kept
    prefix = f"{events[0].doc_id}-e" if events else ""
    return [replace(e, event_id=f"{prefix}{n:03d}") for n, e in enumerate(kept, 1)]
