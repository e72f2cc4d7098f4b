"""The archive: extraction throughput on 1 and 2 workers, peak memory at two archive sizes, and
DuckDB filter queries over a store of 1,000,000 events (issue 6).

Run: .venv/bin/python benchmarks/bench_store.py [--articles 10000] [--memory 10000,100000]
                                                [--flat 1000,10000] [--events 1000000] [--skip ...]
Articles are generated (varied templates of news text with dates and actors, written to JSONL)
and extracted by the real ``timeline extract`` command in a subprocess; memory is the peak of
the summed RSS of its whole process tree (the command, the forkserver, the workers), sampled
every 50 ms. The query store is generated directly (no extraction) in the layout a compacted
store has: one file per 100,000 events and year (``--per-file 1000`` gives the layout before
compaction: one file per batch of 200 documents and year, ten thousand files).
``--flat``: the store path done to the end (every batch recorded in the manifest, the batches
merged by compaction, the store verified by ``timeline extract --check``) at two sizes: the peak
RSS of the larger beside the smaller's, measured in the same run (issue 15).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import table  # noqa: E402

ACTORS = ["Russia", "Ukraine", "NATO", "Vladimir Putin", "Volodymyr Zelensky", "North Korea",
          "China", "the United States", "the European Union", "Israel", "Hamas", "Iran",
          "the United Nations", "Kim Jong Un", "Turkey", "Poland", "Emmanuel Macron", "Germany"]
PLACES = ["Kharkiv", "Kursk", "Gaza", "Brussels", "Seoul", "Kherson", "Odesa", "Geneva", "Rafah",
          "Pokrovsk", "the Black Sea", "Tehran", "Ankara", "Warsaw", "the Donbas"]
ACTIONS = ["shelled", "seized", "captured", "struck", "attacked", "withdrew from",
           "deployed troops to", "sent aid to", "evacuated"]
MEETINGS = ["met", "held talks with", "signed an agreement with", "accused", "condemned",
            "warned", "called on", "sanctioned"]
SAYS = ["said", "announced", "claimed", "denied", "reported"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "yesterday", "last week", "earlier this month", "two days ago", "last year",
        "on {day} {month}", "on {month} {day}, {year}", "in {month} {year}", "in {year}",
        "on {iso}", "this morning", "late on Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def article(number: int) -> dict:
    """One generated news article; the same number always gives the same article."""
    rng = random.Random(number)
    dct = date(2015, 1, 1) + timedelta(days=rng.randrange(3900))

    def when() -> str:
        past = dct - timedelta(days=rng.randrange(1, 900))
        return rng.choice(WHEN).format(day=past.day, month=MONTHS[past.month - 1],
                                       year=past.year, iso=past.isoformat())

    def sentence() -> str:
        a, b = rng.sample(ACTORS, 2)
        kind = rng.randrange(5)
        if kind == 0:
            return f"{a} {rng.choice(ACTIONS)} {rng.choice(PLACES)} {when()}."
        if kind == 1:
            return f"{a} {rng.choice(MEETINGS)} {b} in {rng.choice(PLACES)} {when()}."
        if kind == 2:
            return (f"{a} {rng.choice(SAYS)} that {b} had {rng.choice(ACTIONS)} "
                    f"{rng.choice(PLACES)} {when()}.")
        if kind == 3:
            return (f"According to officials in {rng.choice(PLACES)}, {a} "
                    f"{rng.choice(ACTIONS)} several villages {when()}, killing {rng.randrange(2, 40)}.")
        return (f"{when().capitalize()}, {a} and {b} agreed to hold further talks, "
                f"a spokesman {rng.choice(SAYS)}.")

    place = rng.choice(PLACES)
    body = " ".join(s[0].upper() + s[1:] for s in (sentence() for _ in range(rng.randrange(4, 11))))
    paragraphs = [body[: len(body) // 2], body[len(body) // 2:]]
    text = f"{place.upper()} — " + "\n\n".join(p.strip() for p in paragraphs)
    title = f"{rng.choice(ACTORS)} and {rng.choice(ACTORS)}: fighting near {place} (No. {number})"
    return {"id": f"gen-{number:07d}", "date": dct.isoformat(), "title": title, "text": text}


def write_articles(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(article(number)) + "\n")
    return path


def run_extract(source: Path, store: Path, workers: int) -> dict:
    """``timeline extract`` in a subprocess: its summary, the peak RSS of its process tree, the
    CPU seconds of the tree, and the machine's load average meanwhile (other work slows it)."""
    import psutil

    command = [sys.executable, "-c", "import sys; from timeline.cli import main; "
               "sys.exit(main(sys.argv[1:]))", "extract", str(source), "-o", str(store),
               "--workers", str(workers), "--no-progress"]
    started = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    peak = [0]
    cpu: dict[int, float] = {}
    loads: list[float] = []

    def sample() -> None:
        root = psutil.Process(child.pid)
        while child.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
                for p in tree:
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass
            loads.append(os.getloadavg()[0])
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = child.communicate()
    sampler.join()
    summary = next((line for line in err.splitlines() if " documents: " in line), err[-500:])
    rate = float(summary.rsplit("(", 1)[1].split()[0]) if "documents/s" in summary else 0.0
    return {"seconds": time.perf_counter() - started, "rate": rate, "peak_mb": peak[0] / 2**20,
            "cpu": sum(cpu.values()), "load": statistics.mean(loads) if loads else 0.0,
            "summary": summary.split(": ", 1)[-1], "code": child.returncode}


