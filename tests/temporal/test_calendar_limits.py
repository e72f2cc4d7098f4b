"""Dates past the calendar (before year 1, after 9999) resolve as unresolved, never raise."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

RELATIVE = ["yesterday", "tomorrow", "next year", "last year", "a century earlier",
            "the following century", "the previous decade", "two days ago", "next week",
            "the next summer", "last winter", "in two weeks", "Christmas", "the weekend",
            "In 50 AD", "the following year", "Four days later,", "on July 20", "that day",
            "the 1st century", "next month", "the day after tomorrow", "10,000 years later",
            "last Christmas", "a year earlier", "the previous April"]


@pytest.mark.parametrize(("text", "dct", "span"), [
    ("He left yesterday.", date(1, 1, 1), "yesterday"),
    ("We go next year.", date(9999, 12, 31), "next year"),
    ("They return tomorrow.", date(9999, 12, 31), "tomorrow"),
    ("In 50 AD the city grew. A century earlier it was a village. The previous century was dry.",
     None, "The previous century"),
])
def test_calendar_limits_overflow_is_unresolved(text, dct, span):
    found = {t.text: t for t in tag(text, dct)}
    assert found[span].anchor == "unresolved"
    assert "X" in found[span].value
    assert found[span].period_start is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(RELATIVE), min_size=1, max_size=8).map(". ".join),
       st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_calendar_limits_any_dct_year_never_raises(text, dct):
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.value
        if t.period_start is not None:
            assert date(1, 1, 1) <= t.period_start <= t.period_end <= date(9999, 12, 31)
