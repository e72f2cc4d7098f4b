"""The traces that draw the events: period bars, day markers with their labels, cluster marks.

One trace per kind of mark and certainty, coloured point by point: a browser draws a few large
traces far faster than one per event type. A cluster mark (several events of one lane and day)
carries its members' ids, labels and dates in ``meta``; the chart component lists them when the
mark is clicked. The members themselves are in one hidden trace (their ids stay in the figure;
hidden as ``legendonly`` with no legend entry: a trace ``visible: false`` loses its data in
Plotly's full figure, where the page and the benchmark count the marks).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from timeline.dashboard.certainty import CERTAINTY
from timeline.dashboard.palette import rgba

__all__ = ["BAR", "POINT", "bar_labels", "continuing_marks", "mark_traces"]

BAR = {"exact": (0.85, ""), "coarse": (0.35, "/"), "inferred": (0.2, ".")}  # (fill opacity, hatch)
POINT = {"exact": ("diamond", 1.0), "coarse": ("diamond", 0.45), "inferred": ("diamond-open", 1.0)}
_LABEL_FONT = {"size": 10, "color": "#333333"}
_HOVER = "%{hovertext}<extra></extra>"


def bar_labels(rows: pd.DataFrame) -> list[dict]:
    """The labels of the period bars, as annotations at each bar's start."""
    bars = rows[rows["labelled"] & (rows["start"] != rows["end"]) & (rows["cluster"] == 0)]
    return [{"x": f"{start:%Y-%m-%d}", "y": y, "xref": "x", "yref": "y", "text": label,
             "showarrow": False, "xanchor": "right" if before else "left",
             "xshift": -6 if before else (shift or 10), "font": _LABEL_FONT, "name": "label"}
            for start, y, label, before, shift in zip(bars["at"], bars["y"], bars["label"], bars["before"],
                                                      bars["label_px"], strict=True)]


def continuing_marks(rows: pd.DataFrame) -> list[dict]:
    """A chevron where a period runs on into a break of the axis (shapes, sized in pixels)."""
    going = rows[rows["continues"] & (rows["start"] != rows["end"]) & (rows["cluster"] == 0)]
    return [{"type": "path", "xref": "x", "yref": "y", "xsizemode": "pixel", "ysizemode": "pixel",
             "xanchor": str(np.datetime64(end, "ms")).replace("T", " "), "yanchor": y,
             "path": "M 0 -5 L 7 0 L 0 5 Z", "fillcolor": "#555555", "line": {"width": 0}}
            for end, y in zip(going["shown_end"], going["y"], strict=True)]


def _sides(before: np.ndarray) -> str | list[str]:
    """Where each label goes: after its mark, or before it (no room after, at the right edge)."""
    return ["middle left" if b else "middle right" for b in before] if before.any() else "middle right"


def _bars(rows, hover, colour_of, periods, level, day, last) -> list[dict]:
    alpha, hatch = BAR[level]
    out = [{"type": "bar", "orientation": "h", "y": rows["y"].to_numpy()[periods],
            "base": np.datetime_as_string(day[periods]),
            "x": (last[periods] - day[periods]).astype("timedelta64[ms]").astype("float64"),
            # the whole period (the 'linear time' button draws it): x stops at a break
            "meta": {"whole": (rows["end"].to_numpy("datetime64[D]")[periods] + np.timedelta64(1, "D")
                               - day[periods]).astype("timedelta64[ms]").astype("float64").tolist()},
            "width": 0.6, "customdata": rows["event_id"].to_numpy()[periods], "hovertext": hover[periods],
            "name": level, "showlegend": False, "hovertemplate": _HOVER,
            "marker": {"color": [rgba(c, alpha) for c in colour_of[periods]],
                       "line": {"color": colour_of[periods], "width": 1},
                       "pattern": {"shape": hatch, "fgcolor": colour_of[periods], "size": 6,
                                   "solidity": 0.25}}}]
    return out


def _gl_periods(rows, hover, colour_of, periods, level, day, last) -> list[dict]:
    out = []
    ypos = rows["y"].to_numpy(dtype="float64")
    for colour in dict.fromkeys(colour_of[periods]):  # WebGL lines: one colour per trace
        mine = periods[colour_of[periods] == colour]
        xs = np.empty(3 * len(mine), dtype="datetime64[D]")
        last = last.astype("datetime64[D]")
        xs[0::3], xs[1::3], xs[2::3] = day[mine], last[mine], last[mine]
        ys = np.repeat(ypos[mine], 3)
        ys[2::3] = np.nan
        out.append({"type": "scattergl", "x": np.datetime_as_string(xs), "y": ys, "mode": "lines",
                    "showlegend": False, "hoverinfo": "skip", "opacity": BAR[level][0],
                    "line": {"color": colour, "width": 7}})
    out.append({"type": "scattergl", "x": np.datetime_as_string(day[periods]), "y": ypos[periods],
                "mode": "markers", "customdata": rows["event_id"].to_numpy()[periods],
                "hovertext": hover[periods], "name": level, "showlegend": False, "hovertemplate": _HOVER,
                "marker": {"symbol": "line-ns-open", "size": 9, "color": colour_of[periods]}})
    return out


