"""The archive: many articles extracted once into a Parquet event store, queried with DuckDB.

>>> import pathlib, tempfile
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

from timeline.store.extract import ExtractSummary, extract_store
from timeline.store.query import EventStore, open_store

__all__ = ["EventStore", "ExtractSummary", "extract_store", "open_store"]
