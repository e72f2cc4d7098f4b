from timeline.dashboard.args import parse_args
from timeline.dashboard.selection import Selection, chart_pick
from timeline.dashboard.table import table_view

SHOWN = {"e1", "e2", "e3"}


def test_selection_latest_pick_wins():
    state = Selection().update(("e1",), (), SHOWN)
    assert state.event == "e1"
    state = state.update(("e1",), ("e2",), SHOWN)
    assert state.event == "e2"
    state = state.update(("e3",), ("e2",), SHOWN)
    assert state.event == "e3"
    assert state.update(("e3",), ("e2",), SHOWN).event == "e3"  # nothing changed


def test_selection_url_request_and_filtering_away():
    assert Selection().update((), (), SHOWN, requested="e2").event == "e2"
    assert Selection().update((), (), SHOWN, requested="gone").event is None
    assert Selection(event="e1").update((), (), {"e2"}).event is None


def test_selection_chart_pick_tolerates_odd_values():
    assert chart_pick(None) == ()
    assert chart_pick({}) == ()
    assert chart_pick({"event": None, "click": "1"}) == ()
    assert chart_pick({"event": 7}) == ("7", "")


def test_selection_clicking_the_chart_again_after_the_table_wins():
    """Regression: the same event clicked twice in the chart, with a table pick between."""
    state = Selection().update(chart_pick({"event": "e1", "click": "1"}), (), SHOWN)
    state = state.update(state.chart, ("e2",), SHOWN)
    assert state.event == "e2"
    state = state.update(chart_pick({"event": "e1", "click": "2"}), ("e2",), SHOWN)
    assert state.event == "e1"


def test_selection_table_view_in_date_order_with_limit(sample_frame):
    view = table_view(sample_frame, limit=5)
    assert len(view) == 5
    assert view["date"].tolist() == sorted(view["date"].tolist())


def test_selection_app_args():
    args = parse_args(["a.txt", "", "--store", "s", "--unknown=1", "b.csv"])
    assert args.paths == ("a.txt", "b.csv") and args.store == "s"
