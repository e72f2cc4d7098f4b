"""The Plotly timeline: lanes, stacked sub-rows, day markers, period bars, certainty styles.

Never imports Streamlit. Every trace carries the event ids in ``customdata`` so a selection in
the browser leads back to the event. Past ``gl_threshold`` drawn rows the markers and period
lines use WebGL (``scattergl``); SVG bars get slow in the low thousands.

>>> from timeline.dashboard.synthetic import synthetic_events
>>> frame, _ = synthetic_events(30, seed=2)
>>> figure = build_figure(frame)
>>> drawn = {i for t in figure.data for i in (t.customdata if t.customdata is not None else ())}
>>> drawn == set(frame.event_id)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.dashboard.certainty import CERTAINTY, certainty
from timeline.dashboard.hover import hover_texts
from timeline.dashboard.lanes import LANE_LABELS, fold_lanes, lane_order, lane_rows, stack
from timeline.dashboard.palette import colours_for, rgba

__all__ = ["ChartSettings", "axis_range", "build_figure", "layout_rows"]

_DAY_MS = 24 * 3600 * 1000
_BAR = {  # certainty -> (fill opacity, hatch)
    "exact": (0.85, ""),
    "coarse": (0.35, "/"),
    "inferred": (0.2, "."),
}
_POINT = {  # certainty -> (symbol, opacity)
    "exact": ("diamond", 1.0),
    "coarse": ("diamond", 0.45),
    "inferred": ("diamond-open", 1.0),
}


_RANGE_BUTTONS = {"buttons": [
    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
    {"step": "all", "label": "all"},
], "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom"}


# The figure is built from arrays this module made; Plotly's per-property validation would cost
# more than the rest of build_figure together (tests check the result instead).
_FAST = {"_validate": False}


@dataclass(frozen=True, slots=True)
class ChartSettings:
    """Every drawing default in one place."""

    max_lanes: int = 40          # more lanes than this: the rest fold into one 'other' lane
    max_subrows: int = 24        # overlapping events per lane before they are drawn over each other
    row_px: tuple[int, int] = (9, 22)  # height of a sub-row: at least, at most (fits the height)
    gl_threshold: int = 3000     # drawn rows from which markers and periods use WebGL
    # A range slider redraws every SVG trace a second time: up to this many drawn rows; past
    # it, range buttons (1m, 6m, 1y, all) instead. WebGL traces are not redrawn: always a slider.
    slider_max_rows: int = 600
    marker_share: float = 1 / 150  # a marker's width as a share of the time span (for stacking)
    max_height: int = 1800


def axis_range(start: pd.Series, end: pd.Series) -> list[str] | None:
    """The default zoom: every event, padded by 3 % (at least a day) and rounded to whole days.

    >>> day = pd.Series(pd.to_datetime(["2025-04-26"]))
    >>> axis_range(day, day)
    ['2025-04-25', '2025-04-27']
    """
    if start.dropna().empty:
        return None
    low, high = start.min(), end.max()
    pad = max(pd.Timedelta(days=1), (high - low) * 0.03)
    return [(low - pad).floor("D").strftime("%Y-%m-%d"), (high + pad).ceil("D").strftime("%Y-%m-%d")]


def layout_rows(frame: pd.DataFrame, lanes_by: str, settings: ChartSettings) -> tuple[pd.DataFrame, list[str]]:
    """The drawn rows (one per event and lane) with ``lane``, ``subrow``, ``y`` and ``certainty``."""
    rows = lane_rows(frame, lanes_by)
    if rows.empty:
        return rows.assign(subrow=[], y=[], certainty=[]), []
    rows, order = fold_lanes(rows, lane_order(rows, lanes_by), settings.max_lanes)
    span = max(rows["end"].max() - rows["start"].min(), pd.Timedelta(days=1))
    rows = stack(rows, span * settings.marker_share, settings.max_subrows)
    depth = rows.groupby("lane")["subrow"].max().add(1).reindex(order).fillna(1).astype(int)
    offset = depth.cumsum().shift(fill_value=0) + pd.Series(range(len(order)), index=order) * 0.5
    rows["y"] = rows["lane"].map(offset) + rows["subrow"]
    rows["certainty"] = certainty(rows)
    rows.attrs["ticks"] = (offset + (depth - 1) / 2).tolist()
    rows.attrs["bands"] = list(zip(offset - 0.5, offset + depth - 0.5, strict=True))
    return rows, order


def _legend_keys(figure: go.Figure) -> None:
    """Dummy traces in a second legend that say what the styles mean."""
    grey = "#555555"
    keys = [
        ("day, exact", {"symbol": "diamond", "color": grey, "size": 10}),
        ("period, exact", {"symbol": "square", "color": rgba(grey, 0.85), "size": 10}),
        ("light, hatched: coarse date (week, month, season, year, decade)",
         {"symbol": "square", "color": rgba(grey, 0.3), "size": 10,
          "line": {"color": grey, "width": 1}}),
        ("outlined: inferred date (earlier sentence or article date)",
         {"symbol": "diamond-open", "color": grey, "size": 10}),
    ]
    for name, marker in keys:
        figure.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, marker=marker,
                                    legend="legend2", hoverinfo="skip", showlegend=True))


def build_figure(frame: pd.DataFrame, lanes_by: str = "actor", selected: str | None = None,
                 settings: ChartSettings = ChartSettings(), title: str = "") -> go.Figure:
    """The timeline of ``frame`` (events without a date are left out: nothing to place)."""
    rows, order = layout_rows(frame, lanes_by, settings)
    figure = go.Figure()
    if rows.empty:
        figure.add_annotation(text="No dated events to draw", showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
        figure.update_layout(height=200, xaxis={"visible": False}, yaxis={"visible": False})
        return figure
    figure = go.Figure(**_FAST)
    large = len(rows) > settings.gl_threshold
    depth = rows["y"].max() + 1
    row_px = max(settings.row_px[0], min(settings.row_px[1], (settings.max_height - 230) / depth))
    size = max(5, min(10, int(row_px) - 2))
    scatter = go.Scattergl if large else go.Scatter
    hover = np.asarray(hover_texts(rows, summary_limit=90 if large else 160), dtype=object)
    ids = np.asarray(rows["event_id"].tolist(), dtype=object)
    ypos = rows["y"].to_numpy(dtype="float64")
    level_of = np.asarray(rows["certainty"].tolist(), dtype=object)
    types = rows["event_type"].fillna("").replace("", "(untyped)")
    colours = colours_for(types.value_counts().index)
    type_of = np.asarray(types.tolist(), dtype=object)
    is_point = (rows["start"] == rows["end"]).to_numpy()
    day = rows["start"].to_numpy("datetime64[D]")
    last = rows["end"].to_numpy("datetime64[D]") + np.timedelta64(1, "D")
    for event_type, colour in colours.items():
        shown = True
        of_type = type_of == event_type
        for level in CERTAINTY:
            mask = of_type & (level_of == level)
            periods, points = np.flatnonzero(mask & ~is_point), np.flatnonzero(mask & is_point)
            common = {"name": event_type, "legendgroup": event_type,
                      "hovertemplate": "%{hovertext}<extra></extra>"}
            if len(periods) and not large:
                alpha, hatch = _BAR[level]
                figure.add_trace(go.Bar(**_FAST,
                    orientation="h", showlegend=shown, y=ypos[periods],
                    base=np.datetime_as_string(day[periods]),
                    x=(last[periods] - day[periods]).astype("timedelta64[ms]").astype("float64"),
                    width=0.72, customdata=ids[periods],
                    hovertext=hover[periods],
                    marker={"color": rgba(colour, alpha), "line": {"color": colour, "width": 1},
                            "pattern": {"shape": hatch, "fgcolor": colour, "size": 6,
                                        "solidity": 0.25}}, **common))
                shown = False
            elif len(periods):
                n = len(periods)
                xs = np.empty(3 * n, dtype="datetime64[D]")
                xs[0::3], xs[1::3], xs[2::3] = day[periods], last[periods], last[periods]
                ys = np.repeat(ypos[periods], 3)
                ys[2::3] = np.nan
                figure.add_trace(go.Scattergl(**_FAST,
                    x=np.datetime_as_string(xs), y=ys, mode="lines", name=event_type,
                    legendgroup=event_type, showlegend=shown, hoverinfo="skip",
                    opacity=_BAR[level][0], line={"color": colour, "width": 7}))
                figure.add_trace(go.Scattergl(**_FAST,
                    x=np.datetime_as_string(day[periods]), y=ypos[periods],
                    mode="markers", showlegend=False, customdata=ids[periods],
                    hovertext=hover[periods],
                    marker={"symbol": "line-ns-open", "size": 9, "color": colour}, **common))
                shown = False
            if len(points):
                symbol, opacity = _POINT[level]
                figure.add_trace(scatter(**_FAST,
                    x=np.datetime_as_string(day[points]), y=ypos[points],
                    mode="markers", showlegend=shown, customdata=ids[points],
                    hovertext=hover[points], opacity=opacity,
                    marker={"symbol": symbol, "color": colour, "size": size,
                            "line": {"color": colour, "width": 1.5}}, **common))
                shown = False
    if selected is not None:
        mine = rows[rows["event_id"] == selected]
        if len(mine):
            figure.add_trace(scatter(**_FAST,
                x=mine["start"].dt.strftime("%Y-%m-%d").to_numpy(), y=mine["y"].to_numpy(),
                mode="markers", name="selected",
                customdata=mine["event_id"], hoverinfo="skip", showlegend=False,
                marker={"symbol": "circle-open", "size": 20, "color": "#000000",
                        "line": {"width": 2.5, "color": "#000000"}}))
    _legend_keys(figure)
    slider = large or len(rows) <= settings.slider_max_rows
    height = min(settings.max_height, int((230 if slider else 170) + row_px * depth))
    figure.update_layout(
        title=title or None, barmode="overlay", height=height, uirevision=lanes_by,
        margin={"l": 10, "r": 10, "t": 80 if title else 50, "b": 50},
        legend={"title": {"text": "Event type "}, "orientation": "h", "x": 0, "xanchor": "left",
                "y": 1.0, "yanchor": "top", "yref": "container", "groupclick": "togglegroup"},
        legend2={"title": {"text": "Date certainty "}, "orientation": "h", "x": 0, "xanchor": "left",
                 "y": 0.0, "yanchor": "bottom", "yref": "container", "itemclick": False,
                 "itemdoubleclick": False},
        hoverlabel={"align": "left"}, clickmode="event+select", dragmode="zoom",
        xaxis={"type": "date", "range": axis_range(rows["start"], rows["end"]),
               "rangeslider": {"visible": slider, "thickness": 0.06},
               "rangeselector": None if slider else _RANGE_BUTTONS},
        yaxis={"title": {"text": LANE_LABELS[lanes_by]}, "tickmode": "array",
               "tickvals": rows.attrs["ticks"], "ticktext": order,
               "range": [depth - 0.3, -0.7], "zeroline": False, "automargin": True, "showgrid": False,
               "fixedrange": True},
    )
    figure.update_layout(shapes=[
        {"type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": low, "y1": high,
         "fillcolor": "rgba(0,0,0,0.04)", "line": {"width": 0}, "layer": "below"}
        for i, (low, high) in enumerate(rows.attrs["bands"]) if i % 2 == 0])
    return figure
