"""When an event happened: its own date, else the one it inherits, and what that makes of it.

An event takes its own time expression when its clauses hold one (:func:`timeline.events.owntime.own_time`);
else the date of the noun its relative clause describes, of its sentence, or of the event the text links it
to (:func:`date_event`; "two months after X" is :mod:`timeline.events.anchoring`); else, for a report of the
day, the article date, or the day of the story when the article's lead is dated a day or two before it
(:func:`story_day`); else it is undated. An asserted event dated after the article has not happened yet
(:func:`dated_status`); an undated event names the expression it could not resolve (:func:`with_unresolved`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from timeline.events.candidates import Candidate
from timeline.events.clauses import Token, clause_words
from timeline.events.cues import is_past_form
from timeline.events.datewords import load_date_words
from timeline.events.describers import describes_noun
from timeline.events.paragraphtokens import clause_words_with_next
from timeline.events.status import load_status_words
from timeline.model import Document, Event, TimeExpression

__all__ = ["STORY", "EventDate", "date_event", "dated_status", "in_past_perfect", "in_present", "linked_to_before",
           "report_of_the_day", "same_day_link", "story_day", "story_of", "with_unresolved"]


_ONE_DAY = ("day", "time")  # granularities of one day: "on Tuesday", "at 12:05 p.m. on Tuesday", "last night"
_RELATIVE, _ADVERBIAL = "rel", "sub"  # clause kinds (timeline/events/clauses.py): relative, adverbial
STORY = "no date of its own, in a story of"  # how a date from the story's day is explained


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
               of_the_day: bool = False, antecedent: TimeExpression | None = None,
               story: Event | None = None, same_day: Event | None = None, link: str = "'the same day'") -> EventDate:
    """The date of ``candidate``: ``own`` if any, else its sentence's, else the date of the event
    its sentence is linked to (``previous``: None unless the text links them), else, for a report
    of the day (``of_the_day``: :func:`report_of_the_day`), the article date ``dct`` or, in a story
    of a happening a day or two before it, that happening's day (``story``: :func:`story_day`);
    else none.

    >>> date_event(date(2025, 4, 28), None, None, None, None, of_the_day=True).value
    '2025-04-28'
    >>> date_event(date(2025, 4, 28), None, None, None, None).source
    'none'
    """
    if own is None and antecedent is None and same_day is not None:
        return EventDate(None, "inherited", (
            f"no date of its own; {link} of the last happening dated to a day "
            f"({same_day.date_value})"), same_day.date_value, same_day.granularity,
            same_day.period_start, same_day.period_end)
    time, source, resolution = _date(dct, own, antecedent, sentence_time, previous, of_the_day)
    if source == "article_date" and story is not None:
        source, previous = "inherited", story
        resolution = (f"{STORY} {story.date_value} (the day of its lead or "
                      f"first dated happening): the story's day, not the article date {dct} (uncertain)")
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
    if (previous is not None and previous.period_start is not None and previous.date_source != "article_date"
            and previous.granularity in load_date_words().linked_granularities):  # a day, not "in 1924"
        return None, "inherited", (
            f"no date of its own: the date of the event it is linked to ({previous.date_value})")
    if of_the_day and dct is not None:
        return None, "article_date", (
            f"no date of its own; a report of the day: the article date {dct.isoformat()} (uncertain)")
    if of_the_day:
        return None, "none", "no date of its own, and the article has no date"
    return None, "none", "no date in its clause or a clause linked to it: undated"


def story_day(lead: Event, dct: date | None) -> Event | None:
    """``lead``, the article's first event, when it is dated by its own words to a day at most
    ``max_days`` (``dates.toml``, ``[story_day]``) before the article date: a Monday story of
    Sunday's final. Its undated happenings and quotes are of that day, not of the article's.

    >>> from timeline.model import Sentence
    >>> def lead(day): return Event("e", "d", Sentence(0, 1), 0, 1, "won", "", None, "explicit",
    ...     day.isoformat(), "day", day, day, "")
    >>> story_day(lead(date(2023, 3, 12)), date(2023, 3, 13)) is not None
    True
    >>> story_day(lead(date(2023, 3, 2)), date(2023, 3, 13)) is None
    True
    """
    if (dct is None or lead.date_source != "explicit" or lead.granularity not in _ONE_DAY
            or lead.period_start is None or lead.period_end != lead.period_start):
        return None
    if not 0 < (dct - lead.period_start).days <= load_date_words().story_day_max_days:
        return None
    return lead if lead.granularity == "day" else replace(  # "at 12:05 p.m. on Tuesday": the day, not the hour
        lead, date_value=lead.period_start.isoformat(), granularity="day")


def story_of(story: Event | None, told: bool, candidate: Candidate) -> Event | None:
    """The story's day for ``candidate``: ``story``, unless the lead was ``told`` through a report
    ("Shelling killed five people on Saturday, governors said") and ``candidate`` is a saying ("an
    official said", "told reporters that ..."): the happenings of such a story, reported or not
    ("a governor said shells had hit a farm"), are of its day; the sayings about it are news of
    the article's day.

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "A man was killed. An official said so."
    >>> killed, said = sentence_candidates(text, 0, 17)[0], sentence_candidates(text, 18, len(text))[0]
    >>> story_of("day", True, killed), story_of("day", True, said), story_of("day", False, said)
    ('day', None, 'day')
    """
    if told and candidate.cue.reporting is not None:
        return None
    return story


@lru_cache(maxsize=512)  # asked when the event is dated and again for its keep score
def report_of_the_day(text: str, candidate: Candidate) -> bool:
    """May the article date date ``candidate``, a clause with no date of its own or linked? Yes for
    news of the day ("the ministry said", "has resigned", "shares fell"); no for a plan with no
    date ("will stay", "will not be charged"), background in the past perfect ("had asked") or with
    a background adverb ("recently launched"), a clause that describes its noun ("the firm, which took a
    charge", "built by a university": :mod:`timeline.events.describers`) or an adverbial clause ("after ...").

    >>> from timeline.events.candidates import sentence_candidates
    >>> def day(text): return report_of_the_day(text, sentence_candidates(text, 0, len(text))[0])
    >>> day("The minister has resigned."), day("The minister had resigned."), day("He will resign.")
    (True, False, False)
    """
    words = clause_words()
    if (candidate.clauses[0].kind == _RELATIVE or candidate.predicate_clause.kind == _ADVERBIAL
            or describes_noun(text, candidate)):  # "a camera built by a Dutch university": its noun's
        return False  # "the firm, which took a charge ...": its noun's; "..., after rain set off floods": its clause's
    if candidate.report is not None:  # "..., officials said": the saying is the news
        return not _after_word(text, candidate.start, candidate.report, words.past_perfect_auxiliaries)
    clause = candidate.predicate_clause  # "had asked them to return": background, as "had asked" is
    governed = candidate.cue.reporting is None and '"' not in text[clause.start : candidate.predicate.start]
    if candidate.status == "planned" or in_past_perfect(text, candidate, whole_clause=governed):
        return False
    if _after_word(text, candidate.start, candidate.predicate, load_status_words().future_before_report,
                   words.auxiliaries | words.perfect_adverbs):
        return False  # "will not be arrested for now": denied, and yet to come
    # the clause's own words (a quotation's are the speaker's), with the word after each
    own, said = clause_words_with_next(text, clause.start, clause.end), candidate.cue.reporting is not None
    if any(t.lower in load_status_words().future_before_report for t, _ in own if t.end <= candidate.predicate.start):
        return False  # "the board will then submit its report on the elections": yet to come
    return not any(t.lower in words.background_adverbs and after not in words.background_breaks  # after a saying's
                   and not (said and t.start > candidate.predicate.start) for t, after in own)  # verb: what is said


def in_present(text: str, candidate: Candidate) -> bool:
    """Is the predicate in a present perfect or progressive ("has held", "have been rescued", "is
    shelling"; the auxiliaries are ``dates.toml``, ``[report_of_the_day]``)?

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "The army has held the town since March."
    >>> in_present(text, sentence_candidates(text, 0, len(text))[0])
    True
    """
    return _after_word(text, candidate.start, candidate.predicate, _present_auxiliaries())


def in_past_perfect(text: str, candidate: Candidate, whole_clause: bool = False) -> bool:
    """Is the predicate in the past perfect ("had flown", "had already been freed")? With
    ``whole_clause``, also when a verb before it in its clause is ("had decided on Monday to
    boycott").

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "The opposition had decided on Monday to boycott the vote."
    >>> candidate = sentence_candidates(text, 0, len(text))[0]
    >>> in_past_perfect(text, candidate), in_past_perfect(text, candidate, whole_clause=True)
    (False, True)
    """
    auxiliaries = clause_words().past_perfect_auxiliaries
    if _after_word(text, candidate.start, candidate.predicate, auxiliaries):
        return True
    if not whole_clause:
        return False
    before = text[candidate.predicate_clause.start : candidate.predicate.start].lower().replace("’", "'")
    return any(word in auxiliaries for word in before.replace("'", " '").split())


@lru_cache(maxsize=1)
def _present_auxiliaries() -> frozenset[str]:
    return frozenset(load_date_words().day_reports)


def _after_word(text: str, start: int, verb: Token, auxiliaries: frozenset[str],
                between: frozenset[str] | None = None) -> bool:
    """Is ``verb`` right after one of ``auxiliaries``, words of ``between`` aside (by default
    adverbs: "had already been freed")?"""
    between = clause_words().perfect_adverbs if between is None else between
    before = text[max(start, verb.start - 40) : verb.start]
    for word in reversed(before.lower().replace("’", "'").replace("'", " '").split()):
        if word in auxiliaries:
            return True
        if word not in between:
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


def same_day_link(text: str, candidate: Candidate) -> bool:
    """Do the clauses of ``candidate`` tie it to the day of the last happening dated to a day ("In
    the women's race on the same day, ...": ``dates.toml``, ``[same_day]``)?

    >>> from timeline.events.candidates import sentence_candidates
    >>> text = "On the same day, the bank cut its forecast."
    >>> same_day_link(text, sentence_candidates(text, 0, len(text))[0])
    True
    """
    words = " ".join(text[candidate.start : candidate.end].lower().replace(",", " ").rstrip(".").split())
    return any(f" {phrase} " in f" {words} " for phrase in load_date_words().same_day)


def _past(candidate: Candidate) -> bool:
    """Is the predicate in a past tense and not planned ("seized", "had deployed", "was held")?"""
    return (candidate.status != "planned" and is_past_form(candidate.predicate.lower, candidate.cue.lemma)
            and candidate.cue.pos == "verb")


def dated_status(status: str, source: str, start: date | None, dct: date | None, to_come: bool = False) -> str:
    """An asserted event whose own date is after the article's has not happened yet: planned ("the
    drills end on Thursday" in a Tuesday article); so is one whose linked date is, if its verb's
    tense allows it (``to_come``: :func:`timeline.events.cues.may_be_to_come`; "plays", not "lost").

    >>> dated_status("asserted", "explicit", date(2025, 10, 16), date(2025, 10, 14))
    'planned'
    >>> [dated_status("asserted", "inherited", date(2025, 10, 16), date(2025, 10, 14), c) for c in (True, False)]
    ['planned', 'asserted']
    """
    if status == "asserted" and (source == "explicit" or source == "inherited" and to_come) and (
            start and dct and start > dct):
        return "planned"
    return status


def with_unresolved(doc: Document, event: Event, candidate: Candidate,
                     unresolved: Sequence[TimeExpression]) -> Event:
    """An undated event whose clauses hold a date that could not be resolved names it."""
    found = next((t for t in unresolved if any(c.start <= t.start and t.end <= c.end
                                                for c in candidate.clauses)), None)
    if found is None:
        return event
    why = "the article has no date" if doc.dct is None else "no earlier date precise enough"
    return replace(event, time=found, resolution=f"'{found.text}' could not be resolved: {why}")
