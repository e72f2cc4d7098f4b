"""Damaged files: found, named, and set aside so that their documents are extracted again.

:func:`check_store` verifies every committed file against the manifest (it exists; its size and
BLAKE2b digest are the ones recorded when it was written) and, with ``deep``, reads it whole as
Parquet and compares its schema and row count with the manifest (``timeline extract --check``).
``timeline extract`` runs the quick check before planning: the batches of damaged files are moved
to ``STORE/damaged/`` and dropped from the manifest (:func:`set_aside`), the run reports each file,
and their documents, no longer known to the store, are extracted again from the inputs.

>>> import pathlib, tempfile
>>> from timeline.store import extract_store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("date 2025-04-28 Rebels seized the airport on Saturday.")
>>> _ = extract_store([folder], folder / "store", workers=0, progress=False)
>>> check_store(folder / "store")
[]
>>> events = next((folder / "store" / "events").rglob("part-*.parquet"))
>>> _ = events.write_bytes(b"PAR1" + bytes(100))
>>> [p.reason for p in check_store(folder / "store")]  # doctest: +ELLIPSIS
['its content changed since it was written (size 104 bytes, recorded ...)']
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from timeline.store.layout import DOCUMENTS, ERRORS, EVENTS, is_store, legacy_manifest
from timeline.store.manifest import FileRecord, Manifest, digest, read_manifest, write_manifest

__all__ = ["DAMAGED", "Problem", "StoreFileError", "check_files", "check_store", "set_aside"]

DAMAGED = "damaged"  # the folder of the store where damaged batches are moved
_SCHEMAS = {"events": EVENTS, "documents": DOCUMENTS, "errors": ERRORS}


@dataclass(frozen=True, slots=True)
class Problem:
    """A damaged or missing file of the store, the batch it belongs to, and what is wrong."""

    path: Path
    batch: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def check_store(root: str | Path, deep: bool = False) -> list[Problem]:
    """Every committed file that is missing or damaged (see the module's docstring)."""
    root = Path(root)
    if not is_store(root):
        raise ValueError(f"{root} is not a Timeline store")
    manifest = read_manifest(root)
    if manifest is None:
        manifest = legacy_manifest(root)
    return check_files(root, manifest, deep=deep)


def check_files(root: Path, manifest: Manifest, paths: Iterable[Path] | None = None,
                deep: bool = False) -> list[Problem]:
    """The problems of the manifest's files (or of ``paths`` among them)."""
    wanted = None if paths is None else {Path(p).resolve() for p in paths}
    problems = []
    for batch, records in sorted(manifest.batches.items()):
        for record in records:
            path = root / record.path
            if wanted is not None and path.resolve() not in wanted:
                continue
            reason = _problem(path, record, deep)
            if reason:
                problems.append(Problem(path, batch, reason))
    return problems


def _problem(path: Path, record: FileRecord, deep: bool) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing (the manifest lists it)"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    try:
        if size != record.bytes or digest(path) != record.blake2b:
            return (f"its content changed since it was written (size {size:,} bytes, "
                    f"recorded {record.bytes:,}; digest differs)")
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not deep:
        return ""
    try:
        table = pq.read_table(path)
    except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
        return f"not a readable Parquet file ({type(exc).__name__}: {exc})"
    expected = _SCHEMAS.get(record.path.split("/", 1)[0])
    if expected is not None:  # a file older than a column lacks it, which readers allow
        types = {f.name: f.type for f in expected}
        wrong = [f.name for f in table.schema
                 if f.name not in types or not f.type.equals(types[f.name])]
        if wrong:
            return f"columns that are not the store's (or of another type): {', '.join(wrong)}"
    if table.num_rows != record.rows:
        return f"{table.num_rows:,} rows where the manifest records {record.rows:,}"
    return ""


def set_aside(root: Path, manifest: Manifest, problems: list[Problem]) -> Manifest:
    """Move the batches of damaged files to ``STORE/damaged/<batch>/`` and drop them from the
    manifest (written here); returns the new manifest. Their documents are then unknown to the
    store, so the run extracts them again."""
    batches = sorted({p.batch for p in problems})
    kept = manifest.without(batches)
    write_manifest(root, kept)
    for batch in batches:
        for record in manifest.batches[batch]:
            source = root / record.path
            if source.exists():
                target = root / DAMAGED / batch / record.path
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, target)
    return kept


class StoreFileError(ValueError):
    """A query met a store file it cannot read (damaged, missing, or changed): the message
    names the files and says how to find and repair them."""

    @classmethod
    def find(cls, root: Path, files: list[str], cause: Exception) -> StoreFileError:
        """The error for a failed read of ``files``: the damaged ones named (found by
        :func:`check_store`), else the files the ``cause`` names."""
        listed = set(files)
        bad = ([p for p in check_store(root) if str(p.path) in listed]
               or [p for p in check_store(root, deep=True) if str(p.path) in listed]
               or [f"{f}: {type(cause).__name__}: {cause}" for f in files if f in str(cause)])
        named = "; ".join(map(str, bad)) or f"one of {len(files)} files ({type(cause).__name__}: {cause})"
        return cls(f"{root}: cannot read the event store: {named}. 'timeline extract --check "
                   f"{root}' lists every damaged file; re-running 'timeline extract' on the same "
                   "inputs sets them aside and extracts their documents again")
