"""Compaction: many small batch files merged into few large ones, so queries open few files.

Extraction writes one file per batch of documents and year: right for resuming, wrong for
reading (a million events would be ten thousand files). Compaction merges groups of committed
batches into one new batch ``c<hash>``, file by file, streaming (memory: one row group). The
commit is one rename of the manifest (:mod:`timeline.store.manifest`) listing the new batch in
place of the old ones; the old files are deleted after it. A reader follows the manifest, so it
sees either the old batches or the new one, never both: stopped before the commit, the new files
are leftovers; after it, the old ones are, and the next writer deletes them.

The new documents file also names the batches it replaces (in its Parquet metadata), which
:func:`finish_compactions` uses for stores written before the manifest existed.
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
    open_for_writing,
    part_name,
    publish,
    write_atomic,
)
from timeline.store.manifest import Manifest, file_record, read_manifest, write_manifest

__all__ = ["compact_batches", "compact_store", "finish_compactions"]

TARGET_DOCUMENTS = 20_000  # documents per compacted batch
_REPLACES = b"timeline.replaces"  # documents file metadata: the batches a compaction replaced
ROW_GROUP = 65_536  # events per Parquet row group in compacted files


def compact_store(root: str | Path, target: int = TARGET_DOCUMENTS) -> int:
    """Merge the store's small batches into batches of about ``target`` documents; returns how
    many batches were merged away. ``timeline extract`` does it at the end of every run."""
    from timeline.store.lock import StoreLock

    with StoreLock(Path(root)):
        open_for_writing(Path(root))
        return compact_batches(Path(root), target)


def compact_batches(root: Path, target: int = TARGET_DOCUMENTS) -> int:
    """:func:`compact_store` for the process that holds the store's lock (and has called
    :func:`timeline.store.layout.open_for_writing`)."""
    manifest = read_manifest(root)
    if manifest is None:
        manifest = open_for_writing(root)
    small = []
    for record in manifest.files("documents"):
        if record.rows < target // 2:
            small.append((batch_of(Path(record.path)), record.rows))
    groups, current, size = [], [], 0
    for batch, rows in small:
        current.append(batch)
        size += rows
        if size >= target:
            groups.append(current)
            current, size = [], 0
    if len(current) == 1 and groups:  # a lone small batch left over joins the last group
        groups[-1].append(current.pop())
    groups.append(current)
    merged = 0
    for group in groups:
        if len(group) > 1:
            manifest = _merge(root, manifest, group)
            merged += len(group)
    return merged


def finish_compactions(root: Path) -> int:
    """In a store from before manifests: delete the files of batches a committed compaction
    replaced (after a stop mid-way)."""
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


def _merge(root: Path, manifest: Manifest, group: list[str]) -> Manifest:
    """Merge the batches of ``group`` into one; returns the manifest that commits it."""
    digest = hashlib.blake2b("\n".join(sorted(group)).encode(), digest_size=10).hexdigest()
    merged = f"c{digest}"
    tables: dict[Path, list[Path]] = defaultdict(list)  # target folder -> source files
    for batch in group:
        for record in manifest.batches[batch]:
            path = root / record.path
            if not path.parent.name == "documents":
                tables[path.parent].append(path)
    written = []
    for folder, paths in sorted(tables.items()):
        schema = ERRORS if folder.name == "errors" else EVENTS
        target = folder / part_name(merged)
        written.append(file_record(root, target, _concat(paths, target, schema)))
    documents = pa.concat_tables([pq.read_table(root / "documents" / part_name(b), schema=DOCUMENTS)
                                  for b in group])
    replaces = {_REPLACES: json.dumps(sorted(group)).encode()}
    target = root / "documents" / part_name(merged)
    write_atomic(documents.replace_schema_metadata(replaces), target)
    written.append(file_record(root, target, documents.num_rows))
    manifest = manifest.replacing(group, merged, written)
    write_manifest(root, manifest)  # the commit: readers see the merged batch, not the old ones
    for batch in group:
        _delete_batch(root, batch)
    return manifest


def _concat(paths: list[Path], target: Path, schema: pa.Schema) -> int:
    """Stream the files into one, in row groups of ``ROW_GROUP`` rows, written atomically;
    returns the rows written."""
    tmp = target.with_name(f".{target.name}.compact.tmp")
    pending: list[pa.Table] = []
    rows = total = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for path in paths:
            table = pq.read_table(path, schema=schema)
            pending.append(table)
            rows += table.num_rows
            total += table.num_rows
            if rows >= ROW_GROUP:
                writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
                pending, rows = [], 0
        if pending:
            writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
    publish(tmp, target)
    return total


def _delete_batch(root: Path, batch: str) -> int:
    """Delete a batch's files, its documents file (its commit) last."""
    removed = 0
    for path in [*(root / "events").glob(f"year=*/{part_name(batch)}"),
                 root / "errors" / part_name(batch), root / "documents" / part_name(batch)]:
        if path.exists():
            path.unlink()
            removed += 1
    return removed

