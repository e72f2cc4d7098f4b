"""Merging reports across articles: ``timeline events`` with merging against ``--no-merge``
(issue 15 asks for at most 2x), on generated articles and on one 1 MB article beside the sample.

Run: .venv/bin/python benchmarks/bench_merge.py [--articles 2000] [--big-mb 1]
Articles are bench_store's generated news (varied templates, dates and actors), written to JSONL,
once with their own dates (spread over ten years) and once all dated the same day (the hardest
case: every report falls in the same few days, so the blocks are large); the 1 MB article is such
articles joined into one text with one date. Each row runs the real
command in a subprocess, once with merging and once with ``--no-merge`` (the same-run baseline),
and prints the wall-clock seconds of both, the ratio, and how many rows merging removed.
Then ``merge_events`` alone on generated event tables of n and n/2 rows (the baseline): near-linear
means about 2x the time for twice the rows, where comparing all pairs would take 4x.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_store import article, write_articles  # noqa: E402
from common import ROOT, table  # noqa: E402

SAMPLE = ROOT / "data" / "kursk-2025-04-28.txt"


def big_article(path: Path, megabytes: float) -> Path:
    """One article of about ``megabytes`` MB: generated articles' texts joined, one date."""
    parts, size, number = [], 0, 0
    while size < megabytes * 1_000_000:
        text = article(100_000 + number)["text"]
        parts.append(text)
        size += len(text.encode()) + 2
        number += 1
    path.write_text("date 2024-06-01 " + "\n\n".join(parts), encoding="utf-8")
    return path


def one_day(path: Path, count: int) -> Path:
    """``count`` generated articles, all dated 2025-04-28."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({**article(number), "date": "2025-04-28"}) + "\n")
    return path


def run_events(paths: list[Path], out: Path, merge: bool) -> tuple[float, int]:
    """Seconds of ``timeline events PATHS --format jsonl -o OUT`` and the rows written."""
    command = [sys.executable, "-c", "import sys; from timeline.cli import main; "
               "sys.exit(main(sys.argv[1:]))", "events", *map(str, paths), "--format", "jsonl",
               "-o", str(out)]
    if not merge:
        command.append("--no-merge")
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"timeline events failed ({done.returncode}): {done.stderr[-2000:]}")
    with out.open(encoding="utf-8") as rows:
        return seconds, sum(1 for _ in rows)


def events_table(count: int, crowded: bool):
    """``count`` generated events of one actor and type in one year. Crowded: reports of
    count/5 documents on ten days with five predicates, most of them the same happenings.
    Sparse: one report per document, each a different happening, over the whole year."""
    import random

    import pandas as pd

    rng = random.Random(count)
    days = 10 if crowded else 365
    starts = [pd.Timestamp("2024-03-01") + pd.Timedelta(days=rng.randrange(days))
              for _ in range(count)]
    docs = [f"d{rng.randrange(count // 5) if crowded else n}" for n in range(count)]
    verbs = [rng.choice(["seized", "shelled", "struck", "captured", "attacked"]) if crowded
             else f"verb{n}" for n in range(count)]
    return pd.DataFrame({
        "event_id": [f"{d}-e{n}" for n, d in enumerate(docs)], "doc_id": docs, "start": starts,
        "end": starts, "granularity": "day", "predicate": verbs, "event_type": "military_action",
        "actors": [["Russia"]] * count, "summary": [f"Russia {v} the town" for v in verbs],
        "sources": [[{"doc_id": d, "sentence": ""}] for d in docs], "n_sources": 1})


def merge_alone(count: int) -> list[tuple]:
    from timeline.events.merge import merge_events

    rows = []
    for crowded in (True, False):
        seconds = []
        for n in (count // 2, count):
            frame = events_table(n, crowded)
            started = time.process_time()
            merged = merge_events(frame)
            seconds.append(time.process_time() - started)
        rows.append(("crowded" if crowded else "sparse", count, seconds[1], seconds[0],
                     f"{seconds[1] / seconds[0]:.2f}x", len(merged)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--big-mb", type=float, default=1.0)
    parser.add_argument("--events", type=int, default=40_000, help="rows for merge_events alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_merge-") as work:
        return measure(args, Path(work))


def measure(args: argparse.Namespace, work: Path) -> int:
    cases = [
        (f"{args.articles:,} generated articles",
         [write_articles(work / "articles.jsonl", args.articles)]),
        (f"{args.articles:,} generated articles of one day",
         [one_day(work / "one-day.jsonl", args.articles)]),
        (f"one {args.big_mb:g} MB article + the sample",
         [big_article(work / "big.txt", args.big_mb), SAMPLE]),
    ]
    rows, worst = [], 0.0
    for name, paths in cases:
        plain, kept = run_events(paths, work / "plain.jsonl", merge=False)
        merged, left = run_events(paths, work / "merged.jsonl", merge=True)
        ratio = merged / plain
        worst = max(worst, ratio)
        rows.append((name, plain, merged, f"{ratio:.2f}x", kept, left))
    print(table(("input", "--no-merge s (baseline)", "merging s", "ratio", "rows unmerged",
                 "rows merged"), rows))
    print(f"\nworst ratio: {worst:.2f}x (target <= 2x: {'met' if worst <= 2 else 'NOT met'})")
    alone = merge_alone(args.events)
    print("\nmerge_events alone (CPU seconds), one actor, one type, one year")
    print(table(("table", "rows", "CPU s", "CPU s at half the rows (baseline)", "growth",
                 "rows merged"), alone))
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
