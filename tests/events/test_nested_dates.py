"""Dates in a slot of another phrase do not date the event (issue 12, "a date comes from the
event's own clause"): the examples of ``timeline/events/rules/en/nesteddates.toml``, sentences of
our own, each run through the whole pipeline by ``test_date_rules.py``."""

from __future__ import annotations

import pytest

from timeline.events.nesteddates import load_nested_date_words

EXAMPLES = load_nested_date_words().examples


def test_nesteddates_every_slot_has_examples():
    assert {e.table for e in EXAMPLES} == {"modified_years", "reduced_relatives", "apposed_since"}


def test_nesteddates_a_missing_table_is_an_error_naming_the_file(tmp_path, monkeypatch):
    from timeline.events import nesteddates

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "nesteddates.toml").write_text("[modified_years]\nmax_modifiers = 2\n", encoding="utf-8")
    monkeypatch.setattr(nesteddates, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"nesteddates\.toml"):
        nesteddates.load_nested_date_words.__wrapped__("xx")
