"""Compaction: many small batch files merged into few large ones, so queries open few files.

Extraction writes one file per batch of documents and year: right for resuming, wrong for
reading (a million events would be ten thousand files). Compaction merges groups of committed
batches into one new batch ``c<hash>``, file by file, streaming (memory: one row group), with the
same commit rule: events and errors files first, the documents file last. The new documents
file names the batches it replaces (in its Parquet metadata), so if a run stops after that
commit but before the old files are deleted, :func:`finish_compactions` (run before every
extraction) deletes them then. Until then, and during the few moments between the commit and the deletion,
a reader may count the merged events twice; nothing is ever lost.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.store.layout import (
    DOCUMENTS,
    ERRORS,
    EVENTS,
    batch_files,
    batch_of,
    part_name,
    publish,
    write_atomic,
)

__all__ = ["compact_batches", "compact_store", "finish_compactions"]

TARGET_DOCUMENTS = 20_000  # documents per compacted batch
_REPLACES = b"timeline.replaces"  # documents file metadata: the batches a compaction replaced
ROW_GROUP = 65_536  # events per Parquet row group in compacted files


def compact_store(root: str | Path, target: int = TARGET_DOCUMENTS) -> int:
    """Merge the store's small batches into batches of about ``target`` documents; returns how
    many batches were merged away. ``timeline extract`` does it at the end of every run."""
    from timeline.store.lock import StoreLock

    with StoreLock(Path(root)):
        finish_compactions(Path(root))
        return compact_batches(Path(root), target)


def compact_batches(root: Path, target: int = TARGET_DOCUMENTS) -> int:
    """:func:`compact_store` for the process that holds the store's lock."""
    small = []
    for path in batch_files(root, "documents"):
        rows = pq.ParquetFile(path).metadata.num_rows
        if rows < target // 2:
            small.append((batch_of(path), rows))
    groups, current, size = [], [], 0
    for batch, rows in small:
        current.append(batch)
        size += rows
        if size >= target:
            groups.append(current)
            current, size = [], 0
    groups.append(current)
    merged = 0
    for group in groups:
        if len(group) > 1:
            _merge(root, group)
            merged += len(group)
    return merged


def finish_compactions(root: Path) -> int:
    """Delete the files of batches a committed compaction replaced (after a stop mid-way)."""
    root = Path(root)
    names = {batch_of(p): p for p in batch_files(root, "documents")}
    removed = 0
    for name, path in names.items():
        if not name.startswith("c"):
            continue
        metadata = pq.read_schema(path).metadata or {}
        replaced = set(json.loads(metadata.get(_REPLACES, b"[]"))) - {name}
        for source in replaced & set(names):
            removed += _delete_batch(root, source)
    return removed


def _merge(root: Path, group: list[str]) -> str:
    digest = hashlib.blake2b("\n".join(sorted(group)).encode(), digest_size=10).hexdigest()
    merged = f"c{digest}"
    by_year: dict[Path, list[Path]] = defaultdict(list)
    for batch in group:
        for path in (root / "events").glob(f"year=*/{part_name(batch)}"):
            by_year[path.parent].append(path)
    for folder, paths in sorted(by_year.items()):
        _concat(paths, folder / part_name(merged), EVENTS)
    errors = [root / "errors" / part_name(b) for b in group]
    errors = [p for p in errors if p.exists()]
    if errors:
        _concat(errors, root / "errors" / part_name(merged), ERRORS)
    documents = pa.concat_tables([pq.read_table(root / "documents" / part_name(b), schema=DOCUMENTS)
                                  for b in group])
    replaces = {_REPLACES: json.dumps(sorted(group)).encode()}
    write_atomic(documents.replace_schema_metadata(replaces),
                 root / "documents" / part_name(merged))
    for batch in group:
        _delete_batch(root, batch)
    return merged


def _concat(paths: list[Path], target: Path, schema: pa.Schema) -> None:
    """Stream the files into one, in row groups of ``ROW_GROUP`` rows, written atomically."""
    tmp = target.with_name(f".{target.name}.compact.tmp")
    pending: list[pa.Table] = []
    rows = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for path in paths:
            table = pq.read_table(path, schema=schema)
            pending.append(table)
            rows += table.num_rows
            if rows >= ROW_GROUP:
                writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
                pending, rows = [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
    publish(tmp, target)


def _delete_batch(root: Path, batch: str) -> int:
    """Delete a batch's files, its documents file (its commit) last."""
    removed = 0
    for path in [*(root / "events").glob(f"year=*/{part_name(batch)}"),
                 root / "errors" / part_name(batch), root / "documents" / part_name(batch)]:
        if path.exists():
            path.unlink()
            removed += 1
    return removed

