"""Countries named only as a place, an origin, an owner or a descriptor are not actors."""

from __future__ import annotations

import pytest

from timeline.actors import analyst_actors, find_actors
from timeline.actors.country_uses import country_uses
from timeline.actors.ner import model_available
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


def _countries(text: str, gaz) -> list[ActorMention]:
    return [m for m in find_actors(text, gaz) if m.kind == "country"]


@pytest.mark.parametrize(("text", "place"), [
    ("Most of the trucks were assembled in the United States.", "United States"),
    ("The nurse flew in from Mexico on Sunday.", "Mexico"),
    ("The storm moved on across the sea toward Vietnam.", "Vietnam"),
    ("Exports rose through Kenya and Uganda last year.", "Uganda"),
    # a part or a place of the country
    ("The storm crossed the coastal districts of Ghana on Monday.", "Ghana"),
    ("The tanker sank off the coast of Senegal.", "Senegal"),
    ("Floods cut roads in parts of Niger and Chad.", "Chad"),
    # issue 11: a region of the country, with or without a preposition; where something moves
    ("The quake jolted southern Ghana on Monday.", "Ghana"),
    ("Crews held the fires burning across south-eastern Chile.", "Chile"),
    ("The tremor shook the coast and northern Gabon at noon.", "Gabon"),
    ("The tour moves to Hungary next weekend.", "Hungary"),
    ("The parcels were on their way to Malta when agents seized them.", "Malta"),
])
def test_country_uses_a_country_only_named_as_a_place_is_a_place(gaz, text, place):
    out = country_uses(text, _countries(text, gaz), gaz)
    assert place in {m.country for m in out if m.kind == "place"}
    assert not [m for m in out if m.kind == "country"]


def test_country_uses_a_country_that_acts_elsewhere_keeps_its_venue(gaz):
    text = "Indian jets struck camps in Pakistan. Pakistan said nine people died."
    out = country_uses(text, _countries(text, gaz), gaz)
    assert [m.name for m in out if m.kind == "country"].count("Pakistan") == 2


@pytest.mark.parametrize(("text", "place"), [
    # issue 11: a headline names the story's place; only a use in the body overrules a venue
    ("Malawi floods: dozens missing\n\nHeavy rain battered villages in Malawi on Sunday.", "Malawi"),
    ("Norway's new rover heads for the Moon\n\nThe rover will be flown to Norway for tests.", "Norway"),
    ("Chile evacuates towns as volcano spews ash\n\nA volcano in Chile erupted on Monday.", "Chile"),
])
def test_country_uses_a_country_acting_only_in_the_headline_keeps_its_place(gaz, text, place):
    out = country_uses(text, _countries(text, gaz), gaz)
    assert [m.country for m in out if m.start > text.index("\n\n") and m.kind == "place"] == [place]


def test_country_uses_a_country_acting_in_the_body_keeps_its_venue_after_a_headline(gaz):
    text = "Malawi floods\n\nHeavy rain battered villages in Malawi. Malawi asked for aid."
    out = country_uses(text, _countries(text, gaz), gaz)
    assert [m.name for m in out if m.kind == "country" and m.start > 15] == ["Malawi", "Malawi"]


@pytest.mark.parametrize(("text", "gone"), [
    ("The race went to Amara Duvik of the Netherlands, who won in 2:14.", "Netherlands"),
    ("Okafor, a native of the Philippines, was elected in 2010.", "Philippines"),
    ("Brazil's largest meat company reported a loss on Friday.", "Brazil"),
    ("Japan's space agency recovered the probe on Sunday.", "Japan"),
    ("Among them were an American and two Danes.", "United States"),
    # what a country owns without acting: its economy, people, opposition, presidency
    ("Norway's economy grew 2 percent last year.", "Norway"),
    ("Bolivia's 12 million people voted on Sunday.", "Bolivia"),
    ("Ana Ruiz took over Peru's presidency on Monday.", "Peru"),
])
def test_country_uses_origins_owners_and_people_are_not_the_country(gaz, text, gone):
    people = [m for m in find_actors(text, gaz, model=model_available()) if m.kind != "place"]
    out = country_uses(text, people, gaz)
    assert gone not in [m.name for m in out if m.kind == "country"]


