"""``extract_store``: every article of the inputs into the store, once, on local cores or a cluster.

    inputs ──expand_inputs──> files ──plan──> partitions of new documents
           ──run_local | run_dask | run_inline──> batches written to the store ──> summary
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.store.batch import ProcessFn
from timeline.store.compact import compact_batches, finish_compactions
from timeline.store.inputs import expand_inputs
from timeline.store.layout import init_store, remove_uncommitted
from timeline.store.lock import StoreLock
from timeline.store.plan import PlanCounts, known_errors, known_hashes, plan
from timeline.store.runners import run_dask, run_inline, run_local

__all__ = ["ExtractSummary", "default_workers", "extract_store"]

BATCH_SIZE = 200  # documents per batch: one set of Parquet files, one unit of work and of retry


@dataclass(frozen=True, slots=True)
class ExtractSummary:
    """What a run did. ``skipped``: already in the store, or repeated within the inputs;
    ``failed``: documents whose extraction raised; ``load_errors``: unreadable files or records."""

    documents_seen: int
    documents_added: int
    documents_skipped: int
    documents_failed: int
    load_errors: int
    events_written: int
    elapsed: float  # seconds

    @property
    def ok(self) -> bool:
        """True when no document failed and every input could be read."""
        return not (self.documents_failed or self.load_errors)

    def __str__(self) -> str:
        rate = self.documents_added / self.elapsed if self.elapsed > 0 else 0.0
        return (f"{self.documents_seen} documents: {self.documents_added} added, "
                f"{self.documents_skipped} skipped (already in the store), "
                f"{self.documents_failed} failed; {self.load_errors} unreadable files or records; "
                f"{self.events_written} events written in {self.elapsed:.1f} s "
                f"({rate:.1f} documents/s)")


def default_workers() -> int:
    """The number of CPUs this process may use (the default number of workers)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_store(inputs: Iterable[str | Path], store: str | Path, workers: int | None = None,
                  scheduler: object = None, progress: bool = True,
                  batch_size: int = BATCH_SIZE, process: ProcessFn | None = None,
                  compact: bool = True) -> ExtractSummary:
    """Extract the events of every article in ``inputs`` (files, folders, globs; .txt, .json,
    .jsonl, .csv and their .gz) into the store at ``store``, creating it when missing.

    Documents already in the store (same text and date) are skipped, so a run can be repeated or
    resumed after an interruption. ``workers``: local processes (default: every core; 0 runs in
    this process). ``scheduler``: a Dask scheduler address (or ``distributed.Client``) to run on
    instead. ``process``: the per-document function (default: ``timeline.process``); on local
    processes or a cluster it must be importable by name. ``compact``: merge the small batch
    files into large ones at the end (see :mod:`timeline.store.compact`).
    """
    started = time.perf_counter()
    root = init_store(Path(store))
    counts = PlanCounts()
    added = failed = events = 0
    with StoreLock(root), _progress(progress) as bar:
        finish_compactions(root)
        remove_uncommitted(root)
        parts = plan(expand_inputs(inputs), known_hashes(root), known_errors(root), counts,
                     batch_size=batch_size)
        workers = default_workers() if workers is None else workers
        if scheduler is not None:
            reports = run_dask(parts, str(root), process, scheduler)
        elif workers == 0:
            reports = run_inline(parts, str(root), process)
        else:
            reports = run_local(parts, str(root), process, workers)
        for report in reports:
            added += report.documents - report.failed
            failed += report.failed
            events += report.events
            if bar is not None:
                bar.update(report.documents)
                bar.set_postfix(events=events, failed=failed, errors=counts.load_errors,
                                skipped=counts.skipped, refresh=False)
        if compact:
            compact_batches(root)
    return ExtractSummary(counts.documents, added, counts.skipped, failed, counts.load_errors,
                          events, time.perf_counter() - started)


class _progress:
    """A tqdm bar on stderr (documents/s, events, errors), or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar = None

    def __enter__(self):
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", desc="extracting", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.1)
        return self.bar

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()
