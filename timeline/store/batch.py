"""One batch, as run on a worker: read a partition of one input, extract, write to the store.

A :class:`Partition` names the documents to do by their place in the file, so the worker reads
them itself (from a local disk, a shared file system), and the batch writes its own Parquet
files. A document whose extraction raises is recorded as failed, with its reason, and the others
of the batch go on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from timeline.loaders import LoadError
from timeline.model import Document
from timeline.store.inputs import Position, iter_records
from timeline.store.layout import DOCUMENTS, ERRORS, events_path, part_name, write_atomic
from timeline.store.tables import by_year, to_store

__all__ = ["BatchReport", "Partition", "content_hash", "run_partition"]

ProcessFn = Callable[[Document], object]


@dataclass(frozen=True, slots=True)
class Partition:
    """Documents of one input file (by record number, from ``start`` on) and the loader errors
    to record with them."""

    path: str
    start: Position | None
    records: tuple[int, ...]
    errors: tuple[LoadError, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What one batch wrote: its documents, failures, events and errors."""

    batch: str
    documents: int
    failed: int
    events: int
    errors: int


def content_hash(doc: Document) -> str:
    """What makes two documents the same one: their text and their date.

    >>> from datetime import date
    >>> a = content_hash(Document("a", "Troops left.", date(2025, 4, 28), title="x"))
    >>> a == content_hash(Document("b", "Troops left.", date(2025, 4, 28), title="y"))
    True
    >>> a == content_hash(Document("a", "Troops left.", date(2025, 4, 29)))
    False
    """
    data = f"{doc.dct.isoformat() if doc.dct else ''}\x1f{doc.text}".encode()
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_partition(part: Partition) -> Iterator[tuple[Position, Document]]:
    """The documents of one partition of an input file, with their positions, in order."""
    wanted = set(part.records)
    last = max(wanted, default=-1)
    if last < 0:
        return
    for position, record in iter_records(Path(part.path), part.start):
        if position.record in wanted and isinstance(record, Document):
            yield position, record
        if position.record >= last:
            return


def run_partition(part: Partition, store: str, process: ProcessFn | None = None) -> BatchReport:
    """Extract the partition's documents and write their events, documents and errors."""
    if process is None:
        from timeline import process
    from timeline import events_frame

    docs, results, failures = [], {}, {}
    for position, doc in read_partition(part):
        docs.append((position, doc, content_hash(doc)))
        try:
            results[len(docs) - 1] = process(doc)
        except Exception as exc:  # noqa: BLE001 - any failure of one document is recorded
            failures[len(docs) - 1] = f"{type(exc).__name__}: {exc}"
    batch = _batch_id(part, [h for _, _, h in docs])
    frame = _frame(events_frame, results, failures)
    events = to_store(frame)
    for year, table in by_year(events):
        write_atomic(table, events_path(Path(store), year, batch))
    counts = {i: len(r.events) for i, r in results.items() if i not in failures}
    errors = _errors_table(part, docs, failures, batch)
    if errors.num_rows:
        write_atomic(errors, Path(store) / "errors" / part_name(batch))
    write_atomic(_documents_table(part, docs, failures, counts, batch),
                 Path(store) / "documents" / part_name(batch))
    return BatchReport(batch, len(docs), len(failures), events.num_rows, errors.num_rows)


def _frame(events_frame, results, failures):
    """The events of the batch; when the frame cannot be built, find the documents that break it."""
    try:
        return events_frame(list(results.values()))
    except Exception:  # noqa: BLE001
        pass
    frames = []
    for index, result in results.items():
        try:
            frames.append(events_frame([result]))
        except Exception as exc:  # noqa: BLE001
            failures[index] = f"{type(exc).__name__}: {exc}"
    import pandas as pd

    return pd.concat(frames, ignore_index=True) if frames else events_frame([])


def _batch_id(part: Partition, hashes: list[str]) -> str:
    digest = hashlib.blake2b(digest_size=10)
    for item in [*hashes, *(str(e) for e in part.errors)] or [part.path]:
        digest.update(item.encode() + b"\n")
    return digest.hexdigest()


def _documents_table(part, docs, failures, counts, batch) -> pa.Table:
    rows = [{
        "doc_id": doc.doc_id, "date": doc.dct, "title": doc.title, "source": doc.source,
        "path": part.path, "line": position.line + 1, "content_hash": digest,
        "status": "failed" if index in failures else "ok", "error": failures.get(index, ""),
        "events": counts.get(index, 0), "batch": batch,
    } for index, (position, doc, digest) in enumerate(docs)]
    return pa.Table.from_pylist(rows, schema=DOCUMENTS)


def _errors_table(part, docs, failures, batch) -> pa.Table:
    rows = [{"path": e.path, "line": e.line, "doc_id": None, "reason": e.message, "batch": batch}
            for e in part.errors]
    for index, reason in sorted(failures.items()):
        position, doc, _ = docs[index]
        rows.append({"path": part.path, "line": position.line + 1, "doc_id": doc.doc_id,
                     "reason": reason, "batch": batch})
    return pa.Table.from_pylist(rows, schema=ERRORS)
