"""Where batches run: in this process, on local cores, or on a Dask cluster.

Each runner takes the lazy stream of partitions and yields one :class:`BatchReport` per batch as
it finishes. At most a few batches per worker are in flight, so planning never runs far ahead and
memory stays flat however many articles there are.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator

from timeline.store.batch import BatchReport, Partition, ProcessFn, run_partition

__all__ = ["end_with", "run_dask", "run_inline", "run_local"]

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
    Arrow's pools). Each worker ends when this process ends, even killed (:func:`end_with`);
    the forkserver and the resource tracker then end by themselves, as they do once no
    process holds their pipes."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=end_with,
                               initargs=(os.getpid(),))
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


def end_with(pid: int) -> None:
    """Make this process end when process ``pid`` ends (a worker's initializer): a thread waits
    on a pidfd of ``pid`` (Linux), or checks every half second that it still runs."""
    threading.Thread(target=_wait_then_exit, args=(pid,), daemon=True,
                     name="timeline-end-with-parent").start()


def _wait_then_exit(pid: int) -> None:
    import select
    import time

    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])  # readable once the process has ended
        os._exit(1)
    while True:
        time.sleep(0.5)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass


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
