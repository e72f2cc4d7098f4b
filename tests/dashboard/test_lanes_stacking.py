import pandas as pd
import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.lanes import NO_ACTOR, fold_lanes, lane_order, lane_rows, stack

DAY = pd.Timedelta(days=1)


def test_lanes_event_with_several_actors_is_in_each_lane():
    frame = frame_of(event("a", "2025-01-01", actors=["Russia", "North Korea"]),
                     event("b", "2025-01-02", actors=[]))
    rows = lane_rows(frame, "actor")
    assert sorted(zip(rows["event_id"], rows["lane"], strict=True)) == [
        ("a", "North Korea"), ("a", "Russia"), ("b", NO_ACTOR)]


@pytest.mark.parametrize(("by", "column"), [("type", "event_type"), ("document", "doc_id")])
def test_lanes_by_type_or_document_one_row_per_event(by, column):
    frame = frame_of(event("a", "2025-01-01", event_type="t1", doc_id="d1", actors=["X", "Y"]),
                     event("b", "2025-01-02", event_type="t2", doc_id="d2"))
    rows = lane_rows(frame, by)
    assert rows["lane"].tolist() == frame[column].tolist()


def test_lanes_undated_events_are_left_out():
    frame = frame_of(event("a", None), event("b", "2025-01-01"))
    assert lane_rows(frame, "type")["event_id"].tolist() == ["b"]


def test_lanes_unknown_choice_is_an_error():
    with pytest.raises(ValueError, match="unknown lanes"):
        lane_rows(frame_of(event("a", "2025-01-01")), "colour")


def test_lanes_order_busiest_first_catch_all_last():
    frame = frame_of(event("a", "2025-01-01", actors=[]), event("b", "2025-01-01", actors=["Y"]),
                     event("c", "2025-01-01", actors=["X", "Y"]))
    assert lane_order(lane_rows(frame, "actor"), "actor") == ["Y", "X", NO_ACTOR]


def test_lanes_fold_the_rest_into_one_lane_that_names_what_it_holds():
    """Issue 14: an '(other)' lane that said nothing ('(other: 4 more)') names its lanes."""
    frame = frame_of(*(event(f"e{i}", "2025-01-01", actors=[f"A{i}", "Z"]) for i in range(5)))
    rows = lane_rows(frame, "actor")
    folded, order = fold_lanes(rows, lane_order(rows, "actor"), max_lanes=3)
    other = "(other 4: A1, A2, A3 and 1 more)"
    assert order == ["Z", "A0", other]
    assert folded.groupby("lane").size().to_dict() == {other: 4, "A0": 1, "Z": 5}
    assert sorted(folded.loc[folded["lane"] == other, "folded_from"]) == ["A1", "A2", "A3", "A4"]


@pytest.mark.parametrize(("events", "subrows"), [
    # overlapping periods go to different sub-rows
    ([("a", "2024-01-01", "2024-12-31"), ("b", "2024-06-01", "2024-06-30")], {"a": 0, "b": 1}),
    # touching but not overlapping share a sub-row
    ([("a", "2024-01-01", "2024-01-31"), ("b", "2024-02-01", "2024-02-28")], {"a": 0, "b": 0}),
    # two markers on one day stack; a marker well after them does not
    ([("a", "2024-01-01", None), ("b", "2024-01-01", None), ("c", "2024-03-01", None)],
     {"a": 0, "b": 1, "c": 0}),
])
def test_lanes_stack_overlapping_events_into_sub_rows(events, subrows):
    frame = frame_of(*(event(i, s, e, actors=["X"]) for i, s, e in events))
    rows = stack(lane_rows(frame, "actor"), min_width=DAY)
    assert dict(zip(rows["event_id"], rows["subrow"], strict=True)) == subrows


def test_lanes_stack_markers_closer_than_their_width():
    frame = frame_of(event("a", "2024-01-01", actors=["X"]), event("b", "2024-01-03", actors=["X"]))
    wide = stack(lane_rows(frame, "actor"), min_width=5 * DAY)
    narrow = stack(lane_rows(frame, "actor"), min_width=DAY)
    assert wide["subrow"].tolist() == [0, 1]
    assert narrow["subrow"].tolist() == [0, 0]


def test_lanes_stack_caps_sub_rows():
    frame = frame_of(*(event(f"e{i}", "2024-01-01", actors=["X"]) for i in range(10)))
    rows = stack(lane_rows(frame, "actor"), min_width=DAY, max_subrows=3)
    assert rows["subrow"].max() == 2


def test_lanes_each_lane_stacks_on_its_own():
    frame = frame_of(event("a", "2024-01-01", actors=["X"]), event("b", "2024-01-01", actors=["Y"]))
    assert stack(lane_rows(frame, "actor"), min_width=DAY)["subrow"].tolist() == [0, 0]
