"""What a correction is: one operation an analyst made on the extracted events.

Corrections form an append-only log (see :mod:`timeline.corrections.log`): nothing is rewritten;
undoing one appends an ``undo`` naming it. Each operation names its event by id and by where it
was found (``Anchor``: the document and the sentence's offsets), so that it still finds its event
when the same input gives other ids (a changed pipeline numbers events differently).

>>> c = Correction(1, "set", "kursk-e4", field="status", old="claimed", new="asserted")
>>> c.describe()
'#1 kursk-e4: status claimed → asserted'
>>> Correction(2, "undo", target=1).describe()
'#2 undo #1'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["FIELDS", "OPS", "Anchor", "Correction", "Problem"]

OPS = ("set", "hide", "merge", "add", "undo")
"""The operations: change a field, hide an event, merge one event into another, add an event,
undo an earlier correction."""
FIELDS = ("date", "actors", "status", "event_type")
"""The fields a ``set`` can change (``date``: a TIMEX3 value or a ``start/end`` range, see
:func:`timeline.corrections.dates.parse_date`)."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an event was found: its document and the offsets of its sentence and predicate."""

    doc_id: str
    sentence_start: int
    sentence_end: int
    trigger_start: int = -1
    trigger_end: int = -1

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Anchor:
        """The anchor of a row of the events table.

        >>> Anchor.of({"doc_id": "d", "sentence_start": 0, "sentence_end": 9, "trigger_start": 3,
        ...            "trigger_end": 6})
        Anchor(doc_id='d', sentence_start=0, sentence_end=9, trigger_start=3, trigger_end=6)
        """
        return cls(str(row["doc_id"]), int(row["sentence_start"]), int(row["sentence_end"]),
                   int(row.get("trigger_start", -1)), int(row.get("trigger_end", -1)))


@dataclass(frozen=True, slots=True)
class Correction:
    """One line of the log."""

    id: int
    """Its number in the log (1, 2, ...), what ``undo`` names."""
    op: str
    """One of ``OPS``."""
    event: str = ""
    """The id of the event it changes (for ``add``: the id the new event gets)."""
    anchor: Anchor | None = None
    """Where that event was found (None for ``add`` and ``undo``)."""
    field: str = ""
    """For ``set``: one of ``FIELDS``."""
    old: Any = None
    """For ``set``: the value before (shown in the undo list; not needed to apply)."""
    new: Any = None
    """For ``set``: the new value; for ``add``: the new event's fields (a dict)."""
    into: str = ""
    """For ``merge``: the id of the event this one is merged into."""
    into_anchor: Anchor | None = None
    """For ``merge``: where that event was found."""
    target: int = 0
    """For ``undo``: the id of the correction undone."""
    by: str = ""
    """Who made it (optional)."""
    at: str = ""
    """When (an ISO time given by the caller; optional: the library reads no clock)."""
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """Fields of the line this version does not know, kept when the log is rewritten."""

    def added_id(self) -> str:
        """For ``add``: the id of the new event (``<doc_id>-u<id>``, ``added-u<id>`` without a
        document), unless the line names one.

        >>> Correction(7, "add", new={"doc_id": "kursk", "summary": "x"}).added_id()
        'kursk-u7'
        """
        doc = self.new.get("doc_id") if isinstance(self.new, Mapping) else ""
        return self.event or f"{doc or 'added'}-u{self.id}"

    def describe(self) -> str:
        """One line for the undo list."""
        head = f"#{self.id}"
        if self.op == "undo":
            return f"{head} undo #{self.target}"
        if self.op == "set":
            return f"{head} {self.event}: {self.field} {_short(self.old)} → {_short(self.new)}"
        if self.op == "merge":
            return f"{head} {self.event}: merged into {self.into}"
        if self.op == "add":
            summary = self.new.get("summary", "") if isinstance(self.new, Mapping) else ""
            return f"{head} {self.added_id()}: added" + (f" ({_short(summary)})" if summary else "")
        return f"{head} {self.event}: hidden"


def _short(value: Any, width: int = 40) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    text = text or "(empty)"
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True, slots=True)
class Problem:
    """A correction that could not be applied, or a log line that could not be read."""

    where: str
    """The file and line (``corrections.jsonl:4``), or the correction (``#4``)."""
    message: str
    """What is wrong, naming the event."""
    missing: bool = False
    """True when the only trouble is that the event is not among the events given (a view of
    some events, such as a filtered store query, may leave it out)."""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
