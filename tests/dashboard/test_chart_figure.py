import pandas as pd
import plotly.graph_objects as go
import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.chart import ChartSettings, axis_range, build_figure
from timeline.dashboard.palette import OTHER, TYPE_COLOURS, type_group


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


LINEAR = ChartSettings(label_max_rows=0)  # the unfitted axis of large figures


def test_chart_day_events_are_markers_and_periods_bars_spanning_the_period():
    figure = build_figure(FRAME, settings=LINEAR)
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


def test_chart_colours_are_the_fixed_colour_of_each_event_type():
    figure = build_figure(FRAME)
    colour = {i: c for t in traces(figure, "scatter") if t.name != "selected"
              for i, c in zip(t.customdata, t.marker.color, strict=True)}
    (bar,) = traces(figure, "bar")
    legend = {t.name: t.marker.color for t in figure.data if t.showlegend and t.legend != "legend2"}
    # military_action is drawn as the taxonomy's conflict
    assert legend == {"conflict": bar.marker.line.color[0], "statement": colour["day"]}
    assert colour["day"] == TYPE_COLOURS["statement"] and bar.marker.line.color[0] == TYPE_COLOURS["conflict"]
    assert colour["both"] == colour["day"] != bar.marker.line.color[0]


def test_chart_few_traces_however_many_event_types(synthetic):
    """Regression (dashboard speed): one trace per kind of mark and certainty, not per type."""
    frame, _ = synthetic
    figure = build_figure(frame, settings=ChartSettings(gl_threshold=10**9))
    drawing = [t for t in figure.data if t.customdata is not None]
    assert frame["event_type"].nunique() > 3
    assert len(drawing) <= 2 * 3


def test_chart_range_slider_and_whole_day_default_zoom():
    figure = build_figure(FRAME, settings=LINEAR)
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
    types in the legend. Now every taxonomy type has its own colour; types outside the table
    share the grey of 'other'."""
    known = [t for t in TYPE_COLOURS if t != "other"]
    types = [*known, "type_a", "type_b"]
    frame = frame_of(*(event(f"e{n}", f"2025-01-{n + 1:02d}", event_type=t) for n, t in enumerate(types)))
    figure = build_figure(frame)
    legend = {t.name: t.marker.color for t in figure.data if t.showlegend and t.legend != "legend2"}
    assert list(legend) == [*known, "other"]
    assert len(set(legend.values())) == len(legend)
    assert legend["other"] == OTHER


@pytest.mark.parametrize("kept", [["statement"], ["military_action"], ["statement", "military_action"]])
def test_chart_type_keeps_its_colour_under_any_filter(kept):
    """Issue 14: colours were given by frequency in the current view, so a type changed colour
    as the filters changed."""
    def colours(frame):
        figure = build_figure(frame)
        out = {i: c for t in traces(figure, "scatter") if t.name != "selected"
               for i, c in zip(t.customdata, t.marker.color, strict=True)}
        return out | {i: c for t in traces(figure, "bar")
                      for i, c in zip(t.customdata, t.marker.line.color, strict=True)}

    everything = colours(FRAME)
    some = colours(FRAME[FRAME["event_type"].isin(kept)])
    assert some and all(everything[i] == c for i, c in some.items())
    assert all(c == TYPE_COLOURS[type_group(FRAME.set_index("event_id").at[i, "event_type"])]
               for i, c in some.items())
