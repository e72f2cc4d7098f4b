"""The event-cue lexicon: every inflected cue word mapped to its lemma, type and role.

All words come from ``rules/<language>/cues.toml`` and every inflection rule from
``rules/<language>/inflection.toml``; this module only applies them and builds the lookups.

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

__all__ = ["Cue", "Inflection", "Lexicon", "RULES_DIR", "SuffixRule", "inflect", "load_inflection",
           "load_lexicon"]

RULES_DIR = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class Cue:
    """What a cue word says: its lemma, the event type, verb or noun, and for a reporting verb
    the status it gives the content it reports."""

    lemma: str
    event_type: str
    pos: str  # verb | noun
    reporting: str | None = None  # status given to reported content: claimed | asserted | denied


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every cue word of a language (inflected forms included) and the words that set a status."""

    cues: dict[str, Cue]
    planned: frozenset[str]
    negation: frozenset[str]
    hedges: dict[str, str]  # adverb -> status
    examples: tuple[tuple[str, str], ...]  # (sentence, predicate)
    open_verbs: frozenset[str] = frozenset()  # lemmas whose type comes from a noun near them
    noun_types: dict[str, str] = field(default_factory=dict)  # noun cue (and plural) -> type
    unchanged_past: frozenset[str] = frozenset()  # irregular lemmas whose past is the lemma: "set", "hit"
    past_forms: frozenset[str] = frozenset()  # [irregular] forms but the first (-s) and the lemma, and [past_forms]
    type_examples: tuple[tuple[str, str], ...] = ()  # (sentence, event type)


@dataclass(frozen=True, slots=True)
class SuffixRule:
    """One inflection rule: for a word ending in one of ``endings`` (any word when empty), with a
    consonant before that ending when ``after_consonant``, drop ``drop`` letters and add ``add``;
    ``double`` doubles the last consonant of a doubling verb first."""

    add: str
    endings: tuple[str, ...] = ()
    after_consonant: bool = False
    drop: int = 0
    double: bool = False

    def fits(self, word: str, vowels: frozenset[str]) -> str | None:
        """The ending of ``word`` this rule applies to ("" for a rule without endings), or None."""
        if not self.endings:
            return ""
        for ending in self.endings:
            if word.endswith(ending) and (
                    not self.after_consonant or word[-len(ending) - 1 : -len(ending)] not in vowels):
                return ending
        return None


@dataclass(frozen=True, slots=True)
class Inflection:
    """The inflection rules of a language (``inflection.toml``) and the endings clauses test."""

    vowels: frozenset[str]
    doubling: frozenset[str]  # verbs that double their last consonant beyond the short ones
    double_min: int
    double_max: int
    never_double: frozenset[str]
    third_person: tuple[SuffixRule, ...]
    past: tuple[SuffixRule, ...]
    participle: tuple[SuffixRule, ...]
    plural: tuple[SuffixRule, ...]
    endings: dict[str, tuple[str, ...]]  # participle, past, adverb, third_person, ... -> endings
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (lemma, its forms)

    def doubles(self, verb: str) -> bool:
        """Does ``verb`` double its last consonant before -ed and -ing ("ban" -> "banned")?"""
        v = self.vowels
        return verb in self.doubling or (
            self.double_min <= len(verb) <= self.double_max and verb[-1] not in v
            and verb[-1] not in self.never_double and verb[-2] in v and verb[-3] not in v)

    def apply(self, rules: tuple[SuffixRule, ...], word: str, doubled: bool = False) -> str:
        """``word`` through the first of ``rules`` that fits it."""
        for rule in rules:
            ending = rule.fits(word, self.vowels)
            if ending is None:
                continue
            stem = word[: len(word) - rule.drop]
            if rule.double and doubled:
                stem += stem[-1]
            return stem + rule.add
        return word


def _rules(rows: list[dict]) -> tuple[SuffixRule, ...]:
    return tuple(SuffixRule(add=r["add"], endings=tuple(r.get("endings", ())),
                            after_consonant=r.get("after_consonant", False), drop=r.get("drop", 0),
                            double=r.get("double", False)) for r in rows)