def _points(rows, hover, colour_of, points, level, day, scatter, size) -> dict:
    symbol, opacity = POINT[level]
    trace = {"type": scatter, "x": np.datetime_as_string(day[points]), "y": rows["y"].to_numpy()[points],
             "mode": "markers", "customdata": rows["event_id"].to_numpy()[points],
             "hovertext": hover[points], "name": level, "showlegend": False, "hovertemplate": _HOVER,
             "marker": {"symbol": symbol, "color": colour_of[points], "size": size, "opacity": opacity,
                        "line": {"color": colour_of[points], "width": 1.5}}}
    if scatter == "scatter" and rows["labelled"].to_numpy()[points].any():
        trace["mode"] = "markers+text"
        trace["text"] = np.where(rows["labelled"].to_numpy()[points], rows["label"].to_numpy()[points], "")
        trace["textposition"] = _sides(rows["before"].to_numpy()[points])
        trace["textfont"] = _LABEL_FONT
        trace["cliponaxis"] = False
    return trace


def _clusters(rows: pd.DataFrame, hover: np.ndarray, colour_of: np.ndarray, scatter: str) -> list[dict]:
    """The cluster marks (one per cluster: a circle coloured as its most frequent type, its
    count as its label) and the hidden trace of their members."""
    grouped = rows[rows["cluster"] > 0]
    if grouped.empty:
        return []
    leads, members, texts = [], [], []
    ids, full = rows["event_id"].astype(str).to_numpy(), rows["label_full"].astype(str).to_numpy()
    days = rows["start"].dt.strftime("%Y-%m-%d").to_numpy()
    for index in grouped.groupby("cluster", sort=True).indices.values():
        index = grouped.index.to_numpy()[index]
        leads.append(index[0])
        members.append([[ids[i], full[i], days[i]] for i in index])
        colours = Counter(colour_of[index].tolist()).most_common(1)  # ties: the first seen
        texts.append((colours[0][0], "<br>".join(hover[i].split("<br>")[0] for i in index[:6])
                      + ("<br>…" if len(index) > 6 else "") + "<br><i>click to list them</i>"))
    leads = np.asarray(leads)
    everyone = grouped.index.to_numpy()
    return [
        {"type": scatter, "mode": "markers+text", "name": "clusters", "showlegend": False,
         "x": rows["at"].to_numpy("datetime64[D]")[leads].astype(str), "y": rows["y"].to_numpy()[leads],
         "text": np.where(rows["labelled"].to_numpy()[leads], rows["label"].to_numpy()[leads], ""),
         "textposition": _sides(rows["before"].to_numpy()[leads]), "textfont": _LABEL_FONT,
         **({"cliponaxis": False} if scatter == "scatter" else {}),
         "hovertext": [t for _, t in texts], "hovertemplate": _HOVER,
         "meta": {"clusters": members},
         "marker": {"symbol": "circle", "size": 13, "color": "#ffffff",
                    "line": {"color": [c for c, _ in texts], "width": 3}}},
        {"type": scatter, "mode": "markers", "name": "cluster members", "visible": "legendonly",
         "showlegend": False, "x": rows["at"].to_numpy("datetime64[D]")[everyone].astype(str),
         "y": rows["y"].to_numpy()[everyone], "customdata": rows["event_id"].to_numpy()[everyone],
         "hovertext": hover[everyone], "hovertemplate": _HOVER,
         "marker": {"color": colour_of[everyone]}},  # each member's type colour (when shown alone)
    ]


def mark_traces(rows: pd.DataFrame, hover: np.ndarray, colour_of: np.ndarray, large: bool,
                size: int) -> list[dict]:
    """Every trace of event marks for ``rows`` (from ``rows.layout_rows``)."""
    scatter = "scattergl" if large else "scatter"
    is_point = (rows["start"] == rows["end"]).to_numpy()
    single = (rows["cluster"] == 0).to_numpy()
    day = rows["at"].to_numpy("datetime64[D]")  # a mark's day, or its column's
    last = rows["shown_end"].to_numpy("datetime64[ms]")
    level_of = rows["certainty"].to_numpy()
    data: list[dict] = []
    for level in CERTAINTY:
        at_level = (level_of == level) & single
        periods, points = np.flatnonzero(at_level & ~is_point), np.flatnonzero(at_level & is_point)
        if len(periods):
            draw = _gl_periods if large else _bars
            data += draw(rows, hover, colour_of, periods, level, day, last)
        if len(points):
            data.append(_points(rows, hover, colour_of, points, level, day, scatter, size))
    return data + _clusters(rows, hover, colour_of, scatter)