def test_country_uses_a_person_of_a_country_gets_it(gaz):
    text = "Gold went to Amara Duvik of the Netherlands."
    person = ActorMention(13, 24, "Amara Duvik", "person:amara-duvik", "Amara Duvik", "person")
    out = country_uses(text, sorted([person, *_countries(text, gaz)], key=lambda m: m.start), gaz)
    assert [(m.name, m.country) for m in out] == [("Amara Duvik", "Netherlands")]


@pytest.mark.parametrize("text", [
    "Russia said on Monday it had expelled two diplomats.",
    "Talks in Geneva between Iran and the United States ended.",
    "South Korea's Ministry of Defence said the launch was a provocation.",
    "Chile's navy seized a fishing boat on Friday.",
])
def test_country_uses_keeps_countries_that_act(gaz, text):
    before = _countries(text, gaz)
    assert before and country_uses(text, before, gaz) == before


@needs_model
def test_country_uses_an_owner_of_an_unknown_organisation_is_its_affiliation(gaz):
    text = "Ghana's Coastal Lions beat Tanzania 2-0 on Sunday."  # an invented team
    found = find_actors(text, gaz, model=True)
    assert "Ghana" not in analyst_actors(found, gaz)
    assert "Tanzania" in analyst_actors(found, gaz)
    assert ("Coastal Lions", "Ghana") in [(m.name, m.country) for m in found]


def test_country_uses_a_capital_in_a_dateline_is_a_place(gaz):
    text = "Nairobi - A court in Nairobi ruled on Tuesday that the election stands."
    out = country_uses(text, _countries(text, gaz), gaz)
    assert out and {m.kind for m in out} == {"place"}


@pytest.mark.parametrize("text", [
    "The rocket lifted off from a pad in Texas, the United States, on Sunday.",
    "OSLO, May 3 (NTB) -- Fishermen in Bergen protested on Friday.",
])
def test_country_uses_apposed_and_dateline_countries_are_places(gaz, text):
    mentions = sorted(find_actors(text, gaz, model=model_available()), key=lambda m: m.start)
    out = country_uses(text, mentions, gaz)
    assert not [m for m in out if m.kind == "country"]


def test_country_uses_an_owner_only_country_does_not_keep_its_venues(gaz):
    text = "Japan's space agency found the capsule. The team cheered in Tokyo."
    out = country_uses(text, sorted(find_actors(text, gaz), key=lambda m: m.start), gaz)
    assert not [m for m in out if m.kind == "country"]


@pytest.mark.parametrize(("text", "person"), [
    ("Ana Ruiz won in 2:03. The Peruvian's time was a record.", "Ana Ruiz"),
    ("Ana Ruiz won. Only the second Peruvian, Rosa Tello, finished.", "Rosa Tello"),
])
def test_demonym_uses_a_demonym_naming_a_person_is_no_country(gaz, text, person):
    from timeline.actors.descriptions import demonym_uses

    people = [ActorMention(text.index(n), text.index(n) + len(n), n, f"person:{n}", n, "person")
              for n in ("Ana Ruiz", "Rosa Tello") if n in text]
    out = demonym_uses(text, sorted(people + _countries(text, gaz), key=lambda m: m.start), gaz)
    assert "Peru" not in [m.name for m in out]
    assert person in [m.name for m in out]


@pytest.mark.parametrize(("text", "gone"), [
    ("Bronze went to Mark Tello of the USA in 9.80.", "United States"),
    ("The deal cuts the United States company's tax bill.", "United States"),
])
def test_country_uses_codes_and_country_names_as_descriptors(gaz, text, gone):
    people = [ActorMention(text.index("Mark Tello"), text.index("Mark Tello") + 10, "Mark Tello",
                           "person:mark-tello", "Mark Tello", "person")] if "Tello" in text else []
    out = country_uses(text, sorted(people + _countries(text, gaz), key=lambda m: m.start), gaz)
    assert gone not in [m.name for m in out if m.kind == "country"]


def test_country_uses_a_currency_is_no_country(gaz):
    text = "The phone costs 800,000 won (US$740) in Seoul."
    out = country_uses(text, sorted(find_actors(text, gaz), key=lambda m: m.start), gaz)
    assert "United States" not in [m.name for m in out if m.kind == "country"]


