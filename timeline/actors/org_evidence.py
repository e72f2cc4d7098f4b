"""Organisations the model calls people, shown by the words around one of their mentions.

The small model takes a club or a company named like a person for one ("Connacht", "Arca
Continental"); then "the company", "it" or "the club" finds no organisation to stand for. The
words around a mention are evidence: a class noun before the name without a determiner
("Mexican bottler Arca Continental"), a team's or party's member or officer between it and a
person ("Connacht skipper John Muldoon"), a plural verb after one word ("Saracens have"), "which"
after its comma ("Korvan, which sells pumps"), or its own accounts ("said its profit rose"). The
rules, their vocabulary and their examples are data (``rules/<language>/org_evidence.toml``);
:func:`timeline.actors.open_world.join_entities` gives every mention of a name they find, and of
a word of it alone ("Arca" of "Arca Continental", "Goa" of "FC Goa"), the kind ``organisation``
and the name the rule found.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.actors.language import RULES_DIR, ActorWords, alternation

__all__ = ["EvidenceRules", "evidenced", "load_evidence_rules", "organisation_evidence"]

_NAME = r"[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}"  # up to four capitalised words
_PLACE = re.compile(r"\{(?P<word>[a-z]+)\}")  # a vocabulary's place in a rule ("{noun}")
_VOCABULARY = {"noun": "nouns", "role": "roles", "plural": "plurals", "account": "accounts", "result": "results",
               "club": "clubs"}


@dataclass(frozen=True, slots=True)
class EvidenceRules:
    """The compiled rules of ``org_evidence.toml`` (by id) and its examples."""

    patterns: tuple[tuple[str, re.Pattern], ...]
    examples: tuple[dict, ...]


@lru_cache(maxsize=4)
def load_evidence_rules(language: str = "en") -> EvidenceRules:
    """The evidence rules of ``language``; none when the language has no file."""
    path = RULES_DIR / language / "org_evidence.toml"
    if not path.exists():
        return EvidenceRules((), ())
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    vocabulary = {"name": _NAME} | {k: alternation(data.get(v, ())) or "(?!)" for k, v in _VOCABULARY.items()}
    patterns = tuple((rule["id"], re.compile(_PLACE.sub(lambda m: vocabulary[m["word"]], rule["pattern"])))
                     for rule in data.get("rules", ()))
    return EvidenceRules(patterns, tuple(data.get("examples", ())))


def organisation_evidence(text: str, words: ActorWords, language: str = "en") -> frozenset[str]:
    """The names the words around one of their mentions show to be organisations.

    >>> from timeline.actors.language import load_language
    >>> sorted(organisation_evidence("Mexican bottler Vantaro Andina said. Varno have won.", load_language()))
    ['Vantaro Andina', 'Varno']
    """
    return _found(text, words, language)


def evidenced(name: str, found: frozenset[str]) -> str | None:
    """The one ``found`` name that ``name`` is or is a word of ("Goa" of "FC Goa", "Arca" of "Arca
    Continental"); None when there is none, or more than one.

    >>> found = frozenset({"Arca Continental", "FC Goa"})
    >>> evidenced("Arca", found), evidenced("Goa", found), evidenced("FC Goa", found), evidenced("Lee", found)
    ('Arca Continental', 'FC Goa', 'FC Goa', None)
    """
    if name in found:
        return name
    fits = [f for f in found if " " not in name and name in f.split()]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=8)
def _found(text: str, words: ActorWords, language: str) -> frozenset[str]:
    skip = words.not_given_names | frozenset(words.name_determiners)
    out = set()
    for _, pattern in load_evidence_rules(language).patterns:
        for m in pattern.finditer(text):
            name = m.group("name").split()
            while name and (name[0] in skip or name[0].rstrip(".") in skip):
                name = name[1:]  # "Former Varno skipper": not "Former"
            if name and "\n" not in m.group("name"):
                out.add(" ".join(name))
    return frozenset(out)
