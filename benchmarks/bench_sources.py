"""The article date found by itself, and saved web pages, on the lead's gold sets, beside the
same-run baselines.

    python benchmarks/bench_sources.py

- ``tests/gold/datelines``: dated openings whose date is found, and undated ones given a date
  (invented). Baseline: the loader before issue 13 (the ``date YYYY-MM-DD`` header only).
- ``tests/gold/html``: pages whose date, title, URL, main text and absence of boilerplate (in the
  text and in every event) are all right. Baselines: the page read as plain text (before issue
  13), trafilatura's own date (with its extensive search) and htmldate's default (extensive).
- The speed of the date finder (openings per second).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.loaders import load_path  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.pipeline import process  # noqa: E402
from timeline.sources.docdate import find_doc_date  # noqa: E402

GOLD = ROOT / "tests" / "gold"


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def datelines() -> None:
    cases = json.loads((GOLD / "datelines" / "gold.json").read_text(encoding="utf-8"))
    dated = [c for c in cases if c["doc_date"]]
    undated = [c for c in cases if not c["doc_date"]]
    ours = {c["file"]: load_path(GOLD / "datelines" / c["file"])[0][0] for c in cases}
    header_only = {c["file"]: None for c in cases}  # no opening of the set has a date header
    print(f"datelines ({len(dated)} dated, {len(undated)} undated)")
    print(f"{'':28}{'dated right':>14}{'invented':>10}")
    for label, got in (("header only (before)", header_only),
                       ("written date (now)", {k: _iso(d.dct) for k, d in ours.items()})):
        right = sum(got[c["file"]] == c["doc_date"] for c in dated)
        invented = sum(got[c["file"]] is not None for c in undated)
        print(f"{label:28}{right:>8}/{len(dated)} {100 * right / len(dated):4.0f}%{invented:>7}/{len(undated)}")
    same_source = sum(ours[c["file"]].dct_source == c["source"] for c in cases)
    print(f"source as the gold says (dateline/byline/none): {same_source}/{len(cases)}")


def _page_checks(case: dict, doc: Document, dct) -> dict[str, bool]:
    events = " ".join(e.sentence.text(doc.text) + " " + e.summary for e in process(doc).events)
    return {"date": _iso(dct) == case["doc_date"], "title": doc.title == case["title"],
            "url": doc.url == case["url"],
            "main": all(s in doc.text for s in case["main_text_contains"]),
            "clean": not any(b in doc.text or b in events for b in case["boilerplate"])}


def html_pages() -> None:
    import htmldate
    from trafilatura import bare_extraction

    cases = json.loads((GOLD / "html" / "gold.json").read_text(encoding="utf-8"))
    rows = {"as plain text (before)": [], "trafilatura's date": [], "htmldate extensive": [],
            "sources.html (now)": []}
    for case in cases:
        path = GOLD / "html" / case["file"]
        raw = path.read_text(encoding="utf-8")
        doc = load_path(path)[0][0]
        plain = Document(path.stem, raw, None, path.name, raw.strip().split("\n", 1)[0][:90])
        rows["as plain text (before)"].append(_page_checks(case, plain, None))
        page = bare_extraction(raw, with_metadata=True)
        theirs = page.date and date.fromisoformat(page.date)
        rows["trafilatura's date"].append(_page_checks(case, doc, theirs))
        found = htmldate.find_date(raw, original_date=True)
        rows["htmldate extensive"].append(_page_checks(case, doc, found and date.fromisoformat(found)))
        rows["sources.html (now)"].append(_page_checks(case, doc, doc.dct))
    print(f"\nhtml pages ({len(cases)})")
    keys = ("date", "title", "url", "main", "clean")
    print(f"{'':26}" + "".join(f"{k:>7}" for k in keys) + f"{'all':>9}")
    for label, checks in rows.items():
        line = "".join(f"{sum(c[k] for c in checks):>7}" for k in keys)
        whole = sum(all(c.values()) for c in checks)
        print(f"{label:26}{line}{whole:>5}/{len(cases)} ({100 * whole / len(cases):.0f}%)")


def speed() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((GOLD / "datelines").glob("*.txt"))] * 100
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            find_doc_date(text)
        best = min(best, time.perf_counter() - started)
    print(f"\nfind_doc_date: {len(texts) / best:,.0f} openings/s (best of 3 over {len(texts)})")


if __name__ == "__main__":
    if not (GOLD / "datelines" / "gold.json").exists() or not (GOLD / "html" / "gold.json").exists():
        print(f"note: the gold sets under {GOLD} are missing; nothing to measure")
        sys.exit(0)
    datelines()
    html_pages()
    speed()
