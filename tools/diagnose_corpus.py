"""Why the events corpus misses gold events and shows events matching nothing (issue 12 floor).

    .venv/bin/python tools/diagnose_corpus.py [FOLDER] [--shown]

For each gold event ``timeline evaluate`` misses and each output event it leaves unmatched, one
line with its class, then the count by class. Classes of a missed gold event:

* ``not generated: <stage>``: no output event in its sentence; the stage that drops the sentence
  (no candidates; candidates dropped in build as descriptions, fragments or questions; joined to
  another event as a part by ``merge_parts`` or ``keep_step``);
* ``taken by another gold event``: its best output event matches an earlier gold event;
* ``summary``: events in its sentence, none with a summary matching the gold predicate;
* ``date``: summary and actors agree, the period does not (output vs gold window);
* ``actors``: summary agrees, gold actors missing (listed; ``(aff)`` when found only as an
  affiliation of another event's actor);
* ``minor``: only found among the rows the keep score hides (with ``--shown``).

An unmatched output event is ``no gold event in its sentence`` (an extra event), ``split: a
second event of a found gold event's sentence``, or ``near miss of <key>: <why>``.

With ``--shown`` the output is the default view (minor rows left out), as ``timeline events``
writes it; without it, every row, as ``timeline evaluate`` scores it.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import timeline.events.build as build
from timeline.evaluation.events import event_actors, matches
from timeline.events.candidates import sentence_candidates
from timeline.events.captions import unreported_sentences
from timeline.export import records
from timeline.frame import events_frame
from timeline.loaders import load_documents
from timeline.pipeline import process_all
from timeline.settings import DEFAULT_SETTINGS
from timeline.text import split_sentences


def _rows(doc, raw: bool = False) -> list[dict]:
    """The output rows of ``doc``; ``raw``: without merging parts and the keep step."""
    if not raw:
        return records(events_frame(process_all([doc])))
    merge, keep = build.merge_parts, build.keep_step
    build.merge_parts, build.keep_step = (lambda t, d, e: list(e)), (lambda t, d, e, c: list(e))
    try:
        return records(events_frame(process_all([doc])))
    finally:
        build.merge_parts, build.keep_step = merge, keep


def _stage(doc, gold_event: dict, raw_rows: list[dict]) -> str:
    """Where the pipeline drops the sentence of a gold event with no output event."""
    frag, text = gold_event["sentence_contains"], doc.text
    sents = [s for s in split_sentences(text) if frag in text[s.start:s.end]]
    if not sents:
        return "sentence split (fragment spans sentences)"
    s = sents[0]
    if s.kind != "sentence":
        return "unit kind " + s.kind
    if s.start in unreported_sentences(text, split_sentences(text)):
        return "unreported (caption/headline)"
    if not sentence_candidates(text, s.start, s.end, DEFAULT_SETTINGS):
        return "no candidates"
    if any(frag in (r.get("sentence") or "") for r in raw_rows):
        return "joined to another event as a part (merge_parts/keep_step)"
    return "candidates dropped in build (describes/fragment/question)"


def _why(g: dict, r: dict) -> str:
    """Which condition of :func:`matches` output row ``r`` fails for gold event ``g``."""
    if not re.search(g["summary_matches"], r.get("summary") or "", re.I):
        return f"summary /{g['summary_matches']}/ vs {r.get('summary')!r}"
    want = set(g.get("actors_include") or ())
    have = event_actors(r)
    if not want <= have:
        return f"actors missing {sorted(want - have)} have {sorted(r.get('actors') or [])}"
    return (f"date {r.get('start')}..{r.get('end')} vs gold {g.get('start')}..{g.get('end')}"
            f"{' (required)' if g.get('required') else ''} [{r.get('date_source')}: {r.get('resolution')}]")


def _rank(g: dict, r: dict) -> int:
    """How close row ``r`` is to gold event ``g``: summary, then actors, agree."""
    if g["sentence_contains"] not in (r.get("sentence") or ""):
        return -1
    if not re.search(g["summary_matches"], r.get("summary") or "", re.I):
        return 0
    return 1 + (set(g.get("actors_include") or ()) <= event_actors(r))


def diagnose(folder: Path, shown: bool) -> collections.Counter:
    """Print one line per missed gold event and unmatched output event; the count by class."""
    counts: collections.Counter = collections.Counter()
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = load_documents([gold_path.with_name(gold["article"])]).documents[0]
        every = _rows(doc)
        rows = [r for r in every if not (shown and r.get("minor"))]
        used: dict[int, str] = {}
        missed = []
        for g in gold["events"]:
            hit = next((i for i, r in enumerate(rows) if i not in used and matches(g, r)), None)
            if hit is None:
                missed.append(g)
            else:
                used[hit] = g["key"]
        name = gold["article"][:24]
        for g in missed:
            near = [(i, r) for i, r in enumerate(rows) if _rank(g, r) >= 0]
            if not near:
                hidden = [r for r in every if r.get("minor") and matches(g, r)]
                cls = "minor (hidden by the keep score)" if hidden else "not generated: " + _stage(
                    doc, g, _rows(doc, raw=True))
                detail = ""
            elif any(matches(g, r) for _, r in near):
                i = next(i for i, r in near if matches(g, r))
                cls, detail = "taken by another gold event", used.get(i, "?")
            else:
                i, r = max(near, key=lambda p: _rank(g, p[1]))
                detail = _why(g, r)
                cls = detail.split(" ", 1)[0]
            counts["missed: " + cls] += 1
            print(f"MISS\t{cls}\t{name}\t{g['key']}\t{detail}")
        for i, r in enumerate(rows):
            if i in used:
                continue
            in_sentence = [g for g in gold["events"] if g["sentence_contains"] in (r.get("sentence") or "")]
            open_ = [g for g in in_sentence if g in missed]
            if not in_sentence:
                cls, detail = "no gold event in its sentence", ""
            elif open_:
                g = max(open_, key=lambda g: _rank(g, r))
                cls, detail = f"near miss: {_why(g, r).split(' ', 1)[0]}", f"{g['key']}: {_why(g, r)}"
            else:
                cls, detail = "split: another event of a found gold event's sentence", in_sentence[0]["key"]
            counts["unmatched: " + cls] += 1
            print(f"EXTRA\t{cls}\t{name}\t{r.get('summary')!r}\t{r.get('start')}\t{detail}")
    return counts


def main(argv: list[str]) -> int:
    """Run :func:`diagnose` on the folder in ``argv`` (default: the events corpus)."""
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else Path("tests/corpus/articles")
    counts = diagnose(folder, "--shown" in argv)
    print()
    for cls, n in sorted(counts.items()):
        print(f"{n:4d}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
