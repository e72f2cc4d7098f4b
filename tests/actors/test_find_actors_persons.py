"""People: the leaders table, short forms, and unknown people found by title or role."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.ner import model_available


def people(text, gaz):
    return [(m.text, m.name, m.country) for m in find_actors(text, gaz) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin met Kim Jong Un.",
            [
                ("Vladimir Putin", "Vladimir Putin", "Russia"),
                ("Kim Jong Un", "Kim Jong Un", "North Korea"),
            ],
        ),
        (
            "Benjamin Netanyahu spoke to Joe Biden and Donald Trump.",
            [
                ("Benjamin Netanyahu", "Benjamin Netanyahu", "Israel"),
                ("Joe Biden", "Joe Biden", "United States"),
                ("Donald Trump", "Donald Trump", "United States"),
            ],
        ),
        (
            "Volodymyr Zelenskyy and Recep Tayyip Erdogan met Xi Jinping.",
            [
                ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Ukraine"),
                ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Turkey"),
                ("Xi Jinping", "Xi Jinping", "China"),
            ],
        ),
        (
            "Nicolas Maduro denounced Gustavo Petro and Lula.",
            [
                ("Nicolas Maduro", "Nicolás Maduro", "Venezuela"),
                ("Gustavo Petro", "Gustavo Petro", "Colombia"),
                ("Lula", "Luiz Inácio Lula da Silva", "Brazil"),
            ],
        ),
        (
            "Abdel Fattah al-Burhan and Hemedti fought for control of Sudan.",
            [
                ("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", "Sudan"),
                ("Hemedti", "Mohamed Hamdan Dagalo", "Sudan"),
            ],
        ),
        (
            "Antonio Guterres and Ursula von der Leyen called for calm.",
            [
                ("Antonio Guterres", "António Guterres", ""),
                ("Ursula von der Leyen", "Ursula von der Leyen", ""),
            ],
        ),
    ],
)
def test_find_actors_persons_known_leaders(gaz, text, expected):
    assert people(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin said.", [("Putin", "Vladimir Putin", "Russia")]),  # may stand alone
        ("Zelensky said.", [("Zelensky", "Volodymyr Zelensky", "Ukraine")]),
        ("Kim said.", []),  # needs Kim Jong Un (or another Kim) in the document
        ("Lee said.", []),
        ("President Xi said.", [("Xi", "Xi Jinping", "China")]),
        ("President Lee said.", [("Lee", "Lee Jae-myung", "South Korea")]),  # the one President Lee
        ("Mr. Lee said.", []),  # several Lees in the table, no role to tell them apart
        ("Prime Minister Sanchez said.", [("Sanchez", "Pedro Sánchez", "Spain")]),
        ("Johnson said.", []),  # Boris or Mike: not alone
    ],
)
def test_find_actors_persons_bare_surnames(gaz, text, expected):
    assert people(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea's Unification Ministry said on Monday. "
            "Koo Byoungsam, the ministry's spokesperson, called it a crime.",
            [("Koo Byoungsam", "Koo Byoungsam", "South Korea")],
        ),
        (
            "Ministry spokesperson Koo Byoungsam said so.",
            [("Koo Byoungsam", "Koo Byoungsam", "")],
        ),
        (
            "Kenyan President Jane Wanjiru Otieno said.",
            [("Jane Wanjiru Otieno", "Jane Wanjiru Otieno", "Kenya")],
        ),
        (
            "Gen. John Smith said. Mr. Smith added that Smith was tired.",
            [
                ("John Smith", "John Smith", ""),
                ("Smith", "John Smith", ""),
                ("Smith", "John Smith", ""),
            ],
        ),
        (
            "Lt. Gen. Kim Myung-soo, the South Korean Joint Chiefs of Staff chairman, said.",
            [("Kim Myung-soo", "Kim Myung-soo", "South Korea")],
        ),
        (
            "Mr. Zhang Wei, a spokesman for the Chinese embassy in London, said.",
            [("Zhang Wei", "Zhang Wei", "China")],
        ),
        (
            "Ukraine's Foreign Minister Olena Kovalenko said.",
            [("Olena Kovalenko", "Olena Kovalenko", "Ukraine")],
        ),
        (
            "Colonel Mamadi Doumbouya, Guinea's junta leader, was sworn in.",
            [("Mamadi Doumbouya", "Mamadi Doumbouya", "Guinea")],
        ),
        (
            "A senior Hamas official, Basem Naim, told the BBC.",
            [("Basem Naim", "Basem Naim", "Palestine")],
        ),
        (
            "Prime Minister Hamid Rahimi of Afghanistan said.",
            [("Hamid Rahimi", "Hamid Rahimi", "Afghanistan")],  # the country the text is about
        ),
        (
            "Tanzania confirmed an outbreak. Health Minister Jenista Mhagama said tests were done.",
            [("Jenista Mhagama", "Jenista Mhagama", "Tanzania")],
        ),
        (
            "The Philippines accused China of piracy. China denied it and China's coast guard "
            "said it acted lawfully. Armed forces chief Gen. Romeo Brawner said rifles were seized.",
            [("Romeo Brawner", "Romeo Brawner", "Philippines")],  # the first country, not the most named
        ),
        (
            '"It is a signal," said Alexander Gabuev, director of the Carnegie Russia Eurasia Center.',
            [("Alexander Gabuev", "Alexander Gabuev", "")],
        ),
        (
            "Tanzania confirmed an outbreak. Analyst Jane Roe of Kenya doubted it.",
            [("Jane Roe", "Jane Roe", "")],  # not a government role: no guess
        ),
        (
            # a police rank after a role: the rank is no name ("Police Col"), the name after it is
            "According to district chief Police Col. Arnel Tomas Ibayo, the men fled. "
            "Police Brig. Gen. Rosa Mendel said so.",
            [("Arnel Tomas Ibayo", "Arnel Tomas Ibayo", ""), ("Rosa Mendel", "Rosa Mendel", "")],
        ),
        (
            # an amount written right after the name is no part of it
            "The court fined retired Major General Rodel F. Marcia P407.8 million for the crimes.",
            [("Rodel F. Marcia", "Rodel F. Marcia", "")],
        ),
        (
            # two titles on one name ("Chief", "Chief Election Commissioner"): the longer name
            "Chief Election Commissioner KM Nurol Hadu spoke in the capital.",
            [("KM Nurol Hadu", "KM Nurol Hadu", "")],
        ),
    ],
)
def test_find_actors_persons_found_by_rule(gaz, text, expected):
    assert people(text, gaz) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President said on Monday.",
        "The Minister of Foreign Affairs said.",
        "President of France",
        "the spokesperson said Monday",
        "Its spokesperson said that the North admitted it.",
        "Meanwhile, the minister's spokesperson said.",
    ],
)
def test_find_actors_persons_no_person_without_a_name(gaz, text):
    assert people(text, gaz) == []


@pytest.mark.parametrize(
    ("text", "year", "name"),
    [
        ("Prime Minister Sharif said.", 2015, "Nawaz Sharif"),
        ("Prime Minister Sharif said.", 2024, "Shehbaz Sharif"),
        ("President Duterte said.", 2018, "Rodrigo Duterte"),
        ("Vice President Duterte said.", 2023, "Sara Duterte"),
    ],
)
def test_find_actors_persons_title_and_year_decide_between_namesakes(gaz, text, year, name):
    from datetime import date

    found = [m.name for m in find_actors(text, gaz, dct=date(year, 6, 1)) if m.kind == "person"]
    assert found == [name]


def test_find_actors_persons_namesakes_without_a_year_stay_unresolved(gaz):
    assert people("Prime Minister Sharif said.", gaz) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith said the plan would fail.", [("Smith", "Smith", "")]),
        ("Gen. Brawner said.", [("Brawner", "Brawner", "")]),
        ("General Motors and General Electric fell.", []),
        ("Spokesman Wang said.", []),  # Wang Yi is Foreign Minister, not a spokesman
        ("Foreign Minister Wang said.", [("Wang", "Wang Yi", "China")]),
        ("Mr. Kim and Dr. Park met.", []),  # surnames of several known people: no new person
        ("Premier Li spoke.", []),  # Li Qiang or Li Keqiang: needs the year
    ],
)
def test_find_actors_persons_one_word_names_after_titles(gaz, text, expected):
    assert people(text, gaz) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("The envoy accepted an invitation from Queen Margrethe to stay.", "Queen Margrethe"),
    ("On Monday King Harald opened the session.", "King Harald"),
])
def test_find_actors_persons_a_title_that_is_part_of_a_one_word_name(gaz, text, name):
    assert name in [m.name for m in find_actors(text, gaz) if m.kind == "person"]


@pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize(("text", "name"), [
    ("The last governor, Lord Harrowby, signed the order.", "Lord Harrowby"),
])
def test_find_actors_persons_a_model_name_keeps_its_title_word(gaz, text, name):
    names = [m.name for m in find_actors(text, gaz, model=True) if m.kind == "person"]
    assert name in names and name.split()[-1] not in names


@pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize(("text", "name", "not_name"), [
    # issue 11: "Miss" is a courtesy title like "Ms" ("Miss Kowalska" is Anna Kowalska again)
    ("Anna Kowalska won the final.\n\nIt was the third title for Miss Kowalska, who beat Jana Novak.",
     "Anna Kowalska", "Miss Kowalska"),
])
def test_find_actors_persons_miss_is_a_title(gaz, text, name, not_name):
    names = analyst_actors(find_actors(text, gaz, model=True), gaz)
    assert name in names and not_name not in names
