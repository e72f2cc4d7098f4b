"""Where each mark of the timeline goes: its lane, sub-row, height on the chart, label and cluster.

Every lane opens with a row that carries its name (inside the plot, so the time axis keeps the
whole width), then its sub-rows. In a figure drawn one event at a time (``labelled``), marks
are packed with their labels (``labels.pack``) on the fitted time axis (``axis.fit_axis``), and
many events of one lane on one day become one cluster mark (``cluster`` > 0 names the cluster,
the first of its rows draws it, the others are its members, drawn when it opens). Large figures
are stacked by time alone, without labels or clusters (``lanes.stack``).

>>> from tests.dashboard.synthetic import synthetic_events
>>> frame, _ = synthetic_events(40, seed=3)
>>> rows, order, axis = layout_rows(frame, "actor", width=800, cluster_min=4)
>>> set(rows["lane"]) == set(order) and bool(rows["labelled"].any())
True
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from timeline.dashboard.axis import TimeAxis, fit_axis
from timeline.dashboard.bins import day_columns
from timeline.dashboard.certainty import certainty
from timeline.dashboard.hover import plotly_text
from timeline.dashboard.labels import event_labels, pack, short_label
from timeline.dashboard.lanes import fold_lanes, lane_order, lane_rows, stack
from timeline.dashboard.readable import readable_date

__all__ = ["HEADER", "layout_rows"]

HEADER = 1.4  # the height of a lane's name row, in sub-rows
_BEYOND_PX = 10  # the chevron of a period running into a break, and a gap: before its label


def _clusters(rows: pd.DataFrame, minimum: int) -> np.ndarray:
    """A cluster number per row (0: none): point events of one lane drawn on one day (``at``:
    their day, or their column's), ``minimum`` or more."""
    points = rows["start"] == rows["end"]
    day = rows["at"]
    size = rows.groupby([rows["lane"], day, points])["event_id"].transform("size")
    grouped = points & (size >= minimum)
    out = np.zeros(len(rows), dtype="int64")
    if grouped.any():
        keys = pd.MultiIndex.from_arrays([rows["lane"][grouped], day[grouped]])
        out[grouped.to_numpy()] = pd.factorize(keys)[0] + 1
    return out


def _labels(rows: pd.DataFrame, leads: pd.Series) -> pd.Series:
    """Each row's label (escaped): who did what (``labels.event_labels``); a period says which
    ("2024: ..."); a cluster its count, and when it spans several days its lead event (``leads``:
    the most important member's label, by cluster)."""
    labels = pd.Series([plotly_text(s) for s in event_labels(rows)], index=rows.index, dtype=object)
    periods = (rows["end"] > rows["start"]).to_numpy()
    labels[periods] = [plotly_text(f"{readable_date(str(d))}: {s}")
                       for d, s in zip(rows["date"][periods], event_labels(rows[periods], 22), strict=True)]
    clustered = rows["cluster"] > 0
    counts = rows.groupby("cluster")["event_id"].transform("size")
    spans = rows.groupby("cluster")["start"].transform("nunique") > 1
    labels[clustered] = [f"{n} events" + (f": {plotly_text(leads[c])}" if many else "")
                         for n, c, many in zip(counts[clustered], rows["cluster"][clustered],
                                               spans[clustered], strict=True)]
    return labels


def importance(rows: pd.DataFrame) -> np.ndarray:
    """How much backs each row's event: the documents reporting it, then its actors (a
    cluster's lead adds its members). The label of a more important mark is drawn first."""
    sources = rows["n_sources"].clip(lower=1) if "n_sources" in rows.columns else 1
    actors = rows["actors"].map(lambda a: len(a) if a is not None and not isinstance(a, float) else 0)
    return (sources + 0.5 * actors).to_numpy(dtype="float64")


def _chosen(rows: pd.DataFrame, first: np.ndarray, score: np.ndarray, limit: int) -> np.ndarray:
    """The marks (``first`` rows) whose labels are drawn, at most ``limit``: the most important
    mark of each column first, then the second of each, and so on."""
    keep = np.zeros(len(rows), dtype=bool)
    leads = np.flatnonzero(first)
    if limit >= len(leads):
        keep[leads] = True
        return keep
    column = rows["at"].to_numpy()[leads]
    order = np.lexsort((-score[leads], column))
    rank = np.empty(len(leads), dtype="int64")
    starts = np.r_[0, np.flatnonzero(column[order][1:] != column[order][:-1]) + 1]
    within = np.arange(len(leads)) - np.repeat(starts, np.diff(np.r_[starts, len(leads)]))
    rank[order] = within
    pick = np.lexsort((-score[leads], rank))[:limit]
    keep[leads[pick]] = True
    return keep


def _packed(rows: pd.DataFrame, width: float, max_subrows: int, cluster_min: int, texts: int) -> TimeAxis:
    """Fit the axis to ``rows``, cluster them, label them and pack them into sub-rows (in place).
    When the width cannot keep every event day apart, days are drawn in columns
    (``bins.day_columns``) and the events of one lane and column are one cluster. At most
    ``texts`` marks are packed with their labels (the most important of each column first)."""
    rows["at"] = pd.to_datetime(day_columns(rows["start"], width))
    columns = bool((rows["at"] != rows["start"].dt.normalize()).any())
    axis = replace(fit_axis(rows["at"], width=width), columns=columns)
    last, rows["continues"] = axis.clip((rows["end"] + pd.Timedelta(days=1)).to_numpy("datetime64[ms]"))
    rows["shown_end"] = pd.to_datetime(last)
    rows["cluster"] = _clusters(rows, 2 if columns else cluster_min)
    first = (~rows.duplicated("cluster") | (rows["cluster"] == 0)).to_numpy()
    score = importance(rows)
    if columns:  # a cluster's lead: its most important member; it weighs all of them
        rows["score"] = score
        ranked = rows[rows["cluster"] > 0].sort_values(["cluster", "score", "start"], ascending=[True, False, True],
                                                        kind="stable")
        leads = ranked.drop_duplicates("cluster")
        lead_of = pd.Series(event_labels(leads, 24), index=leads["cluster"].to_numpy(), dtype=object)
        score = score + rows.groupby("cluster")["score"].transform("sum").where(rows["cluster"] > 0, 0).to_numpy()
        del rows["score"]
    else:
        lead_of = pd.Series(dtype=object)
    rows["label_full"] = [short_label(s, 80) for s in rows["summary"].fillna("").tolist()]
    rows["label"] = _labels(rows, lead_of)
    left = axis.px(rows["at"].to_numpy("datetime64[ms]"))
    right = np.where(rows["start"] == rows["end"], left, axis.px(last))
    subrow = np.zeros(len(rows), dtype="int64")
    shown = np.zeros(len(rows), dtype=bool)
    before = np.zeros(len(rows), dtype=bool)
    beyond = (rows["continues"] & (rows["start"] != rows["end"])).to_numpy()  # its label after the chevron
    labels = np.where(_chosen(rows, first, score, int(texts)), rows["label"].to_numpy(), "").astype(object)
    for index in rows[first].groupby("lane", sort=False).indices.values():
        mine = np.flatnonzero(first)[index]
        subrow[mine], shown[mine], before[mine] = pack(left[mine], right[mine], labels[mine], max_subrows,
                                                       limit=width + 6, beyond=beyond[mine])
    rows["subrow"], rows["labelled"], rows["before"] = subrow, shown, before
    rows["label_px"] = np.where(beyond, right - left + _BEYOND_PX, 0.0)  # a label's shift past a chevron
    lead = rows[first & (rows["cluster"] > 0).to_numpy()].set_index("cluster")["subrow"]
    members = rows["cluster"] > 0
    rows.loc[members, "subrow"] = rows.loc[members, "cluster"].map(lead).to_numpy()
    return axis


def layout_rows(frame: pd.DataFrame, lanes_by: str, only: tuple[str, ...] = (), *, width: float = 940,
                max_lanes: int = 40, max_subrows: int = 24, labelled: bool = True, cluster_min: int = 4,
                marker_share: float = 1 / 150, texts: int = 10**9) -> tuple[pd.DataFrame, list[str], TimeAxis | None]:
    """The drawn rows (one per event and lane) with ``lane``, ``subrow``, ``y``, ``certainty``,
    ``label``, ``labelled``, ``cluster``, ``shown_end`` (where a bar is drawn to: a period that
    runs into a break of the axis stops there) and ``continues`` (it did); the lanes from the top;
    the fitted axis (``None`` for large figures); ``at``, the day a mark is drawn at (its own, or
    its column's). At most ``texts`` marks are ``labelled``."""
    rows = lane_rows(frame, lanes_by, only)
    empty = {"subrow": [], "y": [], "certainty": [], "label": [], "labelled": [], "cluster": [], "at": [],
             "before": [], "label_px": [], "continues": [], "shown_end": []}
    if rows.empty:
        return rows.assign(**empty), [], None
    rows, order = fold_lanes(rows, lane_order(rows, lanes_by), max_lanes)
    rows["certainty"] = certainty(rows)
    rows = rows.sort_values(["lane", "start", "end"], kind="stable").reset_index(drop=True)
    axis = None
    if labelled:
        axis = _packed(rows, width, max_subrows, cluster_min, texts)
    else:
        span = max(rows["end"].max() - rows["start"].min(), pd.Timedelta(days=1))
        rows = stack(rows, span * marker_share, max_subrows)
        rows = rows.assign(at=rows["start"].dt.normalize(), label="", labelled=False, before=False, label_px=0.0,
                           cluster=0, continues=False,
                           shown_end=rows["end"] + pd.Timedelta(days=1))
    depth = rows.groupby("lane")["subrow"].max().add(1).reindex(order).fillna(1).astype(int)
    offset = (depth + HEADER + 0.4).cumsum().shift(fill_value=0.0)
    rows["y"] = rows["lane"].map(offset) + HEADER + rows["subrow"]
    rows.attrs["ticks"] = (offset + HEADER / 2).tolist()
    rows.attrs["bands"] = list(zip(offset - 0.2, offset + depth + HEADER + 0.2, strict=True))
    return rows, order, axis
