"""Ranges and lists: each year of a year range and each day of a list is its own expression."""

from __future__ import annotations

import pytest

from timeline.temporal import tag

DCT = "2024-01-05"


def values(text: str, dct: str | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The swine flu pandemic of 2009-2010 killed thousands.", [("2009", "2009"), ("2010", "2010")]),
    ("The expedition of 1957-58 mapped the coast.", [("1957", "1957"), ("58", "1958")]),
    ("Throughout 1915-17 the lines barely moved.", [("1915", "1915"), ("17", "1917")]),
    ("The Somme offensive (1915-16) failed.", [("1915", "1915"), ("16", "1916")]),
    ("Eastern Theater 1861-1863", [("1861", "1861"), ("1863", "1863")]),
    ("The 1998–99 budget passed.", [("1998", "1998"), ("99", "1999")]),
])
def test_ranges_year_ranges_give_both_years(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Prices rose 1957-58% last year.",
    "Call 555-1957 for details.",
    "Between 1500-1600 people marched.",
    "The score was 2-1 after 1,957-58 passes.",
])
def test_ranges_numbers_that_are_not_year_ranges(text):
    assert [v for _, v in values(text) if v in ("1957", "1958", "1500", "1600")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks were held on July 16, 17 and 18.",
     [("July 16", "2023-07-16"), ("17", "2023-07-17"), ("18", "2023-07-18")]),
    ("Storms struck on July 19 and 20.", [("July 19", "2023-07-19"), ("20", "2023-07-20")]),
    ("The camp stays shut until November 2020.", [("November 2020", "2020-11")]),
])
def test_ranges_lists_of_days_give_each_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "On July 16, 17 people died.",
    "On May 3, 4 soldiers and 2 civilians were hurt.",
    "Prices rose 16, 17 and 18 percent.",
])
def test_ranges_numbers_after_a_date_that_are_not_days(text):
    assert [t.rule for t in tag(text, DCT) if t.rule == "listed-day"] == []


def test_ranges_day_to_day_gives_both_days():
    assert values("Market Garden ran from September 17 to 25.", "2024-10-01") == [
        ("September 17", "2024-09-17"), ("25", "2024-09-25")]
