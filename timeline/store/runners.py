"""Where batches run: in this process, on local cores, or on a Dask cluster.

Each runner takes the lazy stream of partitions and yields one :class:`BatchReport` per batch as
it finishes. At most a few batches per worker are in flight, so planning never runs far ahead and
memory stays flat however many articles there are.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from timeline.store.batch import BatchReport, Partition, ProcessFn, run_partition

__all__ = ["run_dask", "run_inline", "run_local"]

IN_FLIGHT_PER_WORKER = 2


def run_inline(parts: Iterable[Partition], store: str,
               process: ProcessFn | None) -> Iterator[BatchReport]:
    """Every batch in this process, one after the other (``workers=0``: debugging, tests)."""
    for part in parts:
        yield run_partition(part, store, process)


def run_local(parts: Iterable[Partition], store: str, process: ProcessFn | None,
              workers: int) -> Iterator[BatchReport]:
    """Batches on ``workers`` local processes. The processes start from a clean forkserver
    (spawned on Windows), not a fork of this one (which holds threads: the progress bar,
    Arrow's pools)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    pending: set = set()
    try:
        for part in parts:
            pending.add(pool.submit(run_partition, part, store, process))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(parts: Iterable[Partition], store: str, process: ProcessFn | None,
             scheduler: object) -> Iterator[BatchReport]:
    """Batches as tasks on a Dask cluster (a scheduler address, or a ``distributed.Client``).

    Workers read their partitions of the input and write their Parquet files themselves, so the
    inputs and the store must be at paths every worker sees (a shared file system)."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        limit = IN_FLIGHT_PER_WORKER * max(1, sum(client.nthreads().values()))
        running = as_completed()
        for part in parts:
            # A batch rerun after a worker is lost rewrites the same files: retrying is safe.
            running.add(client.submit(run_partition, part, store, process, pure=False, retries=2))
            while running.count() >= limit:
                yield next(running).result()
        for future in running:
            yield future.result()
    finally:
        if client is not scheduler:
            client.close()
