"""A person's name joined by a particle is one name: "Manuel Ortega y Gasset", "Paulo Costa e
Silva".

Iberian names join the father's and the mother's surnames with a lower-case particle; the small
model stops at it and labels the rest apart ("Paulo Costa" a person, "Silva" an organisation),
so one person becomes two actors, neither the article's full name. A person's name the model
found, followed by one particle (``surname_joiners`` of ``rules/<language>/words.toml``) and one
capitalised word, is extended over them; an entity the word was part of is dropped.

>>> from timeline.actors import load_gazetteer
>>> text = "The board named Paulo Costa e Silva chief executive."
>>> out = joined_particles(text, [Entity(16, 27, "PERSON"), Entity(30, 35, "ORG")], load_gazetteer().rules)
>>> [(text[e.start:e.end], e.label) for e in out]
[('Paulo Costa e Silva', 'PERSON')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.language import ActorWords, alternation
from timeline.actors.ner import Entity

__all__ = ["joined_particles"]


@lru_cache(maxsize=4)
def _tail(words: ActorWords) -> re.Pattern[str] | None:
    if not words.surname_joiners:
        return None  # a capitalised word of letters after the particle, ending the name
    word = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?![\w\-])"
    return re.compile(rf"[ \t]+(?:{alternation(words.surname_joiners)})[ \t]+{word}")


def joined_particles(text: str, ents: list[Entity], words: ActorWords) -> list[Entity]:
    """``ents`` with each person's name followed by a particle and a capitalised word extended
    over them (and the entity that held that word dropped)."""
    tail = _tail(words)
    if tail is None:
        return ents
    out: list[Entity] = []
    swallowed = -1
    for e in ents:
        if e.start < swallowed:
            continue  # the surname after the particle, now part of the name before it
        found = tail.match(text, e.end) if e.label == "PERSON" else None
        if found is None:
            out.append(e)
            continue
        out.append(Entity(e.start, found.end(), "PERSON"))
        swallowed = found.end()
    return out
