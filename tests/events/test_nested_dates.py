"""Dates in a slot of another phrase do not date the event (issue 12, "a date comes from the
event's own clause"): the examples of ``timeline/events/rules/en/nesteddates.toml``, sentences of
our own, each run through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.nesteddates import load_nested_date_words
from timeline.model import Document
from timeline.pipeline import process

EXAMPLES = load_nested_date_words().examples


def test_nesteddates_every_slot_has_examples():
    assert {e.table for e in EXAMPLES} == {"modified_years", "reduced_relatives", "apposed_since"}


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.table}:{e.text[:40]}" for e in EXAMPLES])
def test_nesteddates_examples(example):
    events = process(Document("t", example.text, date.fromisoformat(example.dct))).events
    found = [e for e in events if e.predicate == example.predicate]
    assert len(found) == 1, f"{example.predicate!r} not one event of {example.text!r}: {[e.predicate for e in events]}"
    event = found[0]
    period = (event.period_start.isoformat() if event.period_start else "",
              event.period_end.isoformat() if event.period_end else "")
    assert (event.date_source, *period) == (example.source, example.start, example.end), event.resolution


def test_nesteddates_a_missing_table_is_an_error_naming_the_file(tmp_path, monkeypatch):
    from timeline.events import nesteddates

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "nesteddates.toml").write_text("[modified_years]\nmax_modifiers = 2\n", encoding="utf-8")
    monkeypatch.setattr(nesteddates, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"nesteddates\.toml"):
        nesteddates.load_nested_date_words.__wrapped__("xx")
