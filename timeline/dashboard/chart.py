"""The Plotly timeline: lanes, stacked sub-rows, day markers, period bars, certainty styles,
labels on the marks, clusters, and a time axis fitted to where the events are.

Never imports Streamlit. Every trace carries the event ids in ``customdata`` so a selection in
the browser leads back to the event. Past ``gl_threshold`` drawn rows the markers and period
lines use WebGL (``scattergl``); SVG bars get slow in the low thousands. Every string that
reaches Plotly (lane and legend names, labels, hover) is escaped: Plotly renders a subset of HTML.

>>> from tests.dashboard.synthetic import synthetic_events
>>> frame, _ = synthetic_events(30, seed=2)
>>> figure = build_figure(frame)
>>> drawn = {i for t in figure.data for i in (t.customdata if t.customdata is not None else ())}
>>> drawn == set(frame.event_id)
True
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.dashboard.hover import hover_texts, plotly_text
from timeline.dashboard.labels import short_label
from timeline.dashboard.lanes import LANE_LABELS
from timeline.dashboard.legend import style_keys, type_keys
from timeline.dashboard.marks import bar_labels, continuing_marks, mark_traces
from timeline.dashboard.palette import colours_for
from timeline.dashboard.rows import layout_rows
from timeline.dashboard.ticks import axis_ticks, break_marks

__all__ = ["ChartSettings", "axis_range", "build_figure", "figure_spec", "lane_labels"]

_DAY_MS = 24 * 3600 * 1000

_RANGE_BUTTONS = {"buttons": [
    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
    {"step": "all", "label": "all"},
], "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom", "pad": {"b": 24}}


@dataclass(frozen=True, slots=True)
class ChartSettings:
    """Every drawing default in one place."""

    max_lanes: int = 40          # more lanes than this: the rest fold into one 'other' lane
    max_subrows: int = 24        # overlapping events per lane before they are drawn over each other
    row_px: tuple[int, int] = (9, 22)  # height of a sub-row: at least, at most (fits the height)
    label_row_px: int = 17       # height of a sub-row when the marks carry labels
    gl_threshold: int = 3000     # drawn rows from which markers and periods use WebGL
    # A range slider redraws every SVG trace a second time: up to this many drawn rows; past
    # it, range buttons (1m, 6m, 1y, all) instead. WebGL traces are not redrawn: always a slider.
    slider_max_rows: int = 600
    marker_share: float = 1 / 150  # a marker's width as a share of the time span (large figures)
    max_height: int = 1800       # without labels
    max_label_height: int = 4000  # with labels: lanes sized to their content
    plot_px: int = 915           # the plot's width assumed when placing labels (a 1440 px window)
    # with an event selected, its detail panel beside the chart narrows the plot by about this
    # (1440 px window: 962 -> 618 px): days are put in columns and labels packed for that width
    panel_px: int = 340
    label_max_rows: int = 1500   # dated events up to which the axis is fitted and days cluster
    # marks that carry text labels at most (the most important of each column first; the
    # others' labels are in the hover): a browser measures every text it draws
    text_max_rows: int = 400
    cluster_min: int = 4         # events of one lane and day drawn as one cluster mark
    # lanes the '(other ...)' lane opens into on a click (a second figure sent with the first,
    # for figures with labels); the rest stay in a smaller '(other ...)' lane. 0: it lists them
    open_lanes: int = 80


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


def build_figure(frame: pd.DataFrame, lanes_by: str = "actor", selected: str | None = None,
                 settings: ChartSettings = ChartSettings(), title: str = "",
                 only: tuple[str, ...] = ()) -> go.Figure:
    """The timeline of ``frame`` (events without a date are left out: nothing to place); with
    ``only``, just those lanes."""
    return go.Figure(figure_spec(frame, lanes_by, selected, settings, title, only))


def _xaxis(rows: pd.DataFrame, axis, slider: bool) -> dict:
    """The time axis: on top (in the first screen), fitted with its breaks when there is a fitted
    axis, ticks at the unit of the data (days at the finest, never hours)."""
    out = {"type": "date", "side": "top", "showgrid": True, "gridcolor": "rgba(0,0,0,0.06)",
           "rangeslider": {"visible": slider, "thickness": 0.06},
           "tickformatstops": [{"dtickrange": [None, _DAY_MS], "value": "%e %b %Y"}]}
    if axis is None:
        return {**out, "range": axis_range(rows["start"], rows["end"]),
                **({} if slider else {"rangeselector": _RANGE_BUTTONS})}
    out["range"] = axis.range
    if axis.breaks:
        values, texts = axis_ticks(axis)
        out.update(tickmode="array", tickvals=values, ticktext=texts,
                   rangebreaks=[{"bounds": [str(a).replace("T", " "), str(b).replace("T", " ")]}
                                for a, b in axis.breaks])
    return out


def _lane_names(names: list[str], at: list[float], other: dict | None) -> list[dict]:
    """The lane names, each on its lane's first row inside the plot (the time axis keeps the
    whole width; Plotly would hide the time axis' labels beside names drawn as inside ticks).
    The '(other ...)' lane's name, when there is one, can be clicked: it lists what it holds."""
    out = [{"xref": "paper", "x": 0, "xanchor": "left", "yref": "y", "y": y, "text": name,
            "showarrow": False, "font": {"size": 12, "color": "#222222", "weight": "bold"},
            "xshift": 2, "name": "lane"} for name, y in zip(names, at, strict=True)]
    if other is not None:
        out[-1].update(name="other", captureevents=True, text=out[-1]["text"] + " ▾",
                       hovertext="click to open it into the lanes it holds")
    return out


