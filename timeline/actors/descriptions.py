"""Definite descriptions: "the company", "the Detroit automaker", "the sprinter" name an actor
named before.

A description is a determiner, at most two words, and a noun of ``reference_nouns`` (for
organisations) or ``person_reference_nouns`` (for people) of ``rules/en/words.toml``; it stands for
the organisation named most often before it (of those within :data:`REACH` characters; the first
named on a tie), or the last person, and becomes a mention of that actor at its own offsets; a
person description prefers the last person the text titled with its noun ("Federal judge Ana Reis
jailed Luiz Lula ... The judge said" is Reis). A demonym inside a description only
describes it ("the South Korean company" is Samsung, the Korean left out). A description already
inside a mention is left alone, and so is one followed by a capitalised word or a possessive-free
name ("the company Apple" is Apple itself, found already).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.model import ActorMention

__all__ = ["REACH", "chambers", "country_codes", "demonym_keys", "demonym_uses", "descriptions"]

REACH = 1500  # characters back to the actor a description stands for
_ORG_KINDS = frozenset({"organisation"})
_TITLE_CHARS = 30  # how far before a person's name the title their description repeats may be


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _pattern(gaz: Gazetteer) -> re.Pattern:
    words = gaz.rules
    determiners = _alternation(words.name_determiners)
    org = _alternation(words.reference_nouns)
    person = _alternation(words.person_reference_nouns)
    return re.compile(
        rf"\b(?:{determiners})[ \t]+(?:(?:[\w\-]+|(?:\w\.){{2,}})[ \t]+){{0,2}}?"
        rf"(?:(?P<org>{org})|(?P<person>{person}))\b"
        r"(?![ \t]+[A-Z])(?!-)")


def descriptions(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` (sorted) with the definite descriptions that name an earlier actor added.

    >>> from timeline.actors import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> ford = ActorMention(0, 4, "Ford", "org:ford", "Ford", "organisation")
    >>> [m.text for m in descriptions("Ford said. The Detroit automaker lost money.", [ford], gaz)]
    ['Ford', 'The Detroit automaker']
    """
    if not gaz.rules.reference_nouns and not gaz.rules.person_reference_nouns:
        return mentions
    taken = bytearray(len(text) + 1)
    for m in mentions:
        if m.kind != "place" and not _modifier(m, gaz):  # "the Detroit automaker", "the Kenyan carrier"
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    starts = [m.start for m in mentions]
    added = []
    for found in _pattern(gaz).finditer(text):
        start, end = found.span()
        if 1 in taken[start:end]:
            continue
        kinds = _ORG_KINDS if found.group("org") else frozenset({"person"})
        country = next((m.name for m in mentions if start <= m.start < end and _modifier(m, gaz)), "")
        target = _last(mentions, starts, start, kinds, gaz, text, found.group("person") or found.group("org"),
                       country)
        if target is not None:
            added.append(replace(target, start=start, end=end, text=text[start:end]))
    if not added:
        return mentions
    inside = {(m.start, m.end) for m in added}
    kept = [m for m in mentions if (m.kind != "place" and not _modifier(m, gaz))
            or not any(s <= m.start and m.end <= e for s, e in inside)]
    return sorted(kept + added, key=lambda m: m.start)


def _modifier(mention: ActorMention, gaz: Gazetteer) -> bool:
    """Is ``mention`` a demonym or country code, which inside a description only describes it
    ("the South Korean company", "the U.S. carrier")?"""
    return mention.kind == "country" and " ".join(
        mention.text.lower().replace(".", " ").split()) in demonym_keys(gaz)


