"""A name followed by a role in apposition is a person's: "Randeep Sekhon, Chief Technology
Officer of Bharti Airtel, said", even where the model labels the name an organisation or misses it.

The small model labels some people's names ``ORG``, or none, most often at a sentence's start; the
appositive after the name ("X, the head of Y," "X, Chief Executive of Y,") says it is a person's
when it holds a role word (``titles`` and ``role_nouns`` of ``rules/<language>/words.toml``) and a
joiner to the body the person serves ("of", "at": ``appositive_joiners``). The name must have the
shape of a person's: two or three capitalised words of letters, no word of organisations' names
(``organisation_heads``, ``company_suffixes``, ``facility_heads``, ``media_words``), unknown to the
gazetteer.
"""

from __future__ import annotations

import re

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.matching import scan
from timeline.actors.ner import Entity

__all__ = ["appositive_people"]

_APPOSITIVE = re.compile(r",[ \t]+((?:[\w'’\-]+[ \t]+){1,7}?)(?P<joiner>[a-z]+)[ \t]+[A-Z]")
_NAME = re.compile(r"(?<![\w'’\-])(?<![A-Z][\w'’\-]\s)[A-Z][a-z][\w'’\-]*(?:[ \t][A-Z][a-z][\w'’\-]*){1,2}(?=,)")
# an appositive of an owner and a role: ", India's captain,", ", the club's new coach,"
_OWNED_ROLE = re.compile(r",[ \t]+(?:[\w.\-]+[ \t]+){0,3}?[\w.\-]+['’]s[ \t]+((?:[\w\-]+[ \t]+){0,2}[\w\-]+)[ \t]*[,;]")
_MISLABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # labels the model gives a person's name by mistake
_APPOSITIVE_WORDS = 8  # at most this many words between the comma and the body's name


def appositive_people(text: str, ents: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """``ents`` with the organisation-labelled names followed by a role in apposition relabelled
    ``PERSON``.

    >>> from timeline.actors import load_gazetteer
    >>> text = "Tavi Rosenqvist, chief operating officer of Kelvo Holdings, said sales rose."
    >>> [e.label for e in appositive_people(text, [Entity(0, 15, "ORG"), Entity(44, 58, "ORG")], load_gazetteer())]
    ['PERSON', 'ORG']
    """
    if not gaz.rules.appositive_joiners:
        return ents
    out = [Entity(e.start, e.end, "PERSON") if e.label in _MISLABELS and _personal(text[e.start : e.end], gaz)
           and _role_follows(text, e.end, gaz) else e for e in ents]
    taken = bytearray(len(text) + 1)
    for e in ents:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    added = [Entity(m.start(), m.end(), "PERSON") for m in _NAME.finditer(text)
             if 1 not in taken[m.start() : m.end()] and _personal(m.group(), gaz) and _role_follows(text, m.end(), gaz)]
    return sorted(out + added, key=lambda e: e.start) if added else out


def _personal(name: str, gaz: Gazetteer) -> bool:
    """Two or three capitalised words of letters, none a word of organisations' names, and no
    gazetteer name in it."""
    words, rules = name.split(), gaz.rules
    heads = (rules.organisation_heads, rules.company_suffixes, rules.facility_heads, rules.media_words)
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() and w not in rules.non_name_set
        and not any(w in lst for lst in heads) for w in words) and not scan(name, gaz)


def _role_follows(text: str, end: int, gaz: Gazetteer) -> bool:
    """Does an appositive with a role word and a joiner to a name follow ``end`` (", the head of
    Samsung's mobile business", ", Chief Technology Officer of Bharti Airtel"), or one of an
    owner and a role ending in a role word (", Kelvo's chief executive,")?"""
    owned = _OWNED_ROLE.match(text, end)
    if owned is not None and owned.group(1).split()[-1].lower() in gaz.rules.role_word_set:
        return True  # ", India's captain,"
    found = _APPOSITIVE.match(text, end)
    if found is None or found.group("joiner") not in gaz.rules.appositive_joiners:
        return False
    words = [w.lower() for w in found.group(1).split()]
    return len(words) <= _APPOSITIVE_WORDS and any(w in gaz.rules.role_word_set for w in words)
