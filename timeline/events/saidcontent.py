"""A date inside what a saying reports does not date the saying: "told reporters the result went
beyond the landslide of 1998" is a remark of the article's day.

When the event is the saying itself (its predicate a reporting verb, reporting nothing else), a
date after the verb is its own only while no clause of what it says has begun: an opener ("that"),
a finite auxiliary or a verb between the two opens that clause, and a dated noun right after the
verb ("said this year's bonuses were ...") is its subject. A date right after the verb of what is
said ("said the deal was signed in 2019") dates that happening, which the saying's event then stands
for: it keeps the date; a date inside a noun of what is said ("the party's landslide in 1998") dates
neither. A verb a few words after a preposition ("in a statement released on Monday") is a
participle of that preposition's noun and opens nothing. The words are data
(``rules/<language>/saidcontent.toml``, with examples run as tests); the engine knows no English.

>>> from timeline.events.candidates import sentence_candidates
>>> from timeline.temporal import tag
>>> def said(text):
...     candidate = sentence_candidates(text, 0, len(text))[0]
...     return [in_what_is_said(text, candidate, t) for t in tag(text)]
>>> said("Ms Larsen told reporters the result went beyond the landslide in 1998.")
[True]
>>> said("The mayor told reporters on a call on Monday the bridge was safe.")
[False]
>>> said("The ministry said in a statement released on Monday the bridge was safe.")
[False]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauseopeners import past_follows
from timeline.events.clauses import clause_words, is_finite_verb, tokenize
from timeline.events.datewords import DateExample
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.model import TimeExpression

__all__ = ["SaidContentWords", "in_what_is_said", "load_said_content_words"]


@dataclass(frozen=True, slots=True)
class SaidContentWords:
    """The words that open what a saying reports, and the examples."""

    openers: frozenset[str]
    plans: frozenset[str]  # words that make what is said a plan: "would", "to" ("expects to restart")
    plan_statuses: tuple[str, ...]  # reporting statuses of verbs that foretell: "expects", "predicts"
    participle_reach: int  # a verb this many words after a preposition is its noun's participle
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_said_content_words(language: str = "en") -> SaidContentWords:
    """The ``[said_content]`` table of ``rules/<language>/saidcontent.toml``; a missing key is an
    error naming the file."""
    path = RULES_DIR / language / "saidcontent.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        table = data["said_content"]
        return SaidContentWords(frozenset(w.lower() for w in table["openers"]),
                                frozenset(w.lower() for w in table["plans"]), tuple(table["plan_statuses"]),
                                table["participle_reach"], tuple(
            DateExample("said_content", **entry) for entry in table.get("examples", ())))
    except KeyError as missing:
        raise ValueError(f"{path}: [said_content] {missing} is missing") from None


def in_what_is_said(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """Is ``t`` inside what the saying ``candidate`` reports, after its reporting verb?"""
    pred, cues = candidate.predicate, load_lexicon().cues
    cue = cues.get(pred.lower)
    words, said = clause_words(), load_said_content_words()
    if (candidate.report is not None or cue is None or cue.reporting in (None, *said.plan_statuses)
            or t.start < pred.end or _noun_use(text, pred.start, words.determiners)):
        return False  # not a saying ("the first find was made in 2003"), or one that foretells
    if text[t.end : t.end + 2] in words.possessive_endings and all(
            w.lower() in words.date_noun_markers for w in text[pred.end : t.start].split()):
        return True  # "said this year's bonuses were ...": the subject of what is said
    tokens = tokenize(text, pred.end, t.start)
    if any(tok.lower in said.plans or getattr(cues.get(tok.lower), "reporting", None) in said.plan_statuses
           for tok in tokens):
        return False  # "said he would decide on 30 January": the plan it tells, dated by its words
    opened, last_verb = False, -1
    for i, token in enumerate(tokens):
        if token.lower in said.openers:
            opened = True
        elif token.text in words.finite_auxiliaries:
            opened, last_verb = True, i
        elif (is_finite_verb(tokens, i, cues) or past_follows(tokens, i)) and not (i > 0 and (
                tokens[i - 1].lower in words.determiners  # "announced the cut on Tuesday": a noun
                or any(tok.lower in words.prepositions for tok in tokens[max(0, i - said.participle_reach) : i]))):
            opened, last_verb = True, i  # not "in a statement released on Monday": a participle
    attached = words.prepositions | words.perfect_adverbs | words.date_noun_markers
    return opened and not all(tok.lower in attached for tok in tokens[last_verb + 1 :])


def _noun_use(text: str, start: int, determiners: frozenset[str]) -> bool:
    """Is the word at ``start`` a noun after a determiner ("the first find", "the cut")?"""
    before = text[max(0, start - 30) : start].lower().split()
    return bool(before) and (before[-1] in determiners or (len(before) > 1 and before[-2] in determiners
                                                            and before[-1].isalpha()))
