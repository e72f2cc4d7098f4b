"""What the words of a clause with no date of its own make of the day it is linked to.

A clause with no date of its own inherits the day of the happening it is linked to (the clause
before it, a noun it names again, its sentence, the story's day). When it places itself a day off
that happening ("He died the day before the announcement."), its day is one day off the inherited
one (:func:`offset_of`). "Earlier in the day" ties it to the day the news is at, even in the past
perfect (:func:`news_day_of`). A clause in the simple present ("Musharraf says it is needed") is
news of the article's day or a standing state, not of a past day it is linked to
(:func:`in_simple_present`). A plan ("A new speaker will be elected") inherits no day before the
article date: what is yet to come did not happen on a day already past (a reported plan, "the
family would fight on, he said", is dated by its saying). The phrases are data
(``rules/<language>/linkeddays.toml``, with examples run as tests); the engine knows no English.

>>> offset_of("He died the day before the announcement.", 0, 40)
-1
>>> offset_of("He died the day before.", 0, 23) is None
True
>>> news_day_of("Earlier in the day, he resigned.", 0, 32)
True
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.datewords import DateExample
from timeline.events.dating import EventDate, report_of_the_day
from timeline.events.lexicon import RULES_DIR
from timeline.model import Event

__all__ = ["LinkedDayWords", "day_link", "in_simple_present", "load_linked_day_words", "news_day_of", "offset_of"]


@dataclass(frozen=True, slots=True)
class LinkedDayWords:
    """The phrases of ``linkeddays.toml``: each offset phrase with its days, the words that may
    open the happening named after it, and the phrases of the news' day."""

    phrases: tuple[tuple[str, int], ...]  # ("the day before", -1), longest first
    objects: frozenset[str]
    news_day: tuple[str, ...]  # "earlier in the day"
    examples: tuple[DateExample, ...]


@lru_cache(maxsize=4)
def load_linked_day_words(language: str = "en") -> LinkedDayWords:
    """The phrases of ``language``; a missing table or key is an error naming the file.

    >>> ("the day after", 1) in load_linked_day_words().phrases
    True
    """
    path = RULES_DIR / language / "linkeddays.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        table = data["day_offsets"]
        phrases = [(p.lower(), -1) for p in table["before"]] + [(p.lower(), 1) for p in table["after"]]
        examples = tuple(DateExample(name, **entry) for name, entries in data.items()
                         for entry in entries.get("examples", ()))
        return LinkedDayWords(tuple(sorted(phrases, key=lambda p: -len(p[0]))),
                              frozenset(w.lower() for w in table["objects"]),
                              tuple(w.lower() for w in data["news_day"]["words"]), examples)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed entry: {error}") from None


def _words(text: str, start: int, end: int) -> str:
    return " " + " ".join(text[start:end].lower().replace(",", " ").split()) + " "


def offset_of(text: str, start: int, end: int) -> int | None:
    """The days [start, end) of ``text`` places itself off the happening it names ("the day before
    the announcement": -1), or None when it names no such phrase."""
    words = load_linked_day_words()
    span = _words(text, start, end)
    for phrase, days in words.phrases:
        at = span.find(f" {phrase} ")
        after = span[at + len(phrase) + 2 :].split()[:1] if at >= 0 else []
        if after and after[0] in words.objects:
            return days
    return None


def news_day_of(text: str, start: int, end: int) -> bool:
    """Does [start, end) of ``text`` tie itself to the day of the news ("earlier in the day")?"""
    span = _words(text, start, end)
    return any(f" {phrase} " in span for phrase in load_linked_day_words().news_day)


def in_simple_present(candidate: Candidate) -> bool:
    """Is the verb that carries the tense of ``candidate`` (its saying's, when it reports one) a
    third-person simple present ("says", "denies"; the endings are ``words.toml``'s)? (A relative
    clause is left to the noun it describes: ``day_link`` does not ask.)

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "He says the move is needed."
    >>> in_simple_present(sentence_candidates(text, 0, len(text))[0])
    True
    """
    verb, cue = ((candidate.report, candidate.report_cue) if candidate.report is not None
                 else (candidate.predicate, candidate.cue))
    words = clause_words()
    return (cue is not None and cue.pos == "verb" and verb.lower != cue.lemma
            and verb.lower.endswith(words.third_person_endings) and not verb.lower.endswith(
                words.not_third_person_endings))


def day_link(text: str, candidate: Candidate, when: EventDate, previous: Event | None, story: Event | None,
             dct: date | None) -> EventDate | None:
    """The day of ``candidate`` from the happening its clauses name, instead of ``when`` (not its
    own date): a day off the inherited day ("the day before the announcement"), or the day of the
    news ("earlier in the day": ``previous``, the clause before it in its paragraph, if dated to a
    day; else ``story``, the story's day; else the article date ``dct``); undated for a plan linked to a
    day before ``dct``; None when none of these applies."""
    if when.source == "explicit":
        return None
    if (when.source == "inherited" and candidate.clauses[0].kind != "rel"  # "..., which changed trade rules"
            and in_simple_present(candidate)):  # "He says ...": not of the day before
        if dct is not None and report_of_the_day(text, candidate):
            return _on_article_date("in the present, news of the day", dct)
        return _undated("in the present", when)
    if (candidate.status == "planned" and candidate.report is None and when.source == "inherited"  # "..., he
            and when.end is not None and dct is not None and when.end < dct):  # said": the saying's day is its own
        return _undated("a plan", when)
    spans = [(c.start, c.end) for c in candidate.clauses]
    days = next((d for s, e in spans if (d := offset_of(text, s, e)) is not None), None)
    if days is not None and when.source == "inherited" and when.granularity == "day" and (
            when.start is not None and when.start == when.end):
        day = when.start + timedelta(days=days)
        return replace(when, value=day.isoformat(), start=day, end=day,
                       resolution=f"{when.resolution}; a day {'before' if days < 0 else 'after'} it: {day}")
    if not any(news_day_of(text, s, e) for s, e in spans):
        return None
    linked = previous if previous is not None and previous.granularity == "day" else story
    if linked is not None and linked.period_start is not None:
        return EventDate(None, "inherited", f"no date of its own: the day of the news it is told in, "
                         f"the day of the happening before it ({linked.date_value})", linked.date_value,
                         "day", linked.period_start, linked.period_end)
    return None if dct is None else _on_article_date("of the day of the news", dct)


def _on_article_date(why: str, dct: date) -> EventDate:
    """The article date ``dct`` of a clause with no date of its own, ``why``, drawn as uncertain."""
    return EventDate(None, "article_date", f"no date of its own; {why}: the article date {dct.isoformat()} "
                     "(uncertain)", dct.isoformat(), "day", dct, dct)


def _undated(what: str, when: EventDate) -> EventDate:
    """No date for a clause (``what``) that is not of the past day ``when`` it is linked to."""
    return EventDate(None, "none", f"no date of its own: {what}, not of the past day it is linked to "
                     f"({when.value}): undated", "", None, None, None)
