"""Issue 14: many stories of many years in one chart. When the width cannot keep every event day
12 px apart, days are drawn in columns (runs of nearby days), each lane's events of a column are
one cluster, and the cluster keeps its events' own dates."""

import numpy as np
import pandas as pd
import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.axis import fit_axis
from timeline.dashboard.bins import day_columns
from timeline.dashboard.chart import figure_spec
from timeline.dashboard.palette import colours_for
from timeline.dashboard.rows import layout_rows


def stories(count: int, days: int, seed: int = 5) -> pd.Series:
    """``count`` stories spread over 1990-2025, each with events on ``days`` days of a month, and
    a lone background date (a year's first day) before each."""
    rng = np.random.default_rng(seed)
    out = []
    for start in pd.to_datetime(rng.integers(pd.Timestamp("1990-01-01").value // 10**9,
                                             pd.Timestamp("2025-06-01").value // 10**9, count), unit="s"):
        out += list(start.normalize() + pd.to_timedelta(np.sort(rng.choice(30, days, replace=False)), unit="D"))
        out.append(pd.Timestamp(year=start.year - 3, month=1, day=1))
    return pd.Series(out)


@pytest.mark.parametrize("width", [600, 915, 1300])
@pytest.mark.parametrize(("count", "days"), [(40, 5), (25, 12), (60, 2)])
def test_columns_stay_apart_and_hold_runs_of_nearby_days(width, count, days):
    starts = stories(count, days)
    at = day_columns(starts, width=width)
    firsts = np.unique(at)
    assert starts.nunique() > len(firsts) > 1  # too many days to keep apart: columns
    axis = fit_axis(pd.Series(firsts), width=width)
    px = axis.px(firsts.astype("datetime64[ms]"))
    assert np.diff(px).min() >= 12 and px.max() <= width
    given = starts.to_numpy("datetime64[D]")
    assert (at <= given).all()
    order = np.argsort(given, kind="stable")  # a column is a run: its days lie between its neighbours'
    assert (np.diff(at[order].astype("int64")) >= 0).all()


def test_dense_weeks_get_more_columns_than_lone_days_of_far_years():
    dense = pd.Series(pd.date_range("2025-01-01", periods=120, freq="D"))
    lone = pd.Series(pd.to_datetime([f"{y}-01-01" for y in range(1950, 2020, 2)]))
    at = pd.Series(day_columns(pd.concat([dense, lone, dense, dense]), width=915))  # three events a day in 2025
    recent = at[at >= np.datetime64("2025-01-01")].nunique()
    assert recent > at[at < np.datetime64("2025-01-01")].nunique()


@pytest.mark.parametrize("width", [700, 1200])
def test_days_that_fit_keep_their_own_columns(width):
    starts = pd.Series(pd.to_datetime(["2016-06-23", "2016-06-24", "2019-02-28", "2025-04-26", "2025-04-28"]))
    assert (day_columns(starts, width=width) == starts.to_numpy("datetime64[D]")).all()


def test_a_lanes_events_of_one_column_are_one_cluster_listing_their_own_dates():
    rows = []
    for n, start in enumerate(stories(50, 4)):
        rows.append(event(f"e{n}", start.strftime("%Y-%m-%d"), actors=["Russia" if n % 2 else "Ukraine"],
                          summary=f"Event number {n} happened", event_type=("economy", "legal", "sport")[n % 3]))
    frame = frame_of(*rows)
    laid, _, _ = layout_rows(frame, "actor", width=915)
    marks = laid[(laid["cluster"] == 0) | ~laid.duplicated("cluster")]
    assert not marks.duplicated(["lane", "at"]).any()  # one mark per lane and column
    spec = figure_spec(frame)
    (clusters,) = [t for t in spec["data"] if t.get("name") == "clusters"]
    listed = {m[0]: m[2] for members in clusters["meta"]["clusters"] for m in members}
    truth = dict(zip(frame["event_id"], frame["start"].dt.strftime("%Y-%m-%d"), strict=True))
    assert listed and all(truth[i] == day for i, day in listed.items())
    assert any(len({m[2] for m in members}) > 1 for members in clusters["meta"]["clusters"])
    several = [t for t, members in zip(clusters["text"], clusters["meta"]["clusters"], strict=True)
               if t and len({m[2] for m in members}) > 1]
    assert several and all(t.startswith(f"{t.split()[0]} events: Event number") for t in several)
    (members,) = [t for t in spec["data"] if t.get("name") == "cluster members"]
    colour = colours_for(["economy", "legal", "sport"])
    kinds = dict(zip(frame["event_id"], frame["event_type"], strict=True))
    assert [colour[kinds[i]] for i in members["customdata"]] == list(members["marker"]["color"])
