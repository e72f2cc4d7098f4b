"""Applying the log to the events table: every correction not undone, in order, on a copy.

A correction finds its event by id; when that id is gone or now names another sentence (the
same input run by another version of the pipeline), by its anchor: the document and the
sentence's offsets (and the predicate's, when the sentence has several events). A correction
whose event cannot be found is a ``Problem`` naming the event, never an error, and the other
corrections still apply. Changed events say what changed in the ``edited`` column.

>>> import pandas as pd
>>> from timeline.corrections.model import Anchor, Correction
>>> frame = pd.DataFrame({"event_id": ["d-e1", "d-e2"], "doc_id": ["d", "d"], "status": ["claimed"] * 2,
...     "sentence_start": [0, 20], "sentence_end": [19, 40], "edited": ["", ""]})
>>> log = [Correction(1, "set", "d-e9", Anchor("d", 20, 40), field="status", old="claimed", new="asserted"),
...        Correction(2, "hide", "d-e1", Anchor("d", 0, 19)), Correction(3, "undo", target=2),
...        Correction(4, "hide", "x-e1", Anchor("x", 0, 5))]
>>> done = apply_corrections(frame, log)
>>> done.frame[["event_id", "status", "edited"]].values.tolist()
[['d-e1', 'claimed', ''], ['d-e2', 'asserted', 'status']]
>>> [str(p) for p in done.problems]
['#4: event x-e1 (x, characters 0-5) is not among the events; nothing hidden']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from timeline.corrections.dates import date_value, parse_date
from timeline.corrections.model import Anchor, Correction, Problem
from timeline.frame import empty_value, names

__all__ = ["Applied", "active", "apply_corrections"]

_WHAT = {"set": "nothing changed", "hide": "nothing hidden", "merge": "nothing merged"}
_MISSING = "is not among the events"


@dataclass(frozen=True, slots=True, eq=False)
class Applied:
    """The corrected table and what became of each correction."""

    frame: pd.DataFrame
    """The events with the corrections applied (hidden and merged-away events left out)."""
    applied: tuple[Correction, ...] = ()
    """The corrections in effect, in order (undone ones and undos left out)."""
    undone: tuple[Correction, ...] = ()
    """The corrections an ``undo`` took back."""
    problems: tuple[Problem, ...] = ()
    """The corrections that could not be applied, each naming its event."""


def active(corrections: Sequence[Correction]) -> tuple[list[Correction], list[Correction], list[Problem]]:
    """(corrections in effect, corrections undone, problems with undos), in log order."""
    by_id = {c.id: c for c in corrections}
    undone_ids: set[int] = set()
    problems = []
    for c in corrections:
        if c.op != "undo":
            continue
        target = by_id.get(c.target)
        if target is None:
            problems.append(Problem(f"#{c.id}", f"undo of #{c.target}, which is not in the log"))
        elif target.op == "undo":
            problems.append(Problem(f"#{c.id}", f"#{c.target} is an undo; make the correction again instead"))
        else:
            undone_ids.add(c.target)
    kept = [c for c in corrections if c.op != "undo" and c.id not in undone_ids]
    return kept, [c for c in corrections if c.id in undone_ids], problems


def _where(event: str, anchor: Anchor | None) -> str:
    if anchor is None:
        return f"event {event}"
    return f"event {event} ({anchor.doc_id}, characters {anchor.sentence_start}-{anchor.sentence_end})"


class _Table:
    """The rows being corrected: the original frame, the changed rows (as dicts), the removed."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame.reset_index(drop=True)
        self.ids = {str(e): i for i, e in enumerate(self.frame["event_id"])}
        self.anchors: dict[tuple[str, int, int], list[int]] = {}
        for i, key in enumerate(zip(self.frame["doc_id"].astype(str), self.frame["sentence_start"],
                                    self.frame["sentence_end"], strict=True)):
            self.anchors.setdefault((key[0], int(key[1]), int(key[2])), []).append(i)
        self.rows: dict[int, dict[str, Any]] = {}
        self.removed: dict[int, str] = {}

    def row(self, index: int) -> dict[str, Any]:
        if index not in self.rows:
            self.rows[index] = self.frame.iloc[index].to_dict()
        return self.rows[index]

    def find(self, event: str, anchor: Anchor | None) -> int | str:
        """The index of the event, or why it cannot be found."""
        index = self.ids.get(event)
        if index is not None and (anchor is None or Anchor.of(self.row_or_frame(index)).doc_id == anchor.doc_id
                                  and self._same_sentence(index, anchor)):
            found = index
        elif anchor is None:
            return _MISSING
        else:
            candidates = self.anchors.get((anchor.doc_id, anchor.sentence_start, anchor.sentence_end), [])
            if len(candidates) > 1:
                candidates = [i for i in candidates
                              if int(self.frame["trigger_start"].iloc[i]) == anchor.trigger_start] \
                    if "trigger_start" in self.frame else []
            if not candidates:
                return _MISSING
            if len(candidates) > 1:
                return "matches several events of its sentence"
            found = candidates[0]
        if found in self.removed:
            return f"was {self.removed[found]}"
        return found

    def row_or_frame(self, index: int) -> Mapping[str, Any]:
        return self.rows.get(index) or {
            "doc_id": self.frame["doc_id"].iloc[index],
            "sentence_start": self.frame["sentence_start"].iloc[index],
            "sentence_end": self.frame["sentence_end"].iloc[index]}

    def _same_sentence(self, index: int, anchor: Anchor) -> bool:
        row = self.row_or_frame(index)
        return (int(row["sentence_start"]), int(row["sentence_end"])) == (anchor.sentence_start,
                                                                         anchor.sentence_end)


