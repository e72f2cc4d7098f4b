"""The dating rules run their own examples (``timeline/events/rules/en/dates.toml``,
``nesteddates.toml``, ``linkeddays.toml``, ``nextstep.toml``, ``comparedates.toml``,
``saidcontent.toml`` and ``describers.toml``): each is a sentence of our own that shows one class
of dates, and the event must get the date it says."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.comparedates import load_compare_date_words
from timeline.events.datewords import load_date_words
from timeline.events.describers import load_describer_words
from timeline.events.linkeddays import load_linked_day_words
from timeline.events.nesteddates import load_nested_date_words
from timeline.events.nextstep import load_next_step_words
from timeline.events.saidcontent import load_said_content_words
from timeline.model import Document
from timeline.pipeline import process

EXAMPLES = (load_date_words().examples + load_nested_date_words().examples + load_linked_day_words().examples
            + load_next_step_words().examples + load_compare_date_words().examples
            + load_said_content_words().examples + load_describer_words().examples)


def test_every_rule_has_examples():
    assert {e.table for e in EXAMPLES} >= {"clock_times", "deadlines", "antecedent_dates", "anchored",
                                           "story_day", "same_day", "day_lists", "since", "conjuncts", "from_previous",
                                           "day_offsets", "news_day", "plans", "present", "next_step",
                                           "said_content"}


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.table}:{e.text[:40]}" for e in EXAMPLES])
def test_date_rule_examples(example):
    events = process(Document("t", example.text, date.fromisoformat(example.dct))).events
    found = [e for e in events if e.predicate == example.predicate]
    assert len(found) == 1, f"{example.predicate!r} not one event of {example.text!r}: {[e.predicate for e in events]}"
    event = found[0]
    period = (event.period_start.isoformat() if event.period_start else "",
              event.period_end.isoformat() if event.period_end else "")
    assert (event.date_source, *period) == (example.source, example.start, example.end), event.resolution


def test_a_missing_rule_table_is_an_error_naming_the_file(tmp_path, monkeypatch):
    from timeline.events import datewords

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "dates.toml").write_text("[deadlines]\nwords = []\n", encoding="utf-8")
    monkeypatch.setattr(datewords, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"dates\.toml"):
        datewords.load_date_words.__wrapped__("xx")
