"""Which date words of a sentence are an event's own, and which it takes from the noun it describes.

:func:`own_time` picks, among the dates inside the event's clauses, the one that dates it: not a
date that only modifies a noun ("a 1960 agreement"), not a baseline ("the first time since 1993"),
not a deadline ("until June 30", ``dates.toml`` ``[deadlines]``), not a date of another happening
(:mod:`timeline.events.otherdates`), and a named day rather than a
clock time read on the article date ("at 9:15 p.m. on Sunday"). :func:`antecedent_time` gives a
relative clause the date of its noun ("the 1998 expedition, which reached ...").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words, tokenize
from timeline.events.datewords import load_date_words
from timeline.events.dating import in_past_perfect, in_present, report_of_the_day
from timeline.events.lexicon import load_lexicon
from timeline.events.nesteddates import modified_year, nested_date
from timeline.events.otherdates import compared_with, in_a_name, names_an_edition
from timeline.events.saidcontent import in_what_is_said
from timeline.events.years import plan_of_another, with_range_year, with_their_year, year_before
from timeline.model import TimeExpression

__all__ = ["antecedent_time", "compared_with", "modifies_noun", "own_time"]

_QUOTES = ('"', "\u201c", "\u201d")  # quotation marks (tokenize marks the words between them)
_DAYS = ("day", "time")  # the granularities of one day


def own_time(text: str, candidate: Candidate, dated: Sequence[TimeExpression],
             dct: date | None = None, last_before: Callable[[int], TimeExpression | None] | None = None,
             ) -> TimeExpression | None:
    """The candidate's own date: in the predicate's clause if any, else in its other clauses;
    a date that only modifies a noun ("a 1960 agreement", "its 1951 treaty") does not date it,
    nor does a deadline after the article date ``dct`` the order or promise that sets it.
    ``last_before`` gives the document's last date before an offset ("in October that year": the
    year of the date before "October")."""
    if not dated:
        return None  # no date in the sentence (each step below keeps a subset of the dates)
    dated = with_range_year(text, list(dated))  # "between June and August 2020": June of 2020
    pred = candidate.predicate
    inside = [t for t in dated if any(c.start <= t.start and t.end <= c.end for c in candidate.clauses)
              and (not (modifies_noun(text, t) or modified_year(text, t)) or _object_of(text, pred.end, t)
                   or _dated_noun_event(text, t, candidate)) and not nested_date(text, candidate, t)
              and not compared_with(text, t) and not plan_of_another(text, candidate, t)
              and not in_a_name(text, t) and not _of_a_person_relative(text, candidate, t)
              and not in_what_is_said(text, candidate, t)]
    inside = _when_not_deadline(text, _days_over_clock_times(inside), candidate.status == "planned", dct)
    inside = _outside_quotes(text, candidate, inside)
    inside = with_their_year(text, [t for t in inside if not _of_an_earlier_verb(text, candidate, t)],
                              last_before)
    if not inside:
        return None
    clause = candidate.predicate_clause
    pivot = candidate.predicate.start

    def rank(t: TimeExpression) -> tuple[bool, bool, bool, int]:  # "for the 2017 Cup on 13 June": the day
        in_clause = clause.start <= t.start and t.end <= clause.end
        return (names_an_edition(text, t), not in_clause, _other_conjunct(text, t, pivot), abs(t.start - pivot))

    chosen = year_before(candidate, _finer_day(inside, min(inside, key=rank), rank), dct)
    if _past_period_of_news(text, candidate, chosen, dct):
        return None
    if _figures_of_an_undated_report(text, candidate, inside, chosen):
        return None
    return _report_day(text, candidate, inside, chosen) or chosen


def _of_a_person_relative(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """"Blake, who beat him at the trials in July, took silver": a date inside a relative clause
    about a person or group (``dates.toml``, ``[person_relatives]``) that is not the predicate's
    own clause tells what they did at another time, not the candidate's happening."""
    for clause in candidate.clauses:
        if clause.kind == "rel" and clause is not candidate.predicate_clause and clause.start <= t.start < clause.end:
            first = text[clause.start : clause.end].split(maxsplit=1)[:1]
            return bool(first) and first[0].lower().strip(",") in load_date_words().person_relatives
    return False


