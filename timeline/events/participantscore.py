"""The participant model: which of an event's candidate actors take part in it.

A logistic regression over :mod:`timeline.events.participantfeatures` (weights, threshold and how
they were measured in ``data/participant_weights.json``, written by ``tools/train_participants.py``
from the gold key events' exact actors; cross-validated by article). The model overrules the hand
rules of :mod:`timeline.events.participants` only where it is sure: an actor the rules keep is
dropped when its probability is under ``veto_below``; a candidate the rules leave out is added when
its probability reaches ``add_at`` (over 1: never).

:func:`recording` lets the training tool read every event's candidates as the pipeline builds them
(the rules choose meanwhile).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.participantfeatures import ActorCandidate, feature_names
from timeline.linear import probability, read_weights

__all__ = ["WEIGHTS", "ParticipantModel", "choose", "load_participant_model", "probabilities", "recording"]

WEIGHTS = Path(__file__).parent / "data" / "participant_weights.json"
_LOG: ContextVar[list | None] = ContextVar("participant_log", default=None)


@dataclass(frozen=True, slots=True)
class ParticipantModel:
    """The weights of each feature (by name, in :func:`feature_names` order), the probability under
    which an actor the rules keep is dropped (``veto_below``), the one at which a candidate they
    leave out is added (``add_at``), and what the training file says of itself."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    veto_below: float
    add_at: float
    about: Mapping[str, object]


@lru_cache(maxsize=4)
def load_participant_model(path: Path = WEIGHTS) -> ParticipantModel:
    """The model in ``path``; a file whose features are not the ones the code computes is an error
    naming the file (retrain with ``tools/train_participants.py``)."""
    names, weights, numbers, about = read_weights(path, feature_names(), "a participant model",
                                                  "tools/train_participants.py", ("veto_below", "add_at"))
    return ParticipantModel(names, weights, numbers["veto_below"], numbers["add_at"], about)


def probabilities(model: ParticipantModel, candidates: Sequence[ActorCandidate]) -> list[float]:
    """The probability of each candidate that it takes part in its event."""
    return [probability(model.weights, c.row) for c in candidates]


def choose(candidates: Sequence[ActorCandidate], model: ParticipantModel | None = None,
           key: object = None) -> list[ActorCandidate]:
    """The candidates that take part in their event, in their order. Under :func:`recording`, the
    candidates are logged with ``key`` (the caller's name for the event) and the rules' choice is
    returned: what the model is trained on does not depend on an earlier model."""
    log = _LOG.get()
    if log is not None:
        log.append((key, tuple(candidates)))
        return [c for c in candidates if c.rule]
    if not candidates:
        return []
    model = model or load_participant_model()
    scores = probabilities(model, candidates)
    return [c for c, p in zip(candidates, scores, strict=True)
            if (p >= model.veto_below if c.rule else p >= model.add_at)]


@contextmanager
def recording() -> Iterator[list]:
    """Within the block, every call of :func:`choose` appends (key, candidates) to the list given."""
    log: list = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)
