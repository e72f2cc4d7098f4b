"""The corrections file: JSON Lines, one correction per line, only ever appended to.

    {"id": 1, "op": "set", "event": "kursk-e4", "anchor": {"doc_id": "kursk", "sentence_start": 812,
     "sentence_end": 930, "trigger_start": 840, "trigger_end": 848}, "field": "status",
     "old": "claimed", "new": "asserted", "by": "", "at": "2026-12-06T01:30:00Z"}
    {"id": 2, "op": "undo", "target": 1}

Beside the articles it is ``<folder>/timeline-corrections.jsonl`` (:data:`SIDECAR`); in an event
store, ``STORE/corrections.jsonl``. A line that cannot be read is a ``Problem`` naming the file
and line; the other lines still count.

>>> lines = [to_line(Correction(1, "hide", "d-e1", Anchor("d", 0, 9))), "{not json", '{"op": "undo"}']
>>> log = parse_lines(lines, "c.jsonl")
>>> [c.describe() for c in log.corrections], [str(p) for p in log.problems]
(['#1 d-e1: hidden'], ['c.jsonl:2: not JSON (Expecting property name enclosed in double quotes)', 'c.jsonl:3: no id'])
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from timeline.corrections.model import FIELDS, OPS, Anchor, Correction, Problem

__all__ = ["SIDECAR", "STORE_FILE", "Log", "append", "next_id", "parse_lines", "read_log", "sidecar_for",
           "to_line"]

SIDECAR = "timeline-corrections.jsonl"
"""The name of the corrections file beside the articles."""
STORE_FILE = "corrections.jsonl"
"""The name of the corrections file inside an event store."""
_KNOWN = {f.name for f in fields(Correction)} - {"extra"}


@dataclass(frozen=True, slots=True)
class Log:
    """The corrections read from a file, in order, and the lines that could not be read."""

    corrections: tuple[Correction, ...] = ()
    problems: tuple[Problem, ...] = ()


def _anchor(value: Any) -> Anchor | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("an anchor must be an object")
    return Anchor(str(value["doc_id"]), int(value["sentence_start"]), int(value["sentence_end"]),
                  int(value.get("trigger_start", -1)), int(value.get("trigger_end", -1)))


def from_dict(data: dict[str, Any]) -> Correction:
    """A correction from one parsed line; ValueError saying what is wrong."""
    if "id" not in data:
        raise ValueError("no id")
    op = data.get("op")
    if op not in OPS:
        raise ValueError(f"unknown op {op!r} (one of: {', '.join(OPS)})")
    try:
        correction = Correction(
            int(data["id"]), op, str(data.get("event", "")), _anchor(data.get("anchor")),
            str(data.get("field", "")), data.get("old"), data.get("new"), str(data.get("into", "")),
            _anchor(data.get("into_anchor")), int(data.get("target", 0)), str(data.get("by", "")),
            str(data.get("at", "")), {k: v for k, v in data.items() if k not in _KNOWN})
    except (KeyError, TypeError) as exc:
        raise ValueError(f"missing or wrong field ({exc})") from exc
    if op == "set" and correction.field not in FIELDS:
        raise ValueError(f"cannot change field {correction.field!r} (one of: {', '.join(FIELDS)})")
    if op in ("set", "hide", "merge") and not correction.event:
        raise ValueError(f"{op} names no event")
    if op == "merge" and not correction.into:
        raise ValueError("merge names no event to merge into")
    if op == "add" and not isinstance(correction.new, dict):
        raise ValueError("add needs the new event's fields as an object in 'new'")
    if op == "undo" and correction.target <= 0:
        raise ValueError("undo names no correction")
    return correction


def to_dict(correction: Correction) -> dict[str, Any]:
    """The line's fields (empty ones left out)."""
    out: dict[str, Any] = {"id": correction.id, "op": correction.op}
    for name in ("event", "anchor", "field", "old", "new", "into", "into_anchor", "target", "by", "at"):
        value = getattr(correction, name)
        if name in ("anchor", "into_anchor") and value is not None:
            value = {f.name: getattr(value, f.name) for f in fields(Anchor)}
        if name in ("old", "new") and correction.op == "set":
            out[name] = value
        elif value not in (None, "", 0):
            out[name] = value
    out.update(correction.extra)
    return out


def to_line(correction: Correction) -> str:
    """One line of the file (no newline)."""
    return json.dumps(to_dict(correction), ensure_ascii=False, sort_keys=False)


def parse_lines(lines: Iterable[str], name: str) -> Log:
    """The corrections of a file's lines (``name`` names it in problems); blank lines are skipped."""
    corrections: list[Correction] = []
    problems: list[Problem] = []
    seen: set[int] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(f"{name}:{number}", f"not JSON ({exc.msg})"))
            continue
        try:
            if not isinstance(data, dict):
                raise ValueError("not an object")
            correction = from_dict(data)
            if correction.id in seen:
                raise ValueError(f"id {correction.id} is used by an earlier line")
        except ValueError as exc:
            problems.append(Problem(f"{name}:{number}", str(exc)))
            continue
        seen.add(correction.id)
        corrections.append(correction)
    return Log(tuple(corrections), tuple(problems))


def read_log(path: str | Path) -> Log:
    """The corrections in ``path`` (an empty log when the file does not exist)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Log()
    except (OSError, UnicodeDecodeError) as exc:
        return Log(problems=(Problem(str(path), f"cannot be read ({exc})"),))
    return parse_lines(text.splitlines(), str(path))


def next_id(corrections: Sequence[Correction]) -> int:
    """The id the next correction gets.

    >>> next_id([]), next_id([Correction(3, "hide", "e")])
    (1, 4)
    """
    return max((c.id for c in corrections), default=0) + 1


def append(path: str | Path, correction: Correction) -> Correction:
    """Append ``correction`` to the file at ``path`` (created if needed) with the next free id
    (its ``id`` is replaced); returns it as written."""
    path = Path(path)
    written = replace(correction, id=next_id(read_log(path).corrections))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(to_line(written) + "\n")
    return written


def sidecar_for(paths: Sequence[str | Path]) -> Path | None:
    """The corrections file beside the inputs: in the first input folder, or the folder of the
    first input file; None when there is no input.

    >>> str(sidecar_for(["data/kursk.txt", "other/x.txt"]))
    'data/timeline-corrections.jsonl'
    """
    if not paths:
        return None
    first = Path(paths[0])
    return (first if first.is_dir() else first.parent) / SIDECAR
