"""When an event happened: its own date, else the one it inherits, and what that makes of it.

An event takes its own time expression when its clauses hold one (:func:`own_time`); else it
inherits, in this order, the date of another event of the same sentence, the date of the previous
event of the same paragraph, and finally the article date (:func:`date_event`). An asserted event
dated after the article has not happened yet (:func:`dated_status`); an undated event names the
expression it could not resolve (:func:`with_unresolved`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import Token, clause_words
from timeline.events.cues import is_past_form
from timeline.events.datewords import load_date_words
from timeline.events.language import alternation
from timeline.events.lexicon import load_lexicon
from timeline.model import Document, Event, TimeExpression

__all__ = ["EventDate", "antecedent_time", "date_event", "dated_status", "linked_to_before", "own_time",
           "report_of_the_day", "with_unresolved"]


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of one event: the expression that gives it (its own or its sentence's), where it
    comes from (explicit | inherited | article_date | none), why, and the period it stands for."""

    time: TimeExpression | None
    source: str
    resolution: str
    value: str
    granularity: str | None
    start: date | None
    end: date | None


def date_event(dct: date | None, candidate: Candidate, own: TimeExpression | None,
               sentence_time: TimeExpression | None, previous: Event | None,
               of_the_day: bool = False, antecedent: TimeExpression | None = None) -> EventDate:
    """The date of ``candidate``: ``own`` if any, else its sentence's, else the date of the event
    its sentence is linked to (``previous``: None unless the text links them), else, for a report
    of the day (``of_the_day``: :func:`report_of_the_day`), the article date ``dct``; else none.

    >>> date_event(date(2025, 4, 28), None, None, None, None, of_the_day=True).value
    '2025-04-28'
    >>> date_event(date(2025, 4, 28), None, None, None, None).source
    'none'
    """
    time, source, resolution = _date(dct, own, antecedent, sentence_time, previous, of_the_day)
    if time is not None:
        value, gran = time.point_value or time.value, time.granularity
        start, end = time.period_start, time.period_end
    elif source == "inherited" and previous is not None:
        value, gran = previous.date_value, previous.granularity
        start, end = previous.period_start, previous.period_end
    elif source == "article_date" and dct is not None:
        value, gran, start, end = dct.isoformat(), "day", dct, dct
    else:
        value, gran, start, end = "", None, None, None
    if (end is not None and dct is not None and start is not None and start <= dct < end
            and _past(candidate)):
        end = dct  # "earlier this month": a past event cannot end after the article date
    return EventDate(time, source, resolution, value, gran, start, end)


def _date(dct: date | None, own: TimeExpression | None, antecedent: TimeExpression | None,
          sentence_time: TimeExpression | None, previous: Event | None,
          of_the_day: bool) -> tuple[TimeExpression | None, str, str]:
    """The expression that dates the event, where its date comes from, and why."""
    if own is not None:
        why = own.explanation or f"'{own.text}' = {own.value}"
        return own, "explicit", why
    if antecedent is not None:
        return antecedent, "inherited", (
            f"no date of its own: the date of the noun it describes, '{antecedent.text}' = "
            f"{antecedent.point_value or antecedent.value}")
    if sentence_time is not None:
        return sentence_time, "inherited", (
            f"no date of its own: the date of its sentence, '{sentence_time.text}' = "
            f"{sentence_time.point_value or sentence_time.value}")
    if previous is not None and previous.period_start is not None and previous.date_source != "article_date":
        return None, "inherited", (
            f"no date of its own: the date of the event it is linked to ({previous.date_value})")
    if of_the_day and dct is not None:
        return None, "article_date", (
            f"no date of its own; a report of the day: the article date {dct.isoformat()} (uncertain)")
    if of_the_day:
        return None, "none", "no date of its own, and the article has no date"
    return None, "none", "no date in its clause or a clause linked to it: undated"


