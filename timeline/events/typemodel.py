"""The learned event type: a multinomial logistic regression over :mod:`timeline.events.typefeatures`.

The rules of :mod:`timeline.events.types` give each event a first type; the model reads it as one
feature beside the predicate, the words of the clause and sentence, the actors' kinds and names,
numbers with units and the article's other events, and decides the type a reader sees. When its
most likely type is less likely than the learned threshold, the event is ``other`` (unsure, not a
guess). Weights, vocabulary, threshold and how they were measured are in
``data/type_weights.json``, written by ``tools/train_types.py`` (cross-validated by article).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import add
from pathlib import Path

from timeline.events.candidates import Candidate
from timeline.events.cues import may_be_to_come as to_come
from timeline.events.dating import dated_status
from timeline.events.status import retyped_status
from timeline.events.typefeatures import TEMPLATES, document_features, fixed_names, load_type_words
from timeline.model import Event
from timeline.records import evolve

__all__ = ["WEIGHTS", "TypeModel", "load_type_model", "probabilities", "type_step"]

WEIGHTS = Path(__file__).parent / "data" / "type_weights.json"


@dataclass(frozen=True, slots=True)
class TypeModel:
    """The classes (the taxonomy), the feature names (fixed names, then the learned vocabulary),
    one weight per class for each name, the threshold under which an event is ``unsure``, and
    what the training file says of itself."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature name -> a weight per class
    threshold: float
    unsure: str
    about: Mapping[str, object]


@lru_cache(maxsize=4)
def load_type_model(path: Path = WEIGHTS) -> TypeModel:
    """The model in ``path``; a file whose fixed features are not the code's, or whose vocabulary
    is not of the code's templates, is an error naming the file (retrain: ``tools/train_types.py``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        classes = tuple(data["classes"])
        names = tuple(data["features"])
        weights = {n: tuple(float(w) for w in data["weights"][n]) for n in names}
        threshold = float(data["threshold"])
        unsure = str(data["unsure"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a type model: {error}") from None
    fixed = fixed_names()
    if names[: len(fixed)] != fixed or not all(n.startswith(TEMPLATES) for n in names[len(fixed):]):
        raise ValueError(f"{path}: features differ from the code's: retrain with tools/train_types.py")
    types = load_type_words().types
    if set(classes) - set(types) or unsure not in types or any(len(w) != len(classes) for w in weights.values()):
        raise ValueError(f"{path}: classes {classes} are not of the taxonomy {types}")
    about = dict(data)
    del about["features"], about["weights"]
    return TypeModel(classes, names, weights, threshold, unsure, about)


def probabilities(model: TypeModel, row: Mapping[str, float]) -> list[float]:
    """The probability of each of ``model.classes`` for one feature row (softmax)."""
    z = [0.0] * len(model.classes)
    weights_of = model.weights.get
    for name, value in row.items():
        weights = weights_of(name)
        if weights is not None and value:  # most values are 1.0: w * 1.0 is w
            z = list(map(add, z, weights if value == 1.0 else [w * value for w in weights]))
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def type_step(text: str, domain: str | None, events: Sequence[Event], candidates: Mapping[int, Candidate],
              model: TypeModel | None = None, dct: date | None = None) -> list[Event]:
    """``events`` (of one document, in text order, typed by the rules) with the model's type.
    ``candidates`` maps an event's ``trigger_start`` to its candidate; ``domain`` is the article's
    (:func:`timeline.events.types.article_domain`); ``model`` defaults to :data:`WEIGHTS`. A claim
    the new type undoes (:func:`timeline.events.status.retyped_status`) is dated again against the
    article date ``dct``: asserted, or planned when dated after it."""
    if not events:
        return list(events)
    model = model or load_type_model()
    rows = document_features(text, domain, events, [candidates.get(e.trigger_start) for e in events])
    out = []
    for event, row in zip(events, rows, strict=True):
        p = probabilities(model, row)
        best = max(range(len(p)), key=p.__getitem__)
        kind = model.classes[best] if p[best] >= model.threshold else model.unsure
        candidate = candidates.get(event.trigger_start)
        status = event.status if candidate is None else dated_status(retyped_status(
            event.status, candidate.status, candidate.report_cue, candidate.cue, event.event_type, kind),
            event.date_source, event.period_start, dct, to_come(text, candidate))
        out.append(evolve(event, event_type=kind, status=status))
    return out
