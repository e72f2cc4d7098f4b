"""What the page shows, whichever path the events came by (articles or the event store).

Both paths (``ui.corpus.corpus_view`` and ``ui.store.store_view``) return a ``View``; the app
draws it the same way.

>>> import pandas as pd
>>> view = View(pd.DataFrame({"event_id": ["a", "b"]}), total=5, matching=2, key="k")
>>> view.headline()
'**2** of 5 events shown'
>>> View(pd.DataFrame({"event_id": ["a"]}), 1, 1, "k", documents={"d": None}).headline()
'**1** of 1 events shown · 1 articles'
>>> view.fetched_all, View(view.frame, 9, 3, "k").fetched_all
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from timeline.corrections import Applied, Log
from timeline.dashboard.corrections import Place
from timeline.dashboard.filters import Filters
from timeline.dashboard.lanes import LANES_BY
from timeline.model import Document

__all__ = ["View"]


@dataclass(frozen=True, slots=True, eq=False)
class View:
    """The filtered events of one run of the page and what the chart and detail need of them."""

    frame: pd.DataFrame
    """The matching events the page has (all of them, or the first ones the store gave)."""
    total: int
    """How many events there are before filtering."""
    matching: int
    """How many events match the filters (may be more than ``len(frame)`` in the store path)."""
    key: str
    """Names the events' source (a fingerprint of the documents, the store's path)."""
    filters: Filters = field(default_factory=Filters)
    """The filters the user chose."""
    lanes: str = LANES_BY[0]
    """What the chart's lanes are made of (actor, type, document)."""
    documents: Mapping[str, Document | None] = field(default_factory=dict)
    """The documents behind the events, by id (empty when the events came from a table)."""
    counts: Callable[[], pd.DataFrame] | None = None
    """Counts per lane and period of every matching event, when ``frame`` holds only some."""
    place: Place = field(default_factory=Place)
    """Where the corrections are kept."""
    log: Log = field(default_factory=Log)
    """The corrections read (and the lines that could not be read)."""
    applied: Applied | None = None
    """What became of them (the frame above has them applied)."""

    @property
    def fetched_all(self) -> bool:
        """True when ``frame`` holds every matching event."""
        return self.matching <= len(self.frame)

    @property
    def rows(self) -> int | None:
        """The marks the chart would draw, when ``frame`` cannot tell (None: count the frame's)."""
        return None if self.fetched_all else self.matching

    def headline(self) -> str:
        """The line above the chart: how many events are shown, of how many, from how many
        articles."""
        articles = f" · {len(self.documents):,} articles" if self.documents else ""
        return f"**{self.matching:,}** of {self.total:,} events shown{articles}"