def report_of_the_day(text: str, candidate: Candidate) -> bool:
    """May the article date date ``candidate``, a clause with no date of its own or linked? Yes for
    news of the day ("the ministry said", "has resigned", "shares fell"); no for a plan with no
    date ("will stay"), background in the past perfect ("had asked") or with a background adverb
    ("recently launched", "previously served").

    >>> from timeline.events.candidates import sentence_candidates
    >>> def day(text): return report_of_the_day(text, sentence_candidates(text, 0, len(text))[0])
    >>> day("The minister has resigned."), day("The minister had resigned."), day("He will resign.")
    (True, False, False)
    """
    words = clause_words()
    if candidate.report is not None:  # "..., officials said": the saying is the news
        return not _after_word(text, candidate.start, candidate.report, words.past_perfect_auxiliaries)
    if candidate.status == "planned" or _after_word(text, candidate.start, candidate.predicate,
                                                    words.past_perfect_auxiliaries):
        return False
    clause = candidate.predicate_clause
    span = text[clause.start : clause.end].lower().split()
    return not any(w.strip(",.;") in words.background_adverbs for w in span)


def _after_word(text: str, start: int, verb: Token, auxiliaries: frozenset[str]) -> bool:
    """Is ``verb`` right after one of ``auxiliaries``, adverbs aside ("had already been freed")?"""
    words = clause_words()
    before = text[max(start, verb.start - 40) : verb.start]
    for word in reversed(before.lower().replace("’", "'").replace("'", " '").split()):
        if word in auxiliaries:
            return True
        if word not in words.perfect_adverbs:
            return False
    return False


def linked_to_before(text: str, start: int) -> bool:
    """Does the sentence at ``start`` open with a link to the happening before it ("Then", "The
    same day", "Afterwards")?

    >>> linked_to_before("Then the army withdrew.", 0)
    True
    >>> linked_to_before("The army withdrew.", 0)
    False
    """
    opening = " ".join(text[start : start + 40].lower().replace(",", " ").split())
    return any(opening == link or opening.startswith(link + " ") for link in clause_words().links)


def _past(candidate: Candidate) -> bool:
    """Is the predicate in a past tense and not planned ("seized", "had deployed", "was held")?"""
    return (candidate.status != "planned" and is_past_form(candidate.predicate.lower, candidate.cue.lemma)
            and candidate.cue.pos == "verb")


def dated_status(status: str, source: str, start: date | None, dct: date | None) -> str:
    """An asserted event whose own date is after the article's has not happened yet: planned
    ("the drills end on Thursday" in a Tuesday article).

    >>> dated_status("asserted", "explicit", date(2025, 10, 16), date(2025, 10, 14))
    'planned'
    >>> dated_status("asserted", "explicit", date(2025, 10, 13), date(2025, 10, 14))
    'asserted'
    """
    if status == "asserted" and source == "explicit" and start and dct and start > dct:
        return "planned"
    return status


def own_time(text: str, candidate: Candidate, dated: Sequence[TimeExpression]) -> TimeExpression | None:
    """The candidate's own date: in the predicate's clause if any, else in its other clauses;
    a date that only modifies a noun ("a 1960 agreement", "its 1951 treaty") does not date it."""
    pred = candidate.predicate
    inside = [t for t in dated if any(c.start <= t.start and t.end <= c.end for c in candidate.clauses)
              and (not _modifies_noun(text, t) or _object_of(text, pred.end, t)
                   or _dated_noun_event(text, t, candidate))
              and not _baseline().search(text, max(0, t.start - 60), t.start)]
    inside = _when_not_deadline(text, _days_over_clock_times(inside))
    if not inside:
        return None
    clause = candidate.predicate_clause
    pivot = candidate.predicate.start

    def rank(t: TimeExpression) -> tuple[bool, int]:
        in_clause = clause.start <= t.start and t.end <= clause.end
        return (not in_clause, abs(t.start - pivot))

    return min(inside, key=rank)


