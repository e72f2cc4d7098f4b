"""The time axis of the first view: fitted to where the events are.

Events of one story crowd a few weeks; a year-long period of the year before, or the articles of
other stories and years, would stretch a linear axis until every day of the story falls into one
column. The axis therefore cuts out the long empty stretches between groups of event days (Plotly
``rangebreaks``, drawn as marked breaks): every group keeps a linear scale, each cut takes a few
pixels, and days with events stay at least ``min_gap_px`` apart where the width allows. The cuts
are the largest gaps first, only as many as needed. A "linear time" button removes them.

Pixel positions are estimated for a plot ``width`` (the chart does not know the browser's); the
labels' placement uses the same estimate.

>>> days = pd.to_datetime(["2024-01-01", "2025-04-20", "2025-04-26", "2025-04-28"])
>>> axis = fit_axis(pd.Series(days), width=800)
>>> len(axis.breaks), axis.unit
(1, 'day')
>>> bool(axis.px(days[1:]).min() > axis.px(days[:1])[0] + 12)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["WIDTHS", "TimeAxis", "fit_axis"]

_DAY_MS = 86_400_000
WIDTHS = (0.97, 0.985, 1.0, 1.015, 1.03, 1.05, 1.08)
"""The real plot widths a width estimate may stand for, as shares of it."""
_UNITS = (("day", 1), ("week", 7), ("month", 30.4), ("quarter", 91.3), ("year", 365.25))


@dataclass(frozen=True, slots=True)
class TimeAxis:
    """Where the first view's days go: ``segments`` of days (start, end) drawn linearly at
    ``scale`` pixels a day, ``break_px`` pixels between two segments, ``pad_px`` before the first
    day and ``right_px`` after the last (room for its labels)."""

    segments: tuple[tuple[np.datetime64, np.datetime64], ...]
    scale: float
    pad_px: float
    break_px: float
    unit: str  # the finest unit whose ticks fit: day, week, month, quarter, year
    right_px: float = 14.0
    columns: bool = False  # the days are drawn in columns of several days (``bins.day_columns``)

    @property
    def breaks(self) -> list[tuple[np.datetime64, np.datetime64]]:
        """The hidden stretches (from, to), as instants (ms)."""
        half = np.timedelta64(int(self.break_px / 2 / self.scale * _DAY_MS), "ms")
        return [(a[1].astype("datetime64[ms]") + half, b[0].astype("datetime64[ms]") - half)
                for a, b in zip(self.segments, self.segments[1:], strict=False)]

    @property
    def range(self) -> list[str]:
        """The first view, as Plotly date strings."""
        low = self.segments[0][0].astype("datetime64[ms]") - _ms(self.pad_px / self.scale)
        high = self.segments[-1][1].astype("datetime64[ms]") + _ms(self.right_px / self.scale)
        return [_text(low), _text(high)]

    def clip(self, instants) -> tuple[np.ndarray, np.ndarray]:
        """``(instants, clipped)``: an instant inside a break moved back to where the break
        starts (a period seen to continue there), and whether it was."""
        values = np.asarray(instants, dtype="datetime64[ms]")
        lows = np.array([a for a, _ in self.breaks], dtype="datetime64[ms]")
        highs = np.array([b for _, b in self.breaks], dtype="datetime64[ms]")
        which = np.searchsorted(lows, values, side="right") - 1
        inside = (which >= 0) & (values < highs[np.clip(which, 0, None)] if len(highs) else False)
        out = values.copy()
        out[inside] = lows[which[inside]]
        return out, np.asarray(inside, dtype=bool)

    def px(self, days) -> np.ndarray:
        """The estimated x pixel of each day (``datetime64``-like) from the plot's left edge."""
        values = np.asarray(days, dtype="datetime64[ms]").astype("int64") / _DAY_MS
        out = np.empty(len(values))
        offset = self.pad_px
        first = np.array([s[0].astype("datetime64[ms]").astype("int64") / _DAY_MS for s in self.segments])
        last = np.array([s[1].astype("datetime64[ms]").astype("int64") / _DAY_MS for s in self.segments])
        starts = np.empty(len(first))
        for i in range(len(first)):
            starts[i] = offset
            offset += (last[i] - first[i]) * self.scale + self.break_px
        which = np.clip(np.searchsorted(first, values, side="right") - 1, 0, len(first) - 1)
        local = np.clip(values - first[which], None, last[which] - first[which] + self.break_px / 2 / self.scale)
        out[:] = starts[which] + local * self.scale
        return out


