"""Whole-pipeline throughput (loading, sentences, dates, actors, events) in one process.

Run: .venv/bin/python benchmarks/bench_pipeline.py
Prints characters per second of each step and of the whole pipeline on the development corpora,
with the date tagger's own figure beside it (issue 4 asks for >= 300,000 chars/s end to end for
the rule-only pipeline). Issue 11 adds the NER model: the whole pipeline with it must keep
>= 50,000 chars/s; printed beside the rule-only pipeline and the model alone, in the same run,
with the peak memory before and after the model is loaded.

The process is set up as the ``timeline`` command sets up its own (:mod:`timeline.threads`: one
thread, which makes the NER model about a fifth faster on Python 3.11; :mod:`timeline.collector`:
fewer garbage collections); the number of threads and the Python version are printed with the
figures.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline.collector import collect_less  # noqa: E402
from timeline.threads import keep_one_thread  # noqa: E402

keep_one_thread()  # before numpy and pandas load, as the command line does
collect_less()  # fewer garbage collections, as the command line does (timeline.collector)

from common import corpus_documents, peak_rss_mb, rate, table  # noqa: E402

from timeline.actors import analyst_actors, find_actors, ner  # noqa: E402
from timeline.events import build_events  # noqa: E402
from timeline.events.tokens import forget as forget_tokens  # noqa: E402
from timeline.frame import events_frame  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.pipeline import process  # noqa: E402
from timeline.settings import Settings  # noqa: E402
from timeline.temporal import tag  # noqa: E402
from timeline.temporal.tagger import clear_memo  # noqa: E402
from timeline.text import split_sentences  # noqa: E402


def forget() -> None:
    """Each pass starts cold: no answers remembered from the previous pass over the same texts."""
    clear_memo()
    forget_tokens()


def cpu_rate(function, chars: int, repeat: int = 2) -> float:
    """Best characters per CPU second of this process (less sensitive than wall time to other
    processes sharing the machine's cores)."""
    best = float("inf")
    for _ in range(repeat):
        forget()
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return chars / best


def main() -> None:
    docs = [Document(doc_id, text, dct) for doc_id, text, dct in corpus_documents()]
    chars = sum(len(d.text) for d in docs)
    rules = Settings(actor_model=False)
    process(docs[0], rules)  # load rules and gazetteer once, as the dashboard's cache does
    pre = [(d, split_sentences(d.text), tag(d.text, d.dct), find_actors(d.text)) for d in docs]
    steps = [
        ("sentences", lambda: [split_sentences(d.text) for d in docs]),
        ("dates (tagger)", lambda: [tag(d.text, d.dct) for d in docs]),
        ("actors, rules only", lambda: [find_actors(d.text) for d in docs]),
        ("events", lambda: [build_events(d, s, t, m, analyst_actors) for d, s, t, m in pre]),
        ("whole pipeline, rules only", lambda: [process(d, rules) for d in docs]),
        ("whole pipeline, rules only + DataFrame", lambda: events_frame(process(d, rules) for d in docs)),
    ]
    rows = [(name, rate(fn, chars, setup=forget)) for name, fn in steps]
    rss_rules = peak_rss_mb()
    if ner.model_available():
        process(docs[0])  # load the model once
        model_steps = [
            ("NER model alone", lambda: [ner.entities(d.text) for d in docs]),
            ("actors, rules + model", lambda: [find_actors(d.text, dct=d.dct, model=True) for d in docs]),
            ("whole pipeline (with the model)", lambda: [process(d) for d in docs]),
        ]
        rows += [(name, rate(fn, chars, repeat=2, setup=forget)) for name, fn in model_steps]
    print(f"{len(docs)} documents, {chars:,} characters, one process\n")
    print(table(("step", "chars/s"), rows))
    got = dict(rows)
    rule_only = got["whole pipeline, rules only"]
    print(f"\nrule-only pipeline / date tagger alone: {rule_only / got['dates (tagger)']:.2f}")
    print(f"rule-only target >= 300,000 chars/s (issue 4): {'met' if rule_only >= 300_000 else 'NOT met'}")
    if "whole pipeline (with the model)" in got:
        full = got["whole pipeline (with the model)"]
        print(f"pipeline with the model / rule-only pipeline: {full / rule_only:.2f}; "
              f"model alone: {got['NER model alone']:,.0f} chars/s")
        print(f"with-model target >= 50,000 chars/s (issue 11): {'met' if full >= 50_000 else 'NOT met'}")
    else:
        print("the NER model is not installed: only the rule-only pipeline was measured")
    if "whole pipeline (with the model)" in got:
        print("\nper CPU second of this process (the machine is shared; wall time varies with its load):")
        cpu = [("whole pipeline, rules only", cpu_rate(lambda: [process(d, rules) for d in docs], chars)),
               ("NER model alone", cpu_rate(lambda: [ner.entities(d.text) for d in docs], chars)),
               ("whole pipeline (with the model)", cpu_rate(lambda: [process(d) for d in docs], chars))]
        print(table(("step", "chars per CPU s"), cpu))
        print(f"with-model target >= 50,000 chars per CPU second: {'met' if cpu[2][1] >= 50_000 else 'NOT met'}")
    print(f"peak RSS: {rss_rules:.0f} MB before the model, {peak_rss_mb():.0f} MB after")
    print(f"Python {platform.python_version()}, {_threads()} thread(s) in this process")
    if sys.version_info < (3, 12) and ner.model_available():
        print("note: spaCy's wheels for Python < 3.12 carry Cython's profiling hooks; on 3.12 the same "
              "model runs about twice as fast (make builds .venv with python3.12 when the machine has it)")


def _threads() -> int | str:
    """The number of threads of this process (Linux), or "?" where /proc is missing."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return "?"


if __name__ == "__main__":
    main()
