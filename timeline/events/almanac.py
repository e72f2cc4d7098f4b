"""The items of an almanac ("Today in History", "On this date:"): a year is that day of that year.

An article that lists what happened on its own calendar day in past years ("On this date: In
1666, the Great Fire of London broke out." in an article of September 2) dates each item by its
year alone; the day and month are the article's. An item is a paragraph that opens with its year
("In 1666, ...", "1956: ...") after one of the almanac's markers; the markers and the words that
may open an item are data (``rules/en/dates.toml``, ``[almanac]``).

>>> from timeline.model import TimeExpression
>>> text = "On this date:\\n\\nIn 1666, the Great Fire of London broke out."
>>> year = TimeExpression(18, 22, "1666", "DATE", "1666", "year", date(1666, 1, 1), date(1666, 12, 31))
>>> almanac_day(text, year, 15, date(2019, 9, 2))
datetime.date(1666, 9, 2)
>>> almanac_day("In 1666, the Great Fire of London broke out.", year, 0, date(2019, 9, 2)) is None
True
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.events.datewords import load_date_words
from timeline.events.dating import EventDate
from timeline.model import TimeExpression

__all__ = ["almanac_date", "almanac_day"]


def almanac_date(text: str, when: EventDate, sentence_start: int, dct: date | None) -> EventDate | None:
    """``when`` narrowed to the article's day in its year when its own date is the year of an
    almanac's item (:func:`almanac_day`); None otherwise."""
    if when.source != "explicit" or when.time is None:
        return None
    day = almanac_day(text, when.time, sentence_start, dct)
    if day is None:
        return None
    return replace(when, value=day.isoformat(), granularity="day", start=day, end=day, resolution=(
        f"{when.resolution}; an almanac's item: the article's day {day:%m-%d} in that year"))


def almanac_day(text: str, own: TimeExpression, sentence_start: int, dct: date | None) -> date | None:
    """The day an almanac item dated by its year ``own`` stands for: the article's day and month
    in that year; None when ``own`` is not a year opening a paragraph after an almanac marker."""
    if dct is None or own.granularity != "year" or own.period_start is None or own.period_start.year >= dct.year:
        return None
    rules = load_date_words()
    line_start = text.rfind("\n", 0, sentence_start) + 1
    if text[line_start:sentence_start].strip():
        return None  # not the paragraph's first sentence
    opening = text[sentence_start : own.start].strip().lower()
    if opening and opening not in rules.almanac_openers:
        return None  # "During the war, in 1943, ...": not an item's year
    if not text[own.end : own.end + 2].strip().startswith((",", ":")) and opening == "":
        return None  # "1966 was a good year": the year is the subject, not the item's heading
    before = text[:line_start].lower()
    if not any(marker in before for marker in rules.almanac_markers):
        return None
    try:
        return date(own.period_start.year, dct.month, dct.day)
    except ValueError:  # February 29 in a year without it
        return None
