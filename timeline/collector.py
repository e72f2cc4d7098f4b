"""Fewer garbage collections in a process of its own: the pipeline spends about 3% of its time in
Python's cyclic garbage collector at the default threshold, about 1% with a larger one.

The pipeline allocates many small objects that live for one document (tokens, candidates, the
model's arrays), and its loaded rules, gazetteer and model are a large heap of long-lived objects
that each full collection walks again. CPython starts a young collection every 700 allocations
(net of deallocations) and a full one after enough of those: on the development corpora
(``benchmarks/bench_pipeline.py``'s texts, one pass with the model) that was 243 young, 22 middle
and 2 full collections, 3.3-3.8% of the CPU time; with a first threshold of 10,000, 12 young and 1
middle, 1.2%. Memory grows by at most the young objects a collection would have freed (cycles
only: everything else is freed as it dies, whatever the threshold). The output does not change.

:func:`collect_less` raises the first threshold; the command line and the benchmarks call it, a
library user keeps the interpreter's settings unless they call it too.
"""

from __future__ import annotations

import gc

__all__ = ["YOUNG_THRESHOLD", "collect_less"]

YOUNG_THRESHOLD = 10_000
"""Allocations (net) between two young collections; CPython's default is 700."""


def collect_less(threshold: int = YOUNG_THRESHOLD) -> tuple[int, ...]:
    """Raise the collector's first threshold to ``threshold`` (never lower it: a value the user
    set higher, or 0 for no automatic collection, stays); return the thresholds now in force.

    >>> before = gc.get_threshold()
    >>> collect_less(50_000)[0] >= 50_000
    True
    >>> gc.set_threshold(*before)
    """
    first, *rest = gc.get_threshold()
    if first and first < threshold:
        gc.set_threshold(threshold, *rest)
    return gc.get_threshold()
