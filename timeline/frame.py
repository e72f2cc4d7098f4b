"""Events as a pandas DataFrame: the one table the CLI, the files, the store and the dashboard share.

Its columns are declared once, in ``TABLE``: name, kind (which fixes the dtype, the empty value,
the Parquet type and how files store it), meaning, and how an event fills it. Every reader and
writer of the table (``events_frame``, the dashboard's ``conform``, the store's tables, the
exports) goes by ``TABLE``, so a new column is one more ``Column`` here.

>>> COLUMNS["n_sources"]
'how many documents report the event'
>>> names("int")[:2], KINDS["date"].dtype
(('sentence_start', 'sentence_end'), 'datetime64[s]')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from timeline.model import Document, Event
    from timeline.pipeline import DocumentResult

__all__ = ["COLUMNS", "KINDS", "TABLE", "Column", "Kind", "empty_value", "events_frame", "list_columns", "names"]


@dataclass(frozen=True, slots=True)
class Kind:
    """What a kind of column holds: its pandas dtype and its value when a file lacks it."""

    dtype: str
    """The dtype of the column in the events frame ("object" for lists)."""
    empty: Any
    """The value of a missing cell (lists: a new empty list each time, see ``empty_value``)."""
    is_list: bool = False
    """True for columns holding a list per event."""


KINDS: dict[str, Kind] = {
    "text": Kind("str", ""),
    "int": Kind("int64", -1),
    "float": Kind("float64", -1.0),
    "date": Kind("datetime64[s]", pd.NaT),
    "strings": Kind("object", (), is_list=True),   # ["Russia", "Ukraine"]
    "pairs": Kind("object", (), is_list=True),     # [["Russia", "agent"], ...]
    "spans": Kind("object", (), is_list=True),     # [[start, end, "Russia"], ...]
    "sources": Kind("object", (), is_list=True),   # [{"doc_id": ..., "sentence": ...}, ...]
}
"""The kinds of column, by name."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the events table."""

    name: str
    """Its name in every file and frame."""
    kind: str
    """One of ``KINDS``."""
    meaning: str
    """What it holds, in words (the README's table of columns)."""
    value: Callable[[Event, Document, str], Any]
    """Its value for one event of a document (the third argument is the event's sentence)."""
    empty: Any = None
    """Its value when a file lacks it, when not the kind's (``KINDS[kind].empty``)."""


def _time(attribute: str, default: Any) -> Callable[[Event, Document, str], Any]:
    return lambda e, doc, s: getattr(e.time, attribute) if e.time is not None else default


