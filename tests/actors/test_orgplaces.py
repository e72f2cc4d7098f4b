"""Organisations that share a place's name: the place table does not make them places."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.ner import model_available
from timeline.actors.orgplaces import cued_names, named_organisation

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "names"), [
    ("Halden CEO Ingrid Moe quit. Investors sold Halden in May.", {"Halden"}),
    ("Summit's shareholders backed the merger on Friday.", {"Summit"}),
    ("Voters in Halden backed the mayor.", set()),
])
def test_orgplaces_cued_names(gaz, text, names):
    assert cued_names(text, gaz) == names


@pytest.mark.parametrize(("name", "organisation"), [
    ("University of Texas", True),  # the head word is an organisation head
    ("Halden", False),  # one word, not cued
    ("Texas", False),
])
def test_orgplaces_named_organisation(gaz, name, organisation):
    assert named_organisation(name, frozenset(), gaz.rules) is organisation


@needs_model
@pytest.mark.parametrize(("text", "name"), [
    ("Researchers at the University of Texas said on Monday they had found the gene.", "University of Texas"),
    ("Espoo said on Tuesday it would cut 300 jobs. Espoo's shares fell 4 percent.", "Espoo"),
])
def test_orgplaces_find_actors_an_organisation_with_a_town_name(gaz, text, name):
    kinds = {m.kind for m in find_actors(text, gaz, model=True) if m.name == name}
    assert kinds == {"organisation"}
