"""The floors of issue 13 on the lead's gold sets (tests/gold/datelines, tests/gold/html): the
article date found by itself, and saved web pages read without their boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.loaders import load_path
from timeline.pipeline import process

GOLD = Path(__file__).resolve().parent.parent / "gold"


def _gold(name: str) -> tuple[Path, list[dict]]:
    folder = GOLD / name
    if not (folder / "gold.json").exists():
        pytest.skip(f"{folder}/gold.json is missing (the {name} gold set is not in this checkout)")
    return folder, json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def test_datelines_floor():
    """>= 95% of the dated openings get their date, and no date is invented for the others."""
    folder, cases = _gold("datelines")
    dated = [c for c in cases if c["doc_date"]]
    undated = [c for c in cases if not c["doc_date"]]
    found = {}
    for case in cases:
        docs, errors = load_path(folder / case["file"])
        assert not errors, errors
        found[case["file"]] = docs[0]
    right = [c["file"] for c in dated if _iso(found[c["file"]].dct) == c["doc_date"]]
    invented = [(c["file"], _iso(found[c["file"]].dct)) for c in undated if found[c["file"]].dct]
    assert len(right) >= 0.95 * len(dated), sorted({c["file"] for c in dated} - set(right))
    assert invented == []
    for case in dated:  # the date came from the text, and says so
        assert found[case["file"]].dct_source in ("dateline", "byline")




def test_html_floor():
    """>= 95% of the pages: the date right, title and URL kept, the main text present and no
    boilerplate in the text or in any event."""
    folder, cases = _gold("html")
    failures = []
    for case in cases:
        docs, errors = load_path(folder / case["file"])
        assert not errors, errors
        doc = docs[0]
        events = " ".join(e.sentence.text(doc.text) + " " + e.summary for e in process(doc).events)
        checks = {
            "date": _iso(doc.dct) == case["doc_date"],
            "title": doc.title == case["title"],
            "url": doc.url == case["url"],
            "main text": all(s in doc.text for s in case["main_text_contains"]),
            "boilerplate": not any(b in doc.text or b in events for b in case["boilerplate"]),
        }
        if not all(checks.values()):
            failures.append((case["file"], [k for k, ok in checks.items() if not ok]))
    assert len(cases) - len(failures) >= 0.95 * len(cases), failures


def test_date_lines_of_the_gold_never_become_events():
    """No event comes from a date line or a dateline the finder recognised."""
    from timeline.sources.docdate import date_lines

    folder, cases = _gold("datelines")
    for case in cases:
        doc = load_path(folder / case["file"])[0][0]
        spans = date_lines(doc.text)
        for event in process(doc).events:
            assert not any(d.start <= event.trigger_start < d.end for d in spans), (
                case["file"], event.sentence.text(doc.text))