def _other_lane(rows: pd.DataFrame, order: list[str]) -> dict | None:
    """What the '(other ...)' lane holds: its lanes, the busiest first, each with its events
    ``[id, label, date]`` (text for the component to list, not markup)."""
    if "folded_from" not in rows.columns or not (rows["folded_from"] != "").any():
        return None
    folded = rows[rows["folded_from"] != ""]
    lanes = [[str(lane), [[str(i), short_label(s, 80), f"{d:%Y-%m-%d}"] for i, s, d in
                          zip(group["event_id"], group["summary"].fillna(""), group["start"], strict=True)]]
             for lane, group in folded.groupby("folded_from", sort=False)]
    return {"name": order[-1], "lanes": sorted(lanes, key=lambda lane: (-len(lane[1]), lane[0]))}


def _linear_button(axis, data: list[dict], marks: range) -> list[dict]:
    """'Linear time': the axis without its breaks, the bars at their whole length, the break
    lines and chevrons (shapes ``marks``) hidden; again: fitted."""
    if axis is None or not axis.breaks:
        return []
    bars = [i for i, t in enumerate(data) if t.get("type") == "bar"]
    whole = {"x": [data[i]["meta"]["whole"] for i in bars]}
    shown = {"x": [list(data[i]["x"]) for i in bars]}
    linear = {"xaxis.rangebreaks": [], "xaxis.tickmode": "auto", "xaxis.autorange": True,
              **{f"shapes[{i}].visible": False for i in marks}}
    fitted = {"xaxis.rangebreaks": _xaxis(pd.DataFrame(), axis, False)["rangebreaks"],
              "xaxis.tickmode": "array", "xaxis.range": axis.range,
              **{f"shapes[{i}].visible": True for i in marks}}
    # left of the toolbar, which Plotly draws down the right edge (modebar orientation 'v')
    return [{"type": "buttons", "direction": "right", "showactive": False, "x": 1, "xanchor": "right",
             "y": 1.0, "yanchor": "bottom", "pad": {"b": 24, "r": 36},
             "buttons": [{"label": "linear time / fitted", "method": "update",
                          "args": [whole, linear, bars], "args2": [shown, fitted, bars]}]}]


