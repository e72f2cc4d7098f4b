"""Descriptions that stand for an actor the article names elsewhere, as the subject of an event.

* a title the article gives a person ("President Bidhya Devi Bhandari" ... "The president
  accepted ..."; "Nepal's prime minister stepped down ...") is that person
  (:mod:`timeline.events.titles`), also after the event's verb ("convicted the former governor");
* an age description ("The 23-year-old ran ...") is the person who opens the sentence before,
  else the last person named;
* a bare organ of a state ("the ministry has banned ...", "the navy put up ...", "Security forces
  fired ...", "..., the education ministry announced") is the body the article names by its noun
  ("the ministry" of an article that names one Ministry of Health; "the health ministry" of one
  naming the Ministry of Health and Social Services), else the country the article names most (in
  an article that names no country, the country of its people and places);
* a description is read where the subject opens, after a leading phrase and its comma, and right
  before the verb (or the reporting verb) after a date or an aside ("Last Monday the government
  warned ...", "After a meeting with unions, the government announced ..."), never as the object
  of a preposition ("The motion against the government was registered");
* a plural description of people or countries named before ("The two ministers said ...", "Both
  men met ...") is each of them (:mod:`timeline.events.groups`);
* a body's description by the nouns of its name ("Japan's space agency", "the centre") is that
  organisation (:mod:`timeline.events.bodies`); the subject of what a reporting verb reports is
  read too ("Ada Obi said the centre had sent ...").

A resolved description becomes a copy of the actor's mention at its offsets. The words are data
(``rules/<language>/coreference.toml``, ``[descriptions]``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from timeline.actors.names import slug
from timeline.events.antecedents import WORD_BEFORE
from timeline.events.bodies import SUBJECT_WORDS, described_body
from timeline.events.clauses import clause_words
from timeline.events.companies import described_company
from timeline.events.context import DocumentContext
from timeline.events.groups import described_group
from timeline.events.language import alternation
from timeline.events.teamroles import described_team
from timeline.events.titles import (
    DescriptionRules,
    apposition,
    description_rules,
    former_person,
    titled,
    titled_objects,
)
from timeline.model import ActorMention

__all__ = ["resolve_descriptions", "subject_starts"]

_REACH = 1500  # characters around a description where its person may be named
_LEAD_CHARS = 40  # a leading phrase before a description's comma is at most this long
_WORD = re.compile(r"[\w'’-]+")  # a word before a verb


def subject_starts(text: str, candidate) -> list[int]:
    """Where a subject of ``candidate`` may begin: its subject, a borrowed subject, its reporter."""
    starts = [candidate.subject_start]
    if candidate.borrowed_subject is not None:
        starts.append(candidate.borrowed_subject[0])
    if candidate.report is not None:
        starts.append(candidate.report_start)
    return starts


def _openings(text: str, candidate) -> list[int]:
    """Where a description may open the subject: each subject start, and after a short leading
    phrase and its comma ("Following the case, the ministry ...")."""
    found = []
    for start in subject_starts(text, candidate):
        found.append(start)
        stop = min(candidate.predicate.start, start + _LEAD_CHARS) if start < candidate.predicate.start else start
        comma = text.find(",", start, stop)
        if comma > 0:
            found.append(comma + 1 + len(text[comma + 1 : stop]) - len(text[comma + 1 : stop].lstrip()))
        for match in _conjunction().finditer(text, start, stop):  # "The NDMA and the military"
            found.append(match.end())
    verbs = [candidate.predicate.start] + ([candidate.report.start] if candidate.report is not None else [])
    for verb in verbs:
        near = _before_verb(text, verb)
        if near is not None and near not in found and min(found, default=near) < near:
            found.append(near)  # "Last Monday the government warned", "After a meeting, the government announced"
    return found


def _before_verb(text: str, verb: int) -> int | None:
    """Where a description right before the verb at ``verb`` begins: an article at most
    :data:`~timeline.events.bodies.SUBJECT_WORDS` words back, after its auxiliaries, with no
    comma between ("Last Monday the government warned", "the court also found"), and not the
    object of a preposition ("The motion against the government was registered")."""
    at = verb
    while True:  # back over the auxiliaries and adverbs ("has", "also", "had been")
        before = WORD_BEFORE.search(text, max(0, at - 16), at)
        if before is None or before.group().strip().lower() not in clause_words().auxiliaries:
            break
        at = before.start()
    words = list(_WORD.finditer(text, max(0, at - 80), at))
    for k in range(len(words) - 1, max(-1, len(words) - 1 - SUBJECT_WORDS), -1):
        word = words[k]
        if text.find(",", word.end(), at) >= 0:
            return None
        if word.group().lower() in clause_words().articles:
            ahead = words[k - 1].group().lower() if k else ""
            return None if ahead in clause_words().prepositions else word.start()  # "against the government"
    return None


def _reported_opening(text: str, candidate) -> list[int]:
    """Where the subject of what a reporting verb reports begins ("Ada Obi said the centre had sent
    ..." -> "the centre"), also when the report is the event itself ("said the centre has ...")."""
    if candidate.report is not None and candidate.report.end < candidate.predicate.start:
        verb = candidate.report  # "Ada Obi said the centre had sent ..."
    elif candidate.report is None and candidate.cue.reporting:
        verb = candidate.predicate  # "Ada Obi said the centre has ..."
    else:
        return []
    after = _reported().match(text, verb.end)
    return [after.end()] if after is not None else []


@lru_cache(maxsize=1)
def _reported() -> re.Pattern:
    """The space (and "that") between a reporting verb and what it reports."""
    return re.compile(rf"\s+(?:(?:{alternation(clause_words().determiner_relatives)})\s+)?(?=\w)")


@lru_cache(maxsize=1)
def _conjunction() -> re.Pattern:
    """A conjunction between two subjects, and the space after it."""
    return re.compile(rf"\s(?:{alternation(clause_words().conjunctions)})\s+")


def resolve_descriptions(ctx: DocumentContext, drafts: Sequence, mentions: Sequence[ActorMention],
                         opener: ActorMention | None) -> Sequence[ActorMention]:
    """``mentions`` of a sentence with the descriptions that open its events resolved; ``opener``
    is the person who opens the sentence before."""
    text, rules = ctx.text, description_rules()
    added: list[ActorMention] = []
    for candidate, _ in drafts:
        for group in (_openings(text, candidate), _reported_opening(text, candidate)):
            joined = None  # where a resolved description ends: one joined to it ("and the prime minister") is read too
            for start in group:
                if joined is not None and not _conjunction().fullmatch(text, joined, start):
                    break
                stop = candidate.predicate.start if start < candidate.predicate.start else start + 60
                group = described_group(ctx, start, stop)
                if group is not None:  # "The two ministers said ...": each of them
                    people, end = group
                    if not any(start <= m.start < end for m in [*mentions, *added]):
                        added += [replace(p, start=start, end=end, text=text[start:end]) for p in people]
                    break
                found = _described(ctx, rules, start, stop, opener)
                if found is None:
                    continue
                who, end = found
                over = [m for m in [*mentions, *added] if m.kind != "country"  # "A former Illinois judge": a place
                        and not (m.kind == "place" and who.kind == "person")  # inside a person's description
                        and (start <= m.start < end or m.start <= start < m.end)]
                if over and who.kind != "person" and all(_is_description(m.text) or _stateless_body(m, end)
                                                         for m in over):
                    mentions = [m for m in mentions if m not in over]  # a better reading of the same words
                    over = []
                if not over and not apposition(text, end, mentions):
                    added.append(replace(_as_named(ctx, who), start=start, end=end, text=text[start:end]))
                    mentions = [m for m in mentions if not (m.kind == "country" and start <= m.start < end
                                                            and who.kind != "person" and m.name in who.name)]
                joined = end
    added += titled_objects(ctx, drafts, [*mentions, *added])
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _as_named(ctx: DocumentContext, who: ActorMention) -> ActorMention:
    """``who`` as a copy at a description may stand for it: a body of no known country, which an
    analyst knows only by its proper name as written ("the Ministry of Health announced"), becomes
    the organisation of that name, for the copy's own words ("the ministry") are no proper name
    and would name nothing."""
    if who.kind != "agency" or who.acts_for or who.country:
        return who
    names = ctx.analyst_actors([who])
    if not names or names[0] == who.name:
        return who
    return replace(who, actor_id=f"org:{slug(names[0])}", name=names[0], kind="organisation")


def _is_description(words: str) -> bool:
    """Are ``words`` an article and lower-case words ("the electoral commission"), not a name?"""
    parts = words.split()
    return len(parts) > 1 and parts[0].lower() in clause_words().articles and all(
        p[:1].islower() for p in parts[1:])


def _stateless_body(mention: ActorMention, end: int) -> bool:
    """Is ``mention`` a state body the text names only by the organ word ending at ``end`` and
    without its country ("Parliament"; not "Ministry of Health", a name of its own)?"""
    return mention.kind == "agency" and not mention.country and mention.end <= end


def _described(ctx: DocumentContext, rules: DescriptionRules, start: int, stop: int,
               opener: ActorMention | None) -> tuple[ActorMention, int] | None:
    """The actor a description opening at ``start`` (before ``stop``) stands for, and its end."""
    text = ctx.text
    match = rules.age.match(text, start)
    if match is not None and match.end() <= stop:
        person = opener or _last(ctx, start, frozenset({"person"}))
        return (person, match.end()) if person is not None else None
    match = rules.organs.match(text, start)
    if match is not None and match.end() <= stop and (match.group("article") or not text[match.end():stop].strip()):
        # without an article only right before its verb: "Security forces fired", not "Government figures show"
        body = described_body(ctx, start, match.end())  # "the ministry" of an article naming its Ministry of Health
        if body is not None:
            return body
        country = _main_country(ctx)
        return (country, match.end()) if country is not None else None
    return (titled(ctx, start, stop) or described_body(ctx, start, stop) or former_person(ctx, start, stop)
            or described_team(ctx, start, stop)  # "The tourists won ..."
            or described_company(ctx, start, stop))  # "The company reported ..."


def _last(ctx: DocumentContext, before: int, kinds: frozenset[str]) -> ActorMention | None:
    """The last mention of one of ``kinds`` named shortly before ``before``."""
    for i in range(bisect_left(ctx.mention_starts, before) - 1, -1, -1):
        m = ctx.mentions[i]
        if before - m.start > _REACH:
            return None
        if m.kind in kinds:
            return m
    return None


def _main_country(ctx: DocumentContext) -> ActorMention | None:
    """The country the article names most (at least twice, more than any other); else, in an
    article that names no country at all, the country of most of its people and places
    ("Istanbul", "Interior Minister Ali Yerlikaya"), as a country mention at the first of them."""
    counts = Counter(m.name for m in ctx.mentions if m.kind == "country")
    top = _leader(counts)
    if top is not None or counts:
        return next((m for m in ctx.mentions if m.kind == "country" and m.name == top), None)
    top = _leader(Counter(m.country for m in ctx.mentions if m.kind in _LOCATED and m.country))
    if top is None:
        return None
    m = next(m for m in ctx.mentions if m.kind in _LOCATED and m.country == top)
    return ActorMention(m.start, m.end, m.text, f"country:{slug(top)}", top, "country", top)


_LOCATED = frozenset({"person", "place"})  # mentions whose country tells where the story is


def _leader(counts: Counter) -> str | None:
    """The name counted most, at least twice and more than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
