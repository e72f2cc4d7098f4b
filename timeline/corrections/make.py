"""Making corrections from rows of the events table (what the dashboard's edit form calls).

``id`` is the correction's number: ``log.next_id`` of the log, or any number when the correction
is written with ``log.append`` (which numbers it). ``by`` and ``at`` are optional.

>>> row = {"event_id": "d-e2", "doc_id": "d", "sentence_start": 20, "sentence_end": 40,
...        "date": "2025-04", "status": "claimed"}
>>> change(3, row, "date", "2025-04-26").describe()
'#3 d-e2: date 2025-04 → 2025-04-26'
>>> merge(4, row, {**row, "event_id": "d-e3"}).describe()
'#4 d-e2: merged into d-e3'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from timeline.corrections.dates import date_value, parse_date
from timeline.corrections.model import FIELDS, Anchor, Correction

__all__ = ["add", "change", "hide", "merge", "undo"]


def _old(row: Mapping[str, Any], field: str) -> Any:
    value = row.get(field)
    if field == "actors":
        return list(value) if value is not None else []
    return "" if value is None else str(value)


def change(id: int, row: Mapping[str, Any], field: str, new: Any, by: str = "", at: str = "") -> Correction:
    """Set ``field`` (one of ``FIELDS``) of the event in ``row`` to ``new``; ValueError when the
    field or the date is wrong (checked now, so the log gets only corrections that apply)."""
    if field not in FIELDS:
        raise ValueError(f"cannot change field {field!r} (one of: {', '.join(FIELDS)})")
    if field == "date":
        new = date_value(parse_date(str(new)))
    elif field == "actors":
        new = [str(a).strip() for a in new if str(a).strip()]
    else:
        new = str(new).strip()
        if not new:
            raise ValueError(f"{field} cannot be empty")
    return Correction(id, "set", str(row["event_id"]), Anchor.of(row), field=field, old=_old(row, field),
                      new=new, by=by, at=at)


def hide(id: int, row: Mapping[str, Any], by: str = "", at: str = "") -> Correction:
    """Hide the event in ``row`` (left out of the chart, the table and every export)."""
    return Correction(id, "hide", str(row["event_id"]), Anchor.of(row), by=by, at=at)


def merge(id: int, row: Mapping[str, Any], into: Mapping[str, Any], by: str = "", at: str = "") -> Correction:
    """Merge the event in ``row`` into the one in ``into`` (which keeps its date and gains the
    other's sources and actors)."""
    if row["event_id"] == into["event_id"]:
        raise ValueError(f"event {row['event_id']} cannot be merged into itself")
    return Correction(id, "merge", str(row["event_id"]), Anchor.of(row), into=str(into["event_id"]),
                      into_anchor=Anchor.of(into), by=by, at=at)


def add(id: int, summary: str, date: str = "", actors: Sequence[str] = (), doc_id: str = "",
        event_type: str = "other", status: str = "asserted", sentence: str = "", by: str = "",
        at: str = "") -> Correction:
    """Add a missing event (its id: ``<doc_id>-u<id>``, or ``added-u<id>`` without a document)."""
    if not summary.strip():
        raise ValueError("an added event needs a summary")
    fields: dict[str, Any] = {"summary": summary.strip(), "actors": [a.strip() for a in actors if a.strip()],
                              "doc_id": doc_id, "event_type": event_type or "other",
                              "status": status or "asserted", "sentence": sentence}
    if date.strip():
        fields["date"] = date_value(parse_date(date))
    return Correction(id, "add", "", new=fields, by=by, at=at)


def undo(id: int, target: Correction | int, by: str = "", at: str = "") -> Correction:
    """Take back an earlier correction (by itself or its id)."""
    number = target.id if isinstance(target, Correction) else int(target)
    return Correction(id, "undo", target=number, by=by, at=at)
