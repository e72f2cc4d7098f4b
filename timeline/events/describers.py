"""Clauses with no date of their own that describe a noun: not news of the day.

A relative clause describes its noun, so it is no report of the day
(:func:`timeline.events.dating.report_of_the_day`). Neither is a past participle that follows a noun
with its agent ("a camera built by a Dutch university", "the team, led by a young chemist, ...") or a
simple past passive of how a thing came to be ("The clinic was founded by two nurses":
:func:`describes_noun`): it tells who made or leads that thing, background the gold leaves undated
unless a clause the text links it to dates it. The words are data (``rules/<language>/describers.toml``,
its examples run as tests; the participle's forms are ``nesteddates.toml``'s); the engine knows no English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.datewords import DateExample
from timeline.events.lexicon import RULES_DIR
from timeline.events.nesteddates import load_nested_date_words

__all__ = ["DescriberWords", "describes_noun", "load_describer_words"]

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\w.]*|[,;:()%$€£]")  # words, numbers and punctuation


@dataclass(frozen=True, slots=True)
class DescriberWords:
    """The words of ``describers.toml``, by table."""

    agents: frozenset[str]  # [agent_participles]: the word that opens the agent ("by")
    measures: frozenset[str]  # words after it that make it a margin ("by half", "by about 5%")
    gerund_endings: tuple[str, ...]  # "by buying": a means, not an agent
    changes: frozenset[str]  # verbs whose "by" is a margin ("won by a goal")
    adverb_endings: tuple[str, ...]  # "provisionally": an adverb between the noun or auxiliary and the participle
    origins: frozenset[str]  # [origin_passives]: verbs of how a thing came to be ("founded")
    origin_auxiliaries: frozenset[str]  # "was": their simple past passive
    origin_between: frozenset[str]  # words between ("was designed and built", "was jointly developed")
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_describer_words(language: str = "en") -> DescriberWords:
    """The words of ``language``; a missing table or key is an error naming the file.

    >>> "by" in load_describer_words().agents
    True
    """
    path = RULES_DIR / language / "describers.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        agent, origin = data["agent_participles"], data["origin_passives"]
        examples = tuple(DateExample(table, **entry) for table, entries in data.items()
                         for entry in entries.get("examples", ()))
        return DescriberWords(frozenset(agent["agents"]), frozenset(agent["measures"]),
                              tuple(agent["gerund_endings"]), frozenset(agent["changes"]),
                              tuple(agent["adverb_endings"]), frozenset(origin["verbs"]),
                              frozenset(origin["auxiliaries"]), frozenset(origin["between"]), examples)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed entry: {error}") from None


def describes_noun(text: str, candidate: Candidate) -> bool:
    """Is the predicate of ``candidate`` a past participle after a noun, with its agent ("a camera
    built by a Dutch university"), or a simple past passive of how a thing came to be ("The app was
    designed and built by a firm in Nairobi")? Not when it is what a saying reports ("told reporters that the
    tariffs created by the treaty ..."): the saying is the news.

    >>> from timeline.events.candidates import sentence_candidates
    >>> def noun(text): return describes_noun(text, sentence_candidates(text, 0, len(text))[0])
    >>> noun("The team, led by a young chemist, worked abroad."), noun("The camera was sold by a firm.")
    (True, False)
    >>> noun("The camera was built by a firm."), noun("The firm has built a camera.")
    (True, False)
    """
    words, nested = load_describer_words(), load_nested_date_words()
    verb = candidate.predicate.lower
    if candidate.report is None and verb in words.origins and _after_auxiliary(text, candidate, words):
        return True  # "The clinic was founded by two nurses": how the clinic came to be
    if candidate.report is not None or candidate.cue.pos != "verb" or verb in words.changes or not (
            verb in nested.irregular or verb.endswith(nested.endings)):
        return False
    after = [w.lower() for w in _WORD.findall(text, candidate.predicate.end, candidate.predicate.end + 40)]
    if len(after) < 2 or after[0] not in words.agents:
        return False
    agent = after[1]
    if agent[:1].isdigit() or agent in words.measures or agent.endswith(words.gerund_endings):
        return False
    before = _WORD.findall(text, max(0, candidate.predicate.start - 60), candidate.predicate.start)
    while before and before[-1].lower().endswith(words.adverb_endings):
        before.pop()  # "were provisionally suspended by": the word before the adverb decides
    if before and before[-1] == ",":
        before.pop()
    noun = before[-1].lower() if before else ""
    return noun[:1].isalnum() and noun not in nested.not_nouns


def _after_auxiliary(text: str, candidate: Candidate, words: DescriberWords) -> bool:
    """Is the predicate right after an auxiliary of ``origin_passives``, its ``between`` words and
    verbs aside ("was designed and built")?"""
    clause = candidate.predicate_clause
    for word in reversed(_WORD.findall(text, max(clause.start, candidate.predicate.start - 60),
                                       candidate.predicate.start)):
        word = word.lower()
        if word in words.origin_auxiliaries:
            return True
        if word not in words.origin_between and word not in words.origins:
            return False
    return False
