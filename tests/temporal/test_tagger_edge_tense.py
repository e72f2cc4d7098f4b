"""A past form at a date's edge dates it back when no other cue gives a tense (sentences of our
own): "the mayor resigned in October" in an August article is last October, not the next one
(``language.toml`` ``before_past``, ``after_past``); a holiday's week that has begun is its
past (:func:`timeline.temporal.resolver.resolve`); a plan told in the past ("were scheduled to")
gives no tense (``language.toml`` ``neutral``)."""

from __future__ import annotations

import pytest

from timeline.temporal import tag


def value(text: str, span: str, dct: str = "2024-08-20") -> str:
    return next(t.value for t in tag(text, dct) if t.text == span)


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor resigned in October after a row over the budget.", "2023-10"),
    ("The satellite failed in October, shortly after launch.", "2023-10"),
    ("A court in October acquitted the driver.", "2023-10"),
    ("The board in October quietly approved the sale.", "2023-10"),
])
def test_edge_tense_a_past_form_beside_the_date_looks_back(text, expected):
    assert value(text, "October") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A ruling is expected in October.", "2024-10"),  # a plan's participle: no tense, the nearest
    ("The plant will be closed in October.", "2024-10"),  # a passive after 'be': the future
    ("The election in October was postponed.", "2024-10"),  # 'was' after the date: no tense
    ("The talks in October scheduled for Geneva will go ahead.", "2024-10"),
])
def test_edge_tense_no_past_form_keeps_its_reading(text, expected):
    assert value(text, "October") == expected


@pytest.mark.parametrize("text", ["Shops closed early as Easter week began.",
                                  "Pilgrims arrived during Easter week."])
def test_edge_tense_a_holiday_week_that_has_begun_is_its_past(text):
    assert value(text, "Easter week", "2000-04-17") == "2000-W16"  # Easter Sunday: April 23


@pytest.mark.parametrize(("text", "expected"), [
    ("Dockers were scheduled to walk out on Tuesday.", "2019-11-26"),  # told in the past: no direction
    ("The ferry was due to sail on Friday.", "2019-11-22"),
    ("Dockers are scheduled to walk out on Tuesday.", "2019-12-03"),  # a plan told now: ahead
])
def test_edge_tense_a_plan_told_in_the_past_looks_neither_way(text, expected):
    day = next(t for t in tag(text, "2019-11-27") if t.granularity == "day")
    assert day.value == expected