def _mark(row: dict[str, Any], what: str) -> None:
    done = [w for w in str(row.get("edited") or "").split(", ") if w]
    if what not in done:
        done.append(what)
    row["edited"] = ", ".join(done)


def _set(row: dict[str, Any], field: str, new: Any) -> None:
    if field == "date":
        period = parse_date(str(new))
        was = row.get("date") or "no date"
        row.update(start=pd.Timestamp(period.start), end=pd.Timestamp(period.end), date=date_value(period),
                   granularity=period.granularity, date_source="corrected",
                   resolution=f"corrected by hand (the tool found {was})")
    elif field == "actors":
        if not isinstance(new, list) or not all(isinstance(a, str) for a in new):
            raise ValueError("actors must be a list of names")
        actors = list(dict.fromkeys(a.strip() for a in new if a.strip()))
        keep = set(actors)
        roles = [list(r) for r in row.get("actor_roles") or [] if r[0] in keep]
        roles += [[a, "mentioned"] for a in actors if a not in {r[0] for r in roles}]
        row.update(actors=actors, actor_roles=roles,
                   actor_kinds=[list(k) for k in row.get("actor_kinds") or [] if k[0] in keep],
                   actor_affiliations=[list(k) for k in row.get("actor_affiliations") or [] if k[0] in keep],
                   mentions=[list(m) for m in row.get("mentions") or [] if m[2] in keep])
    else:
        if not isinstance(new, str) or not new.strip():
            raise ValueError(f"{field} must be a non-empty text")
        row[field] = new.strip()
    _mark(row, field)


def _merge(row: dict[str, Any], other: Mapping[str, Any]) -> None:
    sources = [dict(s) for s in row.get("sources") or []]
    for source in other.get("sources") or [{"doc_id": other["doc_id"], "sentence": other.get("sentence", "")}]:
        if dict(source) not in sources:
            sources.append(dict(source))
    row["sources"] = sources
    row["n_sources"] = len({s.get("doc_id") for s in sources}) or 1
    for column in ("actors",):
        row[column] = list(dict.fromkeys([*(row.get(column) or []), *(other.get(column) or [])]))
    for column in ("actor_roles", "actor_kinds", "actor_affiliations"):
        have = {p[0] for p in row.get(column) or []}
        row[column] = [list(p) for p in row.get(column) or []] + [
            list(p) for p in other.get(column) or [] if p[0] not in have]
    _mark(row, f"merged {other['event_id']}")


