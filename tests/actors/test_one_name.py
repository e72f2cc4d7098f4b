"""One name per entity: legal forms, initials, given names the model left out, full names
around another person's surname."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.names import given_start, lower_words
from timeline.actors.ner import model_available

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ("The chairman A K Ravi Shankar spoke.", 15, 29, "A K Ravi Shankar"),
    ("The winner, Tomas Kerrigan, was happy. Later Kerrigan ran.", 12, 26, "Tomas Kerrigan"),
    ("NAIROBI - Wanjiru Kamau of Kenya won. Kamau said so.", 18, 23, "Wanjiru Kamau"),
])
def test_given_start_takes_initials_and_given_names(text, start, end, name):
    assert text[given_start(text, start, end, frozenset({"The"}), set(), lower_words(text)) : end] == name


@pytest.mark.parametrize(("text", "start", "end"), [
    ("A SpaceX rocket flew.", 2, 8),  # the article "A", not an initial
    ("The Lightning Bolt strikes again.", 14, 18),  # after a determiner
    ("Then Kamau won. He ran then.", 5, 10),  # a word the article writes in lower case
])
def test_given_start_leaves_other_words(text, start, end):
    assert given_start(text, start, end, frozenset({"The"}), set(), lower_words(text)) == start


@needs_model
@pytest.mark.parametrize(("text", "names", "not_names"), [
    ("India's largest paper maker, Rangold Ltd., said on Friday that profit rose. Rangold's shares jumped.",
     {"Rangold Ltd."}, {"Rangold"}),
    ("The agency's chairman A K Ravi Shankar said the launch went well.", {"A K Ravi Shankar"}, {"K Ravi Shankar"}),
    ("Former Governor Paul Varnell was convicted. Varnell wept. His wife, Ellen, was also convicted. "
     "Ellen Varnell, who faces eight counts, will be sentenced later.",
     {"Paul Varnell", "Ellen Varnell"}, {"Ellen"}),
])
def test_find_actors_one_name_per_entity(gaz, text, names, not_names):
    found = set(analyst_actors(find_actors(text, gaz, model=True), gaz))
    assert names <= found and not found & not_names
