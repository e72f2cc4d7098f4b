"""One clause, two happenings with their own dates: two events.

"The first patient died on August 30 and the second on September 11", "She arrived on March 3,
fell ill on March 8", "The club won the title in 2017 and again in 2018", "... fined the company
in September and, a month later, banned its director": one clause holds two dates, each attached
to its own verb or to a verb elided after a joiner. One event can carry one date only, so the
candidate is split after its first date: the first event keeps the words up to the joiner, the
second takes the words after it with its own date. Lists of days of one happening ("on July 16,
17 and 18", "in 2016 and 2021") and ranges ("between June and August") stay one event: a second
happening needs words of its own between the joiner and its date (or a verb right after it).

The joiners and openers are data (``rules/<language>/datesplit.toml``); used by
:mod:`timeline.events.build` on the candidates of each sentence with its dates.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import Clause, Token, clause_words, is_finite_verb, passive_participle, tokenize
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.events.subjects import share_subject
from timeline.model import TimeExpression

__all__ = ["DateSplitRules", "load_date_split_rules", "split_dated"]

_OWN_SUBJECT = ("main", "coord")  # clause kinds whose verb a bare comma may join a second verb to


@dataclass(frozen=True, slots=True)
class DateSplitRules:
    """The words of ``datesplit.toml``."""

    joiners: frozenset[str]  # "and", "while": a second happening may follow
    bare_joiners: frozenset[str]  # ",": only when a verb follows
    openers: frozenset[str]  # "the", "again": may open an elided second happening
    range_openers: frozenset[str]  # "between June and August": one range
    examples: tuple[dict, ...]


@lru_cache(maxsize=4)
def load_date_split_rules(language: str = "en") -> DateSplitRules:
    """The rules of ``language`` (empty when it has no ``datesplit.toml``)."""
    path = RULES_DIR / language / "datesplit.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return DateSplitRules(
        joiners=frozenset(data.get("joiners", ())),
        bare_joiners=frozenset(data.get("bare_joiners", ())),
        openers=frozenset(data.get("openers", ())),
        range_openers=frozenset(data.get("range_openers", ())),
        examples=tuple(data.get("examples", ())),
    )


def split_dated(text: str, candidates: list[Candidate], times: Sequence[TimeExpression],
                start: int, end: int) -> list[Candidate]:
    """The ``candidates`` of the sentence ``text[start:end]``, each clause holding two happenings
    with their own dates (``times``: the sentence's dates) split into one candidate per happening."""
    dated = [t for t in times if t.period_start is not None]
    if len(dated) < 2 or not candidates:
        return candidates
    rules = load_date_split_rules()
    if not rules.joiners and not rules.bare_joiners:
        return candidates
    tokens = tokenize(text, start, end)
    result: list[Candidate] = []
    for candidate in candidates:
        pending = [candidate]
        for _ in range(len(dated)):  # bounded: each split uses one date
            head = pending[-1]
            parts = _split(text, tokens, head, dated, rules)
            if parts is None:
                break
            pending[-1:] = parts
        result.extend(pending)
    return result


def _split(text: str, tokens: list[Token], candidate: Candidate, dated: Sequence[TimeExpression],
           rules: DateSplitRules) -> tuple[Candidate, Candidate] | None:
    """The candidate split at its first joiner between two dates of its predicate's clause, or None."""
    clause = candidate.predicate_clause
    if not candidate.clauses or candidate.clauses[-1] != clause:
        return None  # the predicate's clause must be the candidate's last (its words end the event)
    inside = sorted((t for t in dated if clause.start <= t.start and t.end <= clause.end
                     and t.start > candidate.predicate.start), key=lambda t: t.start)
    cues = load_lexicon().cues
    for first, second in zip(inside, inside[1:], strict=False):
        if first.value == second.value or first.end > second.start:
            continue
        at = _index(tokens, first.start)
        if at is None or (at > 0 and tokens[at - 1].lower in rules.range_openers) or (
                tokens[at].lower in rules.range_openers):
            continue  # "between June and August": one range
        between = [i for i, t in enumerate(tokens) if first.end <= t.start and t.end <= second.start]
        found = _joiner(tokens, between, rules, cues)
        if found is None or (tokens[found[0]].lower in rules.bare_joiners and _aside(tokens, candidate, rules)):
            continue  # "The result, called on June 2, leaves ...": the comma ends an aside, not a happening
        joiner, rest = found
        after = [i for i, t in enumerate(tokens) if second.end <= t.start and t.end <= clause.end]
        return _parts(text, tokens, candidate, clause, joiner, rest, after, rules, cues)
    return None


def _joiner(tokens: list[Token], between: list[int], rules: DateSplitRules,
            cues: dict) -> tuple[int, list[int]] | None:
    """The joiner between two dates and the word indices after it, when a second happening follows."""
    for n, i in enumerate(between):
        word = tokens[i].lower
        if word in rules.joiners:
            rest = [j for j in between[n + 1 :] if tokens[j].lower not in rules.bare_joiners]
            if not rest or tokens[rest[0]].lower in rules.openers or tokens[rest[0]].text[:1].isupper() or (
                    is_finite_verb(tokens, rest[0], cues)):
                return i, rest
            return None
        if word in rules.bare_joiners and n + 1 < len(between) and is_finite_verb(tokens, between[n + 1], cues):
            return i, between[n + 1 :]  # "arrived on March 3, fell ill on March 8"
        if word not in rules.bare_joiners:
            return None  # other words right after the first date: not a second happening's start
    return None


def _parts(text: str, tokens: list[Token], candidate: Candidate, clause: Clause, joiner: int,
           rest: list[int], after: list[int], rules: DateSplitRules,
           cues: dict) -> tuple[Candidate, Candidate] | None:
    """The two candidates of a split at token ``joiner``."""
    verb = next((i for i in rest if is_finite_verb(tokens, i, cues)), None)
    if not rest:  # "and, a month later, banned ...": the verb right after the second date
        after = [i for i in after if tokens[i].lower not in rules.bare_joiners
                 and tokens[i].lower not in rules.openers]  # "a month later, banned"
        verb = next((i for i in after[:1] if is_finite_verb(tokens, i, cues) or passive_participle(tokens, i)), None)
        if verb is None and len(after) > 1 and tokens[after[0]].lower not in cues:  # "were sentenced"
            verb = next((i for i in after[1:2] if passive_participle(tokens, i)), None)
        if verb is None or tokens[verb].lower not in cues:
            return None
    last = joiner - 1
    while last > clause.first and tokens[last].lower in rules.bare_joiners:
        last -= 1
    opening = joiner + 1
    while opening < clause.stop and tokens[opening].lower in rules.bare_joiners:
        opening += 1
    if last < clause.first or opening >= clause.stop:
        return None
    one = replace(clause, stop=joiner, end=tokens[last].end)
    two = Clause("coord", opening, clause.stop, tokens[opening].start, clause.end, clause.head)
    first = replace(candidate, end=one.end, clauses=(*candidate.clauses[:-1], one), predicate_clause=one)
    second = replace(candidate, start=two.start, subject_start=two.start, clauses=(two,), predicate_clause=two,
                     antecedent=None, borrowed_subject=None)
    if verb is not None:
        second = replace(second, predicate=tokens[verb], cue=cues[tokens[verb].lower])
        if not rest or verb == rest[0]:  # no subject of its own: the first happening's
            second = share_subject(text, tokens, second, candidate)
        return first, second
    word = tokens[rest[0]]  # the verb is elided: the second event stands at its first word
    second = replace(second, predicate=word._replace(text=candidate.predicate.text, lower=candidate.predicate.lower))
    if word.lower in rules.openers and word.text == word.lower and not _determiner(word.lower):
        second = replace(second, borrowed_subject=(candidate.subject_start, candidate.predicate.end))  # "again"
    return first, second


def _determiner(word: str) -> bool:
    return word in clause_words().determiners


def _aside(tokens: list[Token], candidate: Candidate, rules: DateSplitRules) -> bool:
    """Does a comma after the first date end an aside or a subordinate clause rather than join a
    second verb: a comma between the candidate's subject and its predicate (a participle aside),
    or a predicate outside a main clause?"""
    if candidate.predicate_clause.kind not in _OWN_SUBJECT:
        return True  # "after the polls closed on June 2, leaves ...": the comma ends the subordinate clause
    return any(candidate.subject_start <= t.start < candidate.predicate.start and t.lower in rules.bare_joiners
               for t in tokens)


def _index(tokens: list[Token], offset: int) -> int | None:
    return next((i for i, t in enumerate(tokens) if t.start >= offset), None)
