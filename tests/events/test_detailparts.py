"""A clause with no actor, date or reporter of its own joins its sentence's happening (issue 12, item 2)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.detailparts import load_detail_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 15)  # a Friday
EXAMPLES = load_detail_rules().examples


def _events(text: str):
    return process(Document("t", text, DCT), Settings(keep_score=False)).events


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:50] for e in EXAMPLES])
def test_detail_examples(text, events, parts):
    found = _events(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_detailparts_the_detail_is_listed_under_its_happening_with_the_happenings_date():
    text = "The blaze at the Rotterdam warehouse burned for two days in 1962 and destroyed the harbour archive."
    found = _events(text)
    assert len(found) == 1
    assert found[0].date_value == "1962" and found[0].event_id == "t-e001"
    assert "archive" in found[0].parts[0][2]
