"""The Plotly timeline: one lane per actor; day events as markers, periods as bars.

Never imports Streamlit. Every trace carries the event ids in ``customdata`` so a selection in
the browser leads back to the event.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

__all__ = ["build_figure", "lanes"]

_DAY_MS = 24 * 3600 * 1000
NO_ACTOR = "(no actor)"


def lanes(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, actor): an event with several actors appears in each actor's lane."""
    rows = frame[frame["start"].notna()].copy()
    rows["lane"] = rows["actors"].map(lambda a: list(a) or [NO_ACTOR])
    return rows.explode("lane")


def build_figure(frame: pd.DataFrame, title: str = "") -> go.Figure:
    rows = lanes(frame)
    figure = go.Figure()
    points = rows[rows["start"] == rows["end"]]
    periods = rows[rows["start"] != rows["end"]]
    if len(periods):
        width = (periods["end"] - periods["start"]).dt.total_seconds() * 1000 + _DAY_MS
        figure.add_trace(go.Bar(
            name="period (year, month, week …)", orientation="h", y=periods["lane"],
            base=periods["start"], x=width, customdata=periods["event_id"],
            text=periods["summary"], hovertemplate="%{text}<extra>%{y}</extra>",
            textposition="none", marker={"color": "rgba(0, 114, 178, 0.35)",
                                         "line": {"color": "rgb(0, 114, 178)", "width": 1}},
        ))
    if len(points):
        figure.add_trace(go.Scatter(
            name="day", mode="markers", y=points["lane"], x=points["start"],
            customdata=points["event_id"], text=points["summary"],
            hovertemplate="%{x|%Y-%m-%d}: %{text}<extra>%{y}</extra>",
            marker={"size": 11, "color": "rgb(213, 94, 0)", "symbol": "diamond"},
        ))
    figure.update_layout(
        title=title or None, barmode="overlay", height=max(260, 70 + 42 * rows["lane"].nunique()),
        margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
        legend={"orientation": "h", "y": -0.15}, xaxis={"type": "date"},
        yaxis={"autorange": "reversed", "title": None},
    )
    if len(rows):
        low, high = rows["start"].min(), rows["end"].max()
        pad = max(pd.Timedelta(days=3), (high - low) * 0.04)
        figure.update_xaxes(range=[low - pad, high + pad])
    return figure
