"""Names listed with people are people: "Leo Pinheiro and Agenor Franklin Medeiros" when the
model calls the first a facility.

The small model labels some people's names as places (``FAC``, ``LOC``, ``GPE``) or products
("Michael Hopkins, Victor Glover and Shannon Walker": ``PRODUCT``); when such a
name stands in a list with a person ("A, B and C", "A and B"), joined by a comma or a
coordinator of ``coordinators`` in ``rules/<language>/words.toml``, and no place data knows it,
it is a person too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.ner import Entity
from timeline.actors.places import is_place

__all__ = ["coordinated_people"]

_PLACE_LABELS = frozenset({"FAC", "LOC", "GPE", "PRODUCT"})  # labels the model gives people by mistake


@lru_cache(maxsize=4)
def _joint(gaz: Gazetteer) -> re.Pattern:
    return re.compile(rf"[ \t]*(?:,|(?:,[ \t]*)?(?:{alternation(gaz.rules.coordinators)}))[ \t]+"
                      r"(?:[A-Z][\w\-]+[ \t]+)?\Z")  # "... and Agenor [Franklin Medeiros]": a given name


def coordinated_people(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` (sorted) with the place- or product-labelled names listed next to a person relabelled
    ``PERSON`` (two or more words, unknown to the place data).

    >>> from timeline.actors import load_gazetteer
    >>> text = "Two executives, Leo Pinhal and Agenor Medo, were convicted."
    >>> ents = [Entity(16, 26, "FAC"), Entity(31, 42, "PERSON")]
    >>> [e.label for e in coordinated_people(text, ents, load_gazetteer())]
    ['PERSON', 'PERSON']
    """
    if not gaz.rules.coordinators:
        return ents
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
