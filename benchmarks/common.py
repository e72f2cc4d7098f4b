"""Shared helpers of the benchmarks: the development texts and a small table printer."""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
CORPORA = ("timebank.jsonl", "aquaint.jsonl")


def corpus_documents() -> list[tuple[str, str, date | None]]:
    """(id, text, dct) of the development corpora, or the sample article when they are missing."""
    found = []
    for name in CORPORA:
        path = SHARED / "corpora" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                found.append((doc["id"], doc["text"], date.fromisoformat(doc["dct"])))
    if not found:
        print(f"note: {SHARED / 'corpora'} is missing; measuring on the sample article x 200")
        from timeline.loaders import load_path

        (doc,), _ = load_path(ROOT / "data" / "kursk-2025-04-28.txt")
        found = [(f"sample-{i}", doc.text, doc.dct) for i in range(200)]
    return found


def rate(function: Callable[[], object], chars: int, repeat: int = 3,
         setup: Callable[[], object] | None = None) -> float:
    """Best characters per second over ``repeat`` runs (``setup`` runs untimed before each)."""
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return chars / best


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers]] + [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