def generate_events_store(root: Path, events: int, per_file: int = 100_000) -> Path:
    """A store of ``events`` generated events in the layout of a compacted store: one file per
    compacted batch (20,000 documents, about 100,000 events) and year."""
    import numpy as np
    import pyarrow as pa

    from timeline.store.layout import EVENTS, events_path, init_store, write_atomic
    from timeline.store.tables import by_year, search_text

    init_store(root)
    rng = np.random.default_rng(6)
    names = np.array([a.removeprefix("the ") for a in ACTORS], dtype=object)
    for batch_number in range(events // per_file):
        n = per_file
        starts = np.datetime64("2015-01-01") + rng.integers(0, 3900, n)
        spans = np.where(rng.random(n) < 0.8, 0, rng.integers(1, 365, n))
        starts[rng.random(n) < 0.05] = np.datetime64("NaT")
        picks = [list(names[rng.choice(len(names), k, replace=False)])
                 for k in rng.integers(0, 4, n)]
        verbs = rng.choice(ACTIONS + MEETINGS, n)
        places = rng.choice(PLACES, n)
        summaries = [f"{(a[0] if a else 'Officials')} {v} {p}"
                     for a, v, p in zip(picks, verbs, places, strict=True)]
        sentences = [f"According to officials, {s} on Monday, killing {i % 37} people and "
                     f"forcing hundreds to flee toward the border, a spokesman said."
                     for i, s in enumerate(summaries)]
        doc_ids = [f"gen-{batch_number:05d}-{i // 5:03d}" for i in range(n)]
        columns = {
            "event_id": [f"{d}-e{i % 5 + 1:03d}" for i, d in enumerate(doc_ids)],
            "doc_id": doc_ids, "start": starts.astype("datetime64[D]"),
            "end": (starts + spans).astype("datetime64[D]"),
            "date": ["2024-01-01"] * n, "granularity": ["day"] * n, "date_text": ["Monday"] * n,
            "date_source": ["explicit"] * n, "resolution": ["weekday before the article"] * n,
            "summary": summaries, "predicate": verbs.tolist(),
            "event_type": rng.choice(["military_action", "diplomacy", "statement",
                                      "accusation", "deployment", "other"], n).tolist(),
            "status": rng.choice(["asserted", "claimed", "denied", "planned"], n).tolist(),
            "attribution": [""] * n, "actors": picks,
            "actor_roles": [[[a, "agent"] for a in p] for p in picks], "sentence": sentences,
            "sentence_start": [0] * n, "sentence_end": [len(s) for s in sentences],
            "date_start": [-1] * n, "date_end": [-1] * n, "trigger_start": [0] * n,
            "trigger_end": [5] * n, "mentions": [[] for _ in range(n)],
            "sources": [[{"doc_id": d, "sentence": ""}] for d in doc_ids], "n_sources": [1] * n,
            "doc_date": ["2024-01-02"] * n,
            "search": [search_text(a, b) for a, b in zip(summaries, sentences, strict=True)],
        }
        batch = pa.table({f.name: pa.array(columns[f.name], type=f.type) for f in EVENTS})
        for year, part in by_year(batch):
            write_atomic(part, events_path(root, year, f"gen{batch_number:05d}"))
    return root


QUERIES = [
    ("one actor", lambda F, d: F(actors=("Russia",))),
    ("two actors, all of", lambda F, d: F(actors=("Russia", "Ukraine"), match_all=True)),
    ("actor + one year", lambda F, d: F(actors=("Iran",), date_from=d(2020, 1, 1),
                                        date_to=d(2020, 12, 31))),
    ("text 'kharkiv'", lambda F, d: F(text="kharkiv")),
    ("type + status + dates", lambda F, d: F(event_types=("diplomacy",), statuses=("claimed",),
                                             date_from=d(2018, 1, 1))),
    ("everything", lambda F, d: F(actors=("NATO", "China"), date_from=d(2016, 1, 1),
                                  date_to=d(2024, 12, 31), text="border",
                                  event_types=("military_action", "diplomacy"))),
]


def bench_queries(store_path: Path, repeat: int = 7) -> list[tuple]:
    from timeline.dashboard.filters import Filters
    from timeline.store import open_store

    store = open_store(store_path)
    rows = []
    for name, make in QUERIES:
        filters = make(Filters, date)
        for label, call in (("count", lambda f=filters: store.count(f)),
                            ("query 1000", lambda f=filters: store.query(f, limit=1000)),
                            ("actor_counts", lambda f=filters: store.actor_counts(f)),
                            ("density", lambda f=filters: store.density(f, bins=150))):
            call()  # warm: file listing, OS cache
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                call()
                times.append(time.perf_counter() - started)
            rows.append((name, label, store.count(filters), statistics.median(times) * 1000))
    return rows


def bench_flat(counts: list[int], work: Path) -> bool:
    """The store path to the end at each size: peak tree RSS, the files left after compaction,
    and ``--check``; True when memory grows (largest / smallest >= 1.25) or a check fails."""
    from timeline.store.check import check_store
    from timeline.store.manifest import read_manifest

    rows, bad = [], False
    for count in counts:
        source = write_articles(work / f"articles-{count}.jsonl", count)
        store = work / f"store-flat-{count}"
        run = run_extract(source, store, 2)
        manifest = read_manifest(store)
        problems = check_store(store, deep=True)
        bad |= bool(problems) or run["code"] not in (0, 1)
        rows.append((count, run["peak_mb"], run["seconds"], len(manifest.batches),
                     len(manifest.files("events")), len(problems), run["summary"]))
    print("\nStore path to the end (2 workers; batches recorded in the manifest, compacted, "
          "checked)")
    print(table(("articles", "peak tree RSS MB", "wall s", "batches after compaction",
                 "events files", "damaged (--check)", "summary"), rows))
    growth = rows[-1][1] / rows[0][1] if rows[0][1] else 0.0
    print(f"peak RSS {rows[-1][0]:,} articles / {rows[0][0]:,} articles (same-run baseline): "
          f"{growth:.2f}x ({'flat' if growth < 1.25 else 'GROWS'})")
    return bad or growth >= 1.25


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="throughput run size")
    parser.add_argument("--memory", default="10000,100000", help="archive sizes for peak memory")
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the query store")
    parser.add_argument("--per-file", type=int, default=100_000, help="events per generated batch")
    parser.add_argument("--flat", default="1000,10000",
                        help="archive sizes for the store path with compaction, peak memory")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["throughput", "memory", "flat", "query"])
    parser.add_argument("--keep", type=Path, help="work here and keep the files")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_store-"))
    work.mkdir(parents=True, exist_ok=True)
    failed = False
    if "throughput" not in args.skip:
        source = write_articles(work / f"articles-{args.articles}.jsonl", args.articles)
        runs = {w: run_extract(source, work / f"store-w{w}", w) for w in (1, 2)}
        rows = [(w, r["rate"], r["seconds"], r["cpu"], r["load"], r["peak_mb"], r["summary"])
                for w, r in runs.items()]
        print(f"\nThroughput: {args.articles:,} generated articles, `timeline extract`, real pipeline")
        print(table(("workers", "docs/s", "wall s", "CPU s", "load avg", "peak tree RSS MB",
                     "summary"), rows))
        speedup = runs[2]["rate"] / runs[1]["rate"] if runs[1]["rate"] else 0.0
        print(f"2 workers / 1 worker: {speedup:.2f}x (target >= 1.7x: "
              f"{'met' if speedup >= 1.7 else 'NOT met'})")
        overhead = runs[2]["cpu"] / runs[1]["cpu"] - 1 if runs[1]["cpu"] else 0.0
        print(f"CPU seconds, 2 workers vs 1: {overhead:+.0%} (the cost of parallelism; on a "
              f"machine with {os.cpu_count()} cores and load average above {os.cpu_count()}, "
              "other work takes the second core and the wall-clock ratio says little)")
        failed |= speedup < 1.7
    if "memory" not in args.skip:
        rows = []
        for count in (int(c) for c in args.memory.split(",")):
            source = write_articles(work / f"articles-{count}.jsonl", count)
            run = run_extract(source, work / f"store-mem-{count}", 2)
            rows.append((count, run["peak_mb"], run["rate"], run["seconds"], run["load"],
                         run["summary"]))
        print("\nPeak memory (2 workers), summed RSS of the whole process tree")
        print(table(("articles", "peak tree RSS MB", "docs/s", "wall s", "load avg", "summary"),
                    rows))
        growth = rows[-1][1] / rows[0][1] if rows[0][1] else 0.0
        print(f"largest / smallest: {growth:.2f}x ({'flat' if growth < 1.25 else 'GROWS'})")
        failed |= growth >= 1.25
    if "flat" not in args.skip:
        failed |= bench_flat([int(c) for c in args.flat.split(",")], work)
    if "query" not in args.skip:
        started = time.perf_counter()
        store = generate_events_store(work / f"store-{args.events}-events", args.events,
                                      args.per_file)
        files = sum(1 for _ in (store / "events").rglob("*.parquet"))
        print(f"\nQueries: {args.events:,} generated events in {files:,} Parquet files "
              f"(made in {time.perf_counter() - started:.0f} s); median of 7 runs")
        rows = bench_queries(store)
        print(table(("filter", "call", "matching events", "median ms"), rows))
        worst = max(r[3] for r in rows)
        print(f"slowest median: {worst:.0f} ms (target < 1000 ms: "
              f"{'met' if worst < 1000 else 'NOT met'})")
        failed |= worst >= 1000
    print(f"\nfiles in {work}" if args.keep else "")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
