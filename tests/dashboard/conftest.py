"""Fixtures of the dashboard tests: the sample's events (computed once) and synthetic events."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.dashboard.synthetic import synthetic_events

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "kursk-2025-04-28.txt"


@pytest.fixture(scope="session")
def sample_frame() -> pd.DataFrame:
    from timeline import events_frame, load_documents, process_all

    return events_frame(process_all(load_documents([SAMPLE]).documents))


@pytest.fixture(scope="session")
def synthetic() -> tuple[pd.DataFrame, dict[str, str]]:
    return synthetic_events(300, seed=7)


def event(event_id: str, start: str | None, end: str | None = None, **fields) -> dict:
    """One row of the events table, built by hand (only the fields a test needs)."""
    row = {"event_id": event_id, "doc_id": "d", "start": start, "end": end or start,
           "date": start or "", "granularity": "day", "date_text": "", "date_source": "explicit",
           "resolution": "", "summary": f"summary {event_id}", "predicate": "said",
           "event_type": "statement", "status": "asserted", "attribution": "", "actors": [],
           "actor_roles": [], "sentence": f"Sentence {event_id}.", "sentence_start": 0,
           "sentence_end": 10, "date_start": -1, "date_end": -1, "trigger_start": -1,
           "trigger_end": -1, "mentions": [], "sources": [], "n_sources": 1, "doc_date": ""}
    row.update(fields)
    return row


def frame_of(*rows: dict) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows))
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module (see ``browser.launch``)."""
    from playwright.sync_api import sync_playwright

    from tests.dashboard.browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
