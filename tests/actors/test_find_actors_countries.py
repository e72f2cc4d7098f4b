"""Countries: names, official names, capitals, demonyms, codes, and the case and word traps."""

from __future__ import annotations

import pytest

from tests.actors.conftest import pairs
from timeline.actors import find_actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # England, Scotland and Wales are their own (sports news, the gold sets); Britain is the UK
            "Scotland beat Wales 21-13 on Saturday, a week before England host Northern Ireland.",
            [("Scotland", "Scotland"), ("Wales", "Wales"), ("England", "England"),
             ("Northern Ireland", "United Kingdom")],
        ),
        (
            "Britain and Scottish ministers agreed the deal; Welsh officials welcomed it.",
            [("Britain", "United Kingdom"), ("Scottish", "Scotland"), ("Welsh", "Wales"),
             ("officials", "Government (Wales)")],
        ),
        (
            "Moscow said its troops had reclaimed the Kursk region from Kyiv's forces.",
            [("Moscow", "Russia"), ("Kyiv", "Ukraine"), ("forces", "Armed Forces (Ukraine)")],
        ),
        (
            "Israeli jets struck Gaza after Hamas fired rockets, the Palestinian health ministry said.",
            [
                ("Israeli", "Israel"),
                ("Gaza", "Palestine"),
                ("Hamas", "Hamas"),
                ("Palestinian", "Palestine"),
                ("health ministry", "Health Ministry (Palestine)"),
            ],
        ),
        (
            "Beijing held drills around Taiwan as Taipei scrambled jets.",
            [("Beijing", "China"), ("Taiwan", "Taiwan"), ("Taipei", "Taiwan")],
        ),
        (
            "Washington and Tehran traded threats after the strike on Iranian nuclear sites.",
            [("Washington", "United States"), ("Tehran", "Iran"), ("Iranian", "Iran")],
        ),
        (
            "Fighting in Khartoum forced thousands of Sudanese to flee into Chad and South Sudan.",
            [
                ("Khartoum", "Sudan"),
                ("Sudanese", "Sudan"),
                ("Chad", "Chad"),
                ("South Sudan", "South Sudan"),
            ],
        ),
        (
            "Caracas rejected the ruling; Venezuelans queued at the border with Colombia.",
            [("Caracas", "Venezuela"), ("Venezuelans", "Venezuela"), ("Colombia", "Colombia")],
        ),
        (
            "The Democratic People's Republic of Korea fired a missile, the Republic of Korea said.",
            [
                ("Democratic People's Republic of Korea", "North Korea"),
                ("Republic of Korea", "South Korea"),
            ],
        ),
        (
            "The People’s Republic of China and Côte d’Ivoire signed a deal in Abidjan.",
            [("People’s Republic of China", "China"), ("Côte d’Ivoire", "Ivory Coast")],
        ),
        (
            "Britain, America and the UAE joined; Türkiye and the DRC stayed away.",
            [
                ("Britain", "United Kingdom"),
                ("America", "United States"),
                ("UAE", "United Arab Emirates"),
                ("Türkiye", "Turkey"),
                ("DRC", "Democratic Republic of the Congo"),
            ],
        ),
        (
            "Kiev and Kyiv are the same city; so are Burma and Myanmar.",
            [
                ("Kiev", "Ukraine"),
                ("Kyiv", "Ukraine"),
                ("Burma", "Myanmar"),
                ("Myanmar", "Myanmar"),
            ],
        ),
    ],
)
def test_find_actors_countries_names_capitals_demonyms(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US and the U.S. envoy and the USA agreed.", ["US", "U.S.", "USA"]),
        ("UK and EU officials met.", ["UK", "EU"]),
        ("The ROK and the DPRK and the PRC.", ["ROK", "DPRK", "PRC"]),
    ],
)
def test_find_actors_countries_codes_match_case_exactly(gaz, text, expected):
    found = find_actors(text, gaz)
    assert [m.text for m in found if m.kind in ("country", "organisation")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Let us go to the market and buy it in bulk.",  # us, to, and, it, in
        "She collected fine china and a roast turkey for the holidays.",
        "The guinea pig and the jersey were on the chad of the ballot.",
        "WE ARE IN IT TO WIN, IT IS SO, AND THEY CAN.",  # shouted words, codes IN IT TO AND CAN
        "A woman from Romania",  # "Oman" inside "woman"; Romania is real
        "The Korean friends sang Korean songs.",  # "Korean" alone is ambiguous
        "Latin America, South America and North America; the South China Sea.",
        "The Indian Ocean and the Gulf of Mexico; New Mexico and New Jersey.",
    ],
)
def test_find_actors_countries_no_false_hits_on_common_words(gaz, text):
    found = {name for _, name in pairs(text, gaz)}
    assert found <= {"Romania"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordan Bardella spoke to Paris.",
            [("Jordan Bardella", "Jordan Bardella"), ("Paris", "France")],
        ),
        ("Chad Smith visited Jordan.", [("Jordan", "Jordan")]),
        ("Jordan and Chad signed a pact.", [("Jordan", "Jordan"), ("Chad", "Chad")]),
        ("Georgia's ruling party won.", [("Georgia", "Georgia")]),
    ],
)
def test_find_actors_countries_name_like_countries(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PUTIN TO VISIT CHINA, KREMLIN SAYS",
            [("PUTIN", "Vladimir Putin"), ("CHINA", "China"), ("KREMLIN", "Kremlin")],
        ),
        ("russia and china", []),  # lower-case country names are not names
    ],
)
def test_find_actors_countries_headline_case(gaz, text, expected):
    assert pairs(text, gaz) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Jong UN personally", "Kim Jong Un"),
        ("the DPRK's envoy", "North Korea"),
        ("the South Sudanese army", "South Sudan"),
        ("Papua New Guinea", "Papua New Guinea"),
        ("the Nigerien junta", "Niger"),
        ("Nigerian troops", "Nigeria"),
    ],
)
def test_find_actors_countries_longest_match_wins(gaz, text, name):
    assert pairs(text, gaz)[0][1] == name
