"""People named right after a noun that describes a person: "Reigning champion Jane Roe won",
"the sprinter Ann Lee", "Spaniard Pablo Ruiz".

The small model misses some names of two or three words after such a noun, or glues the noun's
adjectives to a name ("Reigning Paralympic" as an organisation, the person left out). The nouns
are ``person_reference_nouns`` of ``rules/<language>/words.toml`` (the same nouns that name a
person already named: "the sprinter"). The name is two or three capitalised words (initials
too, no word in capitals) after the noun, none a word of ``not_given_names`` (titles, non-name
words); a mention already found on those words or a name running on into more capitals leaves
them alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.names import slug
from timeline.model import ActorMention

__all__ = ["described_people"]

_WORD = r"[A-ZÀ-ÖØ-Þ](?:\.(?:[A-ZÀ-ÖØ-Þ]\.)*|[a-zà-ÿ][\w'’\-]*)"  # "Jane", "K.M.": no word in capitals


@lru_cache(maxsize=4)
def _pattern(gaz: Gazetteer) -> re.Pattern | None:
    nouns = gaz.rules.person_reference_nouns
    if not nouns:
        return None
    return re.compile(rf"(?<![\w\-])(?:{alternation(nouns)})[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})"
                      rf"(?![\w'’\-])(?![ \t]+[A-ZÀ-ÖØ-Þ])")  # not running on into another capital


def described_people(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """The people named right after a noun describing a person that no mention in ``mentions``
    (any order) covers yet.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Reigning champion Jane Roe won. The sprinter Ann Lee Moss ran. The player Bo said."
    >>> [m.name for m in described_people(text, [], load_gazetteer())]
    ['Jane Roe', 'Ann Lee Moss']
    """
    pattern = _pattern(gaz)
    if pattern is None:
        return []
    skip = gaz.rules.not_given_names
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for m in pattern.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        if any(w in skip or w.rstrip(".") in skip for w in words) or words[-1].endswith("."):
            continue
        if any(s < end and e > start for s, e in taken):
            continue
        name = text[start:end]
        out.append(ActorMention(start, end, name, "person:" + slug(name), name, "person", ""))
        taken.append((start, end))
    return out
