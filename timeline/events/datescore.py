"""The date ranker: which of an event's date options it takes (issue 12, point 3).

The hand rules of :mod:`timeline.events.dating` choose a date; the ranker sees that choice among
every date the event's context offers (:mod:`timeline.events.dateoptions`), scores each option
with a logistic regression over :mod:`timeline.events.datefeatures` (weights and how they were
measured in ``data/date_weights.json``, written by ``tools/train_dates.py`` from the true dates
of the dev sets' key events, cross-validated by article) and takes the highest when it scores
higher than the rules' option by the model's ``margin`` (chosen by cross-validation); else, or
when it gives the rules' period, or when the rules linked the event to another clause or event
(an anchored "two months after X", "the same day", the noun a relative clause describes, the
story's day), the rules' date (with its explanation) stands; otherwise the option's
date does, with a ``date_source`` honest about where it came from: ``explicit`` (its own words),
``inherited`` (its sentence, an earlier sentence of its paragraph, the event before), the article
date (only ever offered for a report of the day) or none.

:func:`tracing` collects every event's options and feature rows (the training tool reads them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.events.context import DocumentContext, SentenceContext
from timeline.events.datefeatures import event_cues, feature_names, option_features
from timeline.events.dateoptions import RULE, DateOption, date_options
from timeline.events.dating import EventDate, in_past_perfect
from timeline.linear import probability, read_weights
from timeline.model import TimeExpression

__all__ = ["WEIGHTS", "DateModel", "Traced", "load_date_model", "pick_date", "rank", "tracing"]

WEIGHTS = Path(__file__).parent / "data" / "date_weights.json"
INHERITED = "inherited"  # the rules' source of a date from a linked clause or event
_TEXT = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class DateModel:
    """The weight of each feature (by name, in :func:`feature_names` order) and what the training
    file says of itself (sets, date, figures)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    about: Mapping[str, object]
    margin: float = 0.0  # how much higher than the rules' option another must score to be taken


@dataclass(frozen=True, slots=True)
class Traced:
    """One event's options as the ranker saw them: its predicate's offset, the options, their
    feature rows and the rules' choice."""

    trigger_start: int
    options: tuple[DateOption, ...]
    rows: tuple[tuple[float, ...], ...]
    rule: EventDate


_TRACE: ContextVar[list[Traced] | None] = ContextVar("date_trace", default=None)


@contextmanager
def tracing() -> Iterator[list[Traced]]:
    """Within the block, every event the pipeline dates adds its :class:`Traced` to the list."""
    found: list[Traced] = []
    token = _TRACE.set(found)
    try:
        yield found
    finally:
        _TRACE.reset(token)


@lru_cache(maxsize=4)
def load_date_model(path: Path = WEIGHTS) -> DateModel:
    """The model in ``path``; a file whose features are not the ones the code computes is an
    error naming the file (retrain with ``tools/train_dates.py``)."""
    names, weights, numbers, about = read_weights(path, feature_names(), "a date model", "tools/train_dates.py",
                                                  ("margin",))
    return DateModel(names, weights, about, numbers["margin"])


def rank(model: DateModel, rows: Sequence[Sequence[float]]) -> list[float]:
    """The score (probability of being the true date) of each option's row."""
    return [probability(model.weights, row) for row in rows]


def _in_clauses(candidate: Candidate, t: TimeExpression) -> bool:
    """Does ``t`` stand in one of the clauses of ``candidate``?"""
    return any(c.start <= t.start and t.end <= c.end for c in candidate.clauses)


def _opening(text: str, paragraph: int) -> bool:
    """Is the paragraph at ``paragraph`` the article's first after its first line (the headline)?"""
    first = _TEXT.search(text)
    if first is None or first.start() >= paragraph:
        return True
    line_end = text.find("\n", first.start())
    return line_end < 0 or _TEXT.search(text, line_end, paragraph) is None


def pick_date(ctx: DocumentContext, part: SentenceContext, candidate: Candidate, rule: EventDate,
              of_the_day: bool, use_model: bool = True) -> EventDate:
    """The date of ``candidate``: the option the model ranks highest (``rule``, the rules' choice,
    when it gives the same period or the model is off: ``use_model`` False)."""
    trace = _TRACE.get()
    if trace is None and (not use_model or rule.source == INHERITED):
        return rule  # off, or a link the ranker leaves as it is (below): nothing to rank
    text, sentence = ctx.text, part.sentence
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    sentence_times = ctx.times_in(sentence.start, sentence.end)
    cues = event_cues(text, candidate, of_the_day, lead=not text[paragraph : sentence.start].strip(),
                      dated_sentence=bool(sentence_times),
                      opening=_opening(text, paragraph))
    # "had been warned": a past perfect is before the time of the clauses beside it (as the rules
    # say, timeline/events/build.py): it takes no date of its sentence, paragraph or narrative
    earlier = candidate.report is None and in_past_perfect(text, candidate)
    events = [e for e in (part.previous, part.last_dated) if e is not None and e.date_source != "article_date"]
    options = date_options(text, ctx.doc.dct, candidate, rule,
                           [t for t in sentence_times if not earlier or _in_clauses(candidate, t)],
                           () if earlier else ctx.times_in(paragraph, sentence.start), () if earlier else events,
                           (cues.past_form and not cues.planned,), of_the_day)
    rows = option_features(text, ctx.doc.dct, candidate, options, rule, cues, sentence.start)
    if trace is not None:
        trace.append(Traced(candidate.predicate.start, tuple(options), tuple(map(tuple, rows)), rule))
    if not use_model:
        return rule
    if rule.source == INHERITED or any(o.kind == RULE for o in options):
        return rule  # a rule linked it ("two months after X", "the same day", "which ..."): the link stands
    model = load_date_model()
    scores = rank(model, rows)
    best = max(range(len(options)), key=lambda i: (scores[i], options[i].agrees))
    ruled = max(scores[i] for i in range(len(options)) if options[i].agrees)
    if options[best].agrees or scores[best] - ruled < model.margin:
        return rule  # the rules' choice stands unless another option is ranked higher by the margin
    return options[best].when