def chambers(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """A chamber named by its generic name ("the House", "the Upper House") is the legislature
    the article named last before it (a name ending in a ``legislature_heads`` word: "the Rajya
    Sabha", "the Maharashtra Legislative Assembly"); "both Houses" (a plural) is none of them.
    With no legislature named before, the mention is left as it is.

    >>> sabha = ActorMention(4, 15, "Rajya Sabha", "org:rajya-sabha", "Rajya Sabha", "organisation")
    >>> house = ActorMention(28, 33, "House", "org:house", "House", "organisation")
    >>> from timeline.actors import load_gazetteer
    >>> [m.name for m in chambers("The Rajya Sabha met. Later the House passed it.", [sabha, house], load_gazetteer())]
    ['Rajya Sabha', 'Rajya Sabha']
    """
    words = gaz.rules
    if not words.chamber_names:
        return mentions
    out: list[ActorMention] = []
    last: ActorMention | None = None
    for m in mentions:
        if m.kind not in ("place", "outlet") and m.name.split()[-1] in words.legislature_heads:
            last = m
        if m.name in words.chamber_names and m.kind in ("organisation", "agency"):
            if m.name in words.chamber_plurals:
                continue  # "both Houses"
            if last is not None and m.start - last.end <= REACH:
                m = replace(last, start=m.start, end=m.end, text=m.text)
        out.append(m)
    return out


def _last(mentions: list[ActorMention], starts: list[int], pos: int, kinds: frozenset[str],
          gaz: Gazetteer, text: str = "", noun: str = "", country: str = "") -> ActorMention | None:
    """The last mention of one of ``kinds`` before ``pos`` (within REACH), for an organisation the
    one named most often before (the article's company: "Infosys ... IDBI Capital said ... the
    company" is Infosys); with the description's ``noun``, the last one it fits comes first: a
    person whose name the ``text`` preceded with that noun (their title: "Federal judge Sergio
    Moro"), an organisation whose name holds it ("the court" -> "the Supreme Court of Appeal",
    not the commission named last); with the ``country`` of a demonym in the description, an
    organisation whose name holds another country is not it ("the U.S. space agency" is not the
    Japan Aerospace Exploration Agency)."""
    i = bisect_left(starts, pos)
    last = None
    titled = re.compile(rf"\b{re.escape(noun)}[ \t]+\Z", re.I) if noun else None
    seen: dict[str, ActorMention] = {}  # the organisations in reach: name -> its latest mention
    for m in reversed(mentions[:i]):
        if pos - m.end > REACH:
            break
        if country and m.kind != "person" and _countries_in(m.name, gaz) - {country}:
            continue
        if m.kind in kinds and titled is None:
            return m
        if m.kind in kinds:
            last = last or m
            seen.setdefault(m.name, m)
            if m.kind == "person" and titled.search(text, max(0, m.start - _TITLE_CHARS), m.start):
                return m
        if (m.kind in kinds or m.kind == "agency") and m.kind != "person" and noun.lower() in _words(m.name):
            return m  # a state body too, when its name holds the noun ("the court": the Supreme Court)
    if last is not None and kinds == _ORG_KINDS and len(seen) > 1:
        return _salient(mentions[:i], seen)
    return last


@lru_cache(maxsize=1024)
def _countries_in(name: str, gaz: Gazetteer) -> frozenset[str]:
    """The countries an actor's name holds ("Japan Aerospace Exploration Agency": Japan)."""
    from timeline.actors import find_actors  # the package imports this module

    return frozenset(m.name for m in find_actors(name, gaz) if m.kind == "country")


def _salient(before: list[ActorMention], seen: dict[str, ActorMention]) -> ActorMention:
    """The organisation a description means when several in reach were named before it: the one
    the article named most often before it, on a tie the one it named first (the story's subject:
    "Safaricom ... M-Pesa ... the company" is Safaricom), as its latest mention."""
    named = Counter(m.name for m in before if m.name in seen)
    first = {}
    for m in before:
        first.setdefault(m.name, m.start)
    return seen[max(seen, key=lambda name: (named[name], -first.get(name, 0)))]


def _words(name: str) -> list[str]:
    """The lower-case words of a name."""
    return re.findall(r"\w+", name.lower())


@lru_cache(maxsize=4)
def demonym_keys(gaz: Gazetteer) -> frozenset[str]:
    """The key texts of the gazetteer's demonyms and country codes ("american", "u s")."""
    folded = {k.strip() for k, pats in zip(gaz.folded_keys, gaz.folded_patterns, strict=True)
              if any(p.via in ("demonym", "code") for p in pats)}
    codes = {" ".join(k.lower().replace(".", " ").split())
             for k, pats in zip(gaz.exact_keys, gaz.exact_patterns, strict=True)
             if any(p.via == "code" for p in pats)}
    return frozenset(folded | codes)


@lru_cache(maxsize=4)
def country_codes(gaz: Gazetteer) -> frozenset[str]:
    """The country codes of the gazetteer as written ("US", "U.S."): never a person."""
    return frozenset(k for k, pats in zip(gaz.exact_keys, gaz.exact_patterns, strict=True)
                     if any(p.via == "code" for p in pats))


_AFTER = re.compile(r"[ \t]+([a-z][\w\-]*)")
_LEFT = re.compile(r"(\w+)[ \t]+\Z")


def demonym_uses(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """A demonym that describes rather than acts is not its country: before a common noun ("a
    U.S. commercial spacecraft", "Jamaican sprinter") it is left out, unless the noun is one of
    the state's people or arms (``acting_nouns``: "Indian warplanes", "Israeli hostages"); "the American" or "the
    Spaniard" on its own (or "the Kenyan's") is the last person named before, and a demonym
    right before a person's name and a comma ("the third Jamaican, Asafa Powell") is that person.

    >>> from timeline.actors import load_gazetteer, find_actors
    >>> gaz = load_gazetteer()
    >>> text = "Serena Williams won. The American said a British journalist asked."
    >>> serena = ActorMention(0, 15, "Serena Williams", "person:serena-williams", "Serena Williams", "person")
    >>> found = [serena] + find_actors(text, gaz)
    >>> [(m.text, m.name) for m in demonym_uses(text, found, gaz)]
    [('Serena Williams', 'Serena Williams'), ('The American', 'Serena Williams')]
    """
    demonyms = demonym_keys(gaz)
    codes = country_codes(gaz)
    starts = [m.start for m in mentions]
    people = [m for m in mentions if m.kind == "person"]
    out: list[ActorMention] = []
    for k, m in enumerate(mentions):
        if m.kind != "country" or " ".join(m.text.lower().replace(".", " ").split()) not in demonyms:
            out.append(m)
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "person" and text[m.end : nxt.start] == ", ":
            continue  # "the third Jamaican, Asafa Powell": the person is named right there
        after = _AFTER.match(text, m.end)
        left = _LEFT.search(text, max(0, m.start - 12), m.start)
        verb = after is not None and after.group(1) in gaz.rules.person_verbs  # "the American said"
        if after is not None and after.group(1) in gaz.rules.coordinators:
            out.append(m)  # "the US and South Korean officials": the noun comes later
            continue
        if after is not None and not verb:
            if after.group(1) in gaz.rules.acting_nouns:  # "Indian warplanes", "Israeli hostages"
                out.append(m)
            continue  # an adjective: "a U.S. commercial spacecraft", "the Jamaican sprinter"
        if left is not None and left.group(1) in gaz.rules.name_determiners and m.text not in codes:
            person = _last(people or mentions, starts, m.start, frozenset({"person"}), gaz)
            if person is not None:
                out.append(replace(person, start=left.start(1), end=m.end, text=text[left.start(1) : m.end]))
            continue
        out.append(m)
    return out
