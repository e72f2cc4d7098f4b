"""find_actors stays linear in the text length (two quadratic paths were found and fixed)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from timeline.actors import find_actors

CORPUS = Path(__file__).parent / "corpus"


def _cpu(text: str, gaz) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        find_actors(text, gaz)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("joiner", ["\n\n", " "])  # with and without line breaks
def test_find_actors_speed_is_linear(gaz, joiner):
    base = joiner.join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    small = (base * 8)[:50_000]
    large = (base * 32)[:200_000]
    assert _cpu(large, gaz) < 8 * _cpu(small, gaz) + 0.05  # quadratic would be about 16 times