TABLE: tuple[Column, ...] = (
    Column("event_id", "text", "stable id: <doc_id>-e<number>", lambda e, doc, s: e.event_id),
    Column("doc_id", "text", "the document the event comes from", lambda e, doc, s: e.doc_id),
    Column("start", "date", "first day of the period the date names (datetime64; NaT when unresolved)",
           lambda e, doc, s: e.period_start),
    Column("end", "date", "last day of that period", lambda e, doc, s: e.period_end),
    Column("date", "text", "the TIMEX3 value: 2024, 2025-04, 2025-W17, 2025-04-26",
           lambda e, doc, s: e.date_value),
    Column("granularity", "text", "day, week, month, season, quarter, half, year, decade, century",
           lambda e, doc, s: e.granularity or ""),
    Column("date_text", "text", "the words of the date in the article; empty when inherited",
           _time("text", "")),
    Column("date_source", "text", "explicit, inherited, article_date, none, or corrected (by hand)",
           lambda e, doc, s: e.date_source),
    Column("resolution", "text", "how the date was resolved, in words", lambda e, doc, s: e.resolution),
    Column("summary", "text", "a short readable statement of the event", lambda e, doc, s: e.summary),
    Column("predicate", "text", "the word that names the happening: reclaimed, seized, confirmed",
           lambda e, doc, s: e.predicate),
    Column("event_type", "text", "statement, military_action, deployment, diplomacy, accusation, ...",
           lambda e, doc, s: e.event_type),
    Column("status", "text", "asserted, claimed, denied or planned (also: future, conditional, or "
           "dated after the article)", lambda e, doc, s: e.status),
    Column("attribution", "text", "who said or reported it: 'Moscow said', 'KCNA reported'",
           lambda e, doc, s: e.attribution),
    Column("actors", "strings", "canonical actors: countries, international organisations, organisations "
           "(companies, agencies, courts, parties, teams, armed groups), named people",
           lambda e, doc, s: list(e.actors)),
    Column("actor_roles", "pairs", "list of [actor, role]; role is agent, patient, source or mentioned",
           lambda e, doc, s: [list(r) for r in e.actor_roles]),
    Column("actor_kinds", "pairs", "list of [actor, kind]; kind is country, international_organisation, "
           "organisation, armed_group, person or media", lambda e, doc, s: [list(k) for k in e.actor_kinds]),
    Column("actor_affiliations", "pairs", "list of [actor, affiliation]: the country or organisation an actor "
           "belongs to (Tim Cook -> Apple, the FBI -> United States); the affiliation is not itself an actor "
           "of the event", lambda e, doc, s: [list(a) for a in e.actor_affiliations]),
    Column("doc_actors", "strings", "the article's actors, the same on each of its events: the actors of its "
           "shown events, then the people it names outside a credit who are on none of them",
           lambda e, doc, s: list(e.doc_actors)),
    Column("location", "text", "the city, region or landmark the event happened at; empty when none",
           lambda e, doc, s: e.location),
    Column("location_country", "text", "that place's country; empty when unknown",
           lambda e, doc, s: e.location_country),
    Column("sentence", "text", "the source sentence", lambda e, doc, s: s),
    Column("sentence_start", "int", "character offset of the sentence in the document text",
           lambda e, doc, s: e.sentence.start, empty=0),
    Column("sentence_end", "int", "character offset of its end", lambda e, doc, s: e.sentence.end,
           empty=0),
    Column("date_start", "int", "character offset of the date words (-1 when inherited)",
           _time("start", -1)),
    Column("date_end", "int", "character offset of their end (-1 when inherited)", _time("end", -1)),
    Column("trigger_start", "int", "character offset of the predicate", lambda e, doc, s: e.trigger_start),
    Column("trigger_end", "int", "character offset of its end", lambda e, doc, s: e.trigger_end),
    Column("mentions", "spans", "list of [start, end, actor] character spans of actor mentions in the event",
           lambda e, doc, s: [[m.start, m.end, m.name] for m in e.mentions]),
    Column("parts", "spans", "list of [start, end, summary] of the parts of one happening joined to it (the "
           "points of a match, the stages of a race), each with its sentence's offsets",
           lambda e, doc, s: [list(p) for p in e.parts]),
    Column("minor", "int", "1 for a minor event: under the keep score's threshold and part of no shown event "
           "(left out of the default views; `timeline events --all` shows it), else 0",
           lambda e, doc, s: 0 if e.shown else 1, empty=0),
    Column("keep_score", "float", "how likely a reader keeps the event (0 to 1, the keep score's "
           "logistic regression); the default views hide it under the model's threshold; -1 when not scored",
           lambda e, doc, s: -1.0 if e.keep_score is None else e.keep_score),
    Column("sources", "sources", "list of {doc_id, sentence} backing the event (several after merging "
           "articles)", lambda e, doc, s: [{"doc_id": e.doc_id, "sentence": s}]),
    Column("n_sources", "int", "how many documents report the event", lambda e, doc, s: 1, empty=1),
    Column("doc_date", "text", "the article date (ISO), empty when unknown",
           lambda e, doc, s: doc.dct.isoformat() if doc.dct else ""),
    Column("doc_date_source", "text", "where the article date came from: header, metadata, dateline, "
           "byline, user, none", lambda e, doc, s: doc.dct_source or ("user" if doc.dct else "none")),
    Column("doc_url", "text", "the article's canonical URL when known, empty otherwise",
           lambda e, doc, s: doc.url),
    Column("edited", "text", "what a correction changed (date, actors, status, event_type, added, "
           "merged <event id>); empty when the event is as extracted", lambda e, doc, s: ""),
)
"""The columns of the events table, in order."""

COLUMNS: dict[str, str] = {c.name: c.meaning for c in TABLE}
"""Column name -> what it holds, in order (the README lists them)."""
_BY_NAME = {c.name: c for c in TABLE}


def names(*kinds: str) -> tuple[str, ...]:
    """The columns of the given kinds (every column when none is given), in order.

    >>> names("date"), len(names()) == len(TABLE)
    (('start', 'end'), True)
    """
    return tuple(c.name for c in TABLE if not kinds or c.kind in kinds)


def list_columns() -> tuple[str, ...]:
    """The columns holding a list per event.

    >>> list_columns()
    ('actors', 'actor_roles', 'actor_kinds', 'actor_affiliations', 'doc_actors', 'mentions', 'parts', 'sources')
    """
    return tuple(c.name for c in TABLE if KINDS[c.kind].is_list)


def empty_value(name: str) -> Any:
    """The value of column ``name`` for an event read from a file that lacks the column.

    >>> empty_value("date_start"), empty_value("n_sources"), empty_value("actors"), empty_value("summary")
    (-1, 1, [], '')
    """
    column = _BY_NAME[name]
    if KINDS[column.kind].is_list:
        return []
    return column.empty if column.empty is not None else KINDS[column.kind].empty


def events_frame(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per event of every result, columns as in ``TABLE``."""
    rows = []
    for result in results:
        doc = result.document
        for e in result.events:
            sentence = e.sentence.text(doc.text)
            rows.append([c.value(e, doc, sentence) for c in TABLE])
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in names("date"):
        frame[column] = pd.to_datetime(frame[column])
    for column in names("int"):
        frame[column] = frame[column].astype("int64")
    return frame
