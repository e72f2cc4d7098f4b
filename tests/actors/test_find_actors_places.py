"""Places that are not actors: venues, capitals inside longer names, seas and wars."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors


def names(text, gaz):
    return analyst_actors(find_actors(text, gaz), gaz)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran and the United States will meet on Saturday in Rome.", ("Iran", "United States")),
        ("NATO allies set a 2% target at a summit in Wales in 2014.", ("NATO",)),
        ("Delegates attended a round in Switzerland in August.", ()),
        ("The war in Ukraine dragged on as Ukraine asked for arms.", ("Ukraine",)),
        ("The council met at Russia's request.", ("Russia",)),
        ("Opposition leaders told supporters in Caracas that Venezuela would change.", ("Venezuela",)),
    ],
)
def test_find_actors_places_venues_are_not_actors(gaz, text, expected):
    assert names(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Stockholm International Peace Research Institute said.", ()),
        ("The Seoul Central District Court ruled.", ()),
        ("Kyiv Mayor Vitali Klitschko said.", ("Vitali Klitschko",)),  # his city is an affiliation
        ("MOSCOW (Reuters) - The Kremlin said.", ("Russia",)),  # the Kremlin acts, not the dateline
        ("The Washington Post and the Moscow Times reported.", ()),
        ("said a fellow at the Carnegie Russia Eurasia Center in Berlin.", ()),
        ("On Monday Russia said it would respond.", ("Russia",)),
    ],
)
def test_find_actors_places_capitals_inside_longer_names(gaz, text, expected):
    assert names(text, gaz) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tankers crossed the Strait of Hormuz and the Taiwan Strait.",
        "The Korean War and the Vietnam War ended long ago.",
        "Paris Saint-Germain beat Real Madrid.",
        "Storms hit the South China Sea and the Gulf of Mexico.",
    ],
)
def test_find_actors_places_seas_wars_and_clubs_are_nothing(gaz, text):
    assert names(text, gaz) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theresa May resigned. May announced her resignation in May 2019.", ["Theresa May", "May"]),
        ("Theresa May said that since May the talks had stalled.", ["Theresa May"]),
        ("May said.", []),
    ],
)
def test_find_actors_places_may_is_a_person_not_the_month(gaz, text, expected):
    found = [m.text for m in find_actors(text, gaz) if m.kind == "person"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin Hails North Korean Troops As Seoul Warns Of Retaliation\nThe Kremlin said.",
            ("Vladimir Putin", "North Korea", "South Korea", "Russia"),
        ),
        ("Jordan Signs Gas Deal With Israel\nAmman said.", ("Jordan", "Israel")),
    ],
)
def test_find_actors_places_title_case_headlines(gaz, text, expected):
    assert names(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW (Reuters) - The ministry said.", ()),
        ("FRANKFURT — The European Central Bank cut rates.", ("European Central Bank",)),
        ("GOMA, Congo (Reuters) — Rebels advanced.", ()),
        (" date 2024-09-26 PORT SUDAN (Reuters) — Sudan's army attacked.", ("Sudan",)),
        ("KYIV, Ukraine (AP) — Ukraine said it downed 40 drones.", ("Ukraine",)),
        ("Beijing, Jan. 15 (Xinhua) -- The talks went well.", ()),
        # paragraph openers a reader knows as datelines: bracketed, "//", a source in brackets
        # after a title-case place, "Place, Country -"
        ("(LIMA, Peru) -- Crowds gathered as the talks opened.", ()),
        ("ACCRA // The President said the vote would go ahead.", ()),
        ("HARARE, (Daily News / Agencies - 3rd May, 2022) : Health workers began a vaccination drive.", ()),
        ("Chittagong, Bangladesh - The ferry sank on Sunday.", ()),
        ("Kandy (Lanka News) - The opposition walked out.", ()),
        ("Cusco (Cusco) [Peru], May 8 (ANI): Villagers fled the flood.", ()),
        ("Mombasa, Kenya - Kenya said it would reopen the port.", ("Kenya",)),  # the country acts
    ],
)
def test_find_actors_places_datelines_are_not_actors(gaz, text, expected):
    assert names(text, gaz) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, Uganda and Tanzania: three nations signed the deal.",
        "Ghana said - and Togo agreed - that the border would reopen.",
        "In Lima, Peru said on Monday it would act.",
    ],
)
def test_find_actors_places_dateline_shapes_need_a_dateline(text):
    from timeline.actors.context import dateline_ends
    assert dateline_ends(text) == []
