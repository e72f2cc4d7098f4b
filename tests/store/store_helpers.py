"""Store test helpers: small dated articles written by hand, and readers of a store's contents."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from timeline.store.layout import committed_files

_PLACES = ("Kharkiv", "Kursk", "Odesa", "Pyongyang", "Brussels", "Sumy", "Kherson")
_SENTENCES = (
    "Russia shelled {place} on 2024-{m:02d}-{d:02d}.",
    "Zelensky said NATO would send air defence to {place} by 2025-{m:02d}-{d:02d}.",
    "Talks between Ukraine and Russia on {place} stalled.",
    "North Korea sent troops toward {place} on 2023-{m:02d}-{d:02d}, Ukraine said.",
    "Officials in {place} counted the damage on 2024-{m:02d}-{d:02d}.",
)


def article(number: int) -> dict:
    """A short dated article, different for every number."""
    place = _PLACES[number % len(_PLACES)]
    m, d = number % 12 + 1, number % 28 + 1
    picks = [_SENTENCES[(number + k) % len(_SENTENCES)] for k in range(3)]
    text = " ".join(s.format(place=place, m=m, d=d) for s in picks)
    return {"id": f"art{number:04d}", "date": f"2025-{m:02d}-{d:02d}",
            "title": f"Report {number} from {place}", "text": f"{text} Report number {number}."}


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n")
    return path


def read_table(store: Path, table: str) -> list[dict]:
    """The rows a reader sees: those of the files the store's manifest lists."""
    rows = []
    for path in committed_files(store, table):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def event_ids(store: Path) -> list[str]:
    return sorted(r["event_id"] for r in read_table(store, "events"))


def doc_ids(store: Path, status: str | None = None) -> list[str]:
    return sorted(r["doc_id"] for r in read_table(store, "documents")
                  if status is None or r["status"] == status)
