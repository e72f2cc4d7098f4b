from datetime import date

import pytest

from tests.dashboard.conftest import event, frame_of
from timeline.dashboard.filters import Filters, actor_counts, apply_filters, date_bounds, value_counts

FRAME = frame_of(
    event("a", "2024-01-01", "2024-12-31", actors=["Russia"], granularity="year",
          event_type="military_action", status="claimed", doc_id="d1"),
    event("b", "2025-04-26", actors=["Russia", "North Korea"], status="denied", doc_id="d1",
          summary="Moscow reclaimed Kursk"),
    event("c", "2025-04-28", actors=["North Korea"], doc_id="d2", sentence="Troops DEPLOYED."),
    event("d", None, actors=[], doc_id="d2"),
)


def ids(filters: Filters) -> list[str]:
    return apply_filters(FRAME, filters)["event_id"].tolist()


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), ["a", "b", "c", "d"]),
    (Filters(actors=("North Korea",)), ["b", "c"]),
    (Filters(actors=("Russia", "North Korea")), ["a", "b", "c"]),
    (Filters(actors=("Russia", "North Korea"), match_all=True), ["b"]),
    (Filters(date_from=date(2025, 1, 1)), ["b", "c"]),
    (Filters(date_to=date(2024, 6, 1)), ["a"]),  # a period overlapping the range is kept
    (Filters(date_from=date(2024, 6, 1), date_to=date(2024, 6, 30)), ["a"]),
    (Filters(text="deployed"), ["c"]),  # case-insensitive, in the sentence
    (Filters(text="kursk"), ["b"]),  # in the summary
    (Filters(text="   "), ["a", "b", "c", "d"]),
    (Filters(event_types=("military_action",)), ["a"]),
    (Filters(statuses=("claimed", "denied")), ["a", "b"]),
    (Filters(documents=("d2",)), ["c", "d"]),
    (Filters(actors=("Nobody",)), []),
])
def test_filters_each_field(filters, expected):
    assert ids(filters) == expected


def test_filters_actor_filter_keeps_exactly_events_with_the_actor(sample_frame):
    shown = apply_filters(sample_frame, Filters(actors=("North Korea",)))
    assert len(shown) > 0
    assert shown["actors"].map(lambda a: "North Korea" in a).all()
    rest = sample_frame.drop(shown.index)
    assert not rest["actors"].map(lambda a: "North Korea" in a).any()


def test_filters_active_only_when_something_narrows():
    assert not Filters().active
    assert not Filters(text="  ").active
    assert Filters(statuses=("denied",)).active


def test_filters_counts_most_frequent_first():
    assert actor_counts(FRAME) == {"North Korea": 2, "Russia": 2}
    assert value_counts(FRAME, "doc_id") == {"d1": 2, "d2": 2}
    assert value_counts(FRAME.head(0), "doc_id") == {}


def test_filters_date_bounds_skip_undated():
    assert date_bounds(FRAME) == (date(2024, 1, 1), date(2025, 4, 28))
    assert date_bounds(FRAME[FRAME["start"].isna()]) is None
