"""A name followed by a role in apposition is a person's (appositive_people.py)."""

from __future__ import annotations

import pytest

from timeline.actors.appositive_people import appositive_people
from timeline.actors.ner import Entity


def _span(text: str, name: str, label: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), label)


@pytest.mark.parametrize(("text", "name", "labels"), [
    ("Tavi Rosenqvist, chief operating officer of Kelvo Holdings, said sales rose.", "Tavi Rosenqvist", ["ORG"]),
    ("Marta Oyelaran, the head of research at Ombra Digital, told reporters.", "Marta Oyelaran", ["ORG"]),
    ("Marta Oyelaran, the head of research at Ombra Digital, told reporters.", "Marta Oyelaran", []),  # missed
    # an owner's role ending the appositive; a name the model took for a place
    ("Tomas Arvelo, Peru's goalkeeper, saved two penalties.", "Tomas Arvelo", ["GPE"]),
    ("Lerato Dube, the union's general secretary, called off the strike.", "Lerato Dube", ["FAC"]),
    ("Lerato Dube, Kelvo Mining's chief executive; the union agreed.", "Lerato Dube", ["ORG"]),
    # a formal title in apposition before the name; a person's relative pronoun after it
    ("He met the Secretary-General of the Andean Council, Marie-Claire Obi, on Monday.", "Marie-Claire Obi", ["ORG"]),
    ("The Governor, Tomas Arvelo, signed the order.", "Tomas Arvelo", ["GPE"]),
    ("Kenya's Lemu Dida Tola, who won in Rome last year, was third.", "Lemu Dida Tola", ["FAC"]),
])
def test_appositive_people_a_name_before_a_role_is_a_person(gaz, text, name, labels):
    ents = [_span(text, name, label) for label in labels]
    out = appositive_people(text, ents, gaz)
    assert [(text[e.start : e.end], e.label) for e in out] == [(name, "PERSON")]


@pytest.mark.parametrize(("text", "name"), [
    ("Kelvo Bank, the biggest lender of Lagos, cut rates.", "Kelvo Bank"),  # a word of organisations' names
    ("Tavi Rosenqvist, a town north of Oslo, flooded.", "Tavi Rosenqvist"),  # no role word
    ("Tavi Rosenqvist, chief operating officer, said sales rose.", "Tavi Rosenqvist"),  # no body after it
    ("Tavi Rosenqvist, chief operating officer since May, said sales rose.", "Tavi Rosenqvist"),  # no joiner
    ("Puerto Lindo, the region's biggest port, reopened.", "Puerto Lindo"),  # an owner but no role word
    ("Shares of Kelvo Mining, which owns the pit, fell.", "Kelvo Mining"),  # "which": a thing
    ("The main rival, Tavi Rosenqvist, cut prices.", "Tavi Rosenqvist"),  # a role, not a formal title
    ("Talks with the Governor, and with Tavi Rosenqvist, failed.", "Tavi Rosenqvist"),  # no apposition
])
def test_appositive_people_an_appositive_without_a_role_and_body_changes_nothing(gaz, text, name):
    ents = [_span(text, name, "ORG")]
    assert appositive_people(text, ents, gaz) == ents
