"""What the participant model reads of each (event, candidate actor) pair: cheap features the
pipeline already has.

The candidates of an event are the actors (by the name an analyst filters by) reached from it:

- every actor mention of its sentence, in any clause: a name, a resolved pronoun ("he", "it") or a
  resolved description ("the company", "the ministry");
- the actor that opens the sentence before, in the same paragraph (its subject);
- the affiliation of an actor of the sentence (a person's country or organisation);
- the article's most named actor.

Each candidate gets a row of numbers in the order of :func:`feature_names`: how it is reached,
where its mentions stand against the predicate (before or after, words between, in the event's
clauses, quoted, the speaker of a report), grammatical cues (subject, object, a "by" agent, a
possessive, inside a prepositional phrase, after a subordinator that follows the predicate, an
item of a list of names; the speaker of an act the event reports), its kind, affiliations between candidates, its
salience in the article and what today's rules (:mod:`timeline.events.participants`) decide.
No English here: the words are data (``rules/<language>/participants.toml``, ``[model]``).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.articleactors import DocumentActors
from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.lexicon import RULES_DIR
from timeline.events.participantroles import mention_features, nearest_names, passive, possessive_of_actor
from timeline.model import ActorMention, Sentence

__all__ = ["ActorCandidate", "candidates_of", "feature_names"]



@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names of the features, in the order of a candidate's row.

    >>> feature_names()[:3]
    ('bias', 'reach=direct', 'reach=pronoun')
    """
    return _words().features


@lru_cache(maxsize=1)
def _index() -> dict[str, int]:
    return {name: n for n, name in enumerate(feature_names())}


@dataclass(frozen=True, slots=True)
class _Words:
    agent: frozenset[str]  # "by": the word before a passive's agent
    locative: frozenset[str]  # "in", "at": prepositions of a place ([place] prepositions)
    passive: frozenset[str]  # "was", "were": auxiliaries of a passive before a participle
    quotes_open: str
    quotes_close: str
    quotes_both: str
    features: tuple[str, ...]  # the feature names, in order


@lru_cache(maxsize=4)
def _words(language: str = "en") -> _Words:
    """The ``[model]`` words of ``participants.toml``; a missing one is an error naming the file."""
    path = RULES_DIR / language / "participants.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        model = data["model"]
        return _Words(frozenset(model["agent_prepositions"]), frozenset(data["place"]["prepositions"]),
                      frozenset(model["passive_auxiliaries"]),
                      model["quotes_open"], model["quotes_close"], model["quotes_both"],
                      tuple(model["features"]))
    except KeyError as error:
        raise ValueError(f"{path}: [model] misses {error}") from None


@dataclass(frozen=True, slots=True)
class ActorCandidate:
    """One actor an event may have: its analyst ``name``, the ``mentions`` that reach it (in the
    sentence; else the one it was reached through), its feature ``row`` and whether today's rules
    keep it (``rule``)."""

    name: str
    mentions: tuple[ActorMention, ...]
    row: tuple[float, ...]
    rule: bool


def _reach(m: ActorMention, originals: set[tuple[int, str]]) -> str:
    """How a mention of the sentence was reached: a name, a pronoun or a description (an article and
    lower-case words, "the company", whether the actor layer or the event layer resolved it)."""
    words = clause_words()
    word = m.text.lower()
    if word in words.personal_pronouns or word in words.group_pronouns or word in words.body_pronouns:
        return "pronoun"
    parts = m.text.split()
    if len(parts) > 1 and parts[0].lower() in words.articles and all(p[:1].islower() for p in parts[1:]):
        return "description"
    return "direct" if (m.start, m.actor_id) in originals else "description"


