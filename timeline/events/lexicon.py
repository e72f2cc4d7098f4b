"""The event-cue lexicon: every inflected cue word mapped to its lemma, type and role.

All words come from ``rules/en/cues.toml``; this module only builds inflections and lookups.

>>> lex = load_lexicon()
>>> lex.cues["reclaimed"].lemma, lex.cues["reclaimed"].event_type
('reclaim', 'military_action')
>>> lex.cues["said"].reporting, lex.cues["denied"].reporting
('claimed', 'denied')
>>> lex.cues["incursions"].pos
'noun'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Cue", "Lexicon", "inflect", "load_lexicon"]

RULES = Path(__file__).parent / "rules" / "en" / "cues.toml"
_VOWELS = set("aeiou")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    event_type: str
    pos: str  # verb | noun
    reporting: str | None = None  # status given to reported content: claimed | asserted | denied


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, Cue]
    planned: frozenset[str]
    negation: frozenset[str]
    hedges: dict[str, str]  # adverb -> status
    examples: tuple[tuple[str, str], ...]  # (sentence, predicate)
    open_verbs: frozenset[str] = frozenset()  # lemmas whose type comes from a noun near them
    noun_types: dict[str, str] = field(default_factory=dict)  # noun cue (and plural) -> type
    type_examples: tuple[tuple[str, str], ...] = ()  # (sentence, event type)


def inflect(lemma: str, doubling: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Regular inflections of a verb lemma.

    >>> inflect("seize")
    ('seize', 'seizes', 'seized', 'seizing')
    >>> inflect("occupy"), inflect("ban")
    (('occupy', 'occupies', 'occupied', 'occupying'), ('ban', 'bans', 'banned', 'banning'))
    """
    w = lemma
    if w.endswith(("s", "x", "z", "ch", "sh")):
        third = w + "es"
    elif w.endswith("y") and w[-2:-1] not in _VOWELS:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    doubled = w in doubling or (
        len(w) <= 4 and len(w) >= 3 and w[-1] not in _VOWELS | set("wxy")
        and w[-2] in _VOWELS and w[-3] not in _VOWELS
    )
    stem = w + w[-1] if doubled else w
    if w.endswith("e"):
        past, ing = w + "d", (w[:-1] + "ing" if not w.endswith("ee") else w + "ing")
    elif w.endswith("y") and w[-2:-1] not in _VOWELS:
        past, ing = w[:-1] + "ied", w + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    return (w, third, past, ing)


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith(("x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def load_lexicon(path: Path = RULES) -> Lexicon:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    doubling = frozenset(data.get("doubling", {}).get("verbs", ()))
    irregular = data.get("irregular", {})
    cues: dict[str, Cue] = {}
    examples: list[tuple[str, str]] = []
    noun_types: dict[str, str] = {}

    def forms(lemma: str) -> tuple[str, ...]:
        return (lemma, *irregular[lemma]) if lemma in irregular else inflect(lemma, doubling)

    for event_type, entry in data["types"].items():
        for lemma in entry.get("verbs", ()):
            for form in forms(lemma):
                cues.setdefault(form, Cue(lemma, event_type, "verb"))
        for noun in entry.get("nouns", ()):
            for form in {noun, _plural(noun)}:
                cues.setdefault(form, Cue(noun, event_type, "noun"))
                noun_types.setdefault(form, event_type)
        examples.extend((e["text"], e["predicate"]) for e in entry.get("examples", ()))
    for status, lemmas in data["reporting"].items():
        for lemma in lemmas:
            for form in forms(lemma):
                old = cues.get(form)
                kind = old.event_type if old and old.event_type != "decision" else "statement"
                cues[form] = Cue(lemma, kind, "verb", status)
    hedges = {w: status for status, words in data["reporting_adverbs"].items() for w in words}
    return Lexicon(
        cues=cues,
        planned=frozenset(data["planned"]["markers"]),
        negation=frozenset(data["negation"]["markers"]),
        hedges=hedges,
        examples=tuple(examples),
        open_verbs=frozenset(data.get("typing", {}).get("open_verbs", ())),
        noun_types=noun_types,
        type_examples=tuple((e["text"], e["type"]) for e in data.get("typing", {}).get("examples", ())),
    )
