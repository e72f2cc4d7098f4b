import pandas as pd
import pytest

from timeline.dashboard.density import build_density_figure, choose_bins, density


@pytest.mark.parametrize(("days", "bins"), [(30, "day"), (600, "week"), (3000, "month"),
                                            (12000, "quarter"), (100000, "year")])
def test_density_bins_keep_the_chart_readable(days, bins):
    start = pd.Timestamp("2000-01-01")
    assert choose_bins(start, start + pd.Timedelta(days=days)) == bins


def test_density_counts_every_event_once_per_lane(synthetic):
    frame, _ = synthetic
    table = density(frame, "actor")
    assert list(table.columns) == ["lane", "period_start", "period_end", "count"]
    assert table["count"].sum() == frame["actors"].map(len).sum()
    assert (table["period_start"] <= table["period_end"]).all()
    assert density(frame, "type")["count"].sum() == len(frame)


def test_density_figure_is_a_heatmap(synthetic):
    frame, _ = synthetic
    figure = build_density_figure(density(frame, "type"), "type", note="n")
    assert figure.data[0].type == "heatmap"
    assert build_density_figure(density(frame.head(0), "type")).layout.annotations
