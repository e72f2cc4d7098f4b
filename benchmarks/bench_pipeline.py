"""Whole-pipeline throughput (loading, sentences, dates, actors, events) in one process.

Run: .venv/bin/python benchmarks/bench_pipeline.py
Prints characters per second of each step and of the whole pipeline on the development corpora,
with the date tagger's own figure beside it (issue 4 asks for >= 300,000 chars/s end to end).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_documents, peak_rss_mb, rate, table  # noqa: E402

from timeline.actors import analyst_actors, find_actors  # noqa: E402
from timeline.events import build_events  # noqa: E402
from timeline.events.clauses import _LOWER  # noqa: E402
from timeline.frame import events_frame  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.pipeline import process  # noqa: E402
from timeline.temporal import tag  # noqa: E402
from timeline.temporal.tagger import clear_memo  # noqa: E402
from timeline.text import split_sentences  # noqa: E402


def forget() -> None:
    """Each pass starts cold: no answers remembered from the previous pass over the same texts."""
    clear_memo()
    _LOWER.clear()


def main() -> None:
    docs = [Document(doc_id, text, dct) for doc_id, text, dct in corpus_documents()]
    chars = sum(len(d.text) for d in docs)
    process(docs[0])  # load rules and gazetteer once, as the dashboard's cache does
    pre = [(d, split_sentences(d.text), tag(d.text, d.dct), find_actors(d.text)) for d in docs]
    steps = [
        ("sentences", lambda: [split_sentences(d.text) for d in docs]),
        ("dates (tagger)", lambda: [tag(d.text, d.dct) for d in docs]),
        ("actors", lambda: [find_actors(d.text) for d in docs]),
        ("events", lambda: [build_events(d, s, t, m, analyst_actors) for d, s, t, m in pre]),
        ("whole pipeline", lambda: [process(d) for d in docs]),
        ("whole pipeline + DataFrame", lambda: events_frame(process(d) for d in docs)),
    ]
    rows = [(name, rate(fn, chars, setup=forget)) for name, fn in steps]
    print(f"{len(docs)} documents, {chars:,} characters, one process\n")
    print(table(("step", "chars/s"), rows))
    pipeline = dict(rows)["whole pipeline"]
    print(f"\nwhole pipeline / date tagger alone: {pipeline / dict(rows)['dates (tagger)']:.2f}")
    print(f"target >= 300,000 chars/s: {'met' if pipeline >= 300_000 else 'NOT met'}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
