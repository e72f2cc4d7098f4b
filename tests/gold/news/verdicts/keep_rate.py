#!/usr/bin/env python3
"""How many of the events the tool shows for the news gold were judged worth keeping.

Event ids are sequential and shift whenever the output changes, so a shown event is matched to a
verdict by what a reader judged: its article (``doc_id``), its summary, date, date source and
status (not its type: no verdict judged it), and (when the verdict records it) its sentence text. A verdict is used once: two shown
events with the same fields need two verdicts.

Usage (standard library only)::

    timeline events tests/gold/news/articles/*.txt --format jsonl > /tmp/out.jsonl
    python3 tests/gold/news/verdicts/keep_rate.py /tmp/out.jsonl            # the figures
    python3 tests/gold/news/verdicts/keep_rate.py /tmp/out.jsonl --unjudged # + each new event
    python3 tests/gold/news/verdicts/keep_rate.py /tmp/out.jsonl --template # verdict lines to fill

The keep rate is ``keep / judged``; the events with no verdict (new, or changed in a judged field)
are counted apart and listed, to be judged by reading the article (after the run) and added to
``<doc_id>.jsonl`` here with the same fields. An existing verdict is never changed to suit the
output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = ("keep", "wrong", "not-an-event")
# what a verdict judged; the event type was never part of a verdict (the gold scores it), so a type
# changed by the type rules keeps the event's verdict
FIELDS = ("summary", "date", "date_source", "status")


class VerdictError(ValueError):
    """A verdict file that cannot be read: the message names the file and line."""


def _key(doc_id: str, row: dict) -> tuple:
    return (doc_id, *(str(row.get(f) or "") for f in FIELDS))


def _date_of(event: dict) -> str:
    """The date an event shows, as the verdict files write it (empty when undated)."""
    return str(event.get("date") or event.get("date_value") or "")


def load_verdicts(folder: Path = HERE) -> dict[tuple, list[dict]]:
    """Every verdict under ``folder``, by its key; a bad line is a :class:`VerdictError`."""
    found: dict[tuple, list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise VerdictError(f"{path}:{number}: not JSON: {error}") from None
            if row.get("verdict") not in VERDICTS:
                raise VerdictError(f"{path}:{number}: verdict must be one of {VERDICTS}")
            found[_key(path.stem, row)].append(row)
    return found


def load_events(path: Path) -> list[dict]:
    """The events of a ``timeline events --format jsonl`` output."""
    events = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise VerdictError(f"{path}:{number}: not JSON: {error}") from None
    return events


def _shown(event: dict) -> dict:
    return {"summary": event.get("summary", ""), "date": _date_of(event),
            "date_source": event.get("date_source", ""), "status": event.get("status", ""),
            "event_type": event.get("event_type", "")}


def match(events: list[dict], verdicts: dict[tuple, list[dict]]) -> list[tuple[dict, dict | None]]:
    """Each event with its verdict, or None; a verdict with a ``sentence`` must match it too."""
    left = {k: list(v) for k, v in verdicts.items()}
    result = []
    for event in events:
        pool = left.get(_key(event["doc_id"], _shown(event)), [])
        sentence = event.get("sentence_text") or event.get("sentence") or ""
        pick = next((v for v in pool if v.get("sentence") in (None, sentence)), None)
        if pick is not None:
            pool.remove(pick)
        result.append((event, pick))
    return result


def figures(matched: list[tuple[dict, dict | None]]) -> dict:
    """Counts per verdict, the keep rate over the judged events, and the shown events per article."""
    counts = Counter(v["verdict"] if v else "unjudged" for _, v in matched)
    judged = sum(counts[v] for v in VERDICTS)
    articles = len({e["doc_id"] for e, _ in matched}) or 1
    return {"shown": len(matched), "judged": judged, "unjudged": counts["unjudged"],
            **{v: counts[v] for v in VERDICTS},
            "keep_rate": round(100 * counts["keep"] / judged, 1) if judged else 0.0,
            "keep_of_shown": round(100 * counts["keep"] / len(matched), 1) if matched else 0.0,
            "per_article": round(len(matched) / articles, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=Path, help="timeline events --format jsonl output")
    parser.add_argument("--verdicts", type=Path, default=HERE, help="folder of <doc_id>.jsonl verdicts")
    parser.add_argument("--unjudged", action="store_true", help="list the events with no verdict")
    parser.add_argument("--template", action="store_true",
                        help="print a verdict line to fill in for each event with no verdict")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        matched = match(load_events(args.events), load_verdicts(args.verdicts))
    except (VerdictError, OSError) as error:
        print(f"keep_rate: {error}", file=sys.stderr)
        return 2
    fig = figures(matched)
    if args.json:
        print(json.dumps(fig))
    else:
        print(f"shown {fig['shown']} ({fig['per_article']} per article); judged {fig['judged']}: "
              f"keep {fig['keep']}, wrong {fig['wrong']}, not-an-event {fig['not-an-event']}; "
              f"unjudged {fig['unjudged']}")
        print(f"keep rate {fig['keep_rate']}% of judged; {fig['keep_of_shown']}% of shown "
              f"(unjudged counted as not kept)")
    for event, verdict in matched:
        if verdict is not None:
            continue
        shown = _shown(event)
        if args.template:
            print(json.dumps({"doc_id": event["doc_id"], "event_id": event["event_id"], "verdict": "",
                              "reason": "", **shown,
                              "sentence": event.get("sentence_text") or event.get("sentence") or ""},
                             ensure_ascii=False))
        elif args.unjudged:
            print(f"  {event['event_id']}  {shown['date']} {shown['date_source']} {shown['status']} "
                  f"{shown['event_type']}: {shown['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