def figure_spec(frame: pd.DataFrame, lanes_by: str = "actor", selected: str | None = None,
                settings: ChartSettings = ChartSettings(), title: str = "",
                only: tuple[str, ...] = ()) -> dict:
    """``build_figure`` as the plain dict Plotly reads (``{"data": [...], "layout": {...}}``).

    What the dashboard sends to the browser: making ``go.Figure`` objects checks every colour
    of every point, which costs more than everything else here together.
    """
    dated = int(frame["start"].notna().sum()) if "start" in frame.columns else 0
    labelled = dated <= settings.label_max_rows
    width = settings.plot_px - (settings.panel_px if selected is not None else 0)
    rows, order, axis = layout_rows(frame, lanes_by, only, width=width,
                                    max_lanes=settings.max_lanes, max_subrows=settings.max_subrows,
                                    labelled=labelled, cluster_min=settings.cluster_min,
                                    marker_share=settings.marker_share, texts=settings.text_max_rows)
    ticks, lane_bands = rows.attrs.get("ticks", []), rows.attrs.get("bands", [])
    rows.attrs = {}  # pandas copies them deeply to every column taken: slow for many marks
    if rows.empty:
        return {"data": [], "layout": {
            "height": 200, "xaxis": {"visible": False}, "yaxis": {"visible": False},
            "annotations": [{"text": "No dated events to draw", "showarrow": False, "xref": "paper",
                             "yref": "paper", "x": 0.5, "y": 0.5}]}}
    large = len(rows) > settings.gl_threshold
    depth = rows["y"].max() + 1
    if labelled:
        row_px = max(settings.row_px[0], min(settings.label_row_px, (settings.max_label_height - 230) / depth))
    else:
        row_px = max(settings.row_px[0], min(settings.row_px[1], (settings.max_height - 230) / depth))
    size = max(5, min(10, int(row_px) - 3))
    hover = np.asarray(hover_texts(rows, summary_limit=90 if large else 160), dtype=object)
    types = rows["event_type"].fillna("").replace("", "(untyped)")
    colours = colours_for(types.unique())
    colour_of = np.asarray([colours[t] for t in types.tolist()], dtype=object)
    data = mark_traces(rows, hover, colour_of, large, size)
    if selected is not None:
        mine = rows[rows["event_id"] == selected]
        if len(mine):
            data.append({"type": "scattergl" if large else "scatter",
                         "x": mine["at"].dt.strftime("%Y-%m-%d").to_numpy(),
                         "y": mine["y"].to_numpy(), "mode": "markers", "name": "selected",
                         "customdata": mine["event_id"].to_numpy(), "hoverinfo": "skip",
                         "showlegend": False,
                         "marker": {"symbol": "circle-open", "size": 20, "color": "#000000",
                                    "line": {"width": 2.5, "color": "#000000"}}})
    data += type_keys(types.unique()) + style_keys()
    # a fitted axis shows every event: no slider (it would draw every label a second time)
    slider = axis is None and (large or len(rows) <= settings.slider_max_rows)
    height = min(settings.max_label_height if labelled else settings.max_height,
                 int((250 if slider else 190) + row_px * depth))
    lane_names = [plotly_text(n) for n in lane_labels(order, limit=60)[0]]
    bands = [{"type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1, "y0": low, "y1": high,
              "fillcolor": "rgba(0,0,0,0.04)", "line": {"width": 0}, "layer": "below"}
             for i, (low, high) in enumerate(lane_bands) if i % 2 == 0]
    marks = (break_marks(axis) if axis is not None else []) + continuing_marks(rows)
    other = _other_lane(rows, order)
    layout = dict(
        title={"text": plotly_text(title)} if title else None, barmode="overlay", height=height,
        uirevision=lanes_by, margin={"l": 8, "r": 10, "t": 110 if title else 85, "b": 60},
        legend={"title": {"text": "Event type "}, "orientation": "h", "x": 0, "xanchor": "left",
                "y": 1.0, "yanchor": "top", "yref": "container", "xref": "paper", "itemclick": False,
                "itemdoubleclick": False},
        legend2={"title": {"text": "Date certainty "}, "orientation": "h", "x": 0, "xanchor": "left",
                 "y": 0.0, "yanchor": "bottom", "yref": "container", "itemclick": False,
                 "itemdoubleclick": False},
        modebar={"orientation": "v"},
        hoverlabel={"align": "left"}, clickmode="event+select", dragmode="zoom",
        xaxis=_xaxis(rows, axis, slider),
        yaxis={"title": {"text": ""}, "tickmode": "array", "tickvals": ticks,
               "ticktext": lane_names, "showticklabels": False, "ticks": "",
               "range": [depth - 0.3, -0.3], "zeroline": False, "automargin": False, "showgrid": False,
               "fixedrange": True},
        shapes=bands + marks,
        annotations=_lane_names(lane_names, ticks, other) + (bar_labels(rows) if labelled else []),
        updatemenus=_linear_button(axis, data, range(len(bands), len(bands) + len(marks))) or None,
        meta={"lanes": LANE_LABELS[lanes_by], **({"other": other} if other else {})},
    )
    spec = {"data": data, "layout": {k: v for k, v in layout.items() if v is not None}}
    if other is not None and labelled and settings.open_lanes:
        spec["layout"]["meta"]["expanded"] = _opened(frame, lanes_by, selected, settings, title, only,
                                                     len(order))
    return spec


def _opened(frame: pd.DataFrame, lanes_by: str, selected: str | None, settings: ChartSettings,
            title: str, only: tuple[str, ...], lanes: int) -> dict:
    """The figure with its '(other ...)' lane opened into up to ``open_lanes`` lanes of their
    own, each as tall as its content (the page grows); the name of the first opened lane folds
    them back on a click."""
    wider = replace(settings, max_lanes=lanes + settings.open_lanes, open_lanes=0,
                    max_label_height=settings.max_label_height * 4)
    spec = figure_spec(frame, lanes_by, selected, wider, title, only)
    names = [a for a in spec["layout"]["annotations"] if a.get("name") == "lane"]
    if len(names) >= lanes:
        names[lanes - 1].update(name="fold", captureevents=True, text=names[lanes - 1]["text"] + " ▴",
                                hovertext="click to fold the lanes opened from '(other …)'")
    return spec
