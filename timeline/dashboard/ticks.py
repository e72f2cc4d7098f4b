"""Tick marks of a fitted time axis (``axis.TimeAxis``): at the unit of the data, never finer than
a day, and never closer than ``min_px`` (a segment between two breaks too narrow for one has
none).

>>> import pandas as pd
>>> from timeline.dashboard.axis import fit_axis
>>> days = pd.Series(pd.to_datetime(["2024-01-01", "2025-04-20", "2025-04-26", "2025-04-28"]))
>>> values, texts = axis_ticks(fit_axis(days, width=800))
>>> texts[0], texts[1]
('1 Jan 2024', '21 Apr 2025')
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from timeline.dashboard.axis import TimeAxis

__all__ = ["axis_ticks", "break_marks"]

_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def _label(day: pd.Timestamp, unit: str, with_year: bool) -> str:
    if unit in ("day", "week"):
        return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")
    if unit == "month":
        return f"{day:%b}" + (f" {day.year}" if with_year else "")
    if unit == "quarter":
        return f"Q{day.quarter}" + (f" {day.year}" if with_year else "")
    return str(day.year)


def _column_ticks(axis: TimeAxis, min_px: float) -> tuple[list[str], list[str]]:
    """Ticks of an axis drawn in columns of several days: at a column where the month changes,
    named by month and year (a column's first day would claim a precision it does not have)."""
    firsts = [pd.Timestamp(first) for first, _ in axis.segments]
    at = axis.px(np.array(firsts, dtype="datetime64[ms]"))
    values, texts, last_px, shown = [], [], -1e9, None
    for day, px in zip(firsts, at, strict=True):
        if (day.year, day.month) != shown and px - last_px >= min_px:
            values.append(day.strftime("%Y-%m-%d"))
            texts.append(f"{day:%b %Y}")
            last_px, shown = px, (day.year, day.month)
    return values, texts


def break_marks(axis: TimeAxis, min_px: float = 70) -> list[dict]:
    """Where the axis leaves out time: a notch under the time axis at every break, and a dotted
    line across the plot where a break skips into another year, no closer than ``min_px`` to the
    last (a span of many years, cut many times, stays quiet)."""
    out, last_px = [], -1e9
    starts = [a for a, _ in axis.breaks]
    at = axis.px(np.array(starts, dtype="datetime64[ms]")) if starts else []
    for (low, high), px in zip(axis.breaks, at, strict=True):
        x = str(low).replace("T", " ")
        across = pd.Timestamp(low).year != pd.Timestamp(high).year and px - last_px >= min_px
        if across:
            last_px = px
        out.append({"type": "line", "xref": "x", "yref": "paper", "x0": x, "x1": x, "layer": "below",
                    **({"y0": 0, "y1": 1} if across else {"ysizemode": "pixel", "yanchor": 1, "y0": 0, "y1": -7}),
                    "line": {"color": "rgba(0,0,0,0.35)", "width": 1, "dash": "dot" if across else "solid"}})
    return out


def axis_ticks(axis: TimeAxis, min_px: float = 80) -> tuple[list[str], list[str]]:
    """``(tickvals, ticktext)``: the days to mark and their labels (the year on the first tick
    and wherever it changes)."""
    if axis.columns:
        return _column_ticks(axis, min_px)
    pad_days = axis.pad_px / axis.scale
    picked: list[pd.Timestamp] = []
    last_px = -1e9
    for first, last in axis.segments:
        low = pd.Timestamp(first) - pd.Timedelta(days=pad_days if first == axis.segments[0][0] else 0)
        high = pd.Timestamp(last) + pd.Timedelta(days=pad_days if last == axis.segments[-1][1] else 0)
        candidates = list(pd.date_range(low.ceil("D"), high.floor("D"), freq=_FREQ[axis.unit]))
        if not any(pd.Timestamp(first) <= c <= pd.Timestamp(last) for c in candidates):
            candidates = sorted({*candidates, pd.Timestamp(first)})  # the segment's own day
        positions = axis.px(np.array(candidates, dtype="datetime64[ms]")) if candidates else []
        for day, at in zip(candidates, positions, strict=True):
            if at - last_px >= min_px:
                picked.append(day)
                last_px = at
    texts, year = [], None
    for day in picked:
        unit = axis.unit if (axis.unit != "year" or (day.month, day.day) == (1, 1)) else "day"
        texts.append(_label(day, unit, day.year != year))
        year = day.year
    return [d.strftime("%Y-%m-%d") for d in picked], texts
