"""Future phrases are the dates they name; amounts counted from the date after them (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: str | None = "2025-04-28") -> dict:
    return {t.text: t for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "span", "value", "point", "mod"), [
    ("Officials said the bridge will reopen in two weeks.", "two weeks", "P2W", "2025-W20", None),
    ("A ruling is expected in about six months.", "about six months", "P6M", "2025-10", "APPROX"),
    ("The ministers plan to meet again in three days.", "three days", "P3D", "2025-05-01", None),
    ("The election will be held in two years.", "two years", "P2Y", "2027", None),
])
def test_future_in_units_lands_on_the_date_it_names(text, span, value, point, mod):
    t = found(text)[span]
    assert (t.type, t.value, t.point_value, t.mod) == ("DURATION", value, point, mod)
    assert t.period_start is not None


@pytest.mark.parametrize(("text", "span"), [
    ("It was the smallest monthly gain in a year.", "a year"),
    ("For the first time in two decades, the party lost.", "two decades"),
    ("The envoy responded in less than one hour.", "less than one hour"),
])
def test_future_spans_back_or_done_stay_amounts(text, span):
    t = found(text)[span]
    assert t.type == "DURATION" and t.point_value is None and t.period_start is None


@pytest.mark.parametrize(("text", "span", "value", "point"), [
    ("Rescuers pulled a boy alive 78 hours after Saturday's quake.", "78 hours", "PT78H",
     "2025-04-29"),
    ("Two days before May 9, troops massed at the border.", "Two days", "P2D", "2025-05-07"),
    ("The rebels struck three days after Tuesday's vote.", "three days", "P3D", "2025-04-25"),
])
def test_future_amount_counts_from_the_date_named_after_it(text, span, value, point):
    t = found(text)[span]
    assert (t.type, t.value, t.point_value) == ("DURATION", value, point)
    assert t.period_start == date.fromisoformat(point)
