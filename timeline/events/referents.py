"""Descriptions that stand for an actor the article names elsewhere, as the subject of an event.

* a title the article gives a person ("President Bidhya Devi Bhandari" ... "The president
  accepted ..."; "Nepal's prime minister stepped down ..." before "Prime Minister Khadga Prasad
  Sharma Oli") is that person: the last one named with it before, else the first one after;
* an age description ("The 23-year-old ran ...") is the person who opens the sentence before,
  else the last person named;
* a bare organ of a state ("the ministry has banned ...", "the navy put up ...") is the country the
  article names most;
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
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.events.bodies import described_body
from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.language import alternation
from timeline.model import ActorMention

__all__ = ["DescriptionRules", "description_rules", "resolve_descriptions", "subject_starts"]

_TITLE_WORDS = 3  # capitalised words before a person's name that may be their title
_REACH = 1500  # characters around a description where its person may be named
_SUBJECT_WORDS = 4  # words of a description before its event's verb
_APPOSITION_CHARS = 50  # a name this close after a description may be its apposition
_LEAD_CHARS = 40  # a leading phrase before a description's comma is at most this long
_LINK_CHARS = 50  # "of the Nigeria Centre for Disease Control": the body after a title's link word
_APPOSED_CHARS = 120  # how far before a name its apposed title may begin


@dataclass(frozen=True, slots=True)
class DescriptionRules:
    """The description words of ``coreference.toml``, compiled."""

    organs: re.Pattern  # "the ministry", "the navy": a bare organ of a state
    age: re.Pattern  # "the 23-year-old"
    apposed_title: re.Pattern  # "the director-general of the agency, Dr " right before a name


@lru_cache(maxsize=4)
def description_rules(language: str = "en") -> DescriptionRules:
    """The description rules of ``language`` (read through :mod:`timeline.events.coreference`)."""
    from timeline.events.coreference import load_coreference_rules

    data = load_coreference_rules(language).descriptions
    articles = alternation(clause_words().articles)
    return DescriptionRules(
        organs=re.compile(rf"(?i:{articles})\s+(?:{alternation(frozenset(data['state_organs']))})\b"),
        age=re.compile(rf"(?i:{articles})\s+{data['age']}\b"),
        apposed_title=re.compile(
            rf"(?:^|\s)(?i:{articles})\s+(?P<title>[A-Za-z-]+(?:\s+[A-Za-z-]+){{0,{_TITLE_WORDS - 1}}}?)"
            rf"(?:\s+(?:{alternation(frozenset(data['title_links']))})\s+[^,.;:]{{1,{_LINK_CHARS}}})?"
            rf",\s+(?:[A-Z][a-z]{{0,3}}\.?\s+)?\Z"),
    )


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
    return found


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
            for start in group:
                stop = candidate.predicate.start if start < candidate.predicate.start else start + 60
                found = _described(ctx, rules, start, stop, opener)
                if found is None:
                    continue
                who, end = found
                over = [m for m in [*mentions, *added] if m.kind != "country"
                        and (start <= m.start < end or m.start <= start < m.end)]
                if over and who.kind != "person" and all(_is_description(m.text) for m in over):
                    mentions = [m for m in mentions if m not in over]  # a better reading of the same words
                    over = []
                if not over and not _apposition(text, end, mentions):
                    added.append(replace(who, start=start, end=end, text=text[start:end]))
                    mentions = [m for m in mentions if not (m.kind == "country" and start <= m.start < end
                                                            and who.kind != "person" and m.name in who.name)]
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _is_description(words: str) -> bool:
    """Are ``words`` an article and lower-case words ("the electoral commission"), not a name?"""
    parts = words.split()
    return len(parts) > 1 and parts[0].lower() in clause_words().articles and all(
        p[:1].islower() for p in parts[1:])


def _apposition(text: str, end: int, mentions: Sequence[ActorMention]) -> bool:
    """Does a person's name follow the description ending at ``end`` as its apposition ("the
    prime minister of the United Kingdom, Clement Attlee, ...")?"""
    for m in mentions:
        if m.kind == "person" and end <= m.start <= end + _APPOSITION_CHARS:
            between = text[end : m.start].strip()
            first = between.split(maxsplit=1)[0].lower() if between else ""
            return not between or between.endswith(",") and (between == "," or first in clause_words().prepositions)
    return False


