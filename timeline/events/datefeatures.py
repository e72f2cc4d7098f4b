"""What the date ranker reads of each (event, date option) pair: cheap features the pipeline has.

For the options of one event (:mod:`timeline.events.dateoptions`), :func:`option_features` gives
one row of numbers per option, in the order of :func:`feature_names`. They are of three kinds:

- the option: where it comes from (own clause, rest of the sentence, an earlier sentence, the
  event before, the article date, none, another rule), whether the hand rules chose its period
  (alone and by the rules' source), its granularity, whether it is relative and to what, how far
  it is from the event's predicate in words and punctuation, whether a quotation mark or a
  deadline word stands between or before it, whether it only names a noun or is only compared
  with ("the highest since 2008"), its distance in time
  from the article date and its side of it, whether it is cut at the article date;
- the event: its tense and aspect cues (past perfect, present perfect, past form), status
  (planned), whether it reports (a saying), whether it is a relative or subordinate clause, a
  report of the day, the first sentence of its paragraph, a noun cue, whether its sentence holds
  a date, whether it stands in the article's opening paragraph; each crossed with the
  option's kind, so that "a report takes the article date" or "a plan takes a later date" can be
  learned;
- the side of the article date against the event's status: a planned event takes a later date.

No English here: the words (deadline words) are data in ``rules/en/dates.toml``; the only marks
read are quotation marks and clause punctuation. The names are stable: the weights file lists
the names it was trained on and :mod:`timeline.events.datescore` refuses a file whose names differ.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from timeline.events.anchoring import NARRATIVE
from timeline.events.candidates import Candidate
from timeline.events.cues import is_past_form
from timeline.events.dateoptions import KINDS, DateOption
from timeline.events.datewords import load_date_words
from timeline.events.dating import EventDate, in_past_perfect, in_present
from timeline.events.owntime import compared_with, modifies_noun

__all__ = ["EventCues", "event_cues", "feature_names", "option_features"]

_QUOTES = ('"', "\u201c", "\u201d")  # quotation marks
_PUNCTUATION = (",", ";", ":", "(", ")", "\u2014", "\u2013")  # marks that close or open a clause
_SOURCES = ("explicit", "inherited", "article_date", "none")  # the rules' sources
_PART, _COARSE = "part_of_year", "coarser"
_GRANULARITIES = ("day", "week", "month", _PART, "year", _COARSE)
_DCT = "dct"  # the date engine's anchor label of a date resolved against the article date
_PARTS = ("quarter", "half", "season")
_CROSSED = KINDS[:-1]  # the kinds crossed with the event's cues ("rule" is rare: no crosses)


@dataclass(frozen=True, slots=True)
class EventCues:
    """What the event's words say of its time (see the module's docstring); one flag each."""

    report: bool
    present_perfect: bool
    past_perfect: bool
    past_form: bool
    planned: bool
    relative: bool
    subordinate: bool
    of_the_day: bool
    lead: bool
    noun: bool
    dated_sentence: bool
    opening: bool

    def flags(self) -> tuple[bool, ...]:
        """The flags in :data:`CUES` order."""
        return tuple(getattr(self, name) for name in CUES)


CUES = tuple(EventCues.__dataclass_fields__)


def event_cues(text: str, candidate: Candidate, of_the_day: bool, lead: bool, dated_sentence: bool,
               opening: bool) -> EventCues:
    """The cues of ``candidate``; ``of_the_day``: the rules take it for a report of the day;
    ``lead``: its sentence opens its paragraph; ``dated_sentence``: its sentence holds a date;
    ``opening``: its paragraph is the article's first (after the headline)."""
    return EventCues(
        report=candidate.report is not None or candidate.cue.reporting is not None,
        present_perfect=in_present(text, candidate),
        past_perfect=in_past_perfect(text, candidate, whole_clause=True),
        past_form=candidate.cue.pos == "verb" and is_past_form(candidate.predicate.lower, candidate.cue.lemma),
        planned=candidate.status == "planned",
        relative=candidate.clauses[0].kind == "rel",
        subordinate=candidate.clauses[0].kind == "sub",
        of_the_day=of_the_day,
        lead=lead,
        noun=candidate.cue.pos != "verb",
        dated_sentence=dated_sentence,
        opening=opening,
    )


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The names of the features, in row order."""
    names = ["bias_", *(f"kind_{k}" for k in KINDS), "agrees_rules", *(f"agrees_{s}" for s in _SOURCES),
             "in_predicate_clause", "before_predicate", "word_distance", "punctuation_between",
             "quote_between", "quoted_alone", "deadline_before", "names_a_noun", "rank_of_its_kind",
             "conjunct_between", "since_before", "period_end_before", "past_period", "in_report_clause",
             "report_period_of_a_report", "compared_with",
             *(f"granularity_{g}" for g in _GRANULARITIES), "relative_date", "narrative_anchor",
             "a_duration", "years_from_article", "after_article", "holds_article_date", "cut_at_article_date",
             "after_article_planned", "after_article_unplanned", "before_article_planned",
             "previous_in_sentence"]
    names += [f"{cue}_{kind}" for cue in CUES for kind in _CROSSED]
    names += [f"{cue}_agrees_{source}" for cue in CUES for source in _SOURCES[:3]]
    return tuple(names)


def _granularity(gran: str | None) -> str | None:
    if gran is None:
        return None
    if gran in ("day", "time"):
        return "day"
    if gran in _PARTS:
        return _PART
    return gran if gran in _GRANULARITIES else _COARSE


def _between(text: str, option: DateOption, candidate: Candidate) -> str:
    """The text between the option's expression and the predicate ("" without an expression)."""
    t, pred = option.time, candidate.predicate
    if t is None:
        return ""
    return text[t.end : pred.start] if t.end <= pred.start else text[pred.end : t.start]


