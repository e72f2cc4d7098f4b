"""Within-document resolution: short forms, context aliases and repeated unknown names."""

from __future__ import annotations

import pytest

from tests.actors.conftest import pairs
from timeline.actors.descriptions import chambers
from timeline.model import ActorMention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim Jong Un inspected a factory. Kim said the North would grow.",
            [("Kim Jong Un", "Kim Jong Un"), ("Kim", "Kim Jong Un")],
        ),
        (
            "Kim Yo Jong, the sister of Kim Jong Un, issued a statement. Kim called Seoul a puppet.",
            [
                ("Kim Yo Jong", "Kim Yo Jong"),
                ("Kim Jong Un", "Kim Jong Un"),
                ("Kim", "Kim Jong Un"),
                ("Seoul", "South Korea"),
            ],
        ),
        (
            "Putin spoke first. Later, Vladimir Putin hailed the troops.",
            [("Putin", "Vladimir Putin"), ("Vladimir Putin", "Vladimir Putin")],
        ),
        (
            "Yoon Suk Yeol was impeached. Yoon denied wrongdoing.",
            [("Yoon Suk Yeol", "Yoon Suk Yeol"), ("Yoon", "Yoon Suk Yeol")],
        ),
        (
            "Chinese Premier Li Qiang met investors. Li promised more openness.",
            [("Li Qiang", "Li Qiang"), ("Li", "Li Qiang")],  # "Chinese" is his affiliation
        ),
    ],
)
def test_find_actors_coreference_short_forms(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile. Seoul said the North had violated UN resolutions.",
            [
                ("North Korea", "North Korea"),
                ("Seoul", "South Korea"),
                ("the North", "North Korea"),
                ("UN", "United Nations"),
            ],
        ),
        (
            "South Korea protested. The North and the South have no treaty.",
            [
                ("South Korea", "South Korea"),
                ("The North", "North Korea"),
                ("the South", "South Korea"),
            ],
        ),
        (
            "Rebels in the North of Sudan and the South of Yemen.",
            [("Sudan", "Sudan"), ("Yemen", "Yemen")],
        ),
        ("The North American market rose.", []),
        (
            "Iran's foreign minister said the Islamic Republic would respond.",
            [("Iran", "Iran"), ("the Islamic Republic", "Iran")],
        ),
    ],
)
def test_find_actors_coreference_context_aliases(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence ministry spokesperson Jeon Ha-kyu said so. Jeon added that Jeon Ha-kyu would not resign.",
            [
                ("Jeon Ha-kyu", "Jeon Ha-kyu"),
                ("Jeon", "Jeon Ha-kyu"),
                ("Jeon Ha-kyu", "Jeon Ha-kyu"),
            ],
        ),
        (
            "Rebel commander Ahmed Hassan Musa said. Musa later denied it; Ahmed did not.",
            [("Ahmed Hassan Musa", "Ahmed Hassan Musa"), ("Musa", "Ahmed Hassan Musa")],
        ),
    ],
)
def test_find_actors_coreference_rule_people_repeat(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: the family name of a person from the gazetteer did not repeat them
        (
            "Edmundo González returned on Sunday. González left Venezuela in 2024.",
            [("Edmundo González", "Edmundo González"), ("González", "Edmundo González"),
             ("Venezuela", "Venezuela")],
        ),
        # ... unless it is also a month or a common word
        ("Theresa May said that since May the talks had stalled.", [("Theresa May", "Theresa May")]),
    ],
)
def test_find_actors_coreference_family_name_of_a_named_person(gaz, text, expected):
    assert pairs(text, gaz) == expected



def _org(text: str, name: str, start: int = 0) -> ActorMention:
    pos = text.index(name, start)
    return ActorMention(pos, pos + len(name), name, f"org:{name.lower()}", name, "organisation")


@pytest.mark.parametrize(("text", "legislature", "chamber"), [
    ("The Rajya Sabha passed the bills on Tuesday. Members rushed to the Well of the House.", "Rajya Sabha", "House"),
    ("The Varno National Assembly met on Monday. The Upper House adjourned later.", "Varno National Assembly",
     "Upper House"),
])
def test_chambers_a_chamber_is_the_legislature_named_before(gaz, text, legislature, chamber):
    found = chambers(text, [_org(text, legislature), _org(text, chamber, len(legislature))], gaz)
    assert [(m.text, m.name) for m in found] == [(legislature, legislature), (chamber, legislature)]


def test_chambers_a_plural_is_none_and_a_lone_house_stays(gaz):
    text = "The Rajya Sabha met. The opposition will boycott both Houses."
    assert [m.name for m in chambers(text, [_org(text, "Rajya Sabha"), _org(text, "Houses")], gaz)] == ["Rajya Sabha"]
    text = "The House met on Monday."
    assert chambers(text, [_org(text, "House")], gaz) == [_org(text, "House")]


@pytest.mark.parametrize(("text", "subject"), [
    ("Korvex profit rises on Pesalink and data. Korvex said on Wednesday that Pesalink revenue rose. "
     "The company will pay a dividend.", "Korvex"),
    ("Talvo launched its phone. Talvo said sales were strong. Its assistant rivals services from Brevon. "
     "The company said the phone ships in April.", "Talvo"),
])
def test_descriptions_a_company_is_the_one_named_most(gaz, text, subject):
    from timeline.actors.descriptions import descriptions

    names = {"Korvex", "Pesalink", "Talvo", "Brevon"}
    found = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            found.append(ActorMention(pos, pos + len(name), name, f"org:{name.lower()}", name, "organisation"))
            pos = text.find(name, pos + 1)
    found.sort(key=lambda m: m.start)
    described = [m for m in descriptions(text, found, gaz) if m.text.lower() == "the company"]
    assert [m.name for m in described] == [subject]
