"""A nickname written right after a person's full name is that person (nicknames.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.actors.conftest import open_names
from timeline.actors.ner import model_available
from timeline.actors.nicknames import nicknames
from timeline.model import ActorMention

needs_model = pytest.mark.skipif(not model_available(), reason="the statistical model is not installed")


def _person(text: str, name: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, "person:x", name, "person")


@pytest.mark.parametrize(("text", "person", "nick"), [
    ("The striker Marco Dela Cruz, known as Kiko, scored twice. Kiko was later booked.", "Marco Dela Cruz", "Kiko"),
    ("Detectives held Omar Wekesa, alias Chui, on Friday; Chui denied the charge.", "Omar Wekesa", "Chui"),
    ("Premier Rana Bahadur Thapa 'Tufan' resigned, and Tufan left the capital.", "Rana Bahadur Thapa", "Tufan"),
    ("The rebel leader Iker Sola “Lobo” surrendered; Lobo was flown out.", "Iker Sola", "Lobo"),
])
def test_nicknames_a_nickname_is_the_person_in_the_whole_article(gaz, text, person, nick):
    owner = _person(text, person)
    first, later = open_names(text, nick, "person")[0], open_names(text, nick)[1]
    first = replace(first, actor_id="person:" + nick.lower())  # the model gave the two another kind and id
    out = nicknames(text, [owner, first, later], gaz)
    assert [(m.text, m.name, m.kind, m.actor_id) for m in out] == \
        [(person, person, "person", "person:x")] + [(nick, person, "person", "person:x")] * 2


@pytest.mark.parametrize(("text", "person", "other"), [
    ("Marco Dela Cruz, Kiko Varga and Tess Ramos signed.", "Marco Dela Cruz", "Kiko Varga"),  # a list, no cue
    ("Marco Dela Cruz said the Kiko club would appeal.", "Marco Dela Cruz", "Kiko"),  # no cue before it
])
def test_nicknames_a_name_without_a_cue_stays_its_own(gaz, text, person, other):
    mentions = [_person(text, person), *open_names(text, other)]
    assert nicknames(text, mentions, gaz) == mentions


@needs_model
@pytest.mark.parametrize(("text", "person", "nick"), [
    ("Coach Alexi Rendon, known as Tato, was sent off. Tato later apologised.", "Alexi Rendon", "Tato"),
    ("Prime Minister Pushpa Kamal Dahal 'Prachanda' lost a vote on Friday. Prachanda said he would resign.",
     "Pushpa Kamal Dahal", "Prachanda"),
])
def test_find_actors_names_a_person_once_with_a_nickname(text, person, nick):
    from timeline.actors import find_actors

    names = {m.text: m.name for m in find_actors(text, model=True)}
    assert names[nick] == person and names[person] == person
