"""Entities that are lists of names are split; a name cut at a comma before its acronym is joined."""

from __future__ import annotations

import pytest

from timeline.actors.ner import Entity
from timeline.actors.open_world import join_entities


def _ents(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    out, pos = [], 0
    for words, label in spans:
        pos = text.index(words, pos)
        out.append(Entity(pos, pos + len(words), label))
        pos += len(words)
    return out


@pytest.mark.parametrize(("text", "spans", "names"), [
    ("Ana Ruiz and Tom Berg flew. Ruiz, Berg and Lee landed on July 24.",
     [("Ana Ruiz", "PERSON"), ("Tom Berg", "PERSON"), ("Ruiz, Berg", "ORG"), ("Lee", "PERSON")],
     ["Ana Ruiz", "Tom Berg", "Ruiz", "Berg", "Lee"]),
    ("Presidents Sadyr Tokov and Emil Rasmona met. Tokov and Rasmona signed a treaty.",
     [("Sadyr Tokov", "PERSON"), ("Emil Rasmona", "PERSON"), ("Tokov and Rasmona", "ORG")],
     ["Sadyr Tokov", "Emil Rasmona", "Tokov", "Rasmona"]),
    ("The alliance of the People's Front and the Green League won.",
     [("the People's Front and the Green League", "ORG")],
     ["People's Front", "Green League"]),
])
def test_join_entities_splits_lists_of_names(gaz, text, spans, names):
    found = join_entities(text, [], _ents(text, spans), gaz)
    assert [m.name for m in found] == names


def test_join_entities_a_person_list_splits_into_people(gaz):
    text = "Ana Ruiz and Tom Berg flew. Ruiz, Berg and Lee landed."
    found = join_entities(text, [], _ents(text, [("Ana Ruiz", "PERSON"), ("Tom Berg", "PERSON"),
                                               ("Ruiz, Berg", "ORG")]), gaz)
    assert {m.kind for m in found} == {"person"}


@pytest.mark.parametrize(("text", "spans", "name"), [
    ("Signals reached the Orbital Telemetry, Tracking and Relay Network (OTTRN) in Pune.",
     [("Orbital Telemetry", "ORG"), ("Tracking and Relay Network", "ORG")],
     "Orbital Telemetry, Tracking and Relay Network"),
    ("The Union of Bakers and Millers of Lisbon (UBML) went on strike.",
     [("The Union of Bakers", "ORG"), ("Millers of Lisbon", "ORG")],
     "Union of Bakers and Millers of Lisbon"),
])
def test_join_entities_joins_a_name_cut_before_its_acronym(gaz, text, spans, name):
    assert [m.name for m in join_entities(text, [], _ents(text, spans), gaz)] == [name]


def test_join_entities_keeps_two_named_organisations_apart(gaz):
    text = "Talks between the Dock Workers Union and the Port Authority (PA) failed."
    spans = [("the Dock Workers Union", "ORG"), ("the Port Authority", "ORG")]
    found = join_entities(text, [], _ents(text, spans), gaz)
    assert [m.name for m in found] == ["Dock Workers Union", "Port Authority"]


@pytest.mark.parametrize(("text", "whole"), [
    ("He won after the Supreme Court of Appeal overturned the verdict.", "Supreme Court of Appeal"),
    ("The Constitutional Court of Justice ruled on Monday.", "Constitutional Court of Justice"),
])
def test_join_entities_a_generic_body_inside_a_longer_name_is_that_name(gaz, text, whole):
    from timeline.actors import find_actors

    mentions = find_actors(text, gaz)
    found = join_entities(text, mentions, _ents(text, [(whole, "ORG")]), gaz)
    assert [m.name for m in found] == [whole]


def test_join_entities_a_body_with_its_country_stays(gaz):
    from timeline.actors import find_actors

    text = "The Supreme Court of Kenya annulled the vote."
    mentions = find_actors(text, gaz)
    found = join_entities(text, mentions, _ents(text, [("The Supreme Court of Kenya", "ORG")]), gaz)
    assert [m.name for m in found] == [m.name for m in mentions]


def test_join_entities_a_body_amid_a_longer_name_is_that_name(gaz):
    from timeline.actors import find_actors

    text = "Officials of the Ohio Department of State Parks and Watercraft spoke."
    whole = "the Ohio Department of State Parks and Watercraft"
    found = join_entities(text, find_actors(text, gaz), _ents(text, [(whole, "ORG")]), gaz)
    assert [m.name for m in found] == ["Ohio Department of State Parks and Watercraft"]


def test_join_entities_a_word_of_a_persons_name_taken_for_a_place_is_the_person(gaz):
    text = "Health minister Wanjiru Kamau spoke. Later, Kamau said the patient was stable."
    spans = [("Wanjiru Kamau", "PERSON"), ("Kamau", "GPE")]
    found = join_entities(text, [], _ents(text, spans), gaz)
    assert [(m.name, m.kind) for m in found] == [("Wanjiru Kamau", "person"), ("Kamau", "person")]
