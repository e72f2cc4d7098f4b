"""One event per happening: the parts of a match, a race or a launch join the happening they belong to.

A report of a match goes through its points, goals and minutes; each would be an event of its own,
dated by the article. An event is a *part* when its sentence names a stage of a happening (a
running score, a minute, a set, a lap: ``rules/en/parts.toml``) and it has no date of its own; it
joins the nearest dated happening before it in the article: an event with an exact day of its own,
on or before the article date, the latest such day among the last few events. The happening keeps
its words and date, takes the parts' actors beside its own, and lists its parts (``Event.parts``:
the sentence offsets and summary of each), in text order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from timeline.model import Event
from timeline.records import evolve

__all__ = ["PartRules", "load_part_rules", "merge_parts", "renumbered", "with_part"]

RULES = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class PartRules:
    """``parts.toml``: the markers of a stage of a happening, how many events back a part looks for
    its happening, and the examples (text, events shown, parts listed)."""

    markers: re.Pattern
    window: int
    examples: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=4)
def part_data(language: str = "en") -> tuple[Path, dict]:
    """``rules/<language>/parts.toml``, read once, and its path (for errors): the part markers here
    and the ``[continued_quote]`` table of :mod:`timeline.events.quoteparts`."""
    path = RULES / language / "parts.toml"
    return path, tomllib.loads(path.read_text(encoding="utf-8"))


def compiled(path: Path, where: str, pattern: str) -> re.Pattern:
    """``pattern`` compiled ignoring case; a bad one is an error naming the file and ``where``."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{path}: {where}: {error}") from None


def examples(table: dict) -> tuple[tuple[str, int, int], ...]:
    """A table's examples: (text, events shown, parts listed)."""
    return tuple((e["text"], int(e["events"]), int(e["parts"])) for e in table.get("examples", []))


@lru_cache(maxsize=4)
def load_part_rules(language: str = "en") -> PartRules:
    """The part rules of ``language``; a bad pattern is an error naming the file."""
    path, data = part_data(language)
    markers = compiled(path, "markers", "|".join(f"(?:{p})" for p in data["markers"]))
    return PartRules(markers, int(data["window"]), examples(data))


def _happening(event: Event, dct: date | None) -> bool:
    """Can ``event`` have parts: a day of its own, not after the article date?"""
    return (event.date_source == "explicit" and event.granularity == "day" and event.period_start is not None
            and (dct is None or event.period_start <= dct) and event.status != "planned")


def with_part(happening: Event, event: Event, part: tuple[int, int, str], actors: bool = True) -> Event:
    """``happening`` with ``event`` as its last part (``part``: its sentence's offsets and summary):
    the part's actors join its own (unless not ``actors``)."""
    new = [a for a in event.actors if a not in happening.actors] if actors else []
    return replace(
        happening,
        parts=(*happening.parts, part),
        actors=(*happening.actors, *new),
        actor_roles=(*happening.actor_roles, *((a, r) for a, r in event.actor_roles if a in new)),
        actor_kinds=(*happening.actor_kinds, *((a, k) for a, k in event.actor_kinds if a in new)),
        actor_affiliations=(*happening.actor_affiliations,
                            *((a, f) for a, f in event.actor_affiliations if a in new)),
    )


def renumbered(events: Sequence[Event], kept: list[Event]) -> list[Event]:
    """``kept`` (what is left of ``events`` once parts joined their happenings) numbered again in
    order, as ``<doc_id>-e001`` ...; unchanged when nothing was joined."""
    if len(kept) == len(events):
        return kept
    prefix = f"{events[0].doc_id}-e" if events else ""
    return [evolve(e, event_id=f"{prefix}{n:03d}") for n, e in enumerate(kept, 1)]


def fold_into_homes(events: Sequence[Event], home_of: Callable[[Event, list[Event]], int | None]) -> list[Event]:
    """``events`` with each one ``home_of`` gives a home among those kept before it joined to that
    event as a part (its sentence and summary; what it names is no actor of the home: a speaker's
    further saying names others, who did nothing), the rest kept; renumbered."""
    kept: list[Event] = []
    for event in events:
        home = home_of(event, kept)
        if home is None:
            kept.append(event)
        else:
            part = (event.sentence.start, event.sentence.end, event.summary)
            kept[home] = with_part(kept[home], event, part, actors=False)
    return renumbered(events, kept)


def merge_parts(text: str, dct: date | None, events: Sequence[Event]) -> list[Event]:
    """``events`` (of one document, in text order) with each part joined to its happening and the
    rest renumbered in order.

    >>> from timeline.model import Document
    >>> from timeline.pipeline import process
    >>> text = "The Falcons won the final 2-1 on Saturday. The Rovers led 1-0 at half-time."
    >>> [(e.predicate, len(e.parts)) for e in process(Document("d", text, date(2025, 4, 28))).events]
    [('won', 1)]
    """
    rules = load_part_rules()
    kept: list[Event] = []
    marked: dict[tuple[int, int], bool] = {}  # sentence -> does it name a stage (read once)
    for event in events:
        span = (event.sentence.start, event.sentence.end)
        if event.date_source != "explicit" and span not in marked:
            marked[span] = rules.markers.search(text[span[0] : span[1]]) is not None
        if event.date_source != "explicit" and marked[span]:
            near = [n for n in range(max(0, len(kept) - rules.window), len(kept)) if _happening(kept[n], dct)]
            if near:
                home = max(near, key=lambda n: (kept[n].period_start, n))
                part = (event.sentence.start, event.sentence.end, event.summary)
                kept[home] = with_part(kept[home], event, part)
                continue
        kept.append(event)
    return renumbered(events, kept)
