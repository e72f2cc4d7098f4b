"""Names that are no agent (laws, prizes, products, sites, outlets) and sports teams."""

from __future__ import annotations

import pytest

from tests.actors.conftest import open_names
from timeline.actors import analyst_actors, find_actors
from timeline.actors.ner import Entity, _lines, model_available
from timeline.actors.non_agents import head_word, non_agents
from timeline.actors.teams import TEAM, contest_teams, with_teams

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


@pytest.mark.parametrize(("text", "name"), [
    ("The president signed the Water Resources (Amendment) Act into law.", "Water Resources (Amendment) Act"),
    ("Parliament passed the Forest Bill on Monday.", "Forest Bill"),
    ("He was convicted under the Public Order Ordinance in May.", "Public Order Ordinance"),
    ("Pupils sat the Lagos Certificate of Secondary Education last year.", "Lagos Certificate of Secondary Education"),
    ("The club won the Harbour Cup for the third time.", "Harbour Cup"),
    ("She took the Varno Trophy home.", "Varno Trophy"),
    ("The judge administered the Oath of Office to him.", "Oath of Office"),
    ("The agency flew the Heavy Lift Vehicle for the first time.", "Heavy Lift Vehicle"),
    ("The maiden flight of the Velar Mk II went well.", "Velar Mk II"),
    ("He signed the Traffic (Amendment) Bill. The Traffic (Amendment", "Traffic (Amendment"),
    ("Tropical Cyclone Marla hit the coast on Sunday.", "Tropical Cyclone Marla"),
    ("Troops faced each other across the Line of Actual Border.", "Line of Actual Border"),
    ("Crowds marked National Unity Day in the capital.", "National Unity Day"),
    ("Veterans laid wreaths on Kargil Vijay Diwas in Bengaluru.", "Kargil Vijay Diwas"),
    ("The phone has a new Infinity Screen Display.", "Infinity Screen Display"),
    ("The win earns the club a place in the Asian Champions League.", "Asian Champions League"),
    ("The cup is contested by the top teams of the Varno Super League.", "Varno Super League"),
])
def test_names_of_laws_prizes_and_products_are_no_actors(gaz, text, name):
    assert non_agents(text, open_names(text, name), gaz) == []


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The rocket lifted off from the Delmar Space Centre at noon.", "Delmar Space Centre", "organisation"),
    ("Survivors crowded Kessel Sis Airport on Monday.", "Kessel Sis Airport", "person"),
    ("He was driven to Odiala prison, officials said.", "Odiala", "person"),
    ("The bill was signed at Crown House on Friday.", "Crown House", "organisation"),
    ("Flooding hit Palu, Central Marovia, on Monday.", "Central Marovia", "person"),
    ("Flooding hit Palu, Central Marovia, on Monday.", "Marovia", "person"),
    ("Thousands live in the border district of Kaya's Port.", "Kaya's Port", "organisation"),
    ("The rocket was launched in Varikota. It flew from Varikota at dawn.", "Varikota", "person"),
    # exchanges, forts and grounds a story names are where something happened
    ("Its shares rose 4 percent on the Varno Stock Exchange on Monday.", "Varno Stock Exchange", "organisation"),
    ("He was held at Kessel Fort for two years.", "Kessel Fort", "person"),
    ("The minister opened the fair at Talvo Maidan on Friday.", "Talvo Maidan", "person"),
    # every name of a list before a plural place noun; "in" where another mention is a place
    ("Two died in the Varno district. Raids hit the Tessa, Varno and Kell districts.", "Varno", "person"),
    ("Troops entered the Zorka valley. The curfew in Zorka was lifted.", "Zorka", "organisation"),
    ("The Talvo volcano spewed ash on Sunday.", "Talvo", "organisation"),
    ("The prize was handed out on the outskirts of Varikota.", "Varikota", "organisation"),
    # a local unit or landform after the name, an apposition headed by a place noun
    ("The patients came from Tessa parish in the east.", "Tessa", "organisation"),
    ("The minister lost his Varno seat on Sunday.", "Varno", "person"),
    ("Veterans walked the beaches and bluffs of Kelmar at dawn.", "Kelmar", "organisation"),
    ("Power failed across the Ostrel, a hilly region of farms and forests.", "Ostrel", "organisation"),
    ("Voting was peaceful in the Northern Varno Local Government Area.", "Northern Varno Local Government Area",
     "organisation"),
    # the speaker of "the spokesman in Zorka told ..." is the spokesman, not Zorka
    ("Troops entered the Zorka valley. A spokesman in Zorka told reporters it was calm.", "Zorka", "organisation"),
])
def test_sites_and_places_become_places(gaz, text, name, kind):
    found = non_agents(text, open_names(text, name, kind), gaz)
    assert found and {m.kind for m in found} == {"place"}