def _added(c: Correction, columns: Sequence[str]) -> dict[str, Any]:
    fields = dict(c.new or {})
    row = {column: empty_value(column) for column in columns}
    row.update(event_id=c.added_id(),
               doc_id=str(fields.get("doc_id", "")), summary=str(fields.get("summary", "")).strip(),
               sentence=str(fields.get("sentence", "")), event_type=str(fields.get("event_type") or "other"),
               status=str(fields.get("status") or "asserted"), location=str(fields.get("location", "")),
               date_source="none", resolution="added by hand", n_sources=1)
    if not row["summary"]:
        raise ValueError("an added event needs a summary")
    row["sources"] = [{"doc_id": row["doc_id"], "sentence": row["sentence"]}] if row["doc_id"] else []
    if fields.get("date"):
        _set(row, "date", fields["date"])
        row["resolution"] = "added by hand"
    _set(row, "actors", list(fields.get("actors") or []))
    row["edited"] = "added"
    return row


def apply_corrections(frame: pd.DataFrame, corrections: Sequence[Correction]) -> Applied:
    """``frame`` with every correction in effect applied (the frame itself when there is none)."""
    kept, undone, problems = active(corrections)
    if not kept:
        return Applied(frame, (), tuple(undone), tuple(problems))
    table = _Table(frame)
    added: list[dict[str, Any]] = []
    applied = []
    for c in kept:
        try:
            if c.op == "add":
                row = _added(c, list(frame.columns))
                if row["event_id"] in table.ids or any(a["event_id"] == row["event_id"] for a in added):
                    raise ValueError(f"event {row['event_id']} already exists")
                added.append(row)
                applied.append(c)
                continue
            new = next((a for a in added if a["event_id"] == c.event), None)  # an added event
            found = new if new is not None else table.find(c.event, c.anchor)
            if isinstance(found, str):
                problems.append(Problem(f"#{c.id}", f"{_where(c.event, c.anchor)} {found}; {_WHAT[c.op]}",
                                        missing=found == _MISSING))
                continue
            row = new if new is not None else table.row(found)
            if c.op == "set":
                _set(row, c.field, c.new)
            elif c.op == "hide":
                if new is not None:
                    added.remove(new)
                else:
                    table.removed[found] = f"hidden by #{c.id}"
            elif c.op == "merge":
                into = next((a for a in added if a["event_id"] == c.into), None)
                target = into if into is not None else table.find(c.into, c.into_anchor)
                if isinstance(target, str):
                    problems.append(Problem(f"#{c.id}", f"{_where(c.into, c.into_anchor)} {target}; "
                                                        f"{_WHAT['merge']}", missing=target == _MISSING))
                    continue
                if target is row or target == found:
                    raise ValueError(f"event {c.event} cannot be merged into itself")
                _merge(into if into is not None else table.row(target), row)
                if new is not None:
                    added.remove(new)
                else:
                    table.removed[found] = f"merged into {c.into} by #{c.id}"
            applied.append(c)
        except ValueError as exc:
            problems.append(Problem(f"#{c.id}", f"{_where(c.event, c.anchor)}: {exc}"))
    return Applied(_rebuild(table, added), tuple(applied), tuple(undone), tuple(problems))


def _rebuild(table: _Table, added: list[dict[str, Any]]) -> pd.DataFrame:
    frame = table.frame
    touched = [i for i in table.rows if i not in table.removed]
    parts = [frame.drop(index=list(table.removed) + touched)]
    if touched:
        parts.append(pd.DataFrame([table.rows[i] for i in touched], index=touched, columns=frame.columns))
    if added:
        start = len(frame)
        parts.append(pd.DataFrame(added, index=range(start, start + len(added)), columns=frame.columns))
    out = pd.concat(parts).sort_index() if len(parts) > 1 else parts[0]
    for column in names("date"):
        if column in frame and column in out:
            out[column] = pd.to_datetime(out[column]).astype(frame[column].dtype)
    for column in names("int"):
        if column in frame and column in out:
            out[column] = out[column].astype(frame[column].dtype)
    return out.reset_index(drop=True)