def candidates_of(text: str, candidate: Candidate, sentence: Sentence, mentions: Sequence[ActorMention],
                  originals: set[tuple[int, str]], spans: Sequence[tuple[int, int]],
                  ruled: Sequence[ActorMention], previous: Sequence[ActorMention], doc: DocumentActors,
                  names_of: Callable[[Sequence[ActorMention]], tuple[str, ...]]) -> list[ActorCandidate]:
    """The candidate actors of the event of ``candidate`` and their features. ``mentions`` are the
    sentence's (pronouns resolved; ``originals`` the (start, actor id) of those found as names),
    ``spans`` the event's clauses, ``ruled`` the mentions today's rules keep, ``previous`` the
    mentions of the sentence before in the same paragraph, ``doc`` the article's actors."""
    words, cw = _words(), clause_words()
    index = _index()
    ruled_names = {n for m in ruled for n in names_of([m])}
    by_name: dict[str, list[tuple[ActorMention, str]]] = {}
    for m in mentions:
        for name in names_of([m]):
            by_name.setdefault(name, []).append((m, _reach(m, originals)))
    affiliated: dict[str, set[str]] = {}  # name -> the affiliations of its mentions
    for name, found in list(by_name.items()):
        for m, _ in found:
            for other in {m.affiliation, m.acts_for, m.country} - {"", name}:
                affiliated.setdefault(name, set()).add(other)
    opener = next((m for m in previous if names_of([m])), None)
    prev_subject = names_of([opener])[0] if opener is not None else ""
    extra: dict[str, tuple[str, ActorMention]] = {}
    if prev_subject and prev_subject not in by_name:
        extra[prev_subject] = ("previous", opener)
    for others in affiliated.values():
        for other in sorted(others):
            if other not in by_name and other not in extra and other in doc.first:
                extra[other] = ("affiliation", doc.first[other])
    if doc.most_named and doc.most_named not in by_name and doc.most_named not in extra:
        extra[doc.most_named] = ("salient", doc.first[doc.most_named])
    verb = candidate.predicate
    clause = candidate.predicate_clause
    total = len(by_name) + len(extra)
    out: list[ActorCandidate] = []
    nearest = nearest_names(by_name, candidate.predicate.start)
    for name in [*by_name, *extra]:
        row = [0.0] * len(index)

        def put(feature: str, value: float = 1.0, row: list[float] = row) -> None:
            row[index[feature]] = max(row[index[feature]], value)

        put("bias")
        found = by_name.get(name, [])
        if found:
            for m, reach in found:
                put(f"reach={reach}")
                mention_features(text, candidate, sentence, m, spans, clause, verb, words, cw, put, mentions)
            kind = found[0][0].kind
        else:
            reach, m = extra[name]
            put(f"reach={reach}")
            kind = m.kind
        if f"kind={kind}" in index:
            put(f"kind={kind}")
        if name in ruled_names:
            put("rule")
        if any(name in affs for other, affs in affiliated.items() if other != name):
            put("affiliation_of_other")
        if affiliated.get(name, set()) & (set(by_name) | set(extra)):
            put("has_affiliated_other")
        put("log_mentions", math.log1p(doc.counts.get(name, 0)))
        put("most_named", float(name == doc.most_named))
        put("first_named", float(name == doc.first_named))
        put("in_headline", float(name in doc.headline))
        put("previous_subject", float(name == prev_subject))
        put("log_candidates", math.log1p(total))
        put("rule_empty", float(not ruled_names))
        put("rule_many", float(len(ruled_names) > 2))
        put("reporting", float(candidate.cue.reporting is not None or candidate.report is not None))
        put("passive", float(passive(text, sentence.start, verb.start, words)))
        put("nearest_before", float(name == nearest[0]))
        put("nearest_after", float(name == nearest[1]))
        put("outside_clauses", float(bool(found) and not row[index["in_clauses"]]))
        put("content_event", float(candidate.report is not None and candidate.cue.reporting is None))
        put("only_candidate", float(total == 1))
        _interactions(row, index)
        acting = max(row[index["subject"]], row[index["source"]])
        put("affiliation_acting", row[index["affiliation_of_other"]] * acting)
        put("place_word_acting", row[index["place_word"]] * acting)  # "Moscow said": the state, not the city
        if any(possessive_of_actor(text, m, mentions, cw) for m, _ in found):
            put("possessive_of_actor")  # "Britain's National Crime Agency": the owner of a named body
        out.append(ActorCandidate(name, tuple(m for m, _ in found) or (extra[name][1],), tuple(row),
                                  name in ruled_names))
    return out


_CROSSES = (("subject*person", "subject", "kind=person"), ("subject*country", "subject", "kind=country"),
            ("after*country", "after_predicate", "kind=country"), ("phrase*country", "in_phrase", "kind=country"),
            ("agent*passive", "by_agent", "passive"), ("rule*after", "rule", "after_predicate"),
            ("pronoun*subject", "reach=pronoun", "subject"),
            ("affiliation_of_other*after", "affiliation_of_other", "after_predicate"),
            ("source*content", "source", "content_event"))


def _interactions(row: list[float], index: dict[str, int]) -> None:
    """The products of pairs of features a linear model cannot combine by itself."""
    for name, a, b in _CROSSES:
        row[index[name]] = row[index[a]] * row[index[b]]
