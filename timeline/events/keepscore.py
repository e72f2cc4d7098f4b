"""The keep score: how likely a reader is to keep an event, and what happens to those under it.

A logistic regression over :mod:`timeline.events.keepfeatures` (weights, threshold and how they
were measured in ``data/keep_weights.json``, written by ``tools/train_keep.py`` from the judges'
verdicts; cross-validated by article). Each event gets ``keep_score``. An event under the
threshold is not lost:

- when it repeats or is a step of a shown event before it (the same date, and shared words of
  what happened, or the same paragraph and a shared word or actor), it becomes one of that
  event's ``parts``;
- otherwise it stays in the output, marked ``minor`` (``Event.shown`` False): the default views
  (``timeline events``, the dashboard) leave it out, ``timeline events --all`` and the dashboard's
  "minor events" toggle show it.

An article without its date is the exception: the score learned from dated articles, where an
event with no date is background, but there a clause's own date words ("on Saturday") cannot be
counted from anything. Such an event is never hidden: the reader sees it undated and is asked for
the article's date (the dashboard's date field), after which it is scored like any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.events.candidates import Candidate
from timeline.events.keepfeatures import document_features, feature_names, happening_words, paragraph_numbers
from timeline.events.parts import with_part
from timeline.linear import probability, read_weights
from timeline.model import Event
from timeline.records import evolve

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MINOR", "SCORE", "KeepModel", "WEIGHTS", "default_view", "happening_words", "keep_step",
           "load_keep_model", "scores"]

WEIGHTS = Path(__file__).parent / "data" / "keep_weights.json"
MINOR = "minor"  # the events table's column of the events the score hid (timeline/frame.py)
SCORE = "keep_score"  # the events table's column of the score itself
_SHARED_WORDS = 2  # content words a hidden event shares with a shown one of its date to be its part


@dataclass(frozen=True, slots=True)
class KeepModel:
    """The weights of each feature (by name, in :func:`feature_names` order), the threshold under
    which an event is hidden, and what the training file says of itself (sets, date, figures)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float
    about: Mapping[str, object]


@lru_cache(maxsize=4)
def load_keep_model(path: Path = WEIGHTS) -> KeepModel:
    """The model in ``path``; a file whose features are not the ones the code computes is an
    error naming the file (retrain with ``tools/train_keep.py``)."""
    names, weights, numbers, about = read_weights(path, feature_names(), "a keep model", "tools/train_keep.py",
                                                  ("threshold",))
    return KeepModel(names, weights, numbers["threshold"], about)


def scores(model: KeepModel, rows: Sequence[Sequence[float]]) -> list[float]:
    """The keep probability of each feature row."""
    return [probability(model.weights, row) for row in rows]


def _home(event: Event, paragraph: int, words: set[str], out: list[Event],
          same_date: list[tuple[int, int, set[str]]]) -> int | None:
    """The position in ``out`` of the shown event of the same date (``same_date``: position,
    paragraph, happening words, in text order, nearest last) that ``event`` repeats or is a step
    of: one sharing words of what happened with it, or one of its paragraph sharing a word or an
    actor. The date and an actor alone join nothing (a description of a company on the day of
    its results is no part of them)."""
    for at, other_paragraph, other_words in reversed(same_date):
        shared = len(words & other_words)
        if shared >= _SHARED_WORDS or (other_paragraph == paragraph and (
                shared or set(event.actors) & set(out[at].actors))):
            return at
    return None


def keep_step(text: str, dct: date | None, events: Sequence[Event],
              candidates: Mapping[int, Candidate], model: KeepModel | None = None) -> list[Event]:
    """``events`` (of one document, in text order) scored; those under the threshold marked not
    shown, and listed among the parts of the shown event they repeat or are a step of.
    ``candidates`` maps an event's ``trigger_start`` to the candidate it came from; ``model``
    (default: :data:`WEIGHTS`) scores them."""
    if not events:
        return list(events)
    model = model or load_keep_model()
    rows = document_features(text, dct, events, [candidates.get(e.trigger_start) for e in events])
    paragraphs = paragraph_numbers(text, events)
    out: list[Event] = []
    shown: dict[str, list[tuple[int, int, set[str]]]] = {}  # date -> (position in out, paragraph, words)
    for event, score, paragraph in zip(events, scores(model, rows), paragraphs, strict=True):
        waiting = dct is None and event.time is not None and not event.date_value  # own date words, no date
        event = evolve(event, keep_score=round(score, 4), shown=score >= model.threshold or waiting)
        words = happening_words(event)
        if event.shown:
            if event.date_value:
                shown.setdefault(event.date_value, []).append((len(out), paragraph, words))
        elif event.date_value:
            home = _home(event, paragraph, words, out, shown.get(event.date_value, []))
            if home is not None:
                part = (event.sentence.start, event.sentence.end, event.summary)
                out[home] = with_part(out[home], event, part)
        out.append(event)
    return out


def default_view(frame: pd.DataFrame, show_all: bool = False) -> pd.DataFrame:
    """The rows of an events table a reader sees by default: without the minor events (those the
    keep score hid), unless ``show_all``. A table without the ``minor`` column is shown whole."""
    if show_all or MINOR not in frame.columns or not len(frame):
        return frame
    return frame[frame[MINOR] != 1].reset_index(drop=True)