def _finer_day(inside: Sequence[TimeExpression], chosen: TimeExpression,
               rank: Callable[[TimeExpression], tuple[bool, bool, bool, int]]) -> TimeExpression:
    """"confirmed a fifth case this year, officials said today, Friday, March 13"; "surprised the
    market on Wednesday with a rise in first-quarter profit": a day among the event's dates (not
    in another conjunct) dates it rather than a coarser date that holds that day or is the period
    of figures (``dates.toml`` ``[report_day]`` ``granularities``)."""
    if chosen.granularity in _DAYS or chosen.period_start is None or chosen.period_end is None:
        return chosen
    figures = chosen.granularity in load_date_words().report_periods
    days = [t for t in inside if t.granularity in _DAYS and t.period_start is not None and not rank(t)[2]
            and (chosen.period_start <= t.period_start <= chosen.period_end
                 or (figures and chosen.period_end < t.period_start))]
    return min(days, key=rank) if days else chosen


def _figures_of_an_undated_report(text: str, candidate: Candidate, inside: Sequence[TimeExpression],
                                  t: TimeExpression) -> bool:
    """"The firm said its loss widened in the six months to March": a report with no day of its
    own whose only date is the period its figures cover (one of ``dates.toml``'s ``[report_day]``
    granularities, or after one of its ``period_ends``) is news of the article's day, not of that
    period."""
    reported = candidate.report is not None or candidate.cue.reporting is not None  # "..., it said"; "said that ..."
    if (not reported or candidate.status == "planned" or t.granularity in ("day", "time")
            or any(d.granularity in ("day", "time") for d in inside)):
        return False
    words = load_date_words()
    before = text[max(0, t.start - 12) : t.start].lower().split()
    return t.granularity in words.report_periods or bool(before and before[-1] in words.period_ends)


def _past_period_of_news(text: str, candidate: Candidate, t: TimeExpression, dct: date | None) -> bool:
    """"The floods have killed 36 people over the past month": news in the present perfect or
    progressive is of the article's day; "the past month", "the last year" (``dates.toml``,
    ``[past_periods]``) is the length the news covers up to that day, not the month before."""
    return (dct is not None and t.granularity not in ("day", "time") and t.period_end is not None
            and t.period_end < dct and t.text.lower().startswith(load_date_words().past_periods)
            and in_present(text, candidate) and report_of_the_day(text, candidate))


def _of_an_earlier_verb(text: str, candidate: Candidate, t: TimeExpression) -> bool:
    """"quashed the result, saying he had not been elected on August 8": a date after a past
    perfect that follows the predicate dates that earlier happening, not the predicate (unless
    the predicate is itself in the past perfect); so does a date before the predicate after a past
    perfect in the same stretch between commas ("the judge, who had reserved his verdict on May 2,
    acquitted ...")."""
    pred = candidate.predicate
    if in_past_perfect(text, candidate):
        return False
    if t.end <= pred.start:  # "the court, which had adjourned the case on May 2, convicted ...": since the last comma
        if in_past_perfect(text, candidate, whole_clause=True):
            return False  # "had reserved his verdict on May 2": the predicate's own clause
        opening = max(candidate.start, text.rfind(",", candidate.start, t.start) + 1)
        between = text[opening : t.start]
    elif t.start > pred.end:
        between = text[pred.end : t.start]
    else:
        return False
    words = between.lower().replace("\u2019", "'").replace("'", " '").split()
    return any(w in clause_words().past_perfect_auxiliaries for w in words)


