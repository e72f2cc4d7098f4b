"""An organisation named later by the first word of its name is that organisation (first_words.py)."""

from __future__ import annotations

import pytest

from timeline.actors.first_words import first_word_forms
from timeline.model import ActorMention


def _mention(text: str, name: str, kind: str = "organisation", prefix: str = "org:") -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, prefix + name.lower().replace(" ", "-"), name, kind)


@pytest.mark.parametrize(("text", "org", "short"), [
    ("Fighters of the Zarqa Brigades held the hill. On Sunday, Zarqa pulled back.", "Zarqa Brigades", "Zarqa"),
    ("Teluvo Motors raised $2 billion in May, and Teluvo later sued two founders.", "Teluvo Motors", "Teluvo"),
    ("Shares of Ombra Digital rose. Analysts said Ombra would report on Friday.", "Ombra Digital", "Ombra"),
])
def test_first_words_a_later_first_word_is_the_organisation(gaz, text, org, short):
    out = first_word_forms(text, [_mention(text, org)], gaz)
    assert [(m.text, m.name, m.actor_id) for m in out][1:] == [(short, org, "org:" + org.lower().replace(" ", "-"))]


@pytest.mark.parametrize(("text", "names"), [
    ("Teluvo Motors grew. The teluvo fruit is sold in May. Teluvo fell.", ["Teluvo Motors"]),  # written in lower case
    ("Kenya Airways cut fares, and Kenya said it would help.", ["Kenya Airways"]),  # a gazetteer form
    ("The Teluvo Motors deal closed, and Teluvo Farms objected.", ["Teluvo Motors", "Teluvo Farms"]),  # two owners
    ("Ombra Digital grew. Ombra Partners sold its stake.", ["Ombra Digital"]),  # next to another name
    ("Analysts said Teluvo would grow before Teluvo Motors listed.", ["Teluvo Motors"]),  # before the full name
])
def test_first_words_a_first_word_that_may_be_something_else_is_left(gaz, text, names):
    mentions = sorted((_mention(text, n) for n in names), key=lambda m: m.start)
    assert first_word_forms(text, mentions, gaz) == mentions


def test_first_words_a_person_is_left_to_the_person_rules(gaz):
    text = "Rafa Osei won the final. Later Rafa Osei said Rafa was tired."
    mentions = [_mention(text, "Rafa Osei", "person", "person:")]
    assert first_word_forms(text, mentions, gaz) == mentions