def _described(ctx: DocumentContext, rules: DescriptionRules, start: int, stop: int,
               opener: ActorMention | None) -> tuple[ActorMention, int] | None:
    """The actor a description opening at ``start`` (before ``stop``) stands for, and its end."""
    text = ctx.text
    match = rules.age.match(text, start)
    if match is not None and match.end() <= stop:
        person = opener or _last(ctx, start, frozenset({"person"}))
        return (person, match.end()) if person is not None else None
    match = rules.organs.match(text, start)
    if match is not None and match.end() <= stop:
        country = _main_country(ctx)
        return (country, match.end()) if country is not None else None
    return _titled(ctx, start, stop) or described_body(ctx, start, stop)


def _titled(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The person whose title the description at ``start`` is ("the president", "Nepal's prime
    minister"), and where the title ends."""
    text = ctx.text
    words = text[start:stop].split()[:_SUBJECT_WORDS]
    lead = 0
    if words and words[0].lower() in clause_words().articles:
        lead = 1
    elif words and any(words[0].endswith(e) for e in clause_words().possessive_endings):
        lead = 1  # "Nepal's prime minister"
    if not lead:
        return None
    titles = _titles(ctx)
    for size in range(min(_TITLE_WORDS, len(words) - lead), 0, -1):
        title = " ".join(w.lower() for w in words[lead : lead + size])
        if title in titles:
            person = _nearest(titles[title], start)
            end = text.find(words[lead + size - 1], start) + len(words[lead + size - 1])
            return (person, end) if person is not None else None
    return None


def _nearest(people: Sequence[ActorMention], at: int) -> ActorMention | None:
    """The last of ``people`` named before ``at``, else the first after (within reach)."""
    before = [m for m in people if m.start < at and at - m.start <= _REACH]
    if before:
        return before[-1]
    after = [m for m in people if m.start > at and m.start - at <= _REACH]
    return after[0] if after else None


def _titles(ctx: DocumentContext) -> dict[str, list[ActorMention]]:
    """Title (lower case, one to three words) -> the person mentions it stands right before; read
    once per document (the last document's table is kept, found by identity)."""
    if _LAST_TITLES and _LAST_TITLES[0] is ctx.mentions:
        return _LAST_TITLES[1]
    titles = _titles_of(ctx.text, ctx.mentions)
    _LAST_TITLES[:] = [ctx.mentions, titles]
    return titles


_LAST_TITLES: list = []


def _titles_of(text: str, mentions: Sequence[ActorMention]) -> dict[str, list[ActorMention]]:
    """Title -> person mentions, for :func:`_titles`: the capitalised words right before a
    person's name ("President Uhuru Kenyatta"), and a title apposed before it ("the
    director-general of the agency, Dr Ifedayo Adetifa")."""
    titles: dict[str, list[ActorMention]] = {}
    starts = {m.end for m in mentions}
    apposed = description_rules().apposed_title
    for m in mentions:
        if m.kind != "person":
            continue
        match = apposed.search(text[max(0, m.start - _APPOSED_CHARS) : m.start])
        if match is not None:
            titles.setdefault(" ".join(match["title"].lower().split()), []).append(m)
        words = text[max(0, m.start - 60) : m.start].split()[-_TITLE_WORDS:]
        while words and not (words[-1][:1].isupper() and words[-1].replace("-", "").isalpha()):
            words = []
        for size in range(1, len(words) + 1):
            piece = words[-size:]
            if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in piece):
                break
            if any(e in starts for e in _word_ends(text, m.start, piece)):
                break  # part of another name
            titles.setdefault(" ".join(w.lower() for w in piece), []).append(m)
    return titles


def _word_ends(text: str, before: int, piece: list[str]) -> list[int]:
    """The end offset of the word before ``piece`` (itself right before ``before``)."""
    at = text.rfind(piece[0], max(0, before - 60), before)
    return [len(text[:at].rstrip())] if at > 0 else []


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
    """The country the article names most (at least twice, more than any other)."""
    counts = Counter(m.name for m in ctx.mentions if m.kind == "country")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return next(m for m in ctx.mentions if m.kind == "country" and m.name == ranked[0][0])