def _outside_quotes(text: str, candidate: Candidate, times: list[TimeExpression]) -> list[TimeExpression]:
    """'"We had a meeting at the start of the year," the coach said': a date inside a quotation
    dates what the speaker tells, not the saying outside it."""
    if not times or not any(q in text[candidate.start : candidate.end] for q in _QUOTES):
        return times
    tokens = tokenize(text, text.rfind("\n", 0, candidate.start) + 1, candidate.end)  # from its paragraph's start
    if any(t.quoted for t in tokens if t.start == candidate.predicate.start):
        return times
    quoted = {t.start for t in tokens if t.quoted}
    return [t for t in times if t.start not in quoted]


def _report_day(text: str, candidate: Candidate, inside: Sequence[TimeExpression],
                chosen: TimeExpression) -> TimeExpression | None:
    """"ITC said on Friday that its profit climbed in the latest quarter": a report dated to a
    day by its own clause is the happening of that day when the date of what it reports is only
    the period its figures cover (``dates.toml``, ``[report_day]``); None otherwise."""
    report = candidate.report
    if report is None or chosen.granularity in ("day", "time") or chosen.period_start is None:
        return None
    clause = next((c for c in candidate.clauses if c.start <= report.start < c.end), None)
    if clause is None:
        return None
    days = [t for t in inside if t.type == "DATE" and t.granularity == "day" and t.period_start
            is not None and clause.start <= t.start and t.end <= clause.end]
    if not days:
        return None
    day = min(days, key=lambda t: abs(t.start - report.start))
    words = load_date_words()
    before = text[max(0, chosen.start - 12) : chosen.start].lower().split()
    reported = (chosen.granularity in words.report_periods  # "in the latest quarter"
                or (before and before[-1] in words.period_ends))  # "the year ended March", "profit for 2011"
    if clause.start <= chosen.start < clause.end:  # "on Monday reported a rise in profit for the March quarter"
        return day if reported and chosen.period_end < day.period_start else None
    if chosen.period_start <= day.period_start <= chosen.period_end:  # "so far this year"
        return day
    return day if reported and chosen.period_start <= day.period_start else None


def _other_conjunct(text: str, t: TimeExpression, pivot: int) -> bool:
    """"a draw on January 14 and a win last Thursday": a date before the predicate with a
    coordinator between them ("and", "or") belongs to the conjunct before it; so does one before
    a subordinator that opens the predicate's clause with no punctuation after it ("mayor from
    2012 until he lost the vote in 2015": the loss is 2015's)."""
    if t.end > pivot:
        return False
    between = text[t.end : pivot].lower().split()
    if any(w in load_date_words().conjuncts for w in between):
        return True
    subordinators = clause_words().subordinators
    opener = max((i for i, w in enumerate(between) if w in subordinators), default=-1)
    return opener >= 0 and not any(ch in " ".join(between[opener:]) for ch in ",;:()")


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


def _when_not_deadline(text: str, times: list[TimeExpression], planned: bool,
                       dct: date | None) -> list[TimeExpression]:
    """"on Monday gave the firm until June 30 next year": a deadline ("until", "by" and the dates
    right after it) is not when the event happened. With no other date it dates a plan ("will pay
    by June 30") or a state reached by a past time ("176 deaths had been confirmed by last
    night"); the order or promise that sets a deadline after the article date ``dct`` ("has
    promised to hold the vote by June") has no date of its own."""
    deadlines, after_deadline, previous_end = set(), False, 0
    for t in sorted(times, key=lambda t: t.start):
        before = text[max(0, t.start - 16) : t.start].lower().split()
        joined = after_deadline and not text[previous_end : t.start].strip()
        if joined or any(" ".join(before[-len(w.split()):]) == w for w in load_date_words().deadlines):
            deadlines.add(id(t))
        after_deadline, previous_end = id(t) in deadlines, t.end
    kept = [t for t in times if id(t) not in deadlines]
    if kept or planned or dct is None:
        return kept or times
    return [t for t in times if t.period_start is not None and t.period_start <= dct]


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


def modifies_noun(text: str, t: TimeExpression) -> bool:
    """Does ``t`` only name a noun ("last year's blasts", "the 1960 agreement")?"""
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