def load_inflection(language: str = "en") -> Inflection:
    """The inflection rules of ``language`` (``rules/<language>/inflection.toml``), read once."""
    return _load_inflection(language)


@lru_cache(maxsize=4)
def _load_inflection(language: str) -> Inflection:
    path = RULES_DIR / language / "inflection.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    doubling = data["doubling"]
    examples = tuple((e["lemma"], tuple(e["forms"]))
                     for part in ("verb", "noun") for e in data[part].get("examples", ()))
    return Inflection(
        vowels=frozenset(data["vowels"]),
        doubling=frozenset(doubling["verbs"]),
        double_min=doubling["min_length"],
        double_max=doubling["max_length"],
        never_double=frozenset(doubling["never"]),
        third_person=_rules(data["verb"]["third_person"]),
        past=_rules(data["verb"]["past"]),
        participle=_rules(data["verb"]["participle"]),
        plural=_rules(data["noun"]["plural"]),
        endings={key: tuple(words) for key, words in data["endings"].items()},
        examples=examples,
    )


def inflect(lemma: str, language: str = "en") -> tuple[str, ...]:
    """Regular inflections of a verb lemma: itself, third person, past, participle.

    >>> inflect("seize")
    ('seize', 'seizes', 'seized', 'seizing')
    >>> inflect("occupy"), inflect("ban")
    (('occupy', 'occupies', 'occupied', 'occupying'), ('ban', 'bans', 'banned', 'banning'))
    """
    rules = load_inflection(language)
    doubled = rules.doubles(lemma)
    return (lemma, rules.apply(rules.third_person, lemma), rules.apply(rules.past, lemma, doubled),
            rules.apply(rules.participle, lemma, doubled))


def plural(noun: str, language: str = "en") -> str:
    """The plural of a noun cue.

    >>> plural("strike"), plural("embassy"), plural("tax")
    ('strikes', 'embassies', 'taxes')
    """
    rules = load_inflection(language)
    return rules.apply(rules.plural, noun)


def load_lexicon(language: str = "en") -> Lexicon:
    """Every cue word of ``language`` (``rules/<language>/cues.toml``) with its inflected forms,
    read once.

    >>> load_lexicon().cues["struck"].lemma
    'strike'
    >>> load_lexicon() is load_lexicon("en")
    True
    """
    return _load_lexicon(language)


@lru_cache(maxsize=4)
def _load_lexicon(language: str) -> Lexicon:
    data = tomllib.loads((RULES_DIR / language / "cues.toml").read_text(encoding="utf-8"))
    irregular = data.get("irregular", {})
    cues: dict[str, Cue] = {}
    examples: list[tuple[str, str]] = []
    noun_types: dict[str, str] = {}

    def forms(lemma: str) -> tuple[str, ...]:
        return (lemma, *irregular[lemma]) if lemma in irregular else inflect(lemma, language)

    for event_type, entry in data["types"].items():
        for lemma in entry.get("verbs", ()):
            for form in forms(lemma):
                cues.setdefault(form, Cue(lemma, event_type, "verb"))
        for noun in entry.get("nouns", ()):
            for form in {noun, plural(noun, language)}:
                cues.setdefault(form, Cue(noun, event_type, "noun"))
                noun_types.setdefault(form, event_type)
        examples.extend((e["text"], e["predicate"]) for e in entry.get("examples", ()))
    retyped = data["reporting_types"]  # a reporting verb's type: its own, unless one of these
    for status, lemmas in data["reporting"].items():
        for lemma in lemmas:
            for form in forms(lemma):
                old = cues.get(form)
                kind = (old.event_type if old and old.event_type not in retyped["replaced"]
                        else retyped["default"])
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
        unchanged_past=frozenset(lemma for lemma, found in irregular.items() if lemma in found),
        past_forms=frozenset(f for lemma, found in irregular.items() for f in found[1:] if f != lemma)
        | frozenset(data.get("past_forms", {}).get("forms", ())),
        type_examples=tuple((e["text"], e["type"]) for e in data.get("typing", {}).get("examples", ())),
    )
