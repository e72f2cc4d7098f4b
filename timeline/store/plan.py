"""Planning a run: one lazy pass over the inputs cutting them into partitions of new documents.

The pass reads each record once, hashes it and drops it when the store already has it (or an
earlier record of this run had the same content). Its memory is a compact index of 8 bytes per
document hash, not the documents: records are read one at a time and forgotten.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> lines = ['{"text": "Troops left on Monday.", "date": "2025-04-28"}'] * 2 + ['{"text": "Rain."}']
>>> _ = (folder / "a.jsonl").write_text("\\n".join(lines))
>>> counts = PlanCounts()
>>> [p.records for p in plan([folder / "a.jsonl"], HashIndex(), set(), counts, batch_size=5)]
[(0, 2)]
>>> counts
PlanCounts(documents=3, skipped=1, load_errors=0)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from timeline.files import Unread
from timeline.loaders import LoadError
from timeline.store.batch import Partition, content_hash
from timeline.store.inputs import Position, iter_records
from timeline.store.layout import batch_files

__all__ = ["HashIndex", "PlanCounts", "known_errors", "known_hashes", "plan"]


class HashIndex:
    """A set of content hashes kept as sorted 64-bit keys (8 bytes each) plus a small buffer.

    >>> index = HashIndex(["00ff" * 8])
    >>> "00ff" * 8 in index, "ff00" * 8 in index
    (True, False)
    """

    _FLUSH = 1 << 16

    def __init__(self, hashes: Iterable[str] = ()) -> None:
        self._sorted = np.unique(np.array([_key(h) for h in hashes], dtype=np.uint64))
        self._recent: set[int] = set()

    def __contains__(self, digest: str) -> bool:
        key = _key(digest)
        if key in self._recent:
            return True
        at = int(np.searchsorted(self._sorted, key))
        return at < len(self._sorted) and int(self._sorted[at]) == key

    def add(self, digest: str) -> None:
        """Remember one content hash (kept in a set, merged into the sorted array now and then)."""
        self._recent.add(_key(digest))
        if len(self._recent) >= self._FLUSH:
            recent = np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))
            self._sorted = np.union1d(self._sorted, recent)
            self._recent.clear()

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)


def _key(digest: str) -> int:
    return int(digest[:16], 16)


@dataclass(slots=True)
class PlanCounts:
    """What planning saw: documents read, documents skipped (in the store or repeated), errors."""

    documents: int = 0
    skipped: int = 0
    load_errors: int = 0


def known_hashes(root: Path) -> HashIndex:
    """The content hashes of every document the store holds (done or failed)."""
    index = HashIndex()
    for path in batch_files(root, "documents"):
        for digest in pq.read_table(path, columns=["content_hash"]).column(0).to_pylist():
            index.add(digest)
    return index


def known_errors(root: Path) -> set[tuple[str, int | None, str]]:
    """(path, line, reason) of the loader errors the store already records."""
    keys = set()
    for path in batch_files(root, "errors"):
        table = pq.read_table(path, columns=["path", "line", "doc_id", "reason"]).to_pylist()
        keys.update((r["path"], r["line"], r["reason"]) for r in table if r["doc_id"] is None)
    return keys


def plan(paths: Iterable[Path | Unread], known: HashIndex, errors_known: set, counts: PlanCounts,
         batch_size: int = 200) -> Iterator[Partition]:
    """Partitions of at most ``batch_size`` new documents each, never spanning two files."""
    for path in paths:
        if isinstance(path, Unread):  # a looping link, a folder with no articles: an error
            error = LoadError(str(path.path), path.reason)
            if (error.path, error.line, error.message) not in errors_known:
                counts.load_errors += 1
                yield Partition(str(path.path), None, (), (error,))
            continue
        start: Position | None = None
        records: list[int] = []
        errors: list[LoadError] = []
        for position, record in iter_records(path):
            if isinstance(record, LoadError):
                if (record.path, record.line, record.message) not in errors_known:
                    counts.load_errors += 1
                    errors.append(record)
                if len(errors) >= batch_size:
                    yield Partition(str(path), start, tuple(records), tuple(errors))
                    start, records, errors = None, [], []
                continue
            counts.documents += 1
            digest = content_hash(record)
            if digest in known:
                counts.skipped += 1
                continue
            known.add(digest)
            if not records:
                start = position
            records.append(position.record)
            if len(records) >= batch_size:
                yield Partition(str(path), start, tuple(records), tuple(errors))
                start, records, errors = None, [], []
        if records or errors:
            yield Partition(str(path), start, tuple(records), tuple(errors))
