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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["fit_logistic", "predict_logistic", "probability", "read_weights"]


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


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, start: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression weights for the rows ``x`` (column 0 the bias) and labels ``y``, by
    Newton's method with an L2 penalty ``l2`` on all but the bias; from ``start`` when given (the
    problem is convex: only the number of steps changes). Deterministic; the training tools of
    ``tools/`` share it."""
    import numpy as np

    w = np.zeros(x.shape[1]) if start is None else start.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def predict_logistic(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The probability of each row of ``x`` under the weights ``w``."""
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
