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
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.matching import scan
from timeline.actors.ner import Entity

__all__ = ["appositive_people"]

_APPOSITIVE = re.compile(r",[ \t]+((?:[\w'’\-]+[ \t]+){1,7}?)(?P<joiner>[a-z]+)[ \t]+[A-Z]")
_NAME = re.compile(r"(?<![\w'’\-])(?<![A-Z][\w'’\-]\s)[A-Z][a-z][\w'’\-]*(?:[ \t][A-Z][a-z][\w'’\-]*){1,2}(?=,)")
# an appositive of an owner and a role: ", India's captain,", ", the club's new coach,"
_OWNED_ROLE = re.compile(r",[ \t]+(?:[\w.\-]+[ \t]+){0,3}?[\w.\-]+['’]s[ \t]+((?:[\w\-]+[ \t]+){0,2}[\w\-]+)[ \t]*[,;]")
# a role in apposition before a name, from its determiner to the comma: "the President of the Kelvo
# Commission, " (the determiner and the role's words are checked against the data)
_ROLE_BEFORE = r"(?<![\w\-])(?:{det})[ \t]+(?P<role>(?:[\w.'’\-]+[ \t]+){{0,7}}?[\w.'’\-]+),[ \t]*\Z"
_ROLE_REACH = 90  # characters read before a name for its role
_NEXT_WORD = re.compile(r",[ \t]+(\w+)")  # the word after a name's comma
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
           and (_role_follows(text, e.end, gaz) or _role_precedes(text, e.start, gaz)
                or _relative_follows(text, e.end, gaz)) else e for e in ents]
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
        all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))  # "Jean-Claude"
        and w.replace("-", "").isalpha() and w not in rules.non_name_set
        and not any(w in lst for lst in heads) for w in words) and not scan(name, gaz)


def _role_precedes(text: str, start: int, gaz: Gazetteer) -> bool:
    """Does the name at ``start`` follow a role in apposition before it ("the incumbent, X,", "the
    President of the Kelvo Commission, X,")? The role opens with a determiner (``name_determiners``)
    and may end in a joiner and a body (``appositive_joiners``)."""
    found = _role_before(gaz.rules.name_determiners).search(text, max(0, start - _ROLE_REACH), start)
    if found is None:
        return False
    role = found.group("role").split()
    joined = [i for i, w in enumerate(role) if w in gaz.rules.appositive_joiners]
    role = role[: joined[0]] if joined else role
    return bool(role) and len(role) <= 3 and role[-1] in _formal_titles(gaz.rules.titles)


@lru_cache(maxsize=4)
def _role_before(determiners: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_ROLE_BEFORE.format(det="|".join(map(re.escape, determiners)) or "(?!)"))


@lru_cache(maxsize=4)
def _formal_titles(titles: tuple[str, ...]) -> frozenset[str]:
    """The last words of the titles written with a capital ("President", "Chairperson"): a role
    before a name in apposition ends in one ("the President of the Kelvo Commission, X,"; not
    "the main rival, Kelvo Holdings,")."""
    return frozenset(t.split()[-1] for t in titles if t[:1].isupper())


def _relative_follows(text: str, end: int, gaz: Gazetteer) -> bool:
    """Is the name before ``end`` followed by a comma and a person's relative pronoun ("X, who
    won the race,")?"""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1) in gaz.rules.person_relatives


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
