"""Timeline: news articles in, dated events and their actors out.

>>> from timeline import extract_events
>>> frame = extract_events("Rebels seized the airport on Saturday.", dct="2025-04-28")
>>> frame[["date", "summary"]].values.tolist()
[['2025-04-26', 'Rebels seized the airport on Saturday']]
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from timeline.frame import COLUMNS, events_frame
from timeline.loaders import LoadError, LoadResult, load_documents, parse_dct
from timeline.model import ActorMention, Document, Event, Sentence, TimeExpression
from timeline.pipeline import DocumentResult, process, process_all

__all__ = [
    "COLUMNS",
    "ActorMention",
    "Document",
    "DocumentResult",
    "Event",
    "LoadError",
    "LoadResult",
    "Sentence",
    "TimeExpression",
    "events_frame",
    "extract_events",
    "load_documents",
    "process",
    "process_all",
]


def extract_events(text: str, dct: date | str | None = None, doc_id: str | None = None) -> pd.DataFrame:
    """The events of one article as a DataFrame, one row per event (columns: ``COLUMNS``).

    ``dct`` is the article date, the anchor of relative dates ("last year", "on Saturday");
    without it, relative dates stay unresolved and events carry only absolute dates.
    """
    doc = Document(doc_id=doc_id or "doc", text=text, dct=parse_dct(dct))
    return events_frame([process(doc)])
