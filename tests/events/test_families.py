"""Families of wordings of one kind of happening (events/families.py, rules/en/families.toml): a
later event of an earlier event's family, on its date or with no date of its own, is flagged for
the keep score. Sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.events import keepfeatures
from timeline.events.families import NAMES, event_families, family_features, load_family_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "families"), load_family_rules().examples)
def test_the_examples_of_the_families(text, families):
    assert event_families(text) == frozenset(families)


def _events(text):
    return process(Document("d", text, DCT), Settings(keep_score=False)).events


def _flags(text):
    events = _events(text)
    return [(e.summary, dict(zip(NAMES, row, strict=True))) for e, row in zip(events, family_features(events), strict=True)]


def test_a_later_wording_of_the_launch_is_flagged():
    rows = _flags("The agency launched its new weather satellite on Tuesday. "
                  "The rocket lifted off from the coast shortly after dawn.")
    assert len(rows) == 2
    assert rows[0][1]["family_before"] == 0
    assert rows[1][1]["family_before"] == 1


def test_another_kind_of_happening_is_not_flagged():
    rows = _flags("The agency launched its new weather satellite on Tuesday. "
                  "The minister approved the new budget.")
    assert all(flags["family_before"] == 0 for _, flags in rows)


def test_a_later_happening_with_a_date_of_its_own_is_not_flagged():
    rows = _flags("The agency launched its new weather satellite on Tuesday. "
                  "The agency had launched another rocket on March 2, 2019.")
    assert rows[-1][1]["family_before"] == 0


def test_the_keep_features_carry_the_families_when_switched_on(monkeypatch):
    words = replace(keepfeatures.load_keep_words(), families=True)
    monkeypatch.setattr(keepfeatures, "load_keep_words", lambda language="en": words)
    keepfeatures.feature_names.cache_clear()
    keepfeatures._index.cache_clear()
    try:
        names = keepfeatures.feature_names()
        assert names[-len(NAMES):] == NAMES
        text = ("The agency launched its new weather satellite on Tuesday. "
                "The rocket lifted off from the coast shortly after dawn.")
        events = _events(text)
        rows = keepfeatures.document_features(text, DCT, events, [None] * len(events))
        assert rows[-1][names.index("family_before")] == 1
    finally:
        monkeypatch.undo()
        keepfeatures.feature_names.cache_clear()
        keepfeatures._index.cache_clear()
