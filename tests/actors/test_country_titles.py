"""People named after a title of a country ("Chief Justice of India K.M. Desai")."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.country_titles import country_titled_people
from timeline.actors.gazetteer import key_text
from timeline.actors.ner import model_available
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


def _country(text: str, name: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, "country:" + name.lower(), name, "country", name)


@pytest.mark.parametrize(("text", "country", "names"), [
    ("A bench of Chief Justice of India K.M. Desai and Justice P. Rao heard the plea.", "India", ["K.M. Desai"]),
    ("High Commissioner to Kenya Jane Roe laid a wreath on Monday.", "Kenya", ["Jane Roe"]),
    ("The Ambassador to Peru Mark Ellis Grant left.", "Peru", ["Mark Ellis Grant"]),
    ("The chairman of the Kenya Ports Authority, Ann Roe, spoke.", "Kenya", []),  # a body's name
    ("The Minister of Kenya Ports Authority Affairs spoke.", "Kenya", []),
    ("The Ambassador to Kenya said on Monday that talks would resume.", "Kenya", []),  # no name after it
    ("Ambassador to Kenya Roe left.", "Kenya", []),  # one word alone is too weak
])
def test_country_titles_names_after_a_title_of_a_country(gaz, text, country, names):
    found = country_titled_people(text, key_text(text), [_country(text, country)], gaz)
    assert [m.name for m in found] == names
    assert all(m.kind == "person" for m in found)


def test_country_titles_need_a_country_the_gazetteer_found(gaz):
    text = "Chief Justice of India K.M. Desai heard the plea."
    assert country_titled_people(text, key_text(text), [], gaz) == []


@needs_model
@pytest.mark.parametrize(("text", "person", "not_a_name"), [
    ("British High Commissioner to Kenya Jane Roe laid a wreath at the memorial on Monday.",
     "Jane Roe", "Kenya Jane Roe"),
    ("A bench of Chief Justice of India K.M. Desai and Justice P.S. Rao granted him bail on Friday.",
     "K.M. Desai", "India K.M. Desai"),
])
def test_country_titles_find_actors(gaz, text, person, not_a_name):
    names = {m.name: m.kind for m in find_actors(text, gaz, model=True)}
    assert names.get(person) == "person"
    assert not_a_name not in names
