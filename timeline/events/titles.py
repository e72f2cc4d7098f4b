"""Titles and descriptions of people: "the president" is the person the article titled so.

* a title the article gives a person (the capitalised words before the name: "President Bidhya
  Devi Bhandari"; or a title apposed before it: "a former Governor of Taraba State, Jolly Nyame",
  which also names them "the governor") stands for that person: the last one named with it
  before, else the first one after, within reach;
* a title after an event's verb ("Justice Ada Obi convicted the former governor") is that person
  too, unless it starts a longer name ("the Dr Shyama Prasad Mukherjee Stadium");
* a person's name right after a description is its apposition: the description is not resolved;
* a description by an office once held ("A former Illinois judge ...", "The former minister, who
  ...") is the person the article is about: the first it names twice or more (:func:`former_person`).

The description words are data (``rules/<language>/coreference.toml``, ``[descriptions]``); used
by :mod:`timeline.events.referents`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext
from timeline.events.language import alternation
from timeline.model import ActorMention

__all__ = ["DescriptionRules", "apposition", "description_rules", "former_person", "titled", "titled_objects"]

_TITLE_WORDS = 3  # capitalised words before a person's name that may be their title
_REACH = 1500  # characters around a description where its person may be named
_SUBJECT_WORDS = 4  # words of a description before its event's verb
_APPOSITION_CHARS = 50  # a name this close after a description may be its apposition
_LINK_CHARS = 50  # "of the Nigeria Centre for Disease Control": the body after a title's link word
_APPOSED_CHARS = 120  # how far before a name its apposed title may begin
_FORMER_WORDS = 3  # words between "former" and the office ("A former Cook County judge")
_WORD = re.compile(r"[\w'’-]+")  # a word of a description


@dataclass(frozen=True, slots=True)
class DescriptionRules:
    """The description words of ``coreference.toml``, compiled."""

    organs: re.Pattern  # "the ministry", "the navy", "security forces": a bare organ of a state
    age: re.Pattern  # "the 23-year-old"
    apposed_title: re.Pattern  # "the director-general of the agency, Dr " right before a name
    former: frozenset[str]  # "former", "onetime": an office once held
    offices: frozenset[str]  # "judge", "minister": the offices a "former" description names


@lru_cache(maxsize=4)
def description_rules(language: str = "en") -> DescriptionRules:
    """The description rules of ``language`` (read through :mod:`timeline.events.coreference`)."""
    from timeline.events.coreference import load_coreference_rules

    data = load_coreference_rules(language).descriptions
    articles = alternation(clause_words().articles)
    return DescriptionRules(
        organs=re.compile(rf"(?i:(?P<article>{articles})\s+(?:{alternation(frozenset(data['state_organs']))})"
                          rf"|(?i:{alternation(frozenset(data['bare_state_organs']))}))\b"
                          rf"(?!{alternation(frozenset(clause_words().possessive_endings))})"),  # not "the army's"
        age=re.compile(rf"(?i:{articles})\s+{data['age']}\b"),
        apposed_title=re.compile(
            rf"(?:^|\s)(?i:{articles})\s+(?P<title>[A-Za-z-]+(?:\s+[A-Za-z-]+){{0,{_TITLE_WORDS - 1}}}?)"
            rf"(?:\s+(?:{alternation(frozenset(data['title_links']))})\s+[^,.;:]{{1,{_LINK_CHARS}}})?"
            rf",\s+(?:[A-Z][a-z]{{0,3}}\.?\s+)?\Z"),
        former=frozenset(data.get("former", ())),
        offices=frozenset(data.get("offices", ())),
    )


def apposition(text: str, end: int, mentions: Sequence[ActorMention]) -> bool:
    """Does a person's name follow the description ending at ``end`` as its apposition ("the
    prime minister of the United Kingdom, Clement Attlee, ...")?"""
    for m in mentions:
        if m.kind == "person" and end <= m.start <= end + _APPOSITION_CHARS:
            between = text[end : m.start].strip()
            first = between.split(maxsplit=1)[0].lower() if between else ""
            return not between or between.endswith(",") and (between == "," or first in clause_words().prepositions)
    return False


def titled(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The person whose title the description at ``start`` is ("the president", "Nepal's prime
    minister"), and where the title ends."""
    text = ctx.text
    words = text[start:stop].split(maxsplit=_SUBJECT_WORDS)[:_SUBJECT_WORDS]
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


def former_person(ctx: DocumentContext, start: int, stop: int) -> tuple[ActorMention, int] | None:
    """The person a description by an office once held at ``start`` stands for ("A former Illinois
    judge", "The former mayor of Reading"): the person the article is about, the first it names
    twice or more; and where the office ends. Not a description apposed between commas ("David
    Cameron, a former prime minister, called")."""
    rules = description_rules()
    words = list(islice(_WORD.finditer(ctx.text, start, stop), _FORMER_WORDS + 3))
    if (len(words) < 3 or words[0].group().lower() not in clause_words().articles
            or words[1].group() not in rules.former):
        return None
    office = next((w for w in words[2:] if w.group() in rules.offices), None)
    if office is None or ctx.text[:start].rstrip().endswith(",") and "," in ctx.text[start:stop]:
        return None  # apposed between commas: "David Cameron, a former prime minister, called"
    person = ctx.protagonist
    return (person, office.end()) if person is not None else None


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
        if match is not None:  # "a former Governor of Taraba State, Jolly Nyame": also "the governor"
            words = match["title"].lower().split()
            for size in range(len(words), 0, -1):
                titles.setdefault(" ".join(words[-size:]), []).append(m)
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


def titled_objects(ctx: DocumentContext, drafts: Sequence, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """A person's title after an event's verb ("Justice Ada Obi convicted the former governor"):
    that person, as for a subject; never words already a mention, a title apposed to a name, nor
    the start of a longer name ("the Dr Shyama Prasad Mukherjee Stadium")."""
    text, added = ctx.text, []
    for candidate, _ in drafts:
        for clause in candidate.clauses:
            for match in _definite().finditer(text, max(clause.start, candidate.predicate.end), clause.end):
                start = match.start(1)
                found = titled(ctx, start, min(clause.end, start + 60))
                if found is None:
                    continue
                who, end = found
                if text[end : end + 2].strip()[:1].isupper() or who.start <= start < who.end or any(
                        start <= m.start < end or m.start <= start < m.end for m in [*mentions, *added]):
                    continue
                if not apposition(text, end, mentions):
                    added.append(replace(who, start=start, end=end, text=text[start:end]))
    return added


@lru_cache(maxsize=1)
def _definite() -> re.Pattern:
    """A definite article opening a noun phrase (the articles that are not indefinite)."""
    words = clause_words()
    return re.compile(rf"\b((?i:{alternation(words.articles - words.indefinite_articles)}))\s")
