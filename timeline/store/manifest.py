"""The store's manifest: the committed batches and their files, the one thing readers follow.

``STORE/manifest.json`` lists every committed batch with its files, and for each file its rows,
bytes and a BLAKE2b digest of its content::

    {"format": 1, "batches": {"<batch>": {"events/year=2025/part-<batch>.parquet":
                                           {"rows": 812, "bytes": 40213, "blake2b": "9f..."},
                                           "documents/part-<batch>.parquet": {...}}}}

Only the process holding the store's lock writes it, as a temporary file renamed into place, after
each batch is written (adding it) and after each compaction (replacing the merged batches by the
new one, in the same rename). A reader that follows the manifest therefore sees whole batches,
each once, whatever moment a writer is stopped at; files the manifest does not list (a batch
written but not yet recorded, the sources of a compaction already recorded) are ignored by
readers and deleted by the next writer. A store written before the manifest existed gets one
from its documents files (the old commit rule) the first time a writer opens it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MANIFEST", "FileRecord", "Manifest", "file_record", "read_manifest",
           "write_manifest"]

MANIFEST = "manifest.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One committed file: its path inside the store, its rows, its size and content digest."""

    path: str  # relative to the store, with '/' separators
    rows: int
    bytes: int
    blake2b: str

    def as_json(self) -> dict:
        """The record as the manifest stores it (its path is the key)."""
        return {"rows": self.rows, "bytes": self.bytes, "blake2b": self.blake2b}


def digest(path: Path) -> str:
    """BLAKE2b (16 bytes) of a file's content, read in blocks."""
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def file_record(root: Path, path: Path, rows: int) -> FileRecord:
    """The record of a file just written (its digest read back from disk)."""
    return FileRecord(Path(path).relative_to(root).as_posix(), int(rows),
                      Path(path).stat().st_size, digest(path))


@dataclass(frozen=True, slots=True)
class Manifest:
    """Committed batches -> their files. Frozen: changes give a new manifest."""

    batches: Mapping[str, tuple[FileRecord, ...]] = field(default_factory=dict)

    def files(self, table: str | None = None) -> list[FileRecord]:
        """Every committed file, or those of one table (events, documents, errors), sorted."""
        found = [f for records in self.batches.values() for f in records
                 if table is None or f.path.startswith(table + "/")]
        return sorted(found, key=lambda f: f.path)

    def paths(self, root: Path, table: str) -> list[Path]:
        """The committed files of ``table`` as paths under the store's ``root``."""
        return [Path(root) / f.path for f in self.files(table)]

    def with_batch(self, batch: str, files: Iterable[FileRecord]) -> Manifest:
        """The manifest with ``batch`` committed (its files listed)."""
        return Manifest({**self.batches, batch: tuple(files)})

    def replacing(self, old: Iterable[str], batch: str, files: Iterable[FileRecord]) -> Manifest:
        """The manifest with the batches ``old`` gone and ``batch`` in their place."""
        gone = set(old)
        kept = {b: f for b, f in self.batches.items() if b not in gone}
        return Manifest({**kept, batch: tuple(files)})

    def without(self, batches: Iterable[str]) -> Manifest:
        """The manifest with ``batches`` gone."""
        gone = set(batches)
        return Manifest({b: f for b, f in self.batches.items() if b not in gone})

    def to_json(self) -> bytes:
        """The manifest file's content."""
        batches = {b: {f.path: f.as_json() for f in files}
                   for b, files in sorted(self.batches.items())}
        return json.dumps({"format": FORMAT, "batches": batches}, indent=0).encode() + b"\n"

    @classmethod
    def from_json(cls, data: bytes, where: Path) -> Manifest:
        """The manifest in ``data`` (read from ``where``); a ValueError naming it when damaged."""
        try:
            raw = json.loads(data)
            return cls({b: tuple(FileRecord(p, int(r["rows"]), int(r["bytes"]), str(r["blake2b"]))
                                 for p, r in files.items())
                        for b, files in raw["batches"].items()})
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{where}: the store's manifest is damaged "
                             f"({type(exc).__name__}: {exc})") from None


_CACHE: dict[str, tuple[tuple, Manifest]] = {}


def read_manifest(root: Path) -> Manifest | None:
    """The store's manifest, or None when the store has none (written before manifests).
    Parsed again only when the file was replaced."""
    path = Path(root) / MANIFEST
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            cached = _CACHE.get(str(path))
            if cached is not None and cached[0] == key:
                return cached[1]
            manifest = Manifest.from_json(handle.read(), path)
    except FileNotFoundError:
        return None
    _CACHE[str(path)] = (key, manifest)
    return manifest


def write_manifest(root: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically (temporary file, fsync, rename, fsync of the folder)."""
    from timeline.store.layout import write_bytes_atomic

    write_bytes_atomic(Path(root) / MANIFEST, manifest.to_json())
    _fsync_dir(Path(root))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
