"""The store on disk: three Parquet tables, written batch by batch, each file atomically.

    STORE/timeline-store.json                       format marker
    STORE/events/year=2025/part-<batch>.parquet     events, partitioned by the year of ``start``
    STORE/events/year=none/part-<batch>.parquet     events whose date is unresolved
    STORE/documents/part-<batch>.parquet            one row per document: ok or failed
    STORE/errors/part-<batch>.parquet               loader errors and failed documents

A batch writes its event and error files first and its documents file last, each as a temporary
file renamed into place. The documents file is the batch's commit: event or error files whose
batch has no documents file are leftovers of an interrupted run and are removed before the next
run (:func:`remove_uncommitted`), whose planning then finds their documents missing and does them
again. Readers therefore never see a document twice, and at worst, while a run is going on,
events a moment before their documents.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.frame import TABLE

__all__ = [
    "ARROW_TYPES",
    "DOCUMENTS",
    "ERRORS",
    "EVENTS",
    "MARKER",
    "batch_files",
    "committed_batches",
    "init_store",
    "is_store",
    "publish",
    "remove_uncommitted",
    "write_atomic",
]

MARKER = "timeline-store.json"
FORMAT = 1
NO_YEAR = "none"

# The Parquet type of each kind of column of the events table (``timeline.frame.KINDS``).
ARROW_TYPES = {
    "text": pa.string(), "int": pa.int64(), "date": pa.date32(),
    "strings": pa.list_(pa.string()), "pairs": pa.list_(pa.list_(pa.string())),
    "spans": pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("actor", pa.string())])),
    "sources": pa.list_(pa.struct([("doc_id", pa.string()), ("sentence", pa.string())])),
}
EVENTS = pa.schema([(c.name, ARROW_TYPES[c.kind]) for c in TABLE] + [
    # Not a column of the events frame: summary and sentence lower-cased, for the text filter.
    ("search", pa.string()),
])

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()), ("date", pa.date32()), ("title", pa.string()),
    ("source", pa.string()), ("path", pa.string()), ("line", pa.int64()),
    ("content_hash", pa.string()), ("status", pa.string()), ("error", pa.string()),
    ("events", pa.int64()), ("batch", pa.string()),
])

ERRORS = pa.schema([
    ("path", pa.string()), ("line", pa.int64()), ("doc_id", pa.string()),
    ("reason", pa.string()), ("batch", pa.string()),
])


def is_store(root: Path) -> bool:
    """True when ``root`` holds a Timeline store (its format marker)."""
    return (Path(root) / MARKER).is_file()


def init_store(root: Path) -> Path:
    """Create the store's folders (or check an existing folder is a store, or empty)."""
    root = Path(root)
    if root.exists() and any(root.iterdir()) and not is_store(root):
        raise ValueError(f"{root} exists and is not a Timeline store (no {MARKER})")
    for table in ("events", "documents", "errors"):
        (root / table).mkdir(parents=True, exist_ok=True)
    if not is_store(root):
        write_bytes_atomic(root / MARKER, json.dumps({"format": FORMAT}).encode() + b"\n")
    return root


def part_name(batch: str) -> str:
    """The file name of one batch's part of a table."""
    return f"part-{batch}.parquet"


def events_path(root: Path, year: str, batch: str) -> Path:
    """Where one batch's events of one year are written."""
    return Path(root) / "events" / f"year={year}" / part_name(batch)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    publish(tmp, path)


def publish(tmp: Path, path: Path) -> None:
    """Flush a finished temporary file to disk and rename it to its final name."""
    _fsync(tmp)
    os.replace(tmp, path)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place (synced first)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    _fsync(tmp)
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def batch_files(root: Path, table: str) -> Iterator[Path]:
    """The committed-looking files of a table (temporary files excluded)."""
    yield from sorted((Path(root) / table).rglob("part-*.parquet"))


def batch_of(path: Path) -> str:
    """The batch a part file belongs to (from its name)."""
    return path.name[len("part-"):-len(".parquet")]


def committed_batches(root: Path) -> set[str]:
    """The batches whose documents file exists: the ones that are complete."""
    return {batch_of(p) for p in batch_files(root, "documents")}


def remove_uncommitted(root: Path) -> int:
    """Delete what an interrupted run left: temporary files, and event and error files of
    batches that never wrote their documents file. Returns how many files were removed.
    Only the one process writing to the store may call this."""
    committed = committed_batches(root)
    removed = 0
    for table in ("events", "errors", "documents"):
        for tmp in (Path(root) / table).rglob(".part-*.tmp"):
            tmp.unlink(missing_ok=True)
            removed += 1
    for table in ("events", "errors"):
        for path in batch_files(root, table):
            if batch_of(path) not in committed:
                path.unlink(missing_ok=True)
                removed += 1
    return removed
