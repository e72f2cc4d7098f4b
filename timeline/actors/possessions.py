"""A person's possession is no name of its own: "Justin Kurzel's Nitram", "Lars von Trier's
Antichrist".

The small model (or the gluing of two people's names, :mod:`timeline.actors.coordination`) takes
a person's name, a possessive and the name of what the person owns or made for one name ("Justin
Kurzel's Nitram": a film). The owner is the actor; what comes after the possessive (a film, a
book, a product) is a thing. An entity with a possessive ending (``possessive_endings`` of
``rules/<language>/words.toml``) inside it is cut to its owner when the owner is a person: the
model labels the whole a person, or names the owner as a person elsewhere in the article, and no
known actor opens the owner ("Sri Lanka's Rumesh Pathirage" is a person of Sri Lanka's). A name
whose last word is an organisation head stays whole ("Katter's Australian Party", "Women's Bar
Association"): the possessive is part of that organisation's name. Entities are read once, so
the step stays linear in their number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.actors.matching import scan
from timeline.actors.ner import Entity

__all__ = ["owners_of_possessions"]

_OWNED = frozenset({"PERSON", "ORG"})


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern, re.Pattern] | None:
    """A possessive ending inside a name, before a capitalised word ("Kurzel's| Nitram"), and one
    ending a name ("Ann Vell's")."""
    if not words.possessive_endings:
        return None
    endings = alternation(words.possessive_endings)
    return re.compile(rf"(?:{endings})(?=[ \t]+[A-Z])"), re.compile(rf"(?:{endings})\Z")


def owners_of_possessions(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` with each person's possession cut to its owner, labelled ``PERSON`` (see the
    module doc).

    >>> from timeline.actors import load_gazetteer
    >>> text = "Ann Vell's Tarmin won. The film was directed by Ann Vell."
    >>> ents = [Entity(0, 17, "ORG"), Entity(48, 56, "PERSON")]
    >>> [(text[e.start:e.end], e.label) for e in owners_of_possessions(text, ents, load_gazetteer())]
    [('Ann Vell', 'PERSON'), ('Ann Vell', 'PERSON')]
    """
    patterns = _patterns(gaz.rules)
    if patterns is None:
        return ents
    inner, ending = patterns
    people = {ending.sub("", text[e.start : e.end].strip()) for e in ents if e.label == "PERSON"}
    heads = gaz.rules.organisation_heads
    out = []
    for e in ents:
        m = inner.search(text, e.start, e.end) if e.label in _OWNED else None
        if m is not None:
            owner, name = text[e.start : m.start()].strip(), text[e.start : e.end].strip()
            organisation = name.split()[-1] in heads or " ".join(name.split()[-2:]) in heads
            if not organisation and " " in owner and (e.label == "PERSON" or owner in people) and \
                    not any(h.start == 0 for h in scan(owner, gaz)):  # "Sri Lanka's Rumesh Pathirage"
                out.append(Entity(e.start, m.start(), "PERSON"))
                continue
        out.append(e)
    return out