def test_country_uses_a_country_coordinated_with_a_place_is_a_place(gaz):
    text = "Militants advanced in Vandria and Iraq last year."
    vandria = ActorMention(22, 29, "Vandria", "place:vandria", "Vandria", "place", "")
    out = country_uses(text, sorted([vandria, *_countries(text, gaz)], key=lambda m: m.start), gaz)
    assert "Iraq" in [m.country for m in out if m.kind == "place"]
    assert not [m for m in out if m.kind == "country"]


@pytest.mark.parametrize(("text", "place"), [
    ("Floods killed twelve people in southern Vietnam on Monday.", "Vietnam"),
    ("Thousands fled fighting in neighbouring Laos last year.", "Laos"),
    ("Talks will follow in the capital, Astana, next month.", "Kazakhstan"),
    ("Aid reached towns in war-torn Yemen by Friday.", "Yemen"),
])
def test_country_uses_adjectives_and_capitals_keep_a_place(gaz, text, place):
    out = country_uses(text, _countries(text, gaz), gaz)
    assert place in {m.country for m in out if m.kind == "place"}
    assert place not in {m.name for m in out if m.kind == "country"}


@pytest.mark.parametrize(("text", "gone"), [
    ("Chile's president, Ana Torres, visited the area on Monday.", "Chile"),
    ("The toll rose, said Ravi Das, a senior Nepal government official.", "Nepal"),
])
def test_country_uses_a_country_describing_a_person_is_no_actor(gaz, text, gone):
    assert gone not in {m.name for m in country_uses(text, _countries(text, gaz), gaz) if m.kind == "country"}


def test_country_uses_a_country_whose_role_acts_stays(gaz):
    text = "Chile's president resigned on Monday."
    assert "Chile" in {m.name for m in country_uses(text, _countries(text, gaz), gaz) if m.kind == "country"}


@pytest.mark.parametrize(("text", "gone"), [
    ("The Malaysia-based airline posted a record profit on Monday.", "Malaysia"),
    ("The miss sent its Hong Kong shares down 3 per cent.", "Hong Kong"),
    ("Jakarta: The number of people killed by floods rose to 70 on Monday.", "Indonesia"),
])
def test_country_uses_descriptors_and_datelines_are_no_actors(gaz, text, gone):
    assert gone not in {m.name for m in country_uses(text, _countries(text, gaz), gaz) if m.kind == "country"}


@pytest.mark.parametrize(("text", "place"), [
    ("Guards reinforced the border with Chile after the vote.", "Chile"),
    ("The nurse left Ghana on May 3 and landed in Lisbon.", "Ghana"),
    ("The minister was due to fly to Portugal for talks.", "Portugal"),
    ("The tremor was felt as far away as Tanzania.", "Tanzania"),
])
def test_country_uses_a_country_after_a_place_phrase_is_a_place(gaz, text, place):
    out = country_uses(text, _countries(text, gaz), gaz)
    assert place in {m.country for m in out if m.kind == "place"}
    assert not [m for m in out if m.kind == "country"]


@pytest.mark.parametrize(("text", "gone"), [
    ("The quake struck near a town in Peru's Arequipa province on Monday.", "Peru"),
    ("Floods hit the coast of Southern Chile on Monday.", "Chile"),
])
def test_country_uses_a_country_owning_a_place_or_ending_a_region_name_is_no_actor(gaz, text, gone):
    out = country_uses(text, _countries(text, gaz), gaz)
    assert gone not in {m.name for m in out if m.kind == "country"}


@needs_model
def test_country_uses_a_country_owning_a_described_person_is_no_actor(gaz):
    text = "Kenya's long-distance runner Eliud Kipchoge won the race in Berlin on Sunday."
    assert "Kenya" not in analyst_actors(find_actors(text, gaz, model=True), gaz)


@needs_model
@pytest.mark.parametrize(("text", "country"), [
    ("She criticised Russia's encroachment on Ukraine in her speech.", "Russia"),
    ("On Monday Chile recalled its ambassador.", "Chile"),
    ("President Gabriel Boric said Chile would respond.", "Chile"),
])
def test_country_uses_a_country_that_acts_stays(gaz, text, country):
    assert country in analyst_actors(find_actors(text, gaz, model=True), gaz)
