"""Person names cut inside by the model or the title rule (the seventh session's diagnosis: "Amy
St" for "Amy St. Eve", "Ramon R" for "Ramon R. del Rosario, Jr.", "Roelof van" for "Roelof van der
Merwe"): a name that ends on an initial, an abbreviation or a particle goes on to the next
capitalised word. Sentences are our own.
"""

from __future__ import annotations

import pytest

from timeline.actors import find_actors, ner
from timeline.actors.language import load_language
from timeline.actors.name_tails import continued_name


@pytest.mark.parametrize(("text", "cut", "whole"), [
    ("Judge Nora St. Claire adjourned the case.", "Nora St", "Nora St. Claire"),
    ("Director Peter K. van Dyke resigned on Friday.", "Peter K", "Peter K. van Dyke"),
    ("The bowler Pieter van der Berg took four wickets.", "Pieter van", "Pieter van der Berg"),
    ("Sheikh Khalid bin Saeed Al Qasimi opened the port.", "Khalid bin Saeed Al", "Khalid bin Saeed Al Qasimi"),
    ("Chairman Luis M. de la Cruz, Jr. signed the report.", "Luis M", "Luis M. de la Cruz, Jr."),
    ("Minister R.K. Tiwari took the oath.", "R", "R.K. Tiwari"),
    ("Chief Minister K.T. Rama Mohan Rao has chosen his team.", "K", "K.T. Rama Mohan Rao"),
])
def test_name_tails_a_cut_name_goes_on(text, cut, whole):
    start = text.index(cut)
    assert text[start:continued_name(text, start, start + len(cut), load_language())] == whole


@pytest.mark.parametrize(("text", "name"), [
    ("Judge Nora St. Claire adjourned the case.", "Nora St. Claire"),  # a whole name stays
    ("The plan was drafted by Maria Lopez. The vote is on Monday.", "Maria Lopez"),
    ("He handed the file to agent Sam B. The office was closed.", "Sam B"),  # no name after the stop
])
def test_name_tails_a_whole_name_stays(text, name):
    start = text.index(name)
    assert continued_name(text, start, start + len(name), load_language()) == start + len(name)


@pytest.mark.skipif(not ner.model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize(("text", "name"), [
    ("Judge Nora St. Claire adjourned the case until March.", "Nora St. Claire"),
    ("Chairman Luis M. de la Cruz, Jr. signed the annual report on Monday.", "Luis M. de la Cruz, Jr."),
])
def test_name_tails_people_keep_their_whole_names(gaz, text, name):
    assert name in {m.name for m in find_actors(text, gaz, model=True) if m.kind == "person"}
