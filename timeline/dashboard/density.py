"""Aggregation for when there are too many events to draw one by one: counts per lane and period.

The same table the event store's ``density()`` returns (lane, period_start, period_end, count),
so the chart draws either.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_id": ["a", "b", "c"], "actors": [["Russia"], ["Russia"], ["Ukraine"]],
...     "start": pd.to_datetime(["2024-01-03", "2024-01-20", "2024-03-01"]),
...     "end": pd.to_datetime(["2024-01-03", "2024-01-20", "2024-03-01"])})
>>> density(frame, "actor", bins="month").values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['Russia', Timestamp('2024-01-01 00:00:00'), Timestamp('2024-01-31 00:00:00'), 2],
 ['Ukraine', Timestamp('2024-03-01 00:00:00'), Timestamp('2024-03-31 00:00:00'), 1]]
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from timeline.dashboard.chart import lane_labels
from timeline.dashboard.hover import plotly_text
from timeline.dashboard.lanes import LANE_LABELS, fold_lanes, lane_order, lane_rows

__all__ = ["BINS", "build_density_figure", "choose_bins", "density"]

BINS = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}
_BIN_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def choose_bins(start: pd.Timestamp, end: pd.Timestamp, target: int = 150) -> str:
    """The finest bin that keeps the span within about ``target`` bins.

    >>> choose_bins(pd.Timestamp("2020-01-01"), pd.Timestamp("2025-01-01"))
    'month'
    """
    days = max(1, (end - start).days)
    for name, width in _BIN_DAYS.items():
        if days / width <= target:
            return name
    return "year"


def density(frame: pd.DataFrame, lanes_by: str = "actor", bins: str | None = None,
            max_lanes: int = 40, only: tuple[str, ...] = ()) -> pd.DataFrame:
    """Events counted per lane and period (by the first day of each event); with ``only``, just
    those lanes."""
    rows = lane_rows(frame, lanes_by, only)
    columns = ["lane", "period_start", "period_end", "count"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows, _ = fold_lanes(rows, lane_order(rows, lanes_by), max_lanes)
    bins = bins or choose_bins(rows["start"].min(), rows["end"].max())
    freq = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[bins]
    first = rows["start"].dt.to_period(freq).dt.start_time.dt.normalize().rename("period_start")
    counts = rows.groupby([rows["lane"], first], sort=True).size().rename("count").reset_index()
    counts["period_end"] = counts["period_start"].dt.to_period(freq).dt.end_time.dt.normalize()
    counts["count"] = counts["count"].astype("int64")
    return counts[columns]


def build_density_figure(table: pd.DataFrame, lanes_by: str = "actor", note: str = "") -> go.Figure:
    """A heatmap of ``density()`` rows: lanes down, periods across, counts as colour (cividis)."""
    figure = go.Figure()
    if table.empty:
        figure.add_annotation(text="No dated events to draw", showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
        return figure
    table = table.assign(lane=table["lane"].map(plotly_text))  # names are text, never markup
    totals = table.groupby("lane")["count"].sum().sort_values(ascending=False)
    order = list(totals.index)
    grid = table.pivot_table(index="lane", columns="period_start", values="count",
                             aggfunc="sum").reindex(order)
    figure.add_trace(go.Heatmap(
        x=[d.strftime("%Y-%m-%d") for d in grid.columns], y=order, z=grid.to_numpy(),
        colorscale="Cividis", colorbar={"title": {"text": "events"}}, hoverongaps=False,
        hovertemplate="%{y}<br>from %{x}: %{z} events<extra></extra>"))
    ticktext, left = lane_labels(order)
    figure.update_layout(
        # room for the colour bar (right) and the dates (below): Plotly would otherwise grow the
        # margins and draw the figure a second time
        height=min(1800, 160 + 22 * len(order)), margin={"l": left, "r": 100, "t": 40, "b": 30},
        title={"text": note or None, "font": {"size": 13}},
        xaxis={"type": "date", "rangeslider": {"visible": True, "thickness": 0.06}},
        yaxis={"title": {"text": LANE_LABELS[lanes_by]}, "autorange": "reversed",
               "tickmode": "array", "tickvals": order, "ticktext": ticktext, "automargin": False})
    return figure
