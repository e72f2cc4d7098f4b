"""``timeline extract``: the command-line face of :func:`timeline.store.extract_store`.

Cheap to import: the work (and Dask, DuckDB) is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``extract`` subcommand to the ``timeline`` parser."""
    extract = sub.add_parser(
        "extract", help="extract many articles into an event store (Parquet, queried with DuckDB)",
        description="Extract the events of every article in the inputs into a Parquet event "
        "store. Inputs are files, folders (searched recursively), globs, and JSONL or CSV "
        "archives (one article per line or row), gzipped or not. Documents already in the "
        "store are skipped, so the command can be re-run after an interruption or with new "
        "inputs. Exit code 1 when some documents or records failed (they are listed in the "
        "store's errors table), 2 on a usage error.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="article files, folders, globs (quoted), .jsonl/.csv archives, .gz")
    extract.add_argument("-o", "--output", "--store", dest="store", type=Path, required=True,
                         metavar="STORE", help="the store folder (created when missing)")
    extract.add_argument("--workers", type=int, default=None, metavar="N",
                         help="local worker processes (default: one per core; 0: in this process)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="run on a Dask cluster instead (e.g. tcp://scheduler:8786); inputs "
                         "and STORE must be paths every worker can reach")
    extract.add_argument("--batch-size", type=int, default=None, metavar="N",
                         help="documents per batch (default: 200)")
    extract.add_argument("--no-progress", action="store_true",
                         help="no progress bar (it is also off when stderr is not a terminal)")
    extract.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``timeline extract``; returns the exit status (1 when documents or records failed)."""
    from timeline.store.extract import BATCH_SIZE, extract_store

    if args.workers is not None and args.workers < 0:
        print("timeline: error: --workers must be 0 or more", file=sys.stderr)
        return 2
    try:
        summary = extract_store(
            args.inputs, args.store, workers=args.workers, scheduler=args.scheduler,
            progress=not args.no_progress and sys.stderr.isatty(),
            batch_size=args.batch_size or BATCH_SIZE)
    except KeyboardInterrupt:
        print(f"timeline: interrupted; the batches finished so far are in {args.store}: run the "
              "same command again to do the rest", file=sys.stderr)
        return 130
    print(f"{args.store}: {summary}", file=sys.stderr)
    if not summary.ok:
        print(f"timeline: {summary.documents_failed + summary.load_errors} failures are listed "
              f"in the store's errors table (timeline.open_store('{args.store}').errors())",
              file=sys.stderr)
    return 0 if summary.ok else 1
