"""Historical and narrative prose: dates far from the article date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2025, 4, 28)


def timexes(text: str, dct: date | None = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


# Item 3: postposed later/earlier. A counted amount stays TimeML's DURATION (the TempEval-3
# training data annotate "[Three days] later" so) and lands on its day as point_value; with no
# amount ("hours later") the expression is the DATE it lands on.
@pytest.mark.parametrize(("text", "span", "type_", "value", "point"), [
    ("The siege began on May 3, 1940. Hours later the city fell.", "Hours later", "DATE", "1940-05-03", None),
    ("The siege began on May 3, 1940. Two days later, the fleet sailed.", "Two days", "DURATION", "P2D", "1940-05-05"),
    ("The siege began on May 3, 1940. A month later, the truce collapsed.", "A month", "DURATION", "P1M", "1940-06-03"),
])
def test_tagger_history_later_earlier(text, span, type_, value, point):
    found = {t.text: t for t in tag(text, DCT)}
    assert (found[span].type, found[span].value, found[span].point_value) == (type_, value, point)


def test_tagger_history_hours_later_after_a_mere_year_is_left_untagged():
    assert "Hours later" not in timexes("The siege began in 1940. Hours later the city fell.")


# Item 6: a clock time followed by "on <date>" takes that date, as one span ("[5 p.m. EST, Nov. 6]").
@pytest.mark.parametrize(("text", "span", "value"), [
    ("The armistice was signed at 11 a.m. on 11 November 1918.", "11 a.m. on 11 November 1918",
     "1918-11-11T11:00"),
    ("The archduke was shot at 10:45 a.m. on June 28, 1914.", "10:45 a.m. on June 28, 1914",
     "1914-06-28T10:45"),
    ("The vote ended at 6 p.m. on Friday.", "6 p.m. on Friday", "2025-04-25T18:00"),
])
def test_tagger_history_clock_on_date(text, span, value):
    assert timexes(text)[span] == ("TIME", value)


# Item 4: a year, month or day counts from the last date precise to the year or finer, never
# from a decade or a century; with none before it, only the century's digits are known.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Peace came in 1815. Industry grew in the 19th century. The following year, prices fell.",
     "The following year", "1816"),
    ("Peace came in 1815. Industry grew in the 19th century. The following century, cars came.",
     "The following century", "19"),
    ("Industry grew in the 19th century. The following year, prices fell.", "The following year",
     "18XX"),
    ("Trade grew in the 1990s. The next year, war came.", "The next year", "199X"),
])
def test_tagger_history_year_counts_from_a_year_not_a_century(text, span, value):
    assert timexes(text)[span] == ("DATE", value)


# Item 1: a range of days is two expressions (TimeML splits ranges: "between [1985] and [1987]");
# the first day takes the year written after the second, the second the first's month.
@pytest.mark.parametrize(("text", "expected"), [
    ("The battle was fought on June 17-18, 1815, near Brussels.",
     {"June 17": ("DATE", "1815-06-17"), "18, 1815": ("DATE", "1815-06-18")}),
    ("The conference met on 4\u201311 February 1945 at Yalta.",
     {"4": ("DATE", "1945-02-04"), "11 February 1945": ("DATE", "1945-02-11")}),
    ("Talks were held on March 3 and 4, 1990.",
     {"March 3": ("DATE", "1990-03-03"), "4, 1990": ("DATE", "1990-03-04")}),
    ("The home side won 6-4, 1990 was a good year.", {"1990": ("DATE", "1990")}),
])
def test_tagger_history_day_ranges(text, expected):
    assert timexes(text) == expected


# Item 5: years with their era; before the Christian era in the TIMEX3 form BCnnnn.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Augustus died in AD 14.", "AD 14", "0014"),
    ("Caesar crossed the Rubicon in 49 BC.", "49 BC", "BC0049"),
    ("Rome was founded in 753 BCE, the legend says.", "753 BCE", "BC0753"),
    ("The emperor died in A.D. 14 at Nola.", "A.D. 14", "0014"),
    ("The empire fell in 476 AD. The next year, trade collapsed.", "The next year", "0477"),
])
def test_tagger_history_era_years(text, span, value):
    assert timexes(text)[span] == ("DATE", value)


# Item 2: "on the 25th" is a day of the month last mentioned; ordinals before a noun are not dates.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Germany invaded Poland in September 1939. On the 25th, troops crossed the river.",
     "the 25th", "1939-09-25"),
    ("The siege began on May 3, 1940. By the 10th the city had fallen.", "the 10th", "1940-05-10"),
])
def test_tagger_history_day_of_month_ordinal(text, span, value):
    assert timexes(text)[span] == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The war began in September 1939. On the 25th anniversary, veterans marched.",
    "The war began in September 1939. It was led on the 25th Division's front.",
    "The war began in September 1939. Cities grew on the 19th century's scale.",
    "The war began in September 1939. They met on the 25th floor.",
])
def test_tagger_history_ordinals_before_a_noun_are_not_days(text):
    assert [t.rule for t in tag(text, DCT) if "25th" in t.text or "19th" in t.text] in (
        [], ["century"])


# Item 7: narrative mode. While every date mentioned lies years from the article date, a month
# without a year takes the year of the last mentioned date; one date near the article date (news)
# keeps the article date's year.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Germany invaded Poland on September 1st, 1939. On the 3rd of May the army retreated.",
     "the 3rd of May", "1939-05-03"),
    ("Germany invaded Poland on September 1st, 1939. In late August, the offensive stalled.",
     "late August", "1939-08"),
    ("The fortress fell in 1683. In September, the relief army arrived.", "September", "1683-09"),
    ("Talks resumed on Monday. The treaty dates from 1955. In March, the ministers will meet.",
     "March", "2026-03"),
    ("Castro took power on Jan. 1, 1959. On Saturday he spoke. Boats sank in late November.",
     "late November", "2024-11"),
])
def test_tagger_history_narrative_mode(text, span, value):
    assert timexes(text)[span] == ("DATE", value)


# A history's byline writes out the day it was published: that date alone does not make the text
# news, so a month and day without a year still follow the narrative's year. A date counted from
# the article date ("today", "on Monday") does make it news.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("By Staff Writer\n28 April 2025 | 10:05 am\n\nThe year 1848 shook Europe. On February 24, the "
     "French king abdicated.", "February 24", "1848-02-24"),
    ("The museum reopened today. The year 1848 shook Europe. On February 24, the king abdicated.",
     "February 24", "2025-02-24"),
])
def test_tagger_history_byline_date_is_not_news(text, span, value):
    assert timexes(text)[span] == ("DATE", value)


# A byline that names its weekday ("Monday, 28 April 2025") is still the article date written
# out: it does not start a story told day by day, so a later bare weekday of a report in the past
# is the one before the article date, not the one after the byline's day.
@pytest.mark.parametrize(("text", "span", "value"), [
    ("Monday, 28 April 2025\n\nThe home side won the third test on Saturday.", "Saturday", "2025-04-26"),
    ("Monday, April 28, 2025\n\nThe rocket lifted off from its base Thursday with two satellites.",
     "Thursday", "2025-04-24"),
])
def test_tagger_history_byline_weekday_is_not_a_narrative(text, span, value):
    assert timexes(text)[span] == ("DATE", value)