@pytest.mark.parametrize(("text", "name"), [
    ("The Delmar Space Centre said the launch was on time.", "Delmar Space Centre"),
    ("Marlow General Hospital said the patient was stable.", "Marlow General Hospital"),
    ("The Varno Stock Exchange said trading would resume on Monday.", "Varno Stock Exchange"),
    ("Staff at the Pellam Research Laboratory celebrated.", "Pellam Research Laboratory"),
    ("Talvo said it would hire 500 people in Ohio.", "Talvo"),
    ("Talvo will build a plant in the Kell district. Analysts in Talvo's home market cheered.", "Talvo"),
    ("Talvo opened a plant near the Kell valley. Its staff in Talvo said little.", "Talvo"),
    ("Analysts at Talvo said the plant was late.", "Talvo"),
    ("Orders rose for Talvo, the state oil company, on Monday.", "Talvo"),
    ("Orders rose for Talvo, a firm of the region, on Monday.", "Talvo"),
    ("Investors bought a stake in Talvo last year.", "Talvo"),
    ("Parliament praised the National Conference and the Union.", "National Conference"),
    ("Leaders of the Varno League said the vote was rigged.", "Varno League"),
    ("The River Warning Centre (RWC) said the water had fallen.", "River Warning Centre"),
    ("A judge of the High Court of the Capital Territory sitting in Gudu ruled.",
     "High Court of the Capital Territory"),
])
def test_actors_stay_actors(gaz, text, name):
    mentions = open_names(text, name)
    assert non_agents(text, mentions, gaz) == mentions


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The minister was jailed, the newspaper Zorka reported.", "Zorka", "person"),
    ("Few pupils joined, the local newspaper Morning Lamp explained.", "Morning Lamp", "organisation"),
    ("The trial opens soon, the official KNS news agency said.", "KNS", "organisation"),
    ("The president said on Chirper that the country mourned.", "Chirper", "person"),
    ("Few pupils joined, the Daily Lamp reported.", "Daily Lamp", "organisation"),
    ("Twelve patients were infected, according to the Varno Gazette.", "Varno Gazette", "organisation"),
    ("The toll rose to 40, Zorkanews.com reported on Monday.", "Zorkanews.com", "organisation"),
    ("By KNS\n\nThe vote is due, KNS said. KNS reported more.", "KNS", "organisation"),
])
def test_media_and_channels_are_outlets(gaz, text, name, kind):
    found = non_agents(text, open_names(text, name, kind), gaz)
    assert found and {m.kind for m in found} == {"outlet"}


def test_head_word_is_the_word_before_of_or_the_last():
    assert head_word("Oath of Allegiance", ("of",)) == "Oath"
    assert head_word("Harbour Cup", ("of",)) == "Cup"
    assert head_word("Bank of England", ("of",)) == "Bank"


def test_an_entity_never_runs_across_lines():
    text = "Harbour Cup\n\nRiver Kings won\n"
    assert [text[e.start : e.end] for e in _lines(text, 0, 24, "EVENT")] == ["Harbour Cup", "River Kings"]
    assert _lines(text, 0, 11, "ORG") == [Entity(0, 11, "ORG")]


