"""Events as a pandas DataFrame: the one table the CLI, the files and the dashboard share.

The columns, in order, are described in ``COLUMNS`` (and the README); later work keeps their meaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from timeline.pipeline import DocumentResult

__all__ = ["COLUMNS", "events_frame"]

COLUMNS: dict[str, str] = {
    "event_id": "stable id: <doc_id>-e<number>",
    "doc_id": "the document the event comes from",
    "start": "first day of the period the date names (datetime64; NaT when unresolved)",
    "end": "last day of that period",
    "date": "the TIMEX3 value: 2024, 2025-04, 2025-W17, 2025-04-26",
    "granularity": "day, week, month, season, quarter, half, year, decade, century",
    "date_text": "the words of the date in the article; empty when inherited",
    "date_source": "explicit, inherited, article_date, or none",
    "resolution": "how the date was resolved, in words",
    "summary": "a short readable statement of the event",
    "predicate": "the word that names the happening: reclaimed, seized, confirmed",
    "event_type": "statement, military_action, deployment, diplomacy, accusation, ...",
    "status": "asserted, claimed, denied or planned (also: future, conditional, or dated after the article)",
    "attribution": "who said or reported it: 'Moscow said', 'KCNA reported'",
    "actors": "canonical actors: countries, international organisations, named people",
    "actor_roles": "list of [actor, role]; role is agent, patient, source or mentioned",
    "actor_kinds": "list of [actor, kind]; kind is country, international_organisation, organisation, "
                   "armed_group, person or media",
    "actor_affiliations": "list of [actor, affiliation]: the country or organisation an actor belongs "
                          "to (not itself an actor of the event)",
    "location": "the city, region or landmark the event happened at; empty when none",
    "location_country": "that place's country; empty when unknown",
    "sentence": "the source sentence",
    "sentence_start": "character offset of the sentence in the document text",
    "sentence_end": "character offset of its end",
    "date_start": "character offset of the date words (-1 when inherited)",
    "date_end": "character offset of their end (-1 when inherited)",
    "trigger_start": "character offset of the predicate",
    "trigger_end": "character offset of its end",
    "mentions": "list of [start, end, actor] character spans of actor mentions in the event",
    "sources": "list of {doc_id, sentence} backing the event (several after merging articles)",
    "n_sources": "how many documents report the event",
    "doc_date": "the article date (ISO), empty when unknown",
}


def events_frame(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per event of every result, columns as in ``COLUMNS``."""
    rows = []
    for result in results:
        doc = result.document
        for e in result.events:
            sentence = e.sentence.text(doc.text)
            rows.append({
                "event_id": e.event_id,
                "doc_id": e.doc_id,
                "start": e.period_start,
                "end": e.period_end,
                "date": e.date_value,
                "granularity": e.granularity or "",
                "date_text": e.time.text if e.time is not None else "",
                "date_source": e.date_source,
                "resolution": e.resolution,
                "summary": e.summary,
                "predicate": e.predicate,
                "event_type": e.event_type,
                "status": e.status,
                "attribution": e.attribution,
                "actors": list(e.actors),
                "actor_roles": [list(r) for r in e.actor_roles],
                "actor_kinds": [list(k) for k in e.actor_kinds],
                "actor_affiliations": [list(a) for a in e.actor_affiliations],
                "location": e.location,
                "location_country": e.location_country,
                "sentence": sentence,
                "sentence_start": e.sentence.start,
                "sentence_end": e.sentence.end,
                "date_start": e.time.start if e.time is not None else -1,
                "date_end": e.time.end if e.time is not None else -1,
                "trigger_start": e.trigger_start,
                "trigger_end": e.trigger_end,
                "mentions": [[m.start, m.end, m.name] for m in e.mentions],
                "sources": [{"doc_id": e.doc_id, "sentence": sentence}],
                "n_sources": 1,
                "doc_date": doc.dct.isoformat() if doc.dct else "",
            })
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("sentence_start", "sentence_end", "date_start", "date_end",
                   "trigger_start", "trigger_end", "n_sources"):
        frame[column] = frame[column].astype("int64")
    return frame
