"""Names inside longer names: when a mention of the data sits inside a longer entity of the
model, whose name is it?

* a country or organisation inside a longer proper name ("Niger State Police", "Indian Ocean")
  is not that actor (:func:`country_inside_name`);
* a generic body of the data without a country whose name continues ("the Supreme Court of
  Appeal") is the longer name (:func:`generic_body_of`);
* a body with capitalised words of the entity on both sides ("the Texas Department of State
  Health Services") is part of the longer name (:func:`body_amid_name`).
"""

from __future__ import annotations

import re

from timeline.actors.language import ActorWords
from timeline.actors.ner import Entity
from timeline.model import ActorMention

__all__ = ["body_amid_name", "country_inside_name", "generic_body_of"]


def generic_body_of(text: str, ent: Entity, inside: list[ActorMention], words: ActorWords) -> bool:
    """The entity is a generic body of the data ("Supreme Court", no country) that its name
    continues with a joining word and a capitalised word ("the Supreme Court of Appeal")."""
    if len(inside) != 1 or inside[0].kind != "agency" or inside[0].country:
        return False
    rest = text[inside[0].end : ent.end].split()
    return len(rest) >= 2 and rest[0] in words.name_joiners and rest[1][:1].isupper()


def body_amid_name(text: str, ent: Entity, inside: list[ActorMention], words: ActorWords) -> bool:
    """A body of the data with capitalised words of the entity on both sides is part of a longer
    name ("the Texas Department of State Health Services" is not the State Department)."""
    if len(inside) != 1 or inside[0].kind != "agency":
        return False
    before = text[ent.start : inside[0].start].split()
    after = text[inside[0].end : ent.end].split()
    skip = set(words.name_determiners) | set(words.name_joiners)
    return any(w[:1].isupper() and w not in skip for w in before) and any(w[:1].isupper() for w in after)


def country_inside_name(text: str, ent: Entity, inside: list[ActorMention], words: ActorWords) -> bool:
    """The entity is a longer proper name around the country ("Niger State Police", "Indian
    Ocean") or a country's own branch of an organisation ("the Indonesian Red Cross"): it has a
    capitalised word that is none of the countries, titles or determiners, or is the country and
    the organisation alone, and it is not "Britain's X" (there the country owns X: "Britain's
    National Crime Agency"); a possessive that ends the whole name is the name's own: "the Bank
    of Valletta's chief" names the bank, not Malta)."""
    if any(text.startswith(("'s", "’s"), m.end) and m.end + 2 < ent.end for m in inside):
        return False
    if len(inside) == 2 and inside[0].kind == "country" and inside[1].kind == "organisation" \
            and text[inside[0].end : inside[1].start] == " " and inside[1].end == ent.end:
        return True  # "the Indonesian Red Cross": a national body, not the ICRC
    rest = text[ent.start : ent.end]
    for m in sorted(inside, key=lambda m: -m.start):
        rest = rest[: m.start - ent.start] + " " + rest[m.end - ent.start :]
    return any(w[:1].isupper() and w not in words.name_determiners and w not in words.not_given_names
               for w in re.findall(r"[\w'’.-]+", rest))
