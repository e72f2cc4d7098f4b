"""Weekdays that are not the day a text dates its happening by: a converted clock time's day in
brackets, and an abbreviation that is part of a name (regression tests, session 8 'dayoff')."""

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("The rocket lifted off at 9:15 p.m. EST (0215 GMT Tuesday) from the coast.", "2021-03-07",
     [("9:15 p.m. EST", "2021-03-07T21:15")]),
    ("The probe landed at 11:40 p.m. EDT (03:40 UTC Sunday) on the plain.", "2022-05-07",
     [("11:40 p.m. EDT", "2022-05-07T23:40")]),
])
def test_tagger_weekday_of_converted_time_is_not_tagged(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))] == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("The truce took effect at 0900 GMT Monday.", "2020-11-17", [("Monday", "2020-11-16")]),
])
def test_tagger_weekday_after_zone_outside_brackets_is_tagged(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))] == expected


@pytest.mark.parametrize("text", [
    "Thirty nurses have tested positive, a spokesman told the Harbor Sun.",
    "A spokesman told the Valley Sun. Patients were moved to another ward.",
    "The mayor wrote for the Ridge Sat. Readers complained.",
])
def test_tagger_abbreviated_weekday_in_a_name_is_not_tagged(text):
    assert [t.text for t in tag(text, date(2020, 8, 20))] == []


@pytest.mark.parametrize(("text", "value"), [
    ("The fair opens Sun., Aug. 23 in the park.", "2020-08-23"),
    ("The talks resume on Wed. morning.", "2020-08-26"),
])
def test_tagger_abbreviated_weekday_before_its_date_or_a_word_is_tagged(text, value):
    assert [t.value[:10] for t in tag(text, date(2020, 8, 20))] == [value]
