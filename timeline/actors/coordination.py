"""Names listed with people are people: "Leo Pinheiro and Agenor Franklin Medeiros" when the
model calls the first a facility.

The small model labels some people's names as places (``FAC``, ``LOC``, ``GPE``) or products
("Michael Hopkins, Victor Glover and Shannon Walker": ``PRODUCT``); when such a
name stands in a list with a person ("A, B and C", "A and B"), joined by a comma or a
coordinator of ``coordinators`` in ``rules/<language>/words.toml``, and no place data knows it,
it is a person too. The model also leaves names of a list out ("Botsa Satyanarayana, P.
Viswaroop, A. Suresh and ..."), cuts one name in two ("Y.S. Jagan" + "Mohan Reddy") and labels a
name that opens with initials an organisation ("K. Narayana Swamy"): these are mended first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.matching import scan
from timeline.actors.names import lower_words
from timeline.actors.ner import Entity
from timeline.actors.places import is_place
from timeline.actors.spans import initialled_person

__all__ = ["coordinated_people"]

_ITEM = r"(?:[A-Z]\.[ \t]*)*[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){0,3}"

_PLACE_LABELS = frozenset({"FAC", "LOC", "GPE", "PRODUCT"})  # labels the model gives people by mistake


@lru_cache(maxsize=4)
def _joint(gaz: Gazetteer) -> re.Pattern:
    return re.compile(rf"[ \t]*(?:,|(?:,[ \t]*)?(?:{alternation(gaz.rules.coordinators)}))[ \t]+"
                      r"(?:[A-Z][\w\-]+[ \t]+)?\Z")  # "... and Agenor [Franklin Medeiros]": a given name


def coordinated_people(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` (sorted) with the place- or product-labelled names listed next to a person relabelled
    ``PERSON`` (two or more words, unknown to the place data); before that, organisations named
    like people with initials relabelled, two people's names with only a space between joined
    and the unlabelled names of a list of people added.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Two executives, Leo Pinhal and Agenor Medo, were convicted."
    >>> ents = [Entity(16, 26, "FAC"), Entity(31, 42, "PERSON")]
    >>> [e.label for e in coordinated_people(text, ents, load_gazetteer())]
    ['PERSON', 'PERSON']
    """
    if not gaz.rules.coordinators:
        return ents
    ents = [Entity(e.start, e.end, "PERSON") if _initialled(text[e.start : e.end].strip(), e.label, gaz)
            else e for e in ents]  # "K. Narayana Swamy"
    out = _relabelled(text, _glued(text, ents), gaz)
    return _relabelled(text, _unlabelled(text, out, gaz), gaz)


def _relabelled(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` with the place- or product-labelled names listed next to a person relabelled
    ``PERSON``."""
    joint = _joint(gaz)
    out = list(ents)
    for i, e in enumerate(out):
        name = text[e.start : e.end]
        if e.label not in _PLACE_LABELS or " " not in name.strip() or is_place(name):
            continue
        before, after = out[i - 1] if i else None, out[i + 1] if i + 1 < len(out) else None
        if (before is not None and before.label == "PERSON" and joint.search(text, before.end, e.start)
                and joint.search(text, before.end, e.start).start() == before.end) or (
                after is not None and after.label == "PERSON" and joint.fullmatch(text, e.end, after.start)):
            out[i] = Entity(e.start, e.end, "PERSON")
    return out


def _initialled(name: str, label: str, gaz: Gazetteer) -> bool:
    """An organisation named like a person with initials, whose initials name no known actor
    ("K. Narayana Swamy"; not "U.S. Homeland Security Investigations")."""
    return label == "ORG" and initialled_person(name, gaz.rules) and not any(h.start == 0 for h in scan(name, gaz))


def _glued(text: str, ents: list[Entity]) -> list[Entity]:
    """Two people's names with only a space between them are one name the model cut in two:
    "Y.S. Jagan" + "Mohan Reddy".

    >>> text = "Chief Minister Y.S. Jagan Mohan Reddy spoke."
    >>> _glued(text, [Entity(15, 25, "PERSON"), Entity(26, 37, "PERSON")])
    [Entity(start=15, end=37, label='PERSON')]
    """
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label == e.label == "PERSON" and text[prev.end : e.start] == " ":
            out[-1] = Entity(prev.start, e.end, "PERSON")
        else:
            out.append(e)
    return out


@lru_cache(maxsize=4)
def _gap(gaz: Gazetteer) -> re.Pattern:
    coordinators = alternation(gaz.rules.coordinators)
    return re.compile(rf",[ \t]+({_ITEM})(?:,[ \t]+|,?[ \t]+(?:{coordinators})[ \t]+)")


def _unlabelled(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` with the names of a list of people that the model left out: a name of two words
    or more (an initial counts: "P. Viswaroop") alone between two commas, or a comma and a
    coordinator, with a person's name on one side and a name on the other ("Botsa Satyanarayana,
    P. Viswaroop, A. Suresh and ..."), or opening a sentence before a person's name that the list
    goes on after ("Ann Lee, Bob Ray and Cy Dunn"), unknown to the place data.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Inducted were Ann Lee, P. Viswaroop, Bob Ray and others."
    >>> ents = [Entity(14, 21, "PERSON"), Entity(37, 44, "PERSON")]
    >>> [text[e.start:e.end] for e in _unlabelled(text, ents, load_gazetteer())]
    ['Ann Lee', 'P. Viswaroop', 'Bob Ray']
    """
    gap, common = _gap(gaz), lower_words(text)
    out: list[Entity] = []
    for i, e in enumerate(ents):
        first = _OPENING.search(text, max(0, e.start - 60), e.start) if e.label == "PERSON" else None
        if first is not None and (not out or out[-1].end <= first.start(1)) and _listed(text, e.end, gaz) \
                and _unknown_name(first.group(1), gaz) and not {w.lower() for w in first.group(1).split()} & common:
            out.append(Entity(first.start(1), first.end(1), "PERSON"))
        out.append(e)  # above: "Satpal Maharaj, Harak Singh Rawat, ...", no word written in lower case
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is None or "PERSON" not in (e.label, after.label):
            continue
        m = gap.fullmatch(text, e.end, after.start)
        if m is None:
            continue
        if _unknown_name(m.group(1), gaz):
            out.append(Entity(m.start(1), m.end(1), "PERSON"))
    return out


def _unknown_name(name: str, gaz: Gazetteer) -> bool:
    """A name of two words or more (an initial counts), unknown to the place data, no title in it."""
    return len(name.replace(".", ". ").split()) >= 2 and not is_place(name) and \
        not set(name.split()) & gaz.rules.not_given_names


_OPENING = re.compile(rf"(?:\A|[.!?]\s+|\n\s*)({_ITEM}),[ \t]+\Z")  # a list's first name opening a sentence


def _listed(text: str, end: int, gaz: Gazetteer) -> bool:
    """Does the list go on after ``end`` (a comma, or a coordinator, and a capitalised word)?"""
    return _goes_on(gaz).match(text, end, end + 20) is not None


@lru_cache(maxsize=4)
def _goes_on(gaz: Gazetteer) -> re.Pattern:
    """A comma, or a coordinator, before the list's next capitalised word."""
    return re.compile(rf"(?:,[ \t]+|,?[ \t]+(?:{alternation(gaz.rules.coordinators)})[ \t]+)[A-Z]")
