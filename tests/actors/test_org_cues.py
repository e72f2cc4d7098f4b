"""Organisations named by the words around them, where the model misses the name."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.ner import model_available
from timeline.actors.org_cues import cued_organisations

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "name"), [
    ("The chemicals group Vortal said profits fell.", "Vortal"),
    ("Investors sued Quenby founder Maria Ortiz on Monday.", "Quenby"),
    ("Zentrix CEO Paul Ames resigned.", "Zentrix"),
    ("Brevo's chief executive said the deal was done.", "Brevo"),
    ("Holders of Kallist's shares voted for the merger.", "Kallist"),
    ("KUALA LUMPUR -- SkyVenta, Southeast Asia's biggest budget carrier, said its profit fell.", "SkyVenta"),
    ("Orvalis, the country's largest lender, cut rates.", "Orvalis"),
])
def test_cued_organisations_finds_names_by_their_cues(gaz, text, name):
    assert name in [text[e.start : e.end] for e in cued_organisations(text, gaz)]
    assert all(e.label == "ORG" for e in cued_organisations(text, gaz))


@pytest.mark.parametrize("text", [
    "The company said profits fell.",
    "He met the founder of the firm on Monday.",
    "The Chairman said nothing.",
    "Sales of the group rose. Its founder Maria Ortiz spoke.",
    "In Lagos, the country's largest city, roads flooded.",
])
def test_cued_organisations_needs_a_name(gaz, text):
    assert cued_organisations(text, gaz) == []


@needs_model
def test_find_actors_an_organisation_the_model_calls_a_product(gaz):
    text = "The drug giant AbbVie agreed on Friday to buy Shire. AbbVie's chief executive said so."
    found = find_actors(text, gaz, model=True)
    assert "AbbVie" in analyst_actors(found, gaz)
    assert {m.kind for m in found if m.name == "AbbVie"} == {"organisation"}


@pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize(("text", "name"), [
    ("Roads were cleared by the Department of Public Roads and Highways on Monday.",
     "Department of Public Roads and Highways"),
    ("The Meteorological, Climatological and Geophysical Agency said rain would ease.",
     "Meteorological, Climatological and Geophysical Agency"),
    ("A judge of the High Court of the Federal Capital Territory sitting in Gudu jailed him.",
     "High Court of the Federal Capital Territory"),
    ("The patient is being treated at Mercy Heart Hospital Dallas, the first case.",
     "Mercy Heart Hospital Dallas"),
    ("The flood may ease, the Flood Forecasting and Warning Centre (FFWC) said on Tuesday.",
     "Flood Forecasting and Warning Centre"),
    ("Professor AKM Tofail Ahmed of Dhaka University's Institute of Water and Flood Management warned, "
     "however, that rain would return.", "AKM Tofail Ahmed"),
])
def test_find_actors_a_name_the_model_cuts_short_is_whole(gaz, text, name):
    assert name in [m.name for m in find_actors(text, gaz, model=True)]


@pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize(("text", "names"), [
    ("Two satellites were built by IIT Bombay and PES University in Bengaluru.", ["IIT Bombay", "PES University"]),
    ("Professor Ama Mensah of Legon's Institute of Coastal Studies warned of floods.", ["Ama Mensah"]),
])
def test_find_actors_a_cue_span_does_not_join_two_names(gaz, text, names):
    found = [m.name for m in find_actors(text, gaz, model=True) if m.kind != "place"]
    assert found[: len(names)] == names


@pytest.mark.parametrize(("text", "name"), [
    ("Korvan Holdings Plc, which owns Korvan Bank, said its profit tripled.", "Korvan Holdings Plc"),
    ("Shares of Talvex Inc. rose 4 percent on Monday.", "Talvex Inc."),
    ("The hosts won the cup, beating East Varno FC 6-5 in a shootout.", "East Varno FC"),
])
def test_cue_organisations_names_ending_in_a_legal_form_or_club_word(gaz, text, name):
    from timeline.actors.cues import cue_organisations

    assert name in [text[e.start : e.end] for e in cue_organisations(text, gaz)]
