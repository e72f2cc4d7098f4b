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
])
def test_narrative_news_mode_and_its_exception(text, span, value):
    assert dict(values(text, "2024-01-05"))[span] == value


def test_narrative_apollo_anchor_moves_on():
    text = ("NASA marked the anniversary on Saturday. Apollo 11 launched on July 16, 1969. Four days "
            "later, on July 20, it landed. The next day, the crew rested.")
    found = {t.text: t for t in tag(text, "2019-07-15")}
    assert found["Four days"].point_value == "1969-07-20"
    assert found["The next day"].value == "1969-07-21"
