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