@pytest.mark.parametrize(("text", "teams"), [
    ("Harlow beat Dunmore 2-1 on Sunday.", ["Harlow", "Dunmore"]),
    ("Rovers won a 1-0 victory over Caddick in the final.", ["Caddick"]),
    ("The club stunned Leeds to win the cup.", ["Leeds"]),
    ("McNulty cut through the Tranmere defense.", ["Tranmere"]),
    ("They had beaten Dunmore in the final on Saturday.", ["Dunmore"]),
    ("They ended a long wait for the title by beating Caddick.", ["Caddick"]),
    ("Weeks earlier the club had knocked out Harlow, the holders.", ["Harlow"]),
    ("Goa won the final by beating East Dunmore FC on penalties.", ["East Dunmore FC"]),
])
def test_contest_cues_find_teams(gaz, text, teams):
    assert [text[e.start : e.end] for e in contest_teams(text, gaz)] == teams


def test_teams_never_take_a_person():
    text = "Federer beat Nadal in Paris."
    ents = [Entity(0, 7, "PERSON"), Entity(13, 18, "PERSON"), Entity(22, 27, "GPE")]
    assert with_teams(text, ents, contest_teams(text, _gaz())) == ents


def test_teams_take_every_place_entity_of_their_name():
    text = "Salford beat Portsmouth. Fans in Salford cheered."
    ents = [Entity(0, 7, "GPE"), Entity(13, 23, "GPE"), Entity(33, 40, "GPE")]
    out = with_teams(text, ents, contest_teams(text, _gaz()))
    labelled = [(text[e.start : e.end], e.label) for e in out]
    assert labelled == [("Salford", TEAM), ("Portsmouth", TEAM), ("Salford", TEAM)]


def _gaz():
    from timeline.actors import load_gazetteer

    return load_gazetteer()


@needs_model
@pytest.mark.parametrize(("text", "actors", "not_actors"), [
    ("Salford beat Portsmouth on penalties to lift the trophy on Saturday.", {"Salford", "Portsmouth"}, set()),
    ("The president signed the Road Safety (Amendment) Act at State House on Friday, the Daily Nation reported.",
     set(), {"Road Safety (Amendment) Act", "State House", "Daily Nation", "Road Safety (Amendment"}),
])
def test_find_actors_kinds_of_names(gaz, text, actors, not_actors):
    found = set(analyst_actors(find_actors(text, gaz, model=True), gaz))
    assert actors <= found and not found & not_actors


@pytest.mark.parametrize(("text", "name"), [
    ("The Cup went north. Fans queued for the Cup parade.", "Cup"),
    ("Having won, the team left. They left having won.", "Having"),
    ("The rent fell. Rent rose again later in the year.", "Rent"),
])
def test_a_head_alone_or_a_word_written_in_lower_case_is_no_name(gaz, text, name):
    assert non_agents(text, open_names(text, name), gaz) == []


def test_a_writer_in_a_byline_is_a_credit(gaz):
    text = "Ade Bello, Abuja\n\nA judge jailed the governor on Tuesday."
    found = non_agents(text, open_names(text, "Ade Bello", "person"), gaz)
    assert [m.kind for m in found] == ["outlet"]


@pytest.mark.parametrize(("text", "name"), [
    ("Lily Sun won the final on Sunday.", "Lily Sun"),
])
def test_a_person_whose_name_ends_in_a_media_word_stays_a_person(gaz, text, name):
    mentions = open_names(text, name, "person")
    assert non_agents(text, mentions, gaz) == mentions


def test_a_company_whose_web_address_is_in_lower_case_stays(gaz):
    text = "Kelvo bought the start-up last year. We have no position in kelvo.com, inc."
    assert [m.name for m in non_agents(text, open_names(text, "Kelvo"), gaz)] == ["Kelvo"]
