"""The events table under the chart: readable columns, in date order, at most ``limit`` rows.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["b", "a"], "start": pd.to_datetime(["2025-01-02", "2024-05-01"]),
...     "date": ["2025-01-02", "2024-05"], "date_text": ["", "in May"], "summary": ["s2", "s1"],
...     "actors": [["X", "Y"], []], "status": ["asserted"] * 2, "event_type": ["statement"] * 2,
...     "doc_id": ["d"] * 2, "sentence": ["S2.", "S1."]})
>>> table_view(frame)[["event_id", "date", "actors"]].values.tolist()
[['a', '2024-05', ''], ['b', '2025-01-02', 'X, Y']]
>>> table_view(frame.assign(date=["202", "2025-09-02TAF"]))["date"].tolist()
['2025-09-02 afternoon', '2020s']
"""

from __future__ import annotations

import pandas as pd

from timeline.dashboard.readable import readable_date

__all__ = ["TABLE_COLUMNS", "table_view"]

TABLE_COLUMNS = {  # column -> heading
    "event_id": "Event",
    "date": "Date",
    "date_text": "Written",
    "summary": "Summary",
    "actors": "Actors",
    "event_type": "Type",
    "status": "Status",
    "doc_id": "Document",
    "n_sources": "Sources",
    "sentence": "Source sentence",
    "edited": "Edited",
}


def table_view(frame: pd.DataFrame, limit: int = 2000) -> pd.DataFrame:
    """The rows to show (the first ``limit`` by date, undated last), positions 0..n-1."""
    ordered = frame.sort_values(["start", "event_id"], na_position="last", kind="stable").head(limit)
    view = ordered[[c for c in TABLE_COLUMNS if c in ordered]].copy()
    view["actors"] = view["actors"].map(lambda a: ", ".join(a) if len(a) else "")
    view["date"] = view["date"].map(lambda v: readable_date(str(v or "")))
    return view.reset_index(drop=True)
