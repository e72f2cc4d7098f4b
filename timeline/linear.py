"""Linear models read from weights files: the one reading and scoring that the learned components
share (the keep score, the actor score, the date ranker, the participant model).

A weights file is JSON with ``features`` (names, in the order the code computes them),
``weights`` (name -> weight), the model's own numbers (a threshold...) and what the training
tool says of itself (sets, date, figures). A file whose features are not the code's is an error
naming the file and the tool that retrains it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

__all__ = ["probability", "read_weights"]


def read_weights(path: Path, expected: Sequence[str], what: str, tool: str,
                 numbers: Sequence[str] = ()) -> tuple[tuple[str, ...], tuple[float, ...], dict[str, float], dict]:
    """The feature names, weights, the named ``numbers`` and the rest of the file (``about``) of
    the weights file ``path``; ``what`` names the model in errors, ``tool`` the trainer."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = tuple(data["features"])
        weights = tuple(float(data["weights"][n]) for n in names)
        values = {n: float(data[n]) for n in numbers}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not {what}: {error}") from None
    if names != tuple(expected):
        missing = sorted(set(expected) - set(names))
        extra = sorted(set(names) - set(expected))
        raise ValueError(f"{path}: features differ from the code's (missing {missing}, unknown {extra}): "
                         f"retrain with {tool}")
    about = dict(data)
    del about["features"], about["weights"]
    return names, weights, values, about


def probability(weights: Sequence[float], row: Sequence[float]) -> float:
    """The logistic of the weighted sum of ``row`` (0.0 far below zero, never an overflow).

    >>> probability((1.0, -1.0), (2.0, 2.0))
    0.5
    """
    z = sum(w * x for w, x in zip(weights, row, strict=True) if x)
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
