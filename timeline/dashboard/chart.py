"""The Plotly timeline: lanes, stacked sub-rows, day markers, period bars, certainty styles.

Never imports Streamlit. Every trace carries the event ids in ``customdata`` so a selection in
the browser leads back to the event. Past ``gl_threshold`` drawn rows the markers and period
lines use WebGL (``scattergl``); SVG bars get slow in the low thousands.

>>> from tests.dashboard.synthetic import synthetic_events
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
from timeline.dashboard.palette import OTHER, colours_for, rgba

__all__ = ["ChartSettings", "axis_range", "build_figure", "figure_spec", "lane_labels", "layout_rows"]

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


# Plotly's default tick font (12 px Open Sans / sans-serif): generous widths of capitals, other
# characters and spaces, and the room the axis title and tick marks take beside the labels.
_UPPER_PX, _CHAR_PX, _SPACE_PX, _TITLE_PX, _LABEL_MAX = 8.6, 6.9, 3.5, 34, 32


def _text_px(text: str) -> float:
    return sum(_SPACE_PX if c == " " else _UPPER_PX if c.isupper() else _CHAR_PX for c in text)


def lane_labels(names: list[str], limit: int = _LABEL_MAX) -> tuple[list[str], int]:
    """The lane names as drawn (long ones shortened with '…') and the left margin they need.

    The margin is computed here rather than with Plotly's ``automargin``, which measures the
    labels in the browser and draws the whole chart a second time (a tenth of a second or more
    on every redraw).

    >>> lane_labels(["Russia", "North Korea"])
    (['Russia', 'North Korea'], 109)
    >>> labels, margin = lane_labels(["the Democratic People's Republic of Korea's Foreign Ministry"])
    >>> labels[0], margin
    ("the Democratic People's Republi…", 249)
    """
    shown = [n if len(n) <= limit else n[:limit - 1].rstrip() + "…" for n in map(str, names)]
    widest = max((_text_px(n) for n in shown), default=0.0)
    return shown, int(_TITLE_PX + max(widest, 30.0))


def layout_rows(frame: pd.DataFrame, lanes_by: str, settings: ChartSettings,
                only: tuple[str, ...] = ()) -> tuple[pd.DataFrame, list[str]]:
    """The drawn rows (one per event and lane) with ``lane``, ``subrow``, ``y`` and ``certainty``."""
    rows = lane_rows(frame, lanes_by, only)
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


def _legend_keys(colours: dict[str, str]) -> list[dict]:
    """Dummy traces for the legends: the colour of each event type, and what the styles mean."""
    named = {t: c for t, c in colours.items() if c != OTHER}
    others = [t for t, c in colours.items() if c == OTHER]
    if others:  # one grey key for the rest, naming them
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        named[f"other types ({shown})"] = OTHER
    out = [{"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": event_type,
            "marker": {"symbol": "square", "color": colour, "size": 10}, "hoverinfo": "skip",
            "showlegend": True} for event_type, colour in named.items()]
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
    out += [{"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": name,
             "marker": marker, "legend": "legend2", "hoverinfo": "skip", "showlegend": True}
            for name, marker in keys]
    return out


def build_figure(frame: pd.DataFrame, lanes_by: str = "actor", selected: str | None = None,
                 settings: ChartSettings = ChartSettings(), title: str = "",
                 only: tuple[str, ...] = ()) -> go.Figure:
    """The timeline of ``frame`` (events without a date are left out: nothing to place); with
    ``only``, just those lanes."""
    return go.Figure(figure_spec(frame, lanes_by, selected, settings, title, only))


def figure_spec(frame: pd.DataFrame, lanes_by: str = "actor", selected: str | None = None,
                settings: ChartSettings = ChartSettings(), title: str = "",
                only: tuple[str, ...] = ()) -> dict:
    """``build_figure`` as the plain dict Plotly reads (``{"data": [...], "layout": {...}}``).

    What the dashboard sends to the browser: making ``go.Figure`` objects checks every colour
    of every point, which costs more than everything else here together.
    """
    rows, order = layout_rows(frame, lanes_by, settings, only)
    if rows.empty:
        return {"data": [], "layout": {
            "height": 200, "xaxis": {"visible": False}, "yaxis": {"visible": False},
            "annotations": [{"text": "No dated events to draw", "showarrow": False, "xref": "paper",
                             "yref": "paper", "x": 0.5, "y": 0.5}]}}
    data: list[dict] = []
    large = len(rows) > settings.gl_threshold
    depth = rows["y"].max() + 1
    row_px = max(settings.row_px[0], min(settings.row_px[1], (settings.max_height - 230) / depth))
    size = max(5, min(10, int(row_px) - 2))
    scatter = "scattergl" if large else "scatter"
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
    colour_of = np.asarray([colours[t] for t in type_of], dtype=object)
    # One trace per kind of mark and certainty, coloured point by point: a browser draws a few
    # large traces far faster than one per event type (the legend of types is drawn apart).
    for level in CERTAINTY:
        at_level = level_of == level
        periods, points = np.flatnonzero(at_level & ~is_point), np.flatnonzero(at_level & is_point)
        common = {"name": level, "showlegend": False, "hovertemplate": "%{hovertext}<extra></extra>"}
        alpha, hatch = _BAR[level]
        if len(periods) and not large:
            data.append({
                "type": "bar", "orientation": "h", "y": ypos[periods],
                "base": np.datetime_as_string(day[periods]),
                "x": (last[periods] - day[periods]).astype("timedelta64[ms]").astype("float64"),
                "width": 0.72, "customdata": ids[periods], "hovertext": hover[periods],
                "marker": {"color": [rgba(c, alpha) for c in colour_of[periods]],
                           "line": {"color": colour_of[periods], "width": 1},
                           "pattern": {"shape": hatch, "fgcolor": colour_of[periods], "size": 6,
                                       "solidity": 0.25}}, **common})
        elif len(periods):
            for colour in dict.fromkeys(colour_of[periods]):  # WebGL lines: one colour per trace
                mine = periods[colour_of[periods] == colour]
                xs = np.empty(3 * len(mine), dtype="datetime64[D]")
                xs[0::3], xs[1::3], xs[2::3] = day[mine], last[mine], last[mine]
                ys = np.repeat(ypos[mine], 3)
                ys[2::3] = np.nan
                data.append({"type": "scattergl", "x": np.datetime_as_string(xs), "y": ys,
                             "mode": "lines", "showlegend": False, "hoverinfo": "skip",
                             "opacity": alpha, "line": {"color": colour, "width": 7}})
            data.append({"type": "scattergl", "x": np.datetime_as_string(day[periods]),
                         "y": ypos[periods], "mode": "markers", "customdata": ids[periods],
                         "hovertext": hover[periods],
                         "marker": {"symbol": "line-ns-open", "size": 9, "color": colour_of[periods]},
                         **common})
        if len(points):
            symbol, opacity = _POINT[level]
            data.append({"type": scatter, "x": np.datetime_as_string(day[points]), "y": ypos[points],
                         "mode": "markers", "customdata": ids[points], "hovertext": hover[points],
                         "opacity": opacity,
                         "marker": {"symbol": symbol, "color": colour_of[points], "size": size,
                                    "line": {"color": colour_of[points], "width": 1.5}}, **common})
    if selected is not None:
        mine = rows[rows["event_id"] == selected]
        if len(mine):
            data.append({"type": scatter, "x": mine["start"].dt.strftime("%Y-%m-%d").to_numpy(),
                         "y": mine["y"].to_numpy(), "mode": "markers", "name": "selected",
                         "customdata": mine["event_id"].to_numpy(), "hoverinfo": "skip",
                         "showlegend": False,
                         "marker": {"symbol": "circle-open", "size": 20, "color": "#000000",
                                    "line": {"width": 2.5, "color": "#000000"}}})
    data += _legend_keys(colours)
    slider = large or len(rows) <= settings.slider_max_rows
    ticktext, left = lane_labels(order)
    height = min(settings.max_height, int((230 if slider else 170) + row_px * depth))
    layout = dict(
        title={"text": title} if title else None, barmode="overlay", height=height, uirevision=lanes_by,
        margin={"l": left, "r": 10, "t": 80 if title else 50, "b": 50},
        legend={"title": {"text": "Event type "}, "orientation": "h", "x": 0, "xanchor": "left",
                "y": 1.0, "yanchor": "top", "yref": "container", "itemclick": False,
                "itemdoubleclick": False},
        legend2={"title": {"text": "Date certainty "}, "orientation": "h", "x": 0, "xanchor": "left",
                 "y": 0.0, "yanchor": "bottom", "yref": "container", "itemclick": False,
                 "itemdoubleclick": False},
        hoverlabel={"align": "left"}, clickmode="event+select", dragmode="zoom",
        xaxis={"type": "date", "range": axis_range(rows["start"], rows["end"]),
               "rangeslider": {"visible": slider, "thickness": 0.06},
               **({} if slider else {"rangeselector": _RANGE_BUTTONS})},
        yaxis={"title": {"text": LANE_LABELS[lanes_by]}, "tickmode": "array",
               "tickvals": rows.attrs["ticks"], "ticktext": ticktext,
               "range": [depth - 0.3, -0.7], "zeroline": False, "automargin": False, "showgrid": False,
               "fixedrange": True},
        shapes=[{"type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": low, "y1": high,
                 "fillcolor": "rgba(0,0,0,0.04)", "line": {"width": 0}, "layer": "below"}
                for i, (low, high) in enumerate(rows.attrs["bands"]) if i % 2 == 0],
    )
    return {"data": data, "layout": {k: v for k, v in layout.items() if v is not None}}
