"""The store on disk: three Parquet tables, written batch by batch, each file atomically.

    STORE/timeline-store.json                       format marker
    STORE/manifest.json                             the committed batches and their files
    STORE/events/year=2025/part-<batch>.parquet     events, partitioned by the year of ``start``
    STORE/events/year=none/part-<batch>.parquet     events whose date is unresolved
    STORE/documents/part-<batch>.parquet            one row per document: ok or failed
    STORE/errors/part-<batch>.parquet               loader errors and failed documents

A batch writes its files, each as a temporary file renamed into place; the writer then records
the batch in the manifest (:mod:`timeline.store.manifest`), which is the batch's commit. Readers
read only the files the manifest lists (:func:`committed_files`); files it does not list are
leftovers of an interrupted run, removed by the next writer (:func:`remove_uncommitted`), whose
planning then finds their documents missing and does them again. Readers therefore see whole
batches, each once, whenever a writer stops.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.frame import TABLE
from timeline.store.manifest import FileRecord, Manifest, file_record, read_manifest, write_manifest

__all__ = [
    "ARROW_TYPES",
    "DOCUMENTS",
    "ERRORS",
    "EVENTS",
    "MARKER",
    "batch_files",
    "committed_batches",
    "committed_files",
    "init_store",
    "is_store",
    "open_for_writing",
    "publish",
    "remove_uncommitted",
    "write_atomic",
]

MARKER = "timeline-store.json"
FORMAT = 1
NO_YEAR = "none"

# The Parquet type of each kind of column of the events table (``timeline.frame.KINDS``).
ARROW_TYPES = {
    "text": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(),
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


#: What a store folder holds; a folder holding only these is a store (perhaps being created by
#: another writer at this moment, which the lock then reports).
_STORE_NAMES = {MARKER, "manifest.json", "events", "documents", "errors", "damaged",
                ".writer.lock"}


def init_store(root: Path) -> Path:
    """Create the store's folders (or check an existing folder is a store, or empty)."""
    root = Path(root)
    if root.exists() and not is_store(root):
        foreign = [p.name for p in root.iterdir() if p.name not in _STORE_NAMES
                   and not p.name.startswith((f".{MARKER}.", ".manifest.json.", ".writer.lock."))]
        if foreign:
            raise ValueError(f"{root} exists and is not a Timeline store (no {MARKER}; it holds "
                             f"{', '.join(sorted(foreign)[:3])}{', ...' if len(foreign) > 3 else ''})")
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
    """Every finished file of a table on disk, committed or not (temporary files excluded)."""
    yield from sorted((Path(root) / table).rglob("part-*.parquet"))


def batch_of(path: Path) -> str:
    """The batch a part file belongs to (from its name)."""
    return path.name[len("part-"):-len(".parquet")]


def committed_batches(root: Path) -> set[str]:
    """The batches a reader sees: the manifest's (or, in a store from before manifests, those
    with a documents file)."""
    manifest = read_manifest(Path(root))
    if manifest is not None:
        return set(manifest.batches)
    return {batch_of(p) for p in batch_files(root, "documents")}


def committed_files(root: Path, table: str) -> list[Path]:
    """The files of ``table`` a reader must read: those the manifest lists (in a store from
    before manifests: the files of batches with a documents file)."""
    manifest = read_manifest(Path(root))
    if manifest is not None:
        return manifest.paths(Path(root), table)
    committed = committed_batches(root)
    return [p for p in batch_files(root, table) if batch_of(p) in committed]


def open_for_writing(root: Path) -> Manifest:
    """The manifest, for the process holding the lock, with the store cleaned of what an
    interrupted run left. A store from before manifests gets one, made from its documents files
    after finishing any compaction it was in the middle of."""
    root = Path(root)
    manifest = read_manifest(root)
    if manifest is None:
        from timeline.store.compact import finish_compactions

        finish_compactions(root)
        manifest = legacy_manifest(root)
        write_manifest(root, manifest)
    remove_uncommitted(root, manifest)
    return manifest


def legacy_manifest(root: Path) -> Manifest:
    """The manifest of a store from before manifests: the batches with a documents file."""
    committed = {batch_of(p) for p in batch_files(root, "documents")}
    batches: dict[str, list[FileRecord]] = {b: [] for b in committed}
    for table in ("events", "errors", "documents"):
        for path in batch_files(root, table):
            if batch_of(path) in committed:
                rows = pq.ParquetFile(path).metadata.num_rows
                batches[batch_of(path)].append(file_record(root, path, rows))
    return Manifest({b: tuple(files) for b, files in batches.items()})


def remove_uncommitted(root: Path, manifest: Manifest | None = None) -> int:
    """Delete what an interrupted run left: temporary files, and every table file the manifest
    does not list (batches written but not recorded, sources of a recorded compaction). Returns
    how many files were removed. Only the one process writing to the store may call this."""
    root = Path(root)
    manifest = manifest if manifest is not None else read_manifest(root)
    if manifest is None:  # a store from before manifests: the documents files are the commits
        manifest = legacy_manifest(root)
    listed = {f.path for f in manifest.files()}
    removed = 0
    for table in ("events", "errors", "documents"):
        for tmp in (root / table).rglob(".part-*.tmp"):
            tmp.unlink(missing_ok=True)
            removed += 1
        for path in batch_files(root, table):
            if path.relative_to(root).as_posix() not in listed:
                path.unlink(missing_ok=True)
                removed += 1
    return removed
