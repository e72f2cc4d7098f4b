"""One clause, two happenings with their own dates (``timeline/events/datesplit.py``): the
examples of ``rules/en/datesplit.toml`` are sentences of our own; each must give one event per
date it lists, and no event with a date it does not list (a list of days or a range stays one)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.datesplit import load_date_split_rules, split_dated
from timeline.model import Document
from timeline.pipeline import process

EXAMPLES = load_date_split_rules().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_date_split_examples(example):
    events = process(Document("t", example["text"], date.fromisoformat(example["dct"]))).events
    last = len(example["text"]) - len(example["text"].rsplit(". ", 1)[-1])  # the example's sentence: the last
    starts = sorted(e.period_start.isoformat() for e in events if e.period_start and e.sentence.start >= last)
    assert starts == sorted(example["dates"]), [(e.summary, e.period_start) for e in events]


def test_each_part_keeps_its_own_words():
    text = "The ferry left the port on May 2 and the second ship on May 9."
    events = process(Document("t", text, date(2024, 6, 1))).events
    by_day = {e.period_start.isoformat(): e.summary for e in events if e.period_start}
    assert "May 9" not in by_day["2024-05-02"] and "May 2" not in by_day["2024-05-09"]


def test_one_date_leaves_the_candidates_as_they_are():
    assert split_dated("x", [], [], 0, 1) == []
