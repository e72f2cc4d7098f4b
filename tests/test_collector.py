"""timeline.collector: the command line's garbage-collector threshold, raised, never lowered."""

from __future__ import annotations

import gc

import pytest

from timeline.collector import YOUNG_THRESHOLD, collect_less


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


@pytest.mark.parametrize(("start", "expected"), [
    ((700, 10, 10), (YOUNG_THRESHOLD, 10, 10)),  # the interpreter's default: raised
    ((50_000, 5, 5), (50_000, 5, 5)),  # a user's higher value stays
    ((0, 10, 10), (0, 10, 10)),  # automatic collection off stays off
])
def test_collector_raises_the_first_threshold_only(thresholds, start, expected):
    gc.set_threshold(*start)
    assert collect_less() == expected == gc.get_threshold()
