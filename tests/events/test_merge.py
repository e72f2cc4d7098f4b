"""Several articles reporting the same happening give one event with all its sources."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Document, events_frame, process_all
from timeline.events.merge import merge_events

REUTERS = Document("wire-a", (
    "Russia said on Saturday that its troops had recaptured the town of Sudzha. "
    "Ukraine denied the claim."), date(2025, 3, 17))
TASS = Document("wire-b", (
    "Earlier on Saturday, Moscow said it had retaken Sudzha from Ukrainian forces."),
    date(2025, 3, 17))
OTHER = Document("wire-c", "China and the Philippines held talks on Saturday.", date(2025, 3, 17))


@pytest.fixture(scope="module")
def merged():
    return merge_events(events_frame(process_all([REUTERS, TASS, OTHER])))


def test_merge_same_happening_one_row_with_both_sources(merged):
    retaken = merged[merged["summary"].str.contains("recaptured|retaken")]
    assert len(retaken) == 1
    row = retaken.iloc[0]
    assert row["n_sources"] == 2
    assert sorted(s["doc_id"] for s in row["sources"]) == ["wire-a", "wire-b"]
    assert str(row["start"].date()) == "2025-03-15"


def test_merge_keeps_different_happenings_apart(merged):
    assert merged["summary"].str.contains("denied").sum() == 1
    talks = merged[merged["summary"].str.contains("talks")]
    assert len(talks) == 1 and talks.iloc[0]["n_sources"] == 1


def test_merge_one_document_is_unchanged():
    frame = events_frame(process_all([REUTERS]))
    assert merge_events(frame).equals(frame)


@pytest.mark.parametrize("types", [("statement", "conflict"), ("conflict", "statement")])
def test_merge_claim_and_happening_typed_apart_are_one_row(types):
    """One wire reports the claim (a statement), the other the happening (conflict): one row."""
    first = Document("wire-x", "Ukraine said on Monday that its soldiers had taken the port of Berdiansk.",
                     date(2025, 6, 4))
    second = Document("wire-y", "On Monday Ukrainian troops captured the port of Berdiansk from Russian units.",
                      date(2025, 6, 4))
    frame = events_frame(process_all([first, second]))
    port = frame[frame["summary"].str.contains("Berdiansk")].copy()
    assert len(port) == 2 and port["actors"].map(len).all()
    port["event_type"] = list(types)
    merged = merge_events(port)
    assert len(merged) == 1 and merged.iloc[0]["n_sources"] == 2


def test_merge_different_kinds_of_happening_stay_apart():
    """A sport result and a conflict event sharing actor and words are not one happening."""
    first = Document("wire-x", "Kenya beat Uganda in the final in Nairobi on Sunday.", date(2025, 6, 9))
    second = Document("wire-y", "Kenya attacked Uganda in the final offensive near Nairobi on Sunday.",
                      date(2025, 6, 9))
    frame = events_frame(process_all([first, second]))
    rows = frame[frame["summary"].str.contains("Uganda")].copy()
    assert len(rows) == 2
    rows["event_type"] = ["sport", "conflict"]
    assert len(merge_events(rows)) == 2
