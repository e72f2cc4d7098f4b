"""Timeline: news articles in, dated events and their actors out.

>>> from timeline import extract_events
>>> frame = extract_events("Rebels seized the airport on Saturday.", dct="2025-04-28")
>>> frame[["date", "summary"]].values.tolist()
[['2025-04-26', 'Rebels seized the airport on Saturday']]
"""

from __future__ import annotations

from datetime import date, datetime
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from timeline.settings import Settings

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
    "events_table",
    "extract_events",
    "load_documents",
    "parse_dct",
    "process",
    "process_all",
    "Settings",
    "extract_store",
    "open_store",
]

# Where each public name lives. Importing ``timeline`` stays cheap (the CLI and the sub-packages
# do not pay for pandas and the compiled rules until a name is used).
_HOMES = {
    "COLUMNS": "timeline.frame",
    "events_frame": "timeline.frame",
    "ActorMention": "timeline.model",
    "Document": "timeline.model",
    "Event": "timeline.model",
    "Sentence": "timeline.model",
    "TimeExpression": "timeline.model",
    "LoadError": "timeline.loaders",
    "LoadResult": "timeline.loaders",
    "load_documents": "timeline.loaders",
    "parse_dct": "timeline.loaders",
    "DocumentResult": "timeline.pipeline",
    "process": "timeline.pipeline",
    "process_all": "timeline.pipeline",
    "events_table": "timeline.pipeline",
    "Settings": "timeline.settings",
    "extract_store": "timeline.store",
    "open_store": "timeline.store",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def extract_events(text: str, dct: date | datetime | str | None = None, doc_id: str | None = None,
                   settings: Settings | None = None) -> pd.DataFrame:
    """The events of one article as a DataFrame, one row per event (columns: ``COLUMNS``).

    ``dct`` is the article date, the anchor of relative dates ("last year", "on Saturday"): a
    ``date``, a ``datetime`` or an ISO string ("2019-07-15"); anything else raises an error
    naming ``dct``. Without it, relative dates stay unresolved and events carry only absolute
    dates.
    """
    from timeline.frame import events_frame
    from timeline.model import Document
    from timeline.pipeline import process
    from timeline.settings import DEFAULT_SETTINGS
    from timeline.temporal.anchor_date import as_date

    doc = Document(doc_id=doc_id or "doc", text=text, dct=as_date(dct, "dct"))
    return events_frame([process(doc, settings or DEFAULT_SETTINGS)])