def _ms(days: float) -> np.timedelta64:
    return np.timedelta64(int(days * _DAY_MS), "ms")


def _text(instant: np.datetime64) -> str:
    text = str(instant.astype("datetime64[ms]")).replace("T", " ")
    return text[:10] if text.endswith("00:00:00.000") else text


def _unit(scale: float, min_px: float = 70) -> str:
    return next((name for name, days in _UNITS if days * scale >= min_px), "year")


def _scale(room: float, linear_days: float, cuts: int, widest: float, narrowest: float,
           cap: float) -> tuple[float, float]:
    """``(scale, break width)`` that fill ``room``: a break as wide as one day of the scale,
    within ``[narrowest, widest]`` pixels (evenly spread days fill the most columns)."""
    for width in (widest, None, narrowest):
        scale = (room - cuts * width) / linear_days if width is not None and linear_days else (
            room / (linear_days + cuts) if width is None else np.inf)
        scale = min(scale, cap)
        shown = scale if width is None else width
        if width is None and not narrowest <= scale <= widest:
            continue
        if width == widest and scale < widest:
            continue
        return scale, shown
    return max(scale, 1e-6), narrowest


def fit_axis(starts: pd.Series, width: float = 800, column_px: float = 12,
             pad_px: float = 8, break_px: tuple[float, float] = (6, 13), max_breaks: int = 200,
             min_days: float = 7, right_px: float = 24, max_gap_share: float = 0.2) -> TimeAxis:
    """The axis that cuts the largest empty stretches between event days until the days are
    spread over as many ``column_px`` columns as the width allows, whatever the real width within
    -3 % and +8 % of ``width`` (the fewest cuts that get within 2 % of the most). A cut leaves
    as many pixels as one day takes, within ``break_px``, and only a stretch of two days or more
    that is wider than that is cut; no empty month or more left whole takes more than
    ``max_gap_share`` of the width, where some choice allows it.
    The view spans at least ``min_days`` (a single day gets day ticks, not hours). ``right_px``
    stays free after the last day (its labels), with any room left.
    """
    days = np.unique(pd.to_datetime(starts.dropna()).to_numpy("datetime64[D]"))
    if len(days) == 0:
        raise ValueError("no dated events to fit an axis to")
    gaps = np.diff(days).astype("int64").astype("float64")
    order = np.argsort(-gaps, kind="stable")
    room = width - pad_px - right_px
    choices = []  # (columns, no stretch too wide, -cuts, cut, scale, break width)
    for cuts in range(min(max_breaks, len(gaps)) + 1):
        if cuts and (gaps[order[cuts - 1]] < 2 or room - cuts * break_px[0] <= 0):
            break
        cut = np.zeros(len(gaps), dtype=bool)
        cut[order[:cuts]] = True
        scale, shown = _scale(room, gaps[~cut].sum(), cuts, break_px[1], break_px[0], width / min_days)
        if cuts and gaps[order[cuts - 1]] * scale <= shown:  # the break would be wider than the gap
            continue
        steps = np.where(cut, shown, gaps * scale)
        positions = pad_px + np.concatenate([[0.0], np.cumsum(steps)])
        if cuts and positions[-1] > pad_px + room + 0.5:  # the breaks alone overflow the width
            continue
        # the plot's real width differs a little from ``width``: the fewest columns over that
        # (``positions`` only grow: the distinct columns are the first one and each change)
        columns = min(1 + int(np.count_nonzero(np.diff(positions * f // column_px))) for f in WIDTHS)
        long = ~cut & (gaps > 30)  # an empty month or more left whole
        narrow = gaps[long].max(initial=0.0) * scale <= max_gap_share * width
        choices.append((columns, narrow, -cuts, cut, scale, shown))
    most = max(c[0] for c in choices)
    best = max((c for c in choices if c[0] >= 0.98 * most), key=lambda c: (c[1], c[2]))
    *_, cut, scale, break_width = best
    bounds = np.flatnonzero(cut)
    firsts = np.concatenate([[0], bounds + 1])
    lasts = np.concatenate([bounds, [len(days) - 1]])
    segments = tuple((days[a], days[b]) for a, b in zip(firsts, lasts, strict=True))
    span = sum(float((b - a).astype("int64")) for a, b in segments)
    extra = max(0.0, width - pad_px - right_px - len(bounds) * break_width - span * scale)
    left = pad_px + min(extra * 0.2, 60.0)
    return TimeAxis(segments, float(scale), float(left), float(break_width), _unit(scale),
                    float(right_px + extra - (left - pad_px)))
