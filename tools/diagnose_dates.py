#!/usr/bin/env python3
"""Why key events are found without their exact date: a table of miss classes per gold set.

    .venv/bin/timeline events tests/gold/news5/articles/*.txt --format jsonl > /tmp/news5.jsonl
    .venv/bin/python tools/diagnose_dates.py tests/gold/news5=/tmp/news5.jsonl [SET=OUT ...] [--list]

For every key event matched as ``tests/gold/news/score.py`` matches it (the best event) whose
period is not the gold one, the article is tagged again (:func:`timeline.temporal.tag`) and the
miss is put in one class:

- ``a`` the right date words are in the event's sentence but resolved wrong (the sentence's date
  expressions do not give the gold period, and the gold's ``why`` quotes one of them, or the
  tool's own words are there); ``a+`` the sentence holds an expression that gives the gold period
  but the tool used another (or none);
- ``b`` another sentence's expression gives the gold period (a linked clause, "then", a previous
  sentence's date);
- ``c`` the event's sentence has no date words: the gold is the article date (``c-art``, a report
  of the day) or the date of the event before (``c-prev``);
- ``d`` the tool gave a date where the gold has none (``d-none``) or a narrower one (``d-wide``);
- ``e`` no expression the tagger found gives the gold period (the tagger missed or cannot
  resolve the words).

``--verdicts`` also counts the shown events judged ``wrong`` for their date (a verdict reason that
speaks of a date) by where the tool took the date from: ``explicit`` (a: own words resolved or
chosen wrong), ``inherited`` (b: taken from another clause), ``article_date`` (d: stamped), ``none``
(c: should have had one). Standard library + the project's tagger; reads only training sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from timeline.loaders import load_documents
from timeline.temporal import tag

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

FORBIDDEN = trainkit.FORBIDDEN  # held-out is never opened; news4 is measured only, never tuned on
CLASSES = ("a", "a+", "b", "c-art", "c-prev", "d-none", "d-wide", "e")
_DATE_REASON = re.compile(r"\bdat|undated|quarter|\byear|month|\bday\b|week|period|article date|stamped|"
                          r"yesterday|today|\b\d{4}\b", re.IGNORECASE)



SCORE = trainkit.gold_module("news/score.py", "gold_score")
KEEP = trainkit.gold_module("news/verdicts/keep_rate.py", "gold_keep_rate")


def _period(t) -> tuple[str | None, str | None]:
    if t.period_start is None:
        return (None, None)
    return (t.period_start.isoformat(), (t.period_end or t.period_start).isoformat())


def classify(key: dict, event: dict, text: str, dct: str | None, times: list, before: dict | None) -> str:
    """The class of one key event found with a wrong date (see the module's docstring)."""
    gold = (key["start"], key["end"])
    shown = (event.get("start"), event.get("end"))
    if gold == (None, None):
        return "d-none"
    if shown[0] and gold[0] <= shown[0] and shown[1] <= gold[1]:
        return "d-wide"
    s0, s1 = event["sentence_start"], event["sentence_end"]
    inside = [t for t in times if s0 <= t.start < s1]
    if any(_period(t) == gold for t in inside):
        return "a+"
    elsewhere = [t for t in times if not s0 <= t.start < s1 and _period(t) == gold]
    why = key.get("why", "").lower()
    if inside and (any(t.text.lower() in why for t in inside) or event.get("date_text")):
        return "a"
    if not inside and gold == (dct, dct):
        return "c-art"
    if before is not None and (before.get("start"), before.get("end")) == gold and not inside:
        return "c-prev"
    if elsewhere:
        return "b"
    if gold == (dct, dct):
        return "c-art"
    return "a" if inside else "e"


def diagnose(gold_dir: Path, out: Path) -> tuple[Counter, list[str]]:
    """Counts by class of the key events of ``gold_dir`` found in ``out`` without their exact date."""
    if any(part in FORBIDDEN for part in gold_dir.parts):
        raise SystemExit(f"{gold_dir}: held-out and news4 are never diagnosed (they are not tuned on)")
    golds = SCORE.load_gold(gold_dir)
    by_doc = SCORE.load_events([out])
    docs = {d.doc_id: d for d in load_documents(sorted((gold_dir / "articles").glob("*.txt"))).documents}
    counts: Counter = Counter()
    lines: list[str] = []
    for gold in golds:
        doc_id = gold["_doc_id"]
        events = by_doc.get(doc_id, [])
        doc = docs[doc_id]
        dct = doc.dct.isoformat() if doc.dct else None
        times = [t for t in tag(doc.text, doc.dct) if t.type in ("DATE", "TIME", "DURATION")]
        index = SCORE.actor_index(gold)
        for key in gold["key_events"]:
            pattern = re.compile(key["summary_matches"], re.IGNORECASE)
            fragment = SCORE.squash(key["sentence_contains"])
            found = [e for e in events if fragment in SCORE.squash(e.get("sentence", ""))
                     and pattern.search(str(e.get("summary", "")))]
            counts["key"] += 1
            if not found:
                continue
            counts["found"] += 1
            best = max(found, key=lambda e: SCORE.judge(key, e, index))
            if SCORE.judge(key, best, index)[0]:
                counts["exact"] += 1
                continue
            at = events.index(best)
            before = next((e for e in reversed(events[:at]) if e.get("start")), None)
            kind = classify(key, best, doc.text, dct, times, before)
            counts[kind] += 1
            lines.append(f"{kind:7} {doc_id[:40]:40} gold {key['start']}..{key['end']} tool "
                         f"{best.get('start')}..{best.get('end')} [{best.get('date_source')}] "
                         f"{best.get('date_text')!r}: {best.get('summary', '')[:70]}")
    return counts, lines


def verdict_classes(gold_dir: Path, out: Path) -> Counter:
    """The shown events judged wrong for their date, by the tool's date source."""
    folder = gold_dir / "verdicts"
    counts: Counter = Counter()
    if not folder.is_dir():
        return counts
    for event, verdict in KEEP.match(KEEP.load_events(out), KEEP.load_verdicts(folder)):
        if verdict is None:
            counts["unjudged"] += 1
        elif verdict["verdict"] == "wrong" and _DATE_REASON.search(verdict.get("reason", "")):
            counts[event.get("date_source") or "none"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="GOLD_DIR=EVENTS.jsonl")
    parser.add_argument("--list", action="store_true", help="list each miss")
    parser.add_argument("--verdicts", action="store_true", help="also the date-wrong verdicts")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    print(f"{'set':8} {'found':>5} {'exact':>5} " + " ".join(f"{c:>6}" for c in CLASSES))
    rows = []
    for pair in args.pairs:
        gold_dir, out = (Path(p) for p in pair.split("=", 1))
        counts, lines = diagnose(gold_dir, out)
        total.update(counts)
        print(f"{gold_dir.name:8} {counts['found']:5} {counts['exact']:5} "
              + " ".join(f"{counts[c]:6}" for c in CLASSES))
        rows.extend(lines)
        if args.verdicts:
            v = verdict_classes(gold_dir, out)
            print(f"{'':8} date-wrong verdicts: explicit {v['explicit']}, inherited {v['inherited']}, "
                  f"article_date {v['article_date']}, none {v['none']} (unjudged events {v['unjudged']})")
    print(f"{'all':8} {total['found']:5} {total['exact']:5} " + " ".join(f"{total[c]:6}" for c in CLASSES))
    if args.list:
        print("\n".join(sorted(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
