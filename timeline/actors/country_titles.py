"""People named after a title of a country: "Chief Justice of India A.B. Rao", "High
Commissioner to Kenya Jane Roe".

The person rules (:mod:`timeline.actors.persons`) read a name right after a title; here a link
word (``title_country_links`` of ``rules/<language>/words.toml``: "of", "to") and a country the
gazetteer found stand between them. The name is the capitalised words and initials after the
country (at most four), cut at a word of ``not_given_names`` or ``organisation_heads`` or a
lower-case word; a name already found, a country not found by the gazetteer or a determiner
before the country ("chairman of the Kenya Ports Authority": a body) leaves the words alone. Without this
rule the model reads "India Jane Roe" as one name, or misses the person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.names import slug
from timeline.model import ActorMention

__all__ = ["country_titled_people"]

_TOKEN = r"[A-ZÀ-ÖØ-Þ](?:\.(?:[A-ZÀ-ÖØ-Þ]\.)*|[\w'’\-]+)"  # a word, or initials "B.", "A.B."


@lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern, re.Pattern] | None:
    words = gaz.rules
    if not words.title_country_links:
        return None
    link = re.compile(rf"[ \t]+(?:{alternation(words.title_country_links)})[ \t]+")  # not "of the": a body's name
    return link, re.compile(rf"[ \t]+(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})")


def country_titled_people(text: str, keyed: str, mentions: list[ActorMention],
                          gaz: Gazetteer) -> list[ActorMention]:
    """The people named after "<title> of|to <country>" that no mention in ``mentions`` (the
    gazetteer's and the rules', any order) covers yet.

    >>> from timeline.actors import load_gazetteer
    >>> from timeline.actors.gazetteer import key_text
    >>> gaz = load_gazetteer()
    >>> text = "Chief Justice of India A.B. Rao and Justice Lee granted bail."
    >>> india = ActorMention(17, 22, "India", "country:india", "India", "country", "India")
    >>> [m.name for m in country_titled_people(text, key_text(text), [india], gaz)]
    ['A.B. Rao']
    """
    patterns = _patterns(gaz)
    if patterns is None:
        return []
    link, name_after = patterns
    countries = {m.start: m for m in mentions if m.kind == "country"}
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[ActorMention] = []
    for _, _, kend in gaz.titles.find_matches_as_indexes(keyed, overlapping=True):
        linked = link.match(text, kend - 2)
        country = countries.get(linked.end()) if linked else None
        found = name_after.match(text, country.end) if country else None
        if found is None:
            continue
        start, end = _name_span(found.start("name"), found.group("name"),
                                gaz.rules.not_given_names | frozenset(gaz.rules.organisation_heads))
        if end > start and not any(s < end and e > start for s, e in taken):
            name = text[start:end]
            out.append(ActorMention(start, end, name, "person:" + slug(name), name, "person", ""))
            taken.append((start, end))
    return out


def _name_span(start: int, raw: str, non_names: frozenset[str]) -> tuple[int, int]:
    """The name inside ``raw`` (found at ``start``): cut at a non-name word, ending on a word of
    two letters or more, two words at least; (start, start) when no such name is left."""
    kept = []
    for token in re.finditer(r"\S+", raw):
        if token.group() in non_names or token.group().rstrip(".") in non_names:
            break
        kept.append(token)
    while kept and (len(kept[-1].group().rstrip(".")) < 2 or kept[-1].group().endswith(".")):
        kept.pop()
    return (start, start + kept[-1].end()) if len(kept) > 1 else (start, start)
