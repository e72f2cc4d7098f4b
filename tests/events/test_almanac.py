"""Almanac items ("On this date: In 1666, ...") take the article's day in their year; a year
anywhere else stays a year (timeline/events/almanac.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.almanac import almanac_day
from timeline.temporal import tag

DCT = date(2021, 7, 4)


def _year(text: str):
    return next(t for t in tag(text, DCT) if t.granularity == "year")


@pytest.mark.parametrize("text, day", [
    ("This day in history\n\nIn 1776, the colonies declared independence.", date(1776, 7, 4)),
    ("On this day:\n\n1802: the academy opened its doors.", date(1802, 7, 4)),
    ("Anniversaries of the week\n\nOn 1863, the siege ended.", date(1863, 7, 4)),
    ("On this date:\n\nThe fleet sailed.\n\nIn 1945, the bridge reopened.", date(1945, 7, 4)),
])
def test_an_almanac_item_is_the_article_day_of_its_year(text, day):
    year = _year(text)
    start = text.rfind("\n", 0, year.start) + 1
    assert almanac_day(text, year, start, DCT) == day


@pytest.mark.parametrize("text", [
    "In 1776, the colonies declared independence.",  # no almanac marker
    "On this day:\n\nThe colonies, in 1776, declared independence.",  # the year does not open the item
    "On this day:\n\n1776 was the year the colonies declared independence.",  # the year is the subject
    "On this day:\n\nIn 2021, the city held a parade.",  # the article's own year: not a past item
])
def test_a_year_elsewhere_stays_a_year(text):
    year = _year(text)
    start = text.rfind("\n", 0, year.start) + 1
    assert almanac_day(text, year, start, DCT) is None


def test_february_29_in_a_year_without_it_is_no_day():
    text = "On this date:\n\nIn 1900, the canal opened."
    year = _year(text)
    assert almanac_day(text, year, text.rfind("\n", 0, year.start) + 1, date(2024, 2, 29)) is None
