"""analyst_actors: what an analyst filters by, in order of first appearance."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KCNA said the Kremlin agreed.", ("North Korea", "Russia")),
        ("Vladimir Putin spoke.", ("Vladimir Putin",)),  # his state is an affiliation (issue 11.3)
        ("an AFP report and Reuters said", ()),
        ("The UN Security Council and UNICEF met.", ("United Nations",)),
        ("South Korea's Ministry of Defence said", ("South Korea",)),
        ("Antonio Guterres said", ("António Guterres",)),
        ("Hamas said", ("Hamas",)),  # an armed group is not its state (issue 11)
        ("Mark Rutte told NATO allies", ("Mark Rutte", "NATO")),
        (
            "Israeli Prime Minister Benjamin Netanyahu said Israel would keep fighting Hamas.",
            ("Benjamin Netanyahu", "Israel", "Hamas"),  # an armed group is not its state (issue 11)
        ),
        (
            "The US, South Korean and Ukrainian intelligence officials reported it.",
            ("United States", "South Korea", "Ukraine"),
        ),
    ],
)
def test_analyst_actors_filters(gaz, text, expected):
    assert analyst_actors(find_actors(text, gaz), gaz) == expected


@pytest.mark.parametrize("kind", ["outlet"])
def test_analyst_actors_outlets_are_never_actors(gaz, kind):
    text = "AFP, Reuters, the AP, the BBC and Yonhap reported it."
    mentions = find_actors(text, gaz)
    assert mentions and all(m.kind == kind for m in mentions)
    assert analyst_actors(mentions, gaz) == ()
