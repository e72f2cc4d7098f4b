"""A title of several words with no name after it names no one ("The Additional Solicitor
General, appearing for ..."); a title before a name still finds the person."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.language import load_language
from timeline.actors.ner import model_available
from timeline.actors.spans import no_name

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("name", "expected"), [
    ("Additional Solicitor General", True),
    ("Leader of Opposition", True),
    ("Ceann Comhairle", True),
    ("Solicitor General Dara Quinn", False),  # a name after the title
    ("Kelvo Holdings", False),
])
def test_no_name_a_title_of_several_words_alone(name, expected):
    assert no_name(name, load_language()) is expected


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Additional Solicitor General, appearing for the tax office, asked the court to refuse bail.", []),
    ("The Leader of Opposition in the state council, Ravi Menon, demanded an inquiry.", ["Ravi Menon"]),
    ("Solicitor General Tomas Reyes told the bench the case was urgent.", ["Tomas Reyes"]),
])
def test_find_actors_a_title_alone_is_no_actor(text, expected):
    assert [m.name for m in find_actors(text, model=True) if m.kind != "place"] == expected
