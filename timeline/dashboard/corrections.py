"""The dashboard's side of corrections (``timeline.corrections``): where the log is kept, what
an edit form changed, which events one may merge with, and the undated events by file.

>>> Place("data/timeline-corrections.jsonl").describe()
'saved in data/timeline-corrections.jsonl'
>>> Place().describe()
'kept in this browser session only: download them to keep them'
>>> row = {"date": "2025-04", "actors": ["Russia"], "status": "claimed", "event_type": "conflict"}
>>> form_changes(row, date="2025-04", actors=["Russia", "Ukraine"], status="claimed",
...              event_type="conflict")
[('actors', ['Russia', 'Ukraine'])]
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.corrections import STORE_FILE, Correction, date_value, parse_date, sidecar_for, to_line
from timeline.dashboard.args import AppArgs
from timeline.model import Document

__all__ = ["MERGE_CHOICES", "Place", "form_changes", "log_key", "merge_choices", "place_for",
           "undated_by_file"]

MERGE_CHOICES = 300
"""At most this many events are offered to merge with (same document and nearest dates first)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where the corrections of this page are kept: a file, or (``path`` empty) the session."""

    path: str = ""

    def describe(self) -> str:
        """Where, in words, for the page."""
        if self.path:
            return f"saved in {self.path}"
        return "kept in this browser session only: download them to keep them"


def place_for(args: AppArgs) -> Place:
    """``--corrections FILE``; else the store's ``corrections.jsonl``; else the sidecar beside the
    events table or the first article path; the sample and uploads alone: the session.

    >>> place_for(AppArgs(store="/s")).path, place_for(AppArgs(paths=("/news/a.txt",))).path
    ('/s/corrections.jsonl', '/news/timeline-corrections.jsonl')
    >>> place_for(AppArgs()).path
    ''
    """
    if args.corrections:
        return Place(args.corrections)
    if args.store:
        return Place(str(Path(args.store) / STORE_FILE))
    if args.events:
        return Place(str(sidecar_for([args.events])))
    if args.paths:
        return Place(str(sidecar_for(list(args.paths))))
    return Place()


def _same_date(old: str, new: str) -> bool:
    try:
        return date_value(parse_date(new)) == old
    except ValueError:
        return False


def form_changes(row: Mapping[str, Any], date: str, actors: Sequence[str], status: str,
                 event_type: str) -> list[tuple[str, Any]]:
    """(field, new value) for each field the form changed, in ``FIELDS`` order; a date typed
    the same as the event's is no change.

    >>> form_changes({"date": "2025-04-26", "actors": [], "status": "a", "event_type": "t"},
    ...              " 2025-04-26 ", [], "a", "t")
    []
    """
    out: list[tuple[str, Any]] = []
    date = date.strip()
    if date != str(row.get("date") or "") and not _same_date(str(row.get("date") or ""), date):
        out.append(("date", date))
    if list(actors) != list(row.get("actors") or []):
        out.append(("actors", list(actors)))
    if status and status != row.get("status"):
        out.append(("status", status))
    if event_type and event_type != row.get("event_type"):
        out.append(("event_type", event_type))
    return out


def merge_choices(frame: pd.DataFrame, row: Mapping[str, Any], limit: int = MERGE_CHOICES) -> list[str]:
    """Event ids the event in ``row`` may be merged into: the same document's first, then by
    distance in days; never itself.

    >>> frame = pd.DataFrame({"event_id": ["a", "b", "c", "d"], "doc_id": ["x", "y", "x", "y"],
    ...     "start": pd.to_datetime(["2025-01-01", "2025-01-02", "2025-03-01", None])})
    >>> merge_choices(frame, frame.iloc[0].to_dict())
    ['c', 'b', 'd']
    """
    others = frame[frame["event_id"] != row["event_id"]]
    start = row.get("start")
    days = ((others["start"] - start).abs().dt.days if pd.notna(start)
            else pd.Series(0, index=others.index)).fillna(10**9)
    order = pd.DataFrame({"other_doc": others["doc_id"] != row["doc_id"], "days": days,
                          "event_id": others["event_id"]}).sort_values(["other_doc", "days", "event_id"])
    return order["event_id"].head(limit).tolist()


def undated_by_file(frame: pd.DataFrame, documents: Mapping[str, Document | None]) -> dict[str, list[str]]:
    """The events without a date, by the file they come from (the document id when its file is
    unknown): ``{file: ["<event id>: <summary>", ...]}``.

    >>> frame = pd.DataFrame({"event_id": ["a-e1", "a-e2"], "doc_id": ["a", "a"], "summary": ["x", "y"],
    ...                       "start": pd.to_datetime([None, "2025-01-01"])})
    >>> undated_by_file(frame, {"a": Document("a", "text", source="news/a.txt")})
    {'news/a.txt': ['a-e1: x']}
    """
    out: dict[str, list[str]] = {}
    for row in frame[frame["start"].isna()].itertuples(index=False):
        doc = documents.get(str(row.doc_id))
        name = (doc.source if doc is not None and doc.source else "") or str(row.doc_id)
        out.setdefault(name, []).append(f"{row.event_id}: {row.summary}")
    return out


def log_key(corrections: Sequence[Correction]) -> str:
    """A short key of a log's content, for the views' caches (the chart changes with the log).

    >>> log_key([]), log_key([Correction(1, "hide", "e")]) == log_key([Correction(1, "hide", "f")])
    ('c0', False)
    """
    if not corrections:
        return "c0"
    digest = hashlib.sha1("\n".join(to_line(c) for c in corrections).encode("utf-8")).hexdigest()
    return f"c{len(corrections)}-{digest[:12]}"