def _deadline_before(text: str, option: DateOption) -> bool:
    t = option.time
    if t is None:
        return False
    before = text[max(0, t.start - 16) : t.start].lower().split()
    return any(" ".join(before[-len(w.split()):]) == w for w in load_date_words().deadlines)


def _row(text: str, dct: date | None, candidate: Candidate, option: DateOption, rule: EventDate,
         cues: EventCues, sentence_start: int) -> list[float]:
    """The features of one option, in :func:`feature_names` order."""
    t, when = option.time, option.when
    pred = candidate.predicate
    between = _between(text, option, candidate)
    clause = candidate.predicate_clause
    row: list[float] = [1.0, *(float(option.kind == k) for k in KINDS), float(option.agrees),
                        *(float(option.agrees and rule.source == s) for s in _SOURCES)]
    row += [
        float(t is not None and clause.start <= t.start and t.end <= clause.end),
        float(t is not None and t.end <= pred.start),
        math.log1p(len(between.split())) / 3 if t is not None else 0.0,
        min(sum(between.count(p) for p in _PUNCTUATION), 3) / 3,
        float(any(q in between for q in _QUOTES)),
        float(t is not None and _quoted_alone(text, t.start, pred.start, sentence_start)),
        float(_deadline_before(text, option)),
        float(t is not None and modifies_noun(text, t)),
        min(option.rank, 3) / 3,
    ]
    words = load_date_words()
    before_t = text[max(0, t.start - 20) : t.start].lower().split() if t is not None else []
    report = candidate.report
    report_clause = next((c for c in candidate.clauses if report is not None and c.start <= report.start < c.end), None)
    row += [
        float(not set(between.lower().split()).isdisjoint(words.conjuncts)),
        float(bool(before_t) and any(" ".join(before_t[-len(w.split()):]) == w for w in words.since)),
        float(bool(before_t) and before_t[-1] in words.period_ends),
        float(t is not None and t.text.lower().startswith(words.past_periods)),
        float(t is not None and report_clause is not None and report_clause.start <= t.start < report_clause.end),
        float(t is not None and cues.report and t.granularity in words.report_periods),
        float(t is not None and compared_with(text, t)),
    ]
    gran = _granularity(when.granularity) if when.start is not None else None
    row += [float(gran == g) for g in _GRANULARITIES]
    row += [float(t is not None and t.anchor in (_DCT, NARRATIVE)), float(t is not None and t.anchor == NARRATIVE),
            float(t is not None and t.type == "DURATION")]
    start, end = when.start, when.end
    dated = start is not None and end is not None and dct is not None
    after = dated and start > dct
    before = dated and end < dct
    row += [
        min(abs((start - dct).days) / 365.25, 10) / 10 if dated else 0.0,
        float(after),
        float(dated and start <= dct <= end),
        float(option.clipped),
        float(after and cues.planned),
        float(after and not cues.planned),
        float(before and cues.planned),
        float(option.event is not None and option.event.sentence.start == sentence_start),
    ]
    for flag in cues.flags():
        row += [float(flag and option.kind == k) for k in _CROSSED]
    for flag in cues.flags():
        row += [float(flag and option.agrees and rule.source == s) for s in _SOURCES[:3]]
    return row


def _quoted_alone(text: str, at: int, predicate: int, sentence_start: int) -> bool:
    """Is the expression inside a quotation the predicate is outside (an odd number of quotation
    marks between them in the sentence)?"""
    low, high = sorted((at, predicate))
    marks = sum(text.count(q, max(sentence_start, low), high) for q in _QUOTES)
    return marks % 2 == 1


def option_features(text: str, dct: date | None, candidate: Candidate, options: Sequence[DateOption],
                    rule: EventDate, cues: EventCues, sentence_start: int) -> list[list[float]]:
    """One row per option of ``candidate`` (the rules chose ``rule``), in :func:`feature_names`
    order."""
    return [_row(text, dct, candidate, o, rule, cues, sentence_start) for o in options]
