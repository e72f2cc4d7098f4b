"""Narrative anchoring in histories: the reference date moves with the narrative (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

EASTERN = ("On June 22, 1941, Germany invaded the Soviet Union. By the end of 1941 the Wehrmacht "
           "stood before Moscow. During the summer, German armies advanced. In July, Smolensk fell. "
           "In August, the armies turned south. In October, the drive on Moscow began. In December "
           "the Red Army counterattacked. In January, the front held. The spring brought mud. In "
           "May the Germans attacked again. That summer they reached the Volga.")


def values(text: str, dct: date | str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("dct", [date(2019, 7, 15), None])
def test_narrative_months_move_forward_into_the_next_year(dct):
    assert values(EASTERN, dct) == [
        ("June 22, 1941", "1941-06-22"), ("the end of 1941", "1941"), ("the summer", "1941-SU"),
        ("July", "1941-07"), ("August", "1941-08"), ("October", "1941-10"),
        ("December", "1941-12"), ("January", "1942-01"), ("The spring", "1942-SP"),
        ("May", "1942-05"), ("That summer", "1942-SU")]


@pytest.mark.parametrize(("text", "span", "value"), [
    # a month before the narrative's with nothing moving yet: the narrative's own year
    ("The fortress fell in 1683. In September, the relief army arrived.", "September", "1683-09"),
    # stepping back only when the text says so
    ("The crisis began in 1939. In September, Germany invaded Poland. Earlier that year, the "
     "Spanish war had ended. The previous April, Italy had taken Albania.",
     "The previous April", "1939-04"),
    ("Lincoln was elected in November 1860. In December, South Carolina seceded. In February, "
     "the Confederacy was formed.", "February", "1861-02"),
    ("The canal opened in May 1869. By August traffic grew; in March, tolls were cut.",
     "March", "1870-03"),
    # past tense is the narrative's tense, not a step back
    ("Troops landed on March 3, 1915. In April they advanced. In February they withdrew.",
     "February", "1916-02"),
])
def test_narrative_anchoring_classes(text, span, value):
    found = dict(values(text, "2024-01-05"))
    assert found[span] == value
    assert dict(values(text, None))[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # news keeps the article date's year for a month without one (chosen by tense) ...
    ("Talks resumed on Monday. In February the ministers met again.", "February", "2023-02"),
    ("Talks resumed on Monday. The treaty dates from 1955. In March, the ministers will meet.",
     "March", "2024-03"),
    # ... unless it continues a narrative that has just named a date long past
    ("Apollo 11 lifted off on July 16, 1969. Four days later, on July 20, it landed.",
     "July 20", "1969-07-20"),
    ("NASA marked the anniversary on Saturday. Apollo 11 launched on July 16, 1969. Four days "
     "later, on July 20, it landed.", "July 20", "1969-07-20"),
    # ... within its paragraph: a new paragraph of news is back at the article's time
    ("The governor was sworn in on Monday. She first took office on June 3, 2016.\n\nOn Dec. 12, "
     "the assembly re-elected her.",
     "Dec. 12", "2023-12-12"),
    ("Workers marched on Monday. The mill closed in March 1998.\nIn November the union signed "
     "the new wage deal.",
     "November", "2023-11"),
    # a clock time opening a paragraph of news is read on the article date, not on the old day
    ("Veterans gathered on Friday. The war ended on May 8, 1945.\n\nAt 9 a.m. a band played.",
     "9 a.m.", "2024-01-05T09:00"),
])
def test_narrative_news_mode_and_its_exception(text, span, value):
    assert dict(values(text, "2024-01-05"))[span] == value


def test_narrative_apollo_anchor_moves_on():
    text = ("NASA marked the anniversary on Saturday. Apollo 11 launched on July 16, 1969. Four days "
            "later, on July 20, it landed. The next day, the crew rested.")
    found = {t.text: t for t in tag(text, "2019-07-15")}
    assert found["Four days"].point_value == "1969-07-20"
    assert found["The next day"].value == "1969-07-21"


@pytest.mark.parametrize(("text", "span", "value"), [
    # a flashback in the past perfect is resolved back from the narrative and leaves it be
    ("The army crossed the river on June 22, 1941. The king had signed the order on December "
     "18, 1940. His generals had hoped to strike in May. On June 28 the capital fell.",
     "May", "1941-05"),
    ("The army crossed the river on June 22, 1941. The king had signed the order on December "
     "18, 1940. On June 28 the capital fell.", "June 28", "1941-06-28"),
    # a flash-forward ('would', 'which') is dated but leaves the narrative be
    ("The siege began on September 8, 1941. It would last until January 27, 1944. At the end "
     "of September the offensive stalled.", "the end of September", "1941-09"),
    ("The decree came on September 22, 1862, and it took effect, which it did on January 1, "
     "1863, slowly. In December the army attacked.", "December", "1862-12"),
    # "that month" counts from the last date mentioned, aside or not
    ("The line opened in June 1963, which was on August 30. Earlier that month, on August 5, "
     "a treaty was signed.", "Earlier that month", "1963-08"),
])
def test_narrative_asides_leave_the_narrative_be(text, span, value):
    assert dict(values(text, "2021-06-22"))[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # a narrative told day by day dates its bare weekdays from its own days
    ("The crisis began on Sunday, October 14, 1962. The photographs were read on Monday, and "
     "on Wednesday the blockade began.", "Wednesday", "1962-10-17"),
    ("The wall opened on the evening of Thursday, November 9, 1989. By the weekend two "
     "million had crossed.", "the weekend", "1989-W45-WE"),
])
def test_narrative_weekdays_follow_a_day_by_day_narrative(text, span, value):
    assert dict(values(text, "2012-10-16"))[span] == value


def test_narrative_a_weekday_in_news_about_history_stays_news():
    found = dict(values("Castro took power on Jan. 1, 1959. On Saturday he spoke. Boats sank "
                        "in late November.", "2025-04-28"))
    assert (found["Saturday"], found["late November"]) == ("2025-04-26", "2024-11")


@pytest.mark.parametrize(("text", "span", "point"), [
    ("The summit opened on Monday. Leaders had met last year too. Two days later they signed.",
     "Two days", "2019-07-17"),
    ("Williams lost the final on Saturday, her worst defeat this year. Halep won a day earlier.",
     "a day", "2019-07-12"),
])
def test_narrative_days_count_from_the_last_day_named(text, span, point):
    assert {t.text: t.point_value for t in tag(text, "2019-07-15")}[span] == point


def test_narrative_a_recent_history_is_a_history():
    text = ("The virus reached Europe in January 2020. By March, Italy had locked down. The summer "
            "brought a lull, but in October cases rose again. In January mass vaccination began.")
    assert values(text, "2024-05-01") == [
        ("January 2020", "2020-01"), ("March", "2020-03"), ("The summer", "2020-SU"),
        ("October", "2020-10"), ("January", "2021-01")]


@pytest.mark.parametrize(("text", "span", "value"), [
    # "the end of the year" in a history is the narrative's year, and does not make it news
    ("The Allies landed in Sicily in July 1943. By the end of the year they held Naples. In "
     "May the line broke.", "the end of the year", "1943"),
    ("The Allies landed in Sicily in July 1943. In September Italy surrendered. By the end of "
     "the year they held Naples. In May the line broke.", "May", "1944-05"),
])
def test_narrative_the_year_of_a_history_is_the_narrative_year(text, span, value):
    assert dict(values(text, "2024-06-06"))[span] == value
