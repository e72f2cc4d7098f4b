"""A clause told as the next step of the happening before it: "A parade then wound through the town".

A clause with no date of its own whose verb comes right after "then" (auxiliaries and adverbs
aside) goes on with the last happening the text dated to a day by its own words: it takes that day,
as "on the same day" does (:func:`timeline.events.dating.same_day_link`), even when the happening
before it moves no narrative ("Crowds were given flags as the charter was read out on Monday,
June 3, 1901. A band then marched ...") or a paragraph lies between. "Since then", "by then" and
"He was told then" name no next step. The words are data (``rules/<language>/nextstep.toml``, with
examples run as tests); the engine knows no English.

>>> from timeline.events.candidates import sentence_candidates
>>> def step(text): return next_step(text, sentence_candidates(text, 0, len(text))[0])
>>> step("A parade then wound through the old town."), step("The flags were then lowered.")
(True, True)
>>> step("A parade wound through the old town."), step("Since then the two sides fought three wars.")
(False, False)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.datewords import DateExample
from timeline.events.dating import in_past_perfect, same_day_link
from timeline.events.lexicon import RULES_DIR

__all__ = ["NextStepWords", "day_link_words", "load_next_step_words", "next_step"]

NEXT_STEP = "'then', the next step"  # how a date from the happening before is explained
_RELATIVE = "rel"  # the clause kind of a relative clause (timeline/events/clauses.py): dated by its noun


@dataclass(frozen=True, slots=True)
class NextStepWords:
    """The adverbs that make a clause the next step of the happening before, and the examples."""

    adverbs: frozenset[str]
    state_ending: str  # "ing": "were then floating" is what held at that time, not a next step
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_next_step_words(language: str = "en") -> NextStepWords:
    """The ``[next_step]`` table of ``rules/<language>/nextstep.toml``; a missing key is an
    error naming the file."""
    path = RULES_DIR / language / "nextstep.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        table = data["next_step"]
        return NextStepWords(frozenset(w.lower() for w in table["adverbs"]), table["state_ending"], tuple(
            DateExample("next_step", **entry) for entry in table.get("examples", ())))
    except KeyError as missing:
        raise ValueError(f"{path}: [next_step] {missing} is missing") from None


def next_step(text: str, candidate: Candidate) -> bool:
    """Does the verb of ``candidate`` come right after a next-step adverb ("then"), auxiliaries
    and adverbs between aside, in a clause that is not a plan, reported content, a relative
    clause (its noun's), a state in the progressive or in the past perfect?"""
    if (candidate.status == "planned" or candidate.report is not None or candidate.clauses[0].kind == _RELATIVE
            or in_past_perfect(text, candidate)
            or candidate.predicate.lower.endswith(load_next_step_words().state_ending)):
        return False  # a plan, a reported step ("said he then shot him"), a state ("were then floating")
    words = clause_words()
    between = words.auxiliaries | words.perfect_adverbs
    start = max(candidate.predicate_clause.start, candidate.predicate.start - 40)
    for word in reversed(text[start : candidate.predicate.start].lower().split()):
        if word in load_next_step_words().adverbs:
            return True
        if word not in between:
            return False
    return False


def day_link_words(text: str, candidate: Candidate, sentence_time: object) -> str | None:
    """How ``candidate`` is tied to the day of the last happening dated to a day, as its date's
    explanation says it: by "the same day" (:func:`timeline.events.dating.same_day_link`), or, in
    a sentence with no date (``sentence_time`` None), as its next step (:func:`next_step`); None
    when it is not."""
    if same_day_link(text, candidate):
        return "'the same day'"
    return NEXT_STEP if sentence_time is None and next_step(text, candidate) else None
