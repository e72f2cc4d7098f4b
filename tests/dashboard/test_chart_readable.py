"""Issue 14 (a timeline a person can read) and issue 15 item 5 (text stays text), on the figure
spec: the fitted axis, labels, clusters, lanes that follow the actors, escaping."""

import json

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.axis import fit_axis
from timeline.dashboard.chart import figure_spec
from timeline.dashboard.labels import label_px
from timeline.dashboard.lanes import lane_rows
from timeline.dashboard.rows import layout_rows

HOSTILE = '<a href="//e.vil/">src</a>'


def spec_text(spec: dict) -> str:
    return pio.to_json(spec, validate=False)


def strings(value):
    """Every string in a figure spec (names, texts, hover, meta)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from strings(v)


@pytest.mark.parametrize(("field", "lanes_by"), [
    ("doc_id", "document"), ("doc_id", "actor"), ("actors", "actor"), ("event_type", "type"),
    ("summary", "actor"), ("date_text", "actor"), ("location", "location"),
])
def test_chart_every_string_reaching_plotly_is_escaped(field, lanes_by):
    """Issue 15: a document id '<a href=...>' became a live link in lane and legend names."""
    value = [HOSTILE] if field == "actors" else HOSTILE
    frame = frame_of(event("a", "2025-04-26", **{field: value}),
                     event("b", "2025-04-27", actors=["Russia"]))
    spec = json.loads(spec_text(figure_spec(frame, lanes_by)))
    texts = list(strings({"data": [{k: v for k, v in t.items() if k != "meta"} for t in spec["data"]],
                          "layout": spec["layout"]}))
    assert not any("<a" in t for t in texts)
    if field != "date_text":
        assert any("&lt;a href=" in t for t in texts)
    # the clusters' member list (shown as text by the component) keeps the text itself
    assert "<a" not in json.dumps([t.get("meta") for t in spec["data"]]) or field == "summary"


STORY = [  # a week of one story, and a year-long period of the year before
    ("y", "2024-01-01", "2024-12-31"), ("d1", "2025-04-20", None), ("d2", "2025-04-22", None),
    ("d3", "2025-04-23", None), ("d4", "2025-04-26", None), ("d5", "2025-04-28", None),
]


@pytest.mark.parametrize("width", [700, 940, 1200])
def test_chart_first_view_keeps_event_days_apart_when_a_period_starts_far_before(width):
    """Issue 14: the year-long bars of 2024 stretched the axis; every April event fell into one
    column at the right edge."""
    frame = frame_of(*(event(i, s, e, granularity="year" if e else "day", actors=["Russia"])
                       for i, s, e in STORY))
    rows, _, axis = layout_rows(frame, "actor", width=width)
    days = np.unique(rows.loc[rows["start"] == rows["end"], "start"].to_numpy("datetime64[D]"))
    px = axis.px(days)
    assert np.diff(px).min() >= 12
    assert 0 <= axis.px(np.array(["2024-01-01"], dtype="datetime64[ms]"))[0] < px.min()
    assert px.max() < width
    year = rows[rows["event_id"] == "y"].iloc[0]
    assert year["continues"] and year["shown_end"] < pd.Timestamp("2025-04-20")
    spec = figure_spec(frame)
    assert spec["layout"]["xaxis"]["rangebreaks"]
    assert any(s.get("type") == "path" for s in spec["layout"]["shapes"])  # the continuing mark
    (bar,) = [t for t in spec["data"] if t["type"] == "bar"]
    assert "2024-01-01 – 2024-12-31" in bar["hovertext"][0]  # the hover keeps the whole period


@pytest.mark.parametrize("days", [["2025-04-26"], ["2025-04-26", "2025-04-26"], ["2025-04-26", "2025-04-27"]])
def test_chart_ticks_of_day_events_are_days_not_hours(days):
    """Issue 14: a single day of events got ticks at 00:00, 06:00."""
    frame = frame_of(*(event(f"e{n}", d) for n, d in enumerate(days)))
    axis = fit_axis(frame["start"], width=940)
    low, high = pd.to_datetime(axis.range)
    assert high - low >= pd.Timedelta(days=6)
    xaxis = figure_spec(frame)["layout"]["xaxis"]
    assert "%H" not in json.dumps(xaxis.get("tickformatstops", []))
    assert xaxis.get("tickmode") != "array" or all(len(v) == 10 for v in xaxis["tickvals"])


def test_chart_labels_say_who_did_what_and_never_overlap():
    frame = frame_of(*(event(f"e{n}", f"2025-04-{20 + n % 6:02d}", actors=["Russia"],
                             summary=f"Russian forces shelled village number {n} near the border")
                       for n in range(18)))
    rows, _, axis = layout_rows(frame, "actor", width=940, cluster_min=99)
    shown = rows[rows["labelled"]]
    assert len(shown) == len(rows)
    assert all(label.startswith("Russian forces") and label.endswith("…") for label in shown["label"])
    for _, row in shown.groupby("subrow"):
        left = axis.px(row["start"].to_numpy("datetime64[ms]"))
        right = left + [label_px(t) for t in row["label"]]
        order = np.argsort(left)
        assert (left[order][1:] > right[order][:-1]).all()


def test_chart_many_events_of_one_day_in_one_lane_are_one_cluster():
    frame = frame_of(*(event(f"c{n}", "2025-04-28", actors=["North Korea"], summary=f"Event {n}")
                       for n in range(6)), event("alone", "2025-04-26", actors=["North Korea"]))
    spec = figure_spec(frame)
    (cluster,) = [t for t in spec["data"] if t.get("name") == "clusters"]
    assert list(cluster["text"]) == ["6 events"]
    (members,) = cluster["meta"]["clusters"]
    assert sorted(m[0] for m in members) == [f"c{n}" for n in range(6)]
    assert {m[1] for m in members} == {f"Event {n}" for n in range(6)}
    (hidden,) = [t for t in spec["data"] if t.get("name") == "cluster members"]
    assert hidden["visible"] == "legendonly" and not hidden.get("showlegend")
    assert sorted(hidden["customdata"]) == [f"c{n}" for n in range(6)]
    drawn = [i for t in spec["data"] if t.get("visible", True) is True and t.get("customdata") is not None
             for i in t["customdata"]]
    assert drawn == ["alone"]


AFFILIATED = frame_of(
    event("a", "2025-04-26", actors=["Vladimir Putin", "Ukraine"],
          actor_affiliations=[["Vladimir Putin", "Russia"]],
          actor_kinds=[["Vladimir Putin", "person"], ["Ukraine", "country"]], location="Kursk"),
    event("b", "2025-04-27", actors=["Russia"], actor_affiliations=[],
          actor_kinds=[["Russia", "country"]], location=""),
)


@pytest.mark.parametrize(("by", "lanes"), [
    ("actor", {"a": ["Vladimir Putin", "Ukraine"], "b": ["Russia"]}),
    ("group", {"a": ["Russia", "Ukraine"], "b": ["Russia"]}),
    ("kind", {"a": ["person", "country"], "b": ["country"]}),
    ("location", {"a": ["Kursk"], "b": ["(no location)"]}),
])
def test_lanes_follow_the_actors_kinds_and_places(by, lanes):
    rows = lane_rows(AFFILIATED, by)
    assert {k: list(g) for k, g in rows.groupby("event_id")["lane"]} == lanes


@pytest.mark.parametrize("by", ["group", "kind", "location"])
def test_lanes_cope_with_files_without_the_new_columns(by):
    old = AFFILIATED.drop(columns=["actor_affiliations", "actor_kinds", "location"])
    rows = lane_rows(old, by)
    assert len(rows) >= 2
    if by == "group":  # no affiliation known: each actor keeps its own lane
        assert set(rows["lane"]) == {"Vladimir Putin", "Ukraine", "Russia"}


def test_chart_lane_names_do_not_overlap():
    frame = frame_of(*(event(f"e{n}", "2025-04-26", actors=[name])
                       for n, name in enumerate(["Burkina Faso", "David Cameron", "Mali", "Niger"])))
    spec = figure_spec(frame)
    names = [a for a in spec["layout"]["annotations"] if a.get("name") == "lane"]
    ys = sorted(a["y"] for a in names)
    assert len(names) == 4 and min(np.diff(ys)) >= 1.5  # rows of at least 9 px: 13 px apart


def test_density_lane_names_are_escaped():
    from timeline.dashboard.density import build_density_figure, density

    frame = frame_of(event("a", "2025-04-26", doc_id=HOSTILE), event("b", "2025-05-26", doc_id="ok"))
    figure = build_density_figure(density(frame, "document"), "document")
    texts = list(strings(json.loads(figure.to_json())))  # to_json writes '<' as \\u003c
    assert not any("<a" in t for t in texts) and any("&lt;a href=" in t for t in texts)


def test_chart_linear_time_button_draws_whole_periods_without_breaks():
    frame = frame_of(*(event(i, s, e, granularity="year" if e else "day", actors=["Russia"])
                       for i, s, e in STORY))
    spec = figure_spec(frame)
    (menu,) = spec["layout"]["updatemenus"]
    (button,) = menu["buttons"]
    data, layout, traces = button["args"]
    (bar,) = [spec["data"][i] for i in traces]
    assert bar["type"] == "bar" and data["x"][0][0] == pytest.approx(366 * 86_400_000)  # all of 2024
    assert bar["x"][0] < 366 * 86_400_000  # drawn to the break on the fitted axis
    assert layout["xaxis.rangebreaks"] == []
    hidden = {int(k[len("shapes["):-len("].visible")]) for k, v in layout.items() if k.startswith("shapes[")}
    kinds = {spec["layout"]["shapes"][i]["type"] for i in hidden}
    assert kinds == {"line", "path"}  # the break lines and the continuing chevron
    back_data, back_layout, _ = button["args2"]
    assert back_data["x"][0] == list(bar["x"]) and back_layout["xaxis.rangebreaks"]


def test_chart_other_lane_names_what_it_holds_and_opens_into_its_lanes():
    """Issue 14: 67 actors fell into an '(other)' lane that said nothing."""
    from timeline.dashboard.chart import ChartSettings

    frame = frame_of(*(event(f"e{n}", f"2025-04-{1 + n:02d}", actors=[f"Actor {n}"], summary=f"Actor {n} spoke")
                       for n in range(8)), event("x", "2025-04-20", actors=["Actor 0"]))
    spec = figure_spec(frame, settings=ChartSettings(max_lanes=4))
    (other,) = [a for a in spec["layout"]["annotations"] if a.get("name") == "other"]
    assert other["captureevents"] and other["text"].startswith("(other 5: Actor 3, Actor 4, Actor 5 and 2 more)")
    held = spec["layout"]["meta"]["other"]["lanes"]
    assert [lane for lane, _ in held] == [f"Actor {n}" for n in range(3, 8)]
    assert held[0][1] == [["e3", "Actor 3 spoke", "2025-04-04"]]


@pytest.mark.parametrize(("open_lanes", "opened", "left"), [
    (80, 5, None), (2, 2, "(other 3: Actor 5, Actor 6, Actor 7)"),
])
def test_chart_other_lane_opens_into_lanes_of_their_own(open_lanes, opened, left):
    """Issue 14 item 4: the '(other)' lane opened as a list; now a click draws its lanes (the
    figure sent along in the meta), up to ``open_lanes``, and the first of them folds them back."""
    from timeline.dashboard.chart import ChartSettings

    frame = frame_of(*(event(f"e{n}", f"2025-04-{1 + n:02d}", actors=[f"Actor {n}"], summary=f"Actor {n} spoke")
                       for n in range(8)), event("x", "2025-04-20", actors=["Actor 0"]))
    spec = figure_spec(frame, settings=ChartSettings(max_lanes=4, open_lanes=open_lanes))
    expanded = spec["layout"]["meta"]["expanded"]
    names = [a for a in expanded["layout"]["annotations"] if a.get("name") in ("lane", "fold", "other")]
    texts = [a["text"].removesuffix(" ▴").removesuffix(" ▾") for a in names]
    assert texts[:3 + opened] == [f"Actor {n}" for n in range(3 + opened)]
    assert names[3]["name"] == "fold" and names[3]["captureevents"]
    assert (texts[3 + opened:] == [left]) if left else len(texts) == 8
    assert "expanded" not in expanded["layout"]["meta"]
    ys = sorted(a["y"] for a in names)
    assert min(np.diff(ys)) >= 1.5  # the opened lanes' names do not overlap
    drawn = {i for t in expanded["data"] if t.get("customdata") is not None for i in t["customdata"]}
    assert drawn == set(frame["event_id"])
    assert "expanded" not in figure_spec(frame, settings=ChartSettings(max_lanes=4, open_lanes=0))["layout"]["meta"]


def drawn_labels(spec: dict) -> list[str]:
    """The text labels of the marks: on points and clusters, and the annotations of bars."""
    return ([t for trace in spec["data"] if "text" in trace.get("mode", "") for t in trace["text"] if t]
            + [a["text"] for a in spec["layout"]["annotations"] if a.get("name") not in ("lane", "other")])


@pytest.mark.parametrize("limit", [1, 2, 4, 1000])
def test_chart_text_labels_go_to_the_best_backed_marks_up_to_a_number(limit):
    """Speed: a browser measures every text it draws, so at most ``text_max_rows`` marks carry
    a label; issue 14: past that number 46 articles had no label at all. The labels go to the
    events more documents report, then with more actors; the axis is still fitted."""
    from timeline.dashboard.chart import ChartSettings

    backing = {"d3": {"n_sources": 4}, "d5": {"actors": ["Russia", "Ukraine", "Belarus"]}}
    frame = frame_of(*(event(i, s, e, granularity="year" if e else "day",
                             **{"actors": ["Russia"], **backing.get(i, {})}) for i, s, e in STORY))
    spec = figure_spec(frame, settings=ChartSettings(text_max_rows=limit))
    labels = drawn_labels(spec)
    assert len(labels) == min(limit, 6 + 2)  # six marks in Russia's lane, d5 in two more lanes
    assert "summary d3" in labels
    if limit >= 2:
        assert "summary d5" in labels
    assert spec["layout"]["xaxis"]["rangebreaks"]


def _mark_xs(spec: dict) -> list:
    """Every event mark's x (its day or column; a bar's start) and y (its sub-row), the selected
    event's ring aside."""
    out = []
    for trace in spec["data"]:
        if trace.get("customdata") is None or trace.get("name") == "selected":
            continue
        xs = trace["base"] if trace.get("type") == "bar" else trace["x"]
        out += [(str(x), float(y)) for x, y in zip(xs, trace["y"], strict=True)]
    return sorted(out)


@pytest.mark.parametrize("seed", [1, 2])
def test_chart_with_an_event_selected_is_laid_out_for_the_plot_beside_the_panel(seed):
    """Issue 14: the detail panel opens beside the chart when an event is selected, and the plot
    narrows (962 -> 618 px in a 1440 px window): days kept 12 px apart and labels packed for the
    full width then ran into each other. The figure with a selection is laid out as a figure
    without one for a plot ``panel_px`` narrower."""
    from tests.dashboard.synthetic import synthetic_events
    from timeline.dashboard.chart import ChartSettings

    frame, _ = synthetic_events(300, seed=seed)
    picked = str(frame.dropna(subset=["start"])["event_id"].iloc[0])
    settings = ChartSettings()
    narrow = ChartSettings(plot_px=settings.plot_px - settings.panel_px)
    with_panel = figure_spec(frame, selected=picked)
    assert _mark_xs(with_panel) == _mark_xs(figure_spec(frame, settings=narrow))
    assert _mark_xs(with_panel) != _mark_xs(figure_spec(frame))  # the narrower plot changes it
    assert any(t.get("name") == "selected" for t in with_panel["data"])
