"""Bodies named by a place and common nouns ("the Kerala health department") are organisations."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.ner import model_available

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@needs_model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Earlier in the day, the Punjab government set up a control room in Ludhiana.", "Punjab government", "India"),
    ("Two patients are stable, the Karnataka health department said in a statement.",
     "Karnataka health department", "India"),
    ("The judge ordered that the money be returned to the Kano State government.", "Kano State government", "Nigeria"),
    ("The Nepal weather office said it expected the heavy rains to continue.", "Nepal weather office", "Nepal"),
])
def test_a_place_and_a_body_noun_name_an_organisation(gaz, text, name, country):
    found = {m.name: m for m in find_actors(text, gaz, model=True)}
    assert name in found
    assert (found[name].kind, found[name].country) == ("organisation", country)
    assert name in analyst_actors(list(found.values()), gaz)


@needs_model
@pytest.mark.parametrize(("text", "absent"), [
    ("The Nepal government said it would send aid.", "Nepal government"),  # stands for the country
    ("The Punjab government spokesman said the roads were shut.", "Punjab government"),  # a title
    ("Punjab government offices were closed on Monday.", "Punjab government"),  # no determiner
])
def test_no_body_where_the_words_do_not_name_one(gaz, text, absent):
    assert absent not in [m.name for m in find_actors(text, gaz, model=True)]


@needs_model
def test_a_place_with_its_region_word_is_a_place(gaz):
    text = "The court jailed a former Governor of Kano State, Musa Bello, for ten years."
    found = {m.name: m.kind for m in find_actors(text, gaz, model=True)}
    assert found.get("Kano State") == "place"  # the model calls it an organisation
    assert found.get("Musa Bello") == "person"
