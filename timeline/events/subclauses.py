"""An adverbial clause after a main clause whose verb no cue names: its own clause.

The clause reader opens an adverbial clause at a subordinator only when the clause before it
holds a verb. A verb of the cue list counted; an open verb (:mod:`timeline.events.openverbs`,
recognised by its form: "slipped", "was transferred") did not, so "The shares slipped on Monday
after the bank cut its forecast" stayed one clause whose one event took the words and the date
of "cut". With these two tests the clause reader also counts an open verb before the subordinator
(:func:`open_verb_before`) and after it (:func:`open_verb_after`).

The window is data (``rules/<language>/subclauses.toml``, with the examples the tests run).

>>> from timeline.events.clauses import split_clauses
>>> text = "The shares slipped on Monday after the bank cut its forecast."
>>> [(c.kind, text[c.start:c.end]) for c in split_clauses(text, 0, len(text))]
[('main', 'The shares slipped on Monday'), ('sub', 'after the bank cut its forecast.')]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.events.language import load_language
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.events.verbforms import is_finite_verb, plural_noun_like

if TYPE_CHECKING:
    from timeline.events.tokens import Token

__all__ = ["SubclauseRules", "adverb_before", "clause_after_verb", "load_subclause_rules", "open_verb_after",
           "open_verb_before"]


@dataclass(frozen=True, slots=True)
class SubclauseRules:
    """``subclauses.toml``: the subordinators that open a clause after an open verb, the words that
    open an aside (no open verb after them counts), how far after the subordinator an open verb
    may stand, and the examples (sentence, the adverbial clause it gives or "")."""

    subordinators: frozenset[str]
    aside_openers: frozenset[str]
    open_verb_window: int
    subject_window: int
    leading_adverbs: frozenset[str]
    examples: tuple[dict, ...]


@lru_cache(maxsize=4)
def load_subclause_rules(language: str = "en") -> SubclauseRules:
    """The rules of ``language`` (no open verb counts when it has no ``subclauses.toml``)."""
    path = RULES_DIR / language / "subclauses.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return SubclauseRules(subordinators=frozenset(data.get("subordinators", ())),
                          aside_openers=frozenset(data.get("aside_openers", ())),
                          open_verb_window=int(data.get("open_verb_window", 0)),
                          subject_window=int(data.get("subject_window", 0)),
                          leading_adverbs=frozenset(data.get("leading_adverbs", ())),
                          examples=tuple(data.get("examples", ())))


def _open_verb_in(tokens: list[Token], first: int, stop: int) -> bool:
    """Is one of ``tokens[first:stop]``, read as a clause, an open verb?"""
    from timeline.events.clauses import Clause  # noqa: PLC0415 - clauses imports this module
    from timeline.events.openverbs import open_verb  # noqa: PLC0415 - openverbs imports clauses

    asides = load_subclause_rules().aside_openers
    stop = next((k for k in range(first, stop) if tokens[k].lower in asides), stop)
    if stop <= first:
        return False
    clause = Clause("main", first, stop, tokens[first].start, tokens[stop - 1].end, 0)
    return any(open_verb(tokens, i, clause) is not None for i in range(first, stop))


_OWN_VERB = frozenset({"main", "coord", "cont"})  # clauses with a verb of their own, not a report's content


def open_verb_before(tokens: list[Token], first: int, i: int, kind: str) -> bool:
    """Is token ``i`` a subordinator of the rules after an open verb of the clause of ``kind`` that
    starts at token ``first`` (a main clause, not what a report says nor a relative clause)? Not
    after a unit of time ("The verdict came six days after ..."): the main verb only places the
    happening after the subordinator in time ("shortly after lift-off" is cut all the same)."""
    return (kind in _OWN_VERB and tokens[i].lower in load_subclause_rules().subordinators and i > first
            and tokens[i - 1].lower not in load_language().words.time_units and _open_verb_in(tokens, first, i))


def open_verb_after(tokens: list[Token], i: int, stops: frozenset[str]) -> bool:
    """Does an open verb follow the subordinator at ``i`` within the window, before any of
    ``stops`` (punctuation and words no clause's subject crosses)?"""
    window = load_subclause_rules().open_verb_window
    stop = i + 1
    while stop < len(tokens) and stop <= i + window + 1 and tokens[stop].lower not in stops:
        stop += 1
    return window > 0 and stop > i + 1 and _open_verb_in(tokens, i + 1, stop)


def clause_after_verb(tokens: list[Token], first: int, i: int, kind: str, stops: frozenset[str]) -> bool:
    """After a clause of ``kind`` (from token ``first``) whose verb a cue names, does the
    subordinator of the rules at ``i`` open a clause of its own whose verb no cue names, or whose
    subject is long ("The index fell on Monday even though the bank's profit came in above
    forecasts"; "The ruling was read on Monday, after the lawyers for both sides had been heard")?
    Its verb (:func:`_own_verb`) stands within ``subject_window`` words of the subordinator."""
    rules = load_subclause_rules()
    return (kind in _OWN_VERB and tokens[i].lower in rules.subordinators and i > first
            and tokens[i - 1].lower not in load_language().words.time_units and not _reporting(tokens[i - 1])
            and _own_verb(tokens, i, stops))


def _reporting(token: Token) -> bool:
    """Is ``token`` a reporting verb ("insisted after the rumours spread that ..."): what it reports
    comes after the adverbial clause, which stays with it?"""
    cue = load_lexicon().cues.get(token.lower)
    return cue is not None and cue.reporting is not None


def _own_verb(tokens: list[Token], i: int, stops: frozenset[str]) -> bool:
    """Does the verb of a clause follow the subordinator at ``i``: a verb cue, an open verb or a
    finite auxiliary ("had been heard") after its subject, before any of ``stops``, another
    subordinator or a relative word? Not after an -ing form or a preposition first (", while
    keeping ...", "because of ...": no clause of its own), nor a word after a preposition or "to"
    ("in honour of", "to win": nouns and infinitives), nor a plural noun ("weeks of street protests")."""
    from timeline.events.clauses import Clause  # noqa: PLC0415 - clauses imports this module
    from timeline.events.openverbs import open_verb  # noqa: PLC0415 - openverbs imports clauses

    words, cues = load_language().words, load_lexicon().cues
    end = min(len(tokens), i + 1 + load_subclause_rules().subject_window)
    if i + 1 >= end or tokens[i + 1].lower.endswith(words.participle_endings) or (
            tokens[i + 1].lower in words.prepositions):
        return False  # ", while keeping ...", "because of the storm": no clause of its own
    clause = Clause("sub", i + 1, end, tokens[i + 1].start, tokens[end - 1].end, 0)
    for j in range(i + 1, end):
        word = tokens[j].lower
        if word in stops or word in words.subordinators or word in words.relative or tokens[j].quoted:
            return False
        if tokens[j - 1].lower in words.prepositions or tokens[j - 1].lower in words.infinitive_markers:
            continue
        if j > i + 1 and tokens[j].text in words.finite_auxiliaries:
            return True
        if (is_finite_verb(tokens, j, cues) and not plural_noun_like(tokens, j, i + 1)) or (
                open_verb(tokens, j, clause) is not None):
            return True
    return False


def adverb_before(tokens: list[Token], i: int) -> bool:
    """Does an adverb of the subordinator at ``i`` stand right before it ("*even* though", "*just*
    after")? It opens the adverbial clause with it."""
    return i > 0 and tokens[i - 1].lower in load_subclause_rules().leading_adverbs
