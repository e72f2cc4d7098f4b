"""The archive: many articles extracted once into a Parquet event store, queried with DuckDB.

>>> import pathlib, tempfile
>>> from timeline.store import extract_store, open_store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("date 2025-04-28 Rebels seized the airport on Saturday.")
>>> summary = extract_store([folder], folder / "store", workers=0, progress=False)
>>> summary.documents_added, summary.documents_failed
(1, 0)
>>> store = open_store(folder / "store")
>>> store.query(limit=10)[["date", "summary"]].values.tolist()
[['2025-04-26', 'Rebels seized the airport on Saturday']]
>>> extract_store([folder], folder / "store", workers=0, progress=False).documents_skipped
1
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["EventStore", "ExtractSummary", "StoreFileError", "check_store", "compact_store",
           "extract_store", "open_store"]

# Where each public name lives: importing ``timeline.store`` (as the CLI does for every command)
# stays cheap; pandas, Arrow, DuckDB and Dask load when a name is used.
_HOMES = {
    "EventStore": "timeline.store.query",
    "open_store": "timeline.store.query",
    "ExtractSummary": "timeline.store.extract",
    "extract_store": "timeline.store.extract",
    "compact_store": "timeline.store.compact",
    "check_store": "timeline.store.check",
    "StoreFileError": "timeline.store.check",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'timeline.store' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