def antecedent_time(text: str, candidate: Candidate,
                    sentence_times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The date of the noun a relative clause describes ("the 1998 expedition, which reached ...",
    "talks in May that the rebels attended"): the last date before the relative word with at most
    ``max_words`` words (``dates.toml``, ``[antecedent_dates]``) between them."""
    clause = candidate.clauses[0]
    if clause.kind != "rel":
        return None
    before = [t for t in sentence_times if t.end <= clause.start]
    if not before:
        return None
    last = max(before, key=lambda t: t.end)
    gap = [w for w in text[last.end : clause.start].split() if any(ch.isalnum() for ch in w)]
    return last if len(gap) <= load_date_words().antecedent_max_words else None


def _days_over_clock_times(times: list[TimeExpression]) -> list[TimeExpression]:
    """"at 9:15 p.m. on Sunday": a clock time read on the article date yields to a named day."""
    if not any(t.type == "DATE" and t.granularity == "day" for t in times):
        return times
    return [t for t in times if t.type != "TIME"]


def _when_not_deadline(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """"on Monday gave the firm until June 30 next year": a deadline ("until", "by" and the dates
    right after it) is not when the event happened, unless no other date is left."""
    deadlines, after_deadline, previous_end = set(), False, 0
    for t in sorted(times, key=lambda t: t.start):
        before = text[max(0, t.start - 16) : t.start].lower().split()
        joined = after_deadline and not text[previous_end : t.start].strip()
        if joined or any(" ".join(before[-len(w.split()):]) == w for w in load_date_words().deadlines):
            deadlines.add(id(t))
        after_deadline, previous_end = id(t) in deadlines, t.end
    kept = [t for t in times if id(t) not in deadlines]
    return kept or times


def _dated_noun_event(text: str, t: TimeExpression, candidate: Candidate) -> bool:
    """"the 2010 raid", "Saturday's quake destroyed ...": a date on a noun that names a happening
    dates that happening: the event itself, the event its subject (before the predicate) causes, or
    the event that took place in it ("won 306 seats in last week's election")."""
    after = text[t.end : t.end + 30]
    for ending in clause_words().possessive_endings:
        if after.startswith(ending):
            after = after[len(ending):]
            break
    words = after.split()[:2]
    cues = load_lexicon().cues
    for word in words:
        cue = cues.get(word.strip(",.;:").lower())
        if cue is not None:  # after a date it is a noun ("the 2010 raid")
            noun_end = text.find(word, t.end) + len(word)
            gap = text[candidate.predicate.end : t.start].split()
            return (candidate.predicate.start <= noun_end <= candidate.predicate.end
                    or candidate.predicate_clause.start <= t.start < candidate.predicate.start
                    or (0 < len(gap) <= 4 and gap[-1].lower() in clause_words().within_event
                        and t.end <= candidate.predicate_clause.end))
    return False


def _object_of(text: str, predicate_end: int, t: TimeExpression) -> bool:
    """"won Sunday's election": a dated noun right after the predicate dates the event."""
    gap = text[predicate_end : t.start].split()
    return (text[t.end : t.end + 2] in ("'s", "’s") and 0 <= t.start - predicate_end
            and len(gap) <= 1 and all(w.lower() in clause_words().date_noun_markers for w in gap))


@lru_cache(maxsize=1)
def _baseline() -> re.Pattern:
    """"the first time since 1993", "its highest level since 2008": a date only compared with."""
    words = alternation(clause_words().superlatives)
    return re.compile(rf"\b(?:{words})\b[^.;]{{0,40}}\bsince\s+\Z", re.IGNORECASE)


def _modifies_noun(text: str, t: TimeExpression) -> bool:
    if text[t.end : t.end + 2] in clause_words().possessive_endings:  # "last year's blasts"
        return True
    before = text[max(0, t.start - 8) : t.start].split()
    after = text[t.end : t.end + 20].split()
    if not (before and after):
        return False
    word = after[0].strip(",;:.")
    words = clause_words()
    return (before[-1].lower() in words.date_noun_markers and word[:1].islower() and word.isalpha()
            and word not in words.not_nouns)


def with_unresolved(doc: Document, event: Event, candidate: Candidate,
                     unresolved: Sequence[TimeExpression]) -> Event:
    """An undated event whose clauses hold a date that could not be resolved names it."""
    found = next((t for t in unresolved if any(c.start <= t.start and t.end <= c.end
                                                for c in candidate.clauses)), None)
    if found is None:
        return event
    why = "the article has no date" if doc.dct is None else "no earlier date precise enough"
    return replace(event, time=found, resolution=f"'{found.text}' could not be resolved: {why}")
