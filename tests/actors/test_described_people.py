"""People named right after a noun that describes a person ("Reigning champion Jane Roe")."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.described_people import described_people
from timeline.actors.ner import model_available
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "names"), [
    ("Reigning world champion Tomas Verhoeven won again on Sunday.", ["Tomas Verhoeven"]),
    ("The veteran sprinter Ama Boateng Mensah ran 10.9 seconds.", ["Ama Boateng Mensah"]),
    ("Spaniard Pablo Ruiz took the title.", ["Pablo Ruiz"]),
    ("The champion Ruiz took the title.", []),  # one word: too weak
    ("The champion Pablo Ruiz Garcia Lopez took the title.", []),  # runs on past three words
    ("The champion President Ruiz spoke.", []),  # a title is no given name
    ("The star ANNA LEE sang.", []),  # words in capitals
])
def test_described_people_names_after_a_person_noun(gaz, text, names):
    assert [m.name for m in described_people(text, [], gaz)] == names


def test_described_people_leave_a_found_mention_alone(gaz):
    text = "Reigning world champion Tomas Verhoeven won again."
    found = ActorMention(24, 39, "Tomas Verhoeven", "person:x", "Tomas Verhoeven", "person", "")
    assert described_people(text, [found], gaz) == []


@needs_model
def test_described_people_find_actors(gaz):
    text = "Reigning world champion Aroon Kumar Sethi won India a gold medal in the men's shot put on Wednesday."
    kinds = {m.kind for m in find_actors(text, gaz, model=True) if m.name == "Aroon Kumar Sethi"}
    assert kinds == {"person"}  # the model alone calls him an organisation
