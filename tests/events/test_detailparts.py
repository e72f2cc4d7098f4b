"""A detail of the happening just shown (its hour, its toll's breakdown) joins it (issue 12).

Sentences of our own: the examples of rules/en/parts.toml ``[happening_detail]``, and more here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.detailparts import load_detail_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 18)  # a Monday
EXAMPLES = load_detail_rules().examples


def _events(text: str, keep_score: bool = False):
    return process(Document("t", text, DCT), Settings(keep_score=keep_score)).events


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:60] for e in EXAMPLES])
def test_detailparts_examples(text, events, parts):
    found = _events(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_detailparts_the_happening_keeps_its_words_and_date_and_lists_its_hour():
    text = ("A strong earthquake shook the north of the island on Saturday. "
            "It struck at a depth of 12 kilometres, the seismology office said.")
    found = _events(text)
    assert len(found) == 1
    quake = found[0]
    assert (quake.predicate, quake.date_value, quake.date_source) == ("shook", "2024-03-16", "explicit")
    assert len(quake.parts) == 1 and "depth of 12 kilometres" in quake.parts[0][2]


@pytest.mark.parametrize("text", [
    # a toll of another status (a figure denied) stays an event
    "The storm killed four fishermen on Saturday. Officials denied that anyone was missing.",
    # a later hour of a happening that is no retelling of it ("resumed") stays an event
    "A strong earthquake shook the north of the island on Saturday. Trains resumed at 6 p.m.",
])
def test_detailparts_what_stays_an_event(text):
    assert all(not e.parts for e in _events(text))


@pytest.mark.parametrize("key, value", [("retold", ["("]), ("casualties", ["[a-"])])
def test_detailparts_a_bad_pattern_names_the_file(monkeypatch, key, value):
    from timeline.events import detailparts, parts
    path, data = parts.part_data()
    table = {**data.get("happening_detail", {}), key: value}
    monkeypatch.setattr(detailparts, "part_data", lambda language="en": (path, {**data, "happening_detail": table}))
    detailparts.load_detail_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="parts.toml"):
            detailparts.load_detail_rules()
    finally:
        detailparts.load_detail_rules.cache_clear()


def test_detailparts_with_the_keep_score_only_shown_events_join():
    text = "The storm killed six people on Monday and injured 40 others."
    found = [e for e in _events(text, keep_score=True) if e.shown]
    assert len(found) == 1 and len(found[0].parts) == 1


def test_detailparts_the_time_joins_the_happening_not_what_was_told_in_between():
    text = ("A strong earthquake shook the coast of Chile on Sunday. Police closed the coast road. "
            "The quake struck just after noon, at 12:10 local time.")
    assert [(e.predicate, len(e.parts)) for e in _events(text)] == [("shook", 1), ("closed", 0)]
