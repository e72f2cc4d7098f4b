"""Descriptions with a demonym modifier ("the Nigerian carrier"), a chairman and a tribunal name
the actor named before (timeline/actors/descriptions.py, words of rules/en/words.toml)."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.descriptions import descriptions
from timeline.model import ActorMention


def _named(text: str, name: str, kind: str) -> list[ActorMention]:
    out, pos = [], text.find(name)
    while pos >= 0:
        out.append(ActorMention(pos, pos + len(name), name, f"{kind}:{name.lower()}", name, kind))
        pos = text.find(name, pos + 1)
    return out


def _resolved(text: str, gaz, named: dict[str, str]) -> list[tuple[str, str]]:
    found = [m for m in find_actors(text, gaz) if m.kind == "country"]
    for name, kind in named.items():
        found += _named(text, name, kind)
    found.sort(key=lambda m: m.start)
    return [(m.text, m.name) for m in descriptions(text, found, gaz)]


@pytest.mark.parametrize(("text", "org", "description", "country"), [
    ("Korvex Air cancelled twenty flights on Monday. The Nigerian carrier blamed a fuel shortage.",
     "Korvex Air", "The Nigerian carrier", "Nigeria"),
    ("Talvo Electronics unveiled a phone on Monday. The South Korean company said it ships in May.",
     "Talvo Electronics", "The South Korean company", "South Korea"),
    ("Brevon Motors recalled 9,000 cars. Later the U.S. automaker said the fault was fixed.",
     "Brevon Motors", "the U.S. automaker", "United States"),
])
def test_a_demonym_inside_a_description_only_describes_it(gaz, text, org, description, country):
    resolved = _resolved(text, gaz, {org: "organisation"})
    assert (description, org) in resolved
    assert all(name != country for _, name in resolved)  # the demonym is no actor of its own


def test_a_demonym_acting_on_its_own_stays_its_country(gaz):
    text = "Korvex Air cancelled twenty flights. Nigeria said the airport would reopen."
    assert ("Nigeria", "Nigeria") in _resolved(text, gaz, {"Korvex Air": "organisation"})


def test_the_chairman_is_the_person_titled_so(gaz):
    text = ("Profit rose 12 per cent, chairman Ada Okafor announced on Monday. Analyst Tomas Lind "
            "expected less. The chairman also said a new branch would open in June.")
    resolved = _resolved(text, gaz, {"Ada Okafor": "person", "Tomas Lind": "person"})
    assert ("The chairman", "Ada Okafor") in resolved


def test_the_tribunal_is_the_tribunal_named_before(gaz):
    text = ("The Varno War Crimes Tribunal jailed Pel Moro on Monday, the Varno Bar Council said. "
            "The special tribunal had heard the case for two years.")
    resolved = _resolved(text, gaz, {"Varno War Crimes Tribunal": "organisation",
                                     "Varno Bar Council": "organisation", "Pel Moro": "person"})
    assert ("The special tribunal", "Varno War Crimes Tribunal") in resolved


def test_a_demonym_rules_out_an_organisation_of_another_country(gaz):
    text = ("Orbita flew two astronauts and one of the Japan Orbital Agency on Sunday. "
            "The launch had been planned for Saturday, the U.S. space agency said.")
    resolved = _resolved(text, gaz, {"Orbita": "organisation", "Japan Orbital Agency": "organisation"})
    assert ("the U.S. space agency", "Orbita") in resolved


def test_an_election_body_is_the_commission_named_before(gaz):
    text = ("The Varno Election Commission counted the votes on Monday, the Varno Times said. "
            "The election body released the results on Friday.")
    resolved = _resolved(text, gaz, {"Varno Election Commission": "organisation", "Varno Times": "organisation"})
    assert ("The election body", "Varno Election Commission") in resolved
