"""find_actors on a long text: repeating an article neither adds nor loses actors. Two quadratic
paths were once found here; how the time grows with the length is measured in
benchmarks/bench_scaling.py (tests do not assert timings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.actors import analyst_actors, find_actors

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("joiner", ["\n\n", " "])  # with and without line breaks
def test_find_actors_long_text_same_actors_as_its_parts(gaz, joiner):
    base = joiner.join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    once = set(analyst_actors(find_actors(base, gaz), gaz))
    four = set(analyst_actors(find_actors(joiner.join([base] * 4), gaz), gaz))
    assert once and four == once
