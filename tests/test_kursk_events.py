"""The sample article against its gold events: dates, periods, actors, traps."""

from __future__ import annotations

import re

import pytest

from timeline import events_frame, load_documents, process_all
from timeline.export import records


@pytest.fixture(scope="module")
def sample_events(sample_path) -> list[dict]:
    loaded = load_documents([sample_path])
    assert loaded.errors == ()
    return records(events_frame(process_all(loaded.documents)))


def matches(gold: dict, event: dict) -> bool:
    """The rule of ../shared/tools/check_events.py."""
    if gold["sentence_contains"] not in event["sentence"]:
        return False
    if not re.search(gold["summary_matches"], event["summary"], re.I):
        return False
    if not set(gold["actors_include"]) <= set(event["actors"]):
        return False
    start, end = event["start"] or "", event["end"] or ""
    if gold.get("required"):
        return (start, end) == (gold["start"], gold["end"])
    return gold["start"] <= start <= end <= gold["end"]


def gold_events(kursk_gold: dict, required: bool) -> list[dict]:
    return [g for g in kursk_gold["events"] if bool(g.get("required")) == required]


def test_kursk_required_events_found(kursk_gold, sample_events):
    missing = [g["key"] for g in gold_events(kursk_gold, True)
               if not any(matches(g, e) for e in sample_events)]
    assert missing == []


def test_kursk_other_gold_events_found(kursk_gold, sample_events):
    missing = [g["key"] for g in gold_events(kursk_gold, False)
               if not any(matches(g, e) for e in sample_events)]
    assert missing == []


def test_kursk_document_actors_are_exactly_the_gold(kursk_gold, sample_events):
    found = {a for e in sample_events for a in e["actors"]}
    assert found == set(kursk_gold["document_actors"])


def test_kursk_traps(sample_events):
    caption = [e for e in sample_events if "File Image" in e["sentence"]]
    assert caption == []
    assert all("United Nations" not in e["actors"] for e in sample_events
               if "Kim Jong UN" in e["sentence"] and "UN Security" not in e["sentence"])
    for e in sample_events:
        assert "10,000" not in e["date_text"] and "first time" not in e["date_text"]
        if "Democratic People's Republic of Korea" in e["sentence"]:
            assert "South Korea" not in e["actors"]


def test_kursk_header_is_not_event_text(sample_events):
    assert not any(e["sentence"].lstrip().startswith("date ") for e in sample_events)


def test_kursk_relative_dates_say_how_they_were_resolved(sample_events):
    saturday = next(e for e in sample_events if "fully reclaimed" in e["sentence"]
                    and e["date"] == "2025-04-26")
    assert saturday["date_source"] == "explicit" and saturday["date_text"] == "Saturday"
    assert "2025-04-28" in saturday["resolution"]
    denial = next(e for e in sample_events if e["sentence"].startswith("However, Ukrainian"))
    assert denial["date_source"] == "inherited" and denial["status"] == "denied"
