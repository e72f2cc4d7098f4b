"""Organisations named by the words around them, where the model misses the name.

The small model misses company names in odd casing or unknown words ("AbbVie", "Theranos"); the
words around a name often say it is an organisation. The cue words are lists of
``rules/<language>/words.toml``:

* a description right before the name: a determiner, at most two words and a noun of
  ``reference_nouns`` ("the drug giant AbbVie", "the carmaker Rivo");
* an apposition after the name ending in such a noun ("AirAsia, Southeast Asia's biggest budget
  carrier,", "Rivo, the carmaker,");
* a role of ``organisation_role_cues`` between the name and a capitalised person's name
  ("Theranos founder Elizabeth Holmes", "Acme CEO Jane Roe");
* a possessive and a noun of ``organisation_possessions`` ("AbbVie's chief executive", "Shire's
  shareholders").

The spans are offered beside the model's entities as ``ORG`` (:func:`timeline.actors.cues.merge_spans`);
a gazetteer actor on the same words still wins in :func:`timeline.actors.open_world.join_entities`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import alternation
from timeline.actors.ner import Entity

__all__ = ["cued_organisations"]

_NAME = r"[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}"


@lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> list[re.Pattern]:
    words = gaz.rules
    out = []
    if words.reference_nouns:
        determiners = alternation((*words.name_determiners, *words.appositive_determiners))
        out.append(re.compile(rf"\b(?:{determiners})[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}"
                              rf"(?:{alternation(words.reference_nouns)})[ \t]+(?P<name>{_NAME})\b"))
    if words.reference_nouns:  # "AirAsia, Southeast Asia's biggest budget carrier, said"
        owner = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}['’]s"
        determiners = alternation(words.name_determiners + words.appositive_determiners)
        out.append(re.compile(rf"(?P<name>{_NAME}),[ \t]+(?:(?:{determiners})|{owner})[ \t]+"
                              rf"(?:[a-z][\w\-]*(?:['’]s)?[ \t]+){{0,3}}(?:{alternation(words.reference_nouns)}),"))
    if words.organisation_role_cues:
        out.append(re.compile(rf"(?P<name>{_NAME})[ \t]+(?:{alternation(words.organisation_role_cues)})"
                              r"[ \t]+[A-Z][a-z]"))
    if words.organisation_possessions:
        out.append(re.compile(rf"(?P<name>{_NAME})['’]s[ \t]+(?:{alternation(words.organisation_possessions)})\b"))
    return out


def cued_organisations(text: str, gaz: Gazetteer) -> list[Entity]:
    """Spans of names the words around them show to be organisations (see the module doc).

    >>> from timeline.actors import load_gazetteer
    >>> text = "The drug giant Zorvex agreed. Talbor founder Ann Lee quit. Quimby's shareholders voted."
    >>> [text[e.start:e.end] for e in cued_organisations(text, load_gazetteer())]
    ['Zorvex', 'Talbor', 'Quimby']
    """
    skip = gaz.rules.not_given_names
    found: dict[int, Entity] = {}
    for pattern in _patterns(gaz):
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name = text[start:end].split()
            while name and (name[0] in skip or name[0].rstrip(".") in skip):
                start = text.find(name[1], start) if len(name) > 1 else end
                name = name[1:]
            if name and "\n" not in text[start:end]:
                found.setdefault(start, Entity(start, end, "ORG"))
    return sorted(found.values(), key=lambda e: e.start)
