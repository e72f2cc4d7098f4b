"""International organisations and organs, seats of power, state bodies and agencies, outlets."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors


def kinds(text, gaz):
    return [(m.text, m.name, m.kind, m.country) for m in find_actors(text, gaz)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council met after the U.N. General Assembly vote.",
            [
                ("UN Security Council", "UN Security Council", "organisation", ""),
                ("U.N. General Assembly", "UN General Assembly", "organisation", ""),
            ],
        ),
        (
            "NATO and the EU backed the IAEA; the WHO and the IMF disagreed.",
            [
                ("NATO", "NATO", "organisation", ""),
                ("EU", "European Union", "organisation", ""),
                ("IAEA", "International Atomic Energy Agency", "organisation", ""),
                ("WHO", "World Health Organization", "organisation", ""),
                ("IMF", "International Monetary Fund", "organisation", ""),
            ],
        ),
        (
            "Hezbollah and the Houthis praised Hamas.",
            [
                ("Hezbollah", "Hezbollah", "organisation", "Lebanon"),
                ("Houthis", "Houthis", "organisation", "Yemen"),
                ("Hamas", "Hamas", "organisation", "Palestine"),
            ],
        ),
        (
            "The African Union and ASEAN and OPEC+ met at the World Bank.",
            [
                ("African Union", "African Union", "organisation", ""),
                ("ASEAN", "ASEAN", "organisation", ""),
                ("OPEC+", "OPEC", "organisation", ""),
                ("World Bank", "World Bank", "organisation", ""),
            ],
        ),
    ],
)
def test_find_actors_organisations_international(gaz, text, expected):
    assert kinds(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Kremlin declined to comment.", "Kremlin", "Russia"),
        ("the White House said", "White House", "United States"),
        ("Downing Street said", "Downing Street", "United Kingdom"),
        ("the Elysee said", "Élysée", "France"),
        ("the Blue House said", "Blue House", "South Korea"),
        ("The Pentagon said", "Pentagon", "United States"),
        ("KCNA reported", "KCNA", "North Korea"),
        ("according to TASS", "TASS", "Russia"),
        ("Xinhua news agency said", "Xinhua", "China"),
        ("Iran's IRNA said", "IRNA", "Iran"),
        ("The IDF said", "Israel Defense Forces", "Israel"),
        ("the Revolutionary Guards said", "Islamic Revolutionary Guard Corps", "Iran"),
        ("The Unification Ministry said", "Unification Ministry", "South Korea"),
        ("The Federal Reserve held rates", "Federal Reserve", "United States"),
        ("the Fed said", "Federal Reserve", "United States"),
        ("The Bank of Japan said", "Bank of Japan", "Japan"),
        ("the US Senate voted", "US Senate", "United States"),
    ],
)
def test_find_actors_organisations_seats_and_state_agencies(gaz, text, name, country):
    found = [m for m in find_actors(text, gaz) if m.kind == "agency"]
    assert [(m.name, m.country) for m in found] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "South Korea's Ministry of Defence said",
            "Ministry of Defence (South Korea)",
            "South Korea",
        ),
        ("the Russian Defence Ministry said", "Ministry of Defence (Russia)", "Russia"),
        ("Sudan's army said", "Armed Forces (Sudan)", "Sudan"),
        ("Israel's military said", "Armed Forces (Israel)", "Israel"),
        ("the foreign ministry of Ukraine said", "Foreign Ministry (Ukraine)", "Ukraine"),
        ("The North's Central Military Commission", "Central Military Commission", ""),
        ("Russia's Security Council said", "Security Council (Russia)", "Russia"),
        ("the Chinese government said", "Government (China)", "China"),
        ("North Korean state media said", "State Media (North Korea)", "North Korea"),
    ],
)
def test_find_actors_organisations_bodies_take_their_country(gaz, text, name, country):
    found = [m for m in find_actors(text, gaz) if m.kind == "agency"]
    assert [(m.name, m.country) for m in found] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Ghana Army said it shelled the ridge.", "Ghana Army", "Ghana"),
        ("The U.S. Justice Department charged two bankers.", "U.S. Justice Department", "United States"),
        ("The Chile Supreme Court ruled on Friday.", "Chile Supreme Court", "Chile"),
    ],
)
def test_find_actors_organisations_body_named_with_its_country(gaz, text, name, country):
    """A body written right after its country's name or code is named as written, an
    organisation of its own with the country as affiliation; the country is no actor there."""
    found = find_actors(text, gaz)
    bodies = [(m.name, m.kind, m.affiliation) for m in found if m.kind != "country"]
    assert bodies == [(name, "organisation", country)]
    assert analyst_actors(found) == (name,)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghana government said it shelled the ridge.",  # a government stands for its country
        "Ghana's army said it shelled the ridge.",  # a possessive: the country's body
        "The Ghanaian army said it shelled the ridge.",  # a demonym: the country's body
        "The Ghana military said it shelled the ridge.",  # in lower case: not a proper name
    ],
)
def test_find_actors_organisations_country_bodies_stand_for_it(gaz, text):
    assert analyst_actors(find_actors(text, gaz)) == ("Ghana",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peru's Health Ministry reported a third case on Friday.", "Health Ministry"),
        ("Ghana's Ministry of Finance cut the budget.", "Ministry of Finance"),
        ("Chile's Interior Ministry banned the march.", "Interior Ministry"),
    ],
)
def test_find_actors_organisations_possessed_body_named_as_written(gaz, text, name):
    """A domestic body written in capitals after its country's possessive is an organisation named
    as written, the country its affiliation and no actor there."""
    found = find_actors(text, gaz)
    assert [(m.name, m.kind) for m in found if m.kind != "place"] == [(name, "organisation")]
    assert found[-1].affiliation == text.split("'")[0]
    assert analyst_actors(found) == (name,)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's Ministry of Defence said it shelled the ridge.",  # the state acts through it
        "Ghana's Foreign Ministry said it recalled the envoy.",
        "Ghana's health ministry said it shelled the ridge.",  # in lower case: not a proper name
    ],
)
def test_find_actors_organisations_possessed_state_bodies_stand_for_it(gaz, text):
    assert analyst_actors(find_actors(text, gaz)) == ("Ghana",)


@pytest.mark.parametrize(
    "text",
    [
        "the ministry said",  # no country: nothing
        "the army said it would respond",
        "the government fell",
        "officials said troops were moving",
    ],
)
def test_find_actors_organisations_lone_generic_words_are_nothing(gaz, text):
    assert find_actors(text, gaz) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("an AFP report said", "AFP"),
        ("(File Image/Reuters)", "Reuters"),
        ("the Associated Press reported", "Associated Press"),
        ("the AP reported", "Associated Press"),
        ("Yonhap news agency said", "Yonhap"),
        ("told the BBC", "BBC"),
        ("according to The New York Times", "The New York Times"),
        ("The Washington Post said", "The Washington Post"),
    ],
)
def test_find_actors_organisations_outlets_are_outlets(gaz, text, name):
    found = find_actors(text, gaz)
    assert [(m.name, m.kind) for m in found] == [(name, "outlet")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Ministry of Health announced a vaccination drive.", ("Ministry of Health",)),
        ("The Finance Ministry cut the fuel levy.", ("Finance Ministry",)),
        ("Ghana's ministry of health announced a drive.", ("Ghana",)),  # its country is written, in lower case
        ("The Air Force launch site is closed.", ()),  # not a body named as written
    ],
)
def test_find_actors_organisations_body_of_no_country_is_named_as_written(gaz, text, names):
    from timeline.actors.kinds import actor_kinds

    found = find_actors(text, gaz)
    assert analyst_actors(found, gaz) == names
    if names:
            assert dict(actor_kinds(found, gaz))[names[0]] == ("country" if names == ("Ghana",) else "organisation")
