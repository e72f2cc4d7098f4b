"""The concepts Timeline works with, one frozen dataclass each.

Every result keeps character offsets into its document's text (``text[start:end]``), so the
dashboard can highlight the source and tests can check exact boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ActorMention",
    "Document",
    "Event",
    "Sentence",
    "TimeExpression",
]


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and, when known, its creation date (the anchor of relative dates).

    ``dct_source`` says where that date came from: ``header`` (a ``date YYYY-MM-DD`` first
    line), ``metadata`` (a JSON/CSV field, a web page's markup), ``dateline`` or ``byline`` (a
    date written at the top of the text), ``user`` (given by ``--dct`` or the dashboard) or
    ``none``; empty when the caller did not say (read as ``user`` with a date, else ``none``).
    ``url`` is the article's canonical address when known (web pages).
    """

    doc_id: str
    text: str
    dct: date | None = None
    source: str = ""
    title: str = ""
    dct_source: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline, caption, dateline, date line) as offsets into the document text."""

    start: int
    end: int
    kind: str = "sentence"  # sentence | headline | caption | dateline | byline (a date line at the top)

    def text(self, doc_text: str) -> str:
        """The sentence's words, cut from the document text (the sentence keeps only offsets)."""
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text, with its TIMEX3 normalisation.

    ``value`` is the one canonical TIMEX3 string (``2024``, ``2025-04``, ``2025-W17``,
    ``2025-04-26``, ``PAST_REF``, ``P3D``). ``period_start``/``period_end`` are the first and
    last day of the period the value names (None for durations, sets, vague references and
    values that could not be resolved). ``anchor`` says what the value was resolved against:
    ``absolute`` (the text itself), ``dct`` (the article date), ``narrative`` (the last
    mentioned date) or ``unresolved`` (relative, but nothing to resolve it against).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: str | None = None  # day, week, month, season, quarter, half, year, decade, century, time
    period_start: date | None = None
    period_end: date | None = None
    rule: str = ""
    anchor: str = "absolute"
    explanation: str = ""
    mod: str | None = None
    point_value: str | None = None
    """For a duration anchored to a date ("[two days] later": DURATION P2D), the TIMEX3 value
    of the day it lands on; ``period_start``/``period_end`` are then that day's period."""


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor in the text, normalised to its canonical actor.

    ``name`` is what an analyst filters by (a country, an international organisation or a
    named person); ``kind`` is country | organisation | person | agency | outlet;
    ``country`` is the country the actor stands for or belongs to ("KCNA" -> North Korea,
    "Vladimir Putin" -> Russia), empty when none. ``affiliation`` is the country or organisation
    the actor belongs to (Tim Cook -> Apple, the FBI -> United States), never an actor of an
    event by itself; ``acts_for`` is the state the mention acts for: a government body's country
    (the actor it stands for in an event), or the state of a sitting head of state or government
    acting in office (an affiliation only: "Buhari was sworn in" has Buhari, not Nigeria).
    """

    start: int
    end: int
    text: str
    actor_id: str
    name: str
    kind: str
    country: str = ""
    affiliation: str = ""
    acts_for: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """One reported happening, with its date, actors and the sentence it came from."""

    event_id: str
    doc_id: str
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    predicate: str
    summary: str
    time: TimeExpression | None  # its own date words (explicit), or the ones it could not resolve (none)
    date_source: str  # explicit | inherited | article_date | none
    date_value: str
    granularity: str | None
    period_start: date | None
    period_end: date | None
    resolution: str  # how the date was obtained, in words
    actors: tuple[str, ...] = ()
    actor_roles: tuple[tuple[str, str], ...] = ()  # (actor, role) with role agent | patient | source | mentioned
    mentions: tuple[ActorMention, ...] = field(default=(), repr=False)
    event_type: str = "other"
    status: str = "asserted"  # asserted | claimed | denied | planned
    attribution: str = ""
    actor_kinds: tuple[tuple[str, str], ...] = ()  # (actor, kind): country, person, organisation...
    actor_affiliations: tuple[tuple[str, str], ...] = ()  # (actor, its country or organisation)
    location: str = ""  # the city, region or landmark it happened at
    location_country: str = ""  # that place's country, "" when unknown
    parts: tuple[tuple[int, int, str], ...] = ()  # the parts of one happening: (start, end, summary) each
    keep_score: float | None = None  # how likely a reader keeps it (events/keepscore.py); None: not scored
    shown: bool = True  # False: a minor event, under the keep threshold and part of no shown event
    doc_actors: tuple[str, ...] = ()  # the article's actors: its shown events' and the people it names
