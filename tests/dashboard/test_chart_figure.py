import pandas as pd
import plotly.graph_objects as go
import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.chart import ChartSettings, axis_range, build_figure
from timeline.dashboard.palette import OKABE_ITO, OTHER


def drawn_ids(figure: go.Figure) -> set[str]:
    return {str(i) for t in figure.data if t.customdata is not None for i in t.customdata}


def traces(figure: go.Figure, kind: str) -> list:
    return [t for t in figure.data if t.type == kind and t.customdata is not None]


FRAME = frame_of(
    event("day", "2025-04-26", actors=["Russia"]),
    event("year", "2024-01-01", "2024-12-31", granularity="year", actors=["Ukraine"],
          event_type="military_action"),
    event("inherited", "2025-04-26", date_source="inherited", actors=["Ukraine"]),
    event("both", "2025-04-28", actors=["Russia", "North Korea"]),
    event("undated", None, actors=["Russia"]),
)


def test_chart_every_dated_event_carries_its_id():
    assert drawn_ids(build_figure(FRAME)) == {"day", "year", "inherited", "both"}


def test_chart_day_events_are_markers_and_periods_bars_spanning_the_period():
    figure = build_figure(FRAME)
    (bar,) = traces(figure, "bar")
    assert list(bar.customdata) == ["year"]
    assert list(bar.base) == ["2024-01-01"]
    assert bar.x[0] == pytest.approx(366 * 24 * 3600 * 1000)  # 2024 is a leap year: 366 days
    markers = {i for t in traces(figure, "scatter") for i in t.customdata}
    assert {"day", "inherited", "both"} <= markers


def test_chart_uncertain_dates_drawn_lighter_hatched_or_outlined():
    figure = build_figure(FRAME)
    (bar,) = traces(figure, "bar")
    assert bar.marker.pattern.shape == "/"  # a year: coarse
    styles = {i: t.marker.symbol for t in traces(figure, "scatter") if t.name != "selected"
              for i in t.customdata}
    assert styles["inherited"].endswith("-open")
    assert not styles["day"].endswith("-open")
    legend = [t.name for t in figure.data if t.legend == "legend2"]
    assert any("coarse" in n for n in legend) and any("inferred" in n for n in legend)


def test_chart_event_with_two_actors_in_both_lanes():
    figure = build_figure(FRAME)
    ys = [y for t in traces(figure, "scatter") for i, y in zip(t.customdata, t.y, strict=True)
          if i == "both"]
    assert len(ys) == 2 and ys[0] != ys[1]
    assert {"Russia", "North Korea", "Ukraine"} <= set(figure.layout.yaxis.ticktext)


def test_chart_lanes_by_type_and_document():
    by_type = build_figure(FRAME, lanes_by="type")
    assert set(by_type.layout.yaxis.ticktext) == {"statement", "military_action"}
    assert list(build_figure(FRAME, lanes_by="document").layout.yaxis.ticktext) == ["d"]


def test_chart_colours_are_okabe_ito_one_per_event_type():
    figure = build_figure(FRAME)
    colour = {i: c for t in traces(figure, "scatter") if t.name != "selected"
              for i, c in zip(t.customdata, t.marker.color, strict=True)}
    assert set(colour.values()) <= set(OKABE_ITO)
    (bar,) = traces(figure, "bar")
    legend = {t.name: t.marker.color for t in figure.data if t.showlegend and t.legend != "legend2"}
    assert legend == {"statement": colour["day"], "military_action": bar.marker.line.color[0]}
    assert colour["both"] == colour["day"] != bar.marker.line.color[0]


def test_chart_few_traces_however_many_event_types(synthetic):
    """Regression (dashboard speed): one trace per kind of mark and certainty, not per type."""
    frame, _ = synthetic
    figure = build_figure(frame, settings=ChartSettings(gl_threshold=10**9))
    drawing = [t for t in figure.data if t.customdata is not None]
    assert frame["event_type"].nunique() > 3
    assert len(drawing) <= 2 * 3


def test_chart_range_slider_and_whole_day_default_zoom():
    figure = build_figure(FRAME)
    assert figure.layout.xaxis.rangeslider.visible
    low, high = figure.layout.xaxis.range
    assert len(low) == len(high) == 10  # YYYY-MM-DD: whole days
    assert low < "2024-01-01" and high > "2025-04-28"


def test_chart_single_day_is_padded_to_whole_days():
    day = pd.Series(pd.to_datetime(["2025-04-26"]))
    assert axis_range(day, day) == ["2025-04-25", "2025-04-27"]


def test_chart_selected_event_is_ringed():
    figure = build_figure(FRAME, selected="day")
    (ring,) = [t for t in figure.data if t.name == "selected"]
    assert list(ring.customdata) == ["day"]


@pytest.mark.parametrize("frame", [FRAME.head(0), FRAME[FRAME["start"].isna()]])
def test_chart_nothing_to_draw_says_so(frame):
    figure = build_figure(frame)
    assert figure.layout.annotations[0].text == "No dated events to draw"


def test_chart_many_events_use_webgl(synthetic):
    frame, _ = synthetic
    figure = build_figure(frame, settings=ChartSettings(gl_threshold=100))
    kinds = {t.type for t in figure.data if t.customdata is not None}
    assert kinds == {"scattergl"}
    assert drawn_ids(figure) == set(frame["event_id"])


def test_chart_hover_shows_summary_and_both_dates():
    figure = build_figure(FRAME)
    (bar,) = traces(figure, "bar")
    assert "summary year" in bar.hovertext[0]
    assert "2024-01-01 – 2024-12-31" in bar.hovertext[0]


def test_chart_filtered_on_an_actor_draws_only_that_actors_lane():
    """Filtering on North Korea shows North Korea's lane, not one lane per co-actor."""
    figure = build_figure(FRAME, only=("North Korea",))
    assert list(figure.layout.yaxis.ticktext) == ["North Korea"]
    assert drawn_ids(figure) == {"both"}


def test_chart_marks_counted_per_chosen_lane(synthetic):
    from timeline.dashboard.filters import Filters, apply_filters, chosen_lanes
    from timeline.dashboard.ui.views import drawn_rows

    frame, _ = synthetic
    filters = Filters(actors=("North Korea", "Russia"))
    shown = apply_filters(frame, filters)
    only = chosen_lanes(filters, "actor")
    figure = build_figure(shown, only=only, settings=ChartSettings(gl_threshold=10**9))
    drawn = sum(len(t.customdata) for t in figure.data if t.customdata is not None)
    assert drawn == drawn_rows(shown, "actor", only) < drawn_rows(shown, "actor")
    assert set(figure.layout.yaxis.ticktext) == {"North Korea", "Russia"}


def test_chart_colour_means_one_event_type():
    """Regression: past eight event types the palette repeated, so one colour stood for two
    types in the legend; the rest now share one grey key that names them."""
    types = [f"type{n}" for n in range(12)]
    frame = frame_of(*(event(f"e{n}", f"2025-01-{n + 1:02d}", event_type=t) for n, t in enumerate(types)))
    figure = build_figure(frame)
    legend = {t.name: t.marker.color for t in figure.data if t.showlegend and t.legend != "legend2"}
    coloured = [c for c in legend.values() if c != OTHER]
    assert len(coloured) == len(set(coloured)) == len(OKABE_ITO)
    (other,) = [n for n, c in legend.items() if c == OTHER]
    assert other.startswith("other types (") and other.endswith("and 1 more)")
