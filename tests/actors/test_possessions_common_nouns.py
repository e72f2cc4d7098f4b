"""A person's possession is its owner, a team named by its leader is the team, a prize named "...
Award for ..." is no actor, a common noun opening a sentence is no name, and a name linked by
hyphens ("Tehreek-e-Insaf") is one name."""

from __future__ import annotations

import pytest

from tests.actors.conftest import open_names
from timeline.actors import find_actors
from timeline.actors.common_nouns import common_noun_starts
from timeline.actors.cues import extend_organisations
from timeline.actors.ner import Entity, model_available
from timeline.actors.non_agents import non_agents
from timeline.actors.possessions import owners_of_possessions
from timeline.actors.teams import contest_teams

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


def _names(text, gaz):
    return {m.name for m in find_actors(text, gaz, model=True) if m.kind in ("person", "organisation")}


@pytest.mark.parametrize(("text", "span", "label", "owner"), [
    ("Tova Rinn's Harbour Lights won the prize. It was directed by Tova Rinn.", (0, 26), "ORG", "Tova Rinn"),
    ("The rights to Marek van Dolt's Ember were sold.", (14, 36), "PERSON", "Marek van Dolt"),
])
def test_a_persons_possession_is_cut_to_its_owner(gaz, text, span, label, owner):
    ents = [Entity(*span, label)] + ([Entity(text.rindex(owner), text.rindex(owner) + len(owner), "PERSON")]
                                     if text.count(owner) > 1 else [])
    out = owners_of_possessions(text, sorted(ents, key=lambda e: e.start), gaz)
    assert (text[out[0].start : out[0].end], out[0].label) == (owner, "PERSON")


@pytest.mark.parametrize(("text", "span"), [
    ("Ann Holt's Green Valley Party won ten seats.", (0, 29)),  # the possessive is the party's name
    ("The Women's Bar Association of Varno said so.", (4, 38)),  # an organisation head: stays whole
    ("Varno's Tessa won the prize.", (0, 13)),  # one word before the possessive: no person's name
    ("Sri Lanka's Tova Rinn Pathir finished fourth.", (0, 28)),  # a known actor's person: the person
])
def test_a_possessive_inside_an_organisations_name_stays(gaz, text, span):
    ents = [Entity(*span, "PERSON" if text.startswith("Sri") else "ORG")]
    assert owners_of_possessions(text, ents, gaz) == ents


def test_a_team_named_by_its_leader_is_the_team(gaz):
    text = "Jon Brand's Green Conservatives defeated Mary Holt's Liberals on Thursday."
    teams = [text[e.start : e.end] for e in contest_teams(text, gaz)]
    assert teams == ["Green Conservatives", "Liberals"]


@pytest.mark.parametrize(("text", "name"), [
    ("Her film took the Kestrel Golden Award for Best Film on Friday.", "Kestrel Golden Award for Best Film"),
    ("The Prize for Coastal Writing went to a debut novel.", "Prize for Coastal Writing"),
    ("The Focus Competition was won by a Serbian film.", "Focus Competition"),
])
def test_prizes_and_competitions_are_no_actors(gaz, text, name):
    assert non_agents(text, open_names(text, name), gaz) == []


def test_a_body_named_for_a_cause_stays_an_actor(gaz):
    text = "The Centre for Coastal Studies said on Monday that the dunes were shrinking."
    name = "Centre for Coastal Studies"
    assert [m.name for m in non_agents(text, open_names(text, name), gaz)] == [name]


@needs_model
@pytest.mark.parametrize(("text", "word"), [
    ("Voters chose a new assembly on Sunday. Turnout was 43 percent, the registrar said.", "Turnout"),
    ("A bus fell into a river on Monday. Rescuers pulled ten bodies from the water.", "Rescuers"),
])
def test_a_common_noun_opening_a_sentence_is_no_name(gaz, text, word):
    assert common_noun_starts(text, open_names(text, word, "person"), gaz.rules) == {word}


@needs_model
@pytest.mark.parametrize(("text", "word"), [
    ("A ferry sank on Monday. Nurlanta, 34, said she saw it go down.", "Nurlanta"),  # a proper noun
    ("Shares fell on Monday. Tessaro said sales fell. Tessaro cut jobs.", "Tessaro"),  # written twice
    ("Shares fell on Monday, and Turnout said so.", "Turnout"),  # no sentence start
])
def test_names_opening_a_sentence_stay(gaz, text, word):
    assert common_noun_starts(text, open_names(text, word, "person"), gaz.rules) == set()


@needs_model
def test_the_pipeline_drops_a_sentence_opening_common_noun(gaz):
    text = "Voters in Varno chose a new assembly on Sunday. Turnout was 43 percent, Elections Varno said."
    assert "Turnout" not in _names(text, gaz)


@pytest.mark.parametrize(("text", "span", "label", "name"), [
    ("Supporters of Varno Tehreek-e-Insaf (VTI) marched.", (14, 27), "ORG", "Varno Tehreek-e-Insaf"),
    ("Police arrested members of Harkat-ul-Tessar on Monday.", (27, 33), "ORG", "Harkat-ul-Tessar"),
    ("The cleric Abdul Rahman-al-Kindi spoke.", (11, 23), "PERSON", "Abdul Rahman-al-Kindi"),
])
def test_a_name_linked_by_hyphens_is_one_name(gaz, text, span, label, name):
    out = extend_organisations(text, [Entity(*span, label)], gaz.rules)
    assert [text[e.start : e.end] for e in out] == [name]


def test_a_hyphen_before_a_lower_case_word_ends_the_name(gaz):
    text = "The Varno Party-e-mail list leaked."
    out = extend_organisations(text, [Entity(4, 15, "ORG")], gaz.rules)
    assert [text[e.start : e.end] for e in out] == ["Varno Party"]
