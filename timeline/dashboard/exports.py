"""What the user can download: the filtered events (CSV, JSON, TimelineJS) and the chart.

PNG: kaleido is not installed here (it needs its own Chrome); the chart's camera button makes a
PNG in the browser instead, offline.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["a"], "start": pd.to_datetime(["2024-01-01"]), "actors": [["X"]]})
>>> events_bytes(frame, "csv").decode().splitlines()
['event_id,start,actors', 'a,2024-01-01,"[""X""]"']
"""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go

from timeline.dashboard.timelinejs import to_timelinejs
from timeline.export import to_bytes

__all__ = ["EVENT_FORMATS", "events_bytes", "figure_html"]

# format -> (file suffix, MIME type, button label)
EVENT_FORMATS = {
    "csv": (".csv", "text/csv", "Events as CSV"),
    "json": (".json", "application/json", "Events as JSON"),
    "timelinejs": (".timeline.json", "application/json", "Events as TimelineJS JSON"),
}


def events_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The events in one of ``EVENT_FORMATS``."""
    if fmt == "timelinejs":
        return (json.dumps(to_timelinejs(frame), ensure_ascii=False, indent=1) + "\n").encode()
    if fmt in ("csv", "json"):
        return to_bytes(frame, fmt)
    raise ValueError(f"unknown export format '{fmt}' (one of: {', '.join(EVENT_FORMATS)})")


def figure_html(figure: go.Figure | dict | str) -> bytes:
    """The chart (a figure, its dict or its JSON) as one HTML file that works offline (plotly.js
    inlined, about 5 MB)."""
    if isinstance(figure, str):
        figure = json.loads(figure)
    return go.Figure(figure).to_html(include_plotlyjs=True, full_html=True).encode()
