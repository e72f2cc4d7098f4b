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

__all__ = ["axis_ticks"]

_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def _label(day: pd.Timestamp, unit: str, with_year: bool) -> str:
    if unit in ("day", "week"):
        return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")
    if unit == "month":
        return f"{day:%b}" + (f" {day.year}" if with_year else "")
    if unit == "quarter":
        return f"Q{day.quarter}" + (f" {day.year}" if with_year else "")
    return str(day.year)


def axis_ticks(axis: TimeAxis, min_px: float = 80) -> tuple[list[str], list[str]]:
    """``(tickvals, ticktext)``: the days to mark and their labels (the year on the first tick
    and wherever it changes)."""
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
