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
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.articleactors import DocumentActors
from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.lexicon import RULES_DIR
from timeline.model import ActorMention, Sentence

__all__ = ["ActorCandidate", "candidates_of", "feature_names"]

_OPENS = 12  # a mention this close to the start of its sentence opens it
_POSSESSIVE_REACH = 30  # characters between a possessive and the name it owns ("Britain's new X")
_POSSESSIVE_WORDS = 3  # ... and words, none a preposition or conjunction ("Pyongyang's troops to Russia": no)
_WORD = re.compile(r"\w+")


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


def _quoted(text: str, start: int, at: int, words: _Words) -> bool:
    """Is offset ``at`` inside quotation marks opened after ``start`` (its sentence's start)?"""
    piece = text[start:at]
    opened = sum(piece.count(q) for q in words.quotes_open) - sum(piece.count(q) for q in words.quotes_close)
    return opened > 0 or sum(piece.count(q) for q in words.quotes_both) % 2 == 1


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
    nearest = _nearest(by_name, candidate.predicate.start)
    for name in [*by_name, *extra]:
        row = [0.0] * len(index)

        def put(feature: str, value: float = 1.0, row: list[float] = row) -> None:
            row[index[feature]] = max(row[index[feature]], value)

        put("bias")
        found = by_name.get(name, [])
        if found:
            for m, reach in found:
                put(f"reach={reach}")
                _position(text, candidate, sentence, m, spans, clause, verb, words, cw, put, mentions)
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
        put("passive", float(_passive(text, sentence.start, verb.start, words)))
        put("nearest_before", float(name == nearest[0]))
        put("nearest_after", float(name == nearest[1]))
        put("outside_clauses", float(bool(found) and not row[index["in_clauses"]]))
        put("content_event", float(candidate.report is not None and candidate.cue.reporting is None))
        put("only_candidate", float(total == 1))
        _interactions(row, index)
        acting = max(row[index["subject"]], row[index["source"]])
        put("affiliation_acting", row[index["affiliation_of_other"]] * acting)
        put("place_word_acting", row[index["place_word"]] * acting)  # "Moscow said": the state, not the city
        if any(_possessive_of_actor(text, m, mentions, cw) for m, _ in found):
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


def _possessive_of_actor(text: str, m: ActorMention, mentions: Sequence[ActorMention], cw) -> bool:
    """Is ``m`` in the possessive right before another actor's name ("Britain's National Crime
    Agency"; not "South Korea's ministry", whose body has no name of its own)?"""
    ending = next((e for e in cw.possessive_endings if text.startswith(e, m.end)), None)
    if ending is None:
        return False
    after = next((o for o in mentions if o.start >= m.end + len(ending)), None)
    if (after is None or after.name == m.name or not after.text[:1].isupper()  # a name, not "troops"
            or after.start - m.end - len(ending) > _POSSESSIVE_REACH):
        return False
    between = text[m.end + len(ending) : after.start].split()
    return len(between) <= _POSSESSIVE_WORDS and all(
        w.isalpha() and w.lower() not in cw.prepositions and w.lower() not in cw.conjunctions for w in between)


def _listed(text: str, m: ActorMention, mentions: Sequence[ActorMention], cw) -> bool:
    """Is ``m`` an item of a list of names: another mention right before or after it, with only a
    comma or a conjunction between?"""
    for other in mentions:
        if other is m:
            continue
        gap = text[other.end : m.start] if other.end <= m.start else text[m.end : other.start]
        word = gap.strip(" ,").lower()
        if len(gap) <= 6 and (word in cw.conjunctions or not word and "," in gap):
            return True
    return False


def _nearest(by_name: dict[str, list[tuple[ActorMention, str]]], verb: int) -> tuple[str, str]:
    """The names of the candidates named closest before and closest after the predicate."""
    before = max(((m.end, n) for n, found in by_name.items() for m, _ in found if m.end <= verb), default=(0, ""))
    after = min(((m.start, n) for n, found in by_name.items() for m, _ in found if m.start > verb),
                default=(0, ""))
    return before[1], after[1]


def _passive(text: str, start: int, verb: int, words: _Words) -> bool:
    """Is the word right before the predicate a passive's auxiliary ("was arrested")?"""
    before = _WORD.findall(text[max(start, verb - 20) : verb])
    return bool(before) and before[-1].lower() in words.passive


def _position(text: str, candidate: Candidate, sentence: Sentence, m: ActorMention,
              spans: Sequence[tuple[int, int]], clause, verb, words: _Words, cw, put,
              mentions: Sequence[ActorMention] = ()) -> None:
    """The features of one mention against the event's predicate and clauses."""
    inside = any(s <= m.start and m.end <= e for s, e in spans)
    if inside:
        put("in_clauses")
    if clause.start <= m.start <= clause.end:
        put("in_predicate_clause")
    if candidate.report is not None and m.start < candidate.report.start and m.start < verb.start:
        put("source")
    elif inside and m.start < verb.start:
        put("subject")
    if m.start > verb.start:
        put("after_predicate")
    between = text[min(m.end, verb.start) : max(m.start, verb.end)]
    put("closeness", 1.0 / (1.0 + len(_WORD.findall(between))))  # the closest mention counts
    if _quoted(text, sentence.start, m.start, words):
        put("quoted")
    before = _WORD.findall(text[max(sentence.start, m.start - 30) : m.start].lower())
    if len(before) > 1 and before[-1] in cw.articles:
        before.pop()  # "by the court": the word before the article
    if before and before[-1] in words.agent:
        put("by_agent")
    elif before and before[-1] in words.locative:
        put("in_place_phrase")  # "in London", "at the ministry": where, mostly
    elif before and before[-1] in cw.prepositions:
        put("in_phrase")
    if any(text.startswith(e, m.end) for e in cw.possessive_endings):
        put("possessive")
    if m.start - sentence.start <= _OPENS:
        put("opens_sentence")
    if m.start > verb.end and any(w.lower() in cw.subordinators for w in _WORD.findall(text[verb.end : m.start])):
        put("after_subordinator")  # "took over after Martin Vasquez left": another clause's actor
    if _listed(text, m, mentions, cw):
        put("in_list")  # "Australia, Sri Lanka and the Philippines"
    if m.text[:1].islower() is False and m.kind == "country" and m.text != m.name:
        put("place_word")  # a country named by another word (a city, a demonym)
