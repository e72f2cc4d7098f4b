"""A speaker's next saying in the same paragraph joins the saying shown before it (issue 12, item 2).

Sentences of our own: the examples of rules/en/parts.toml ``[same_statement]``, and more here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.statementparts import load_statement_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 15)  # a Friday
EXAMPLES = load_statement_rules().examples


def _events(text: str, keep_score: bool = False):
    return process(Document("t", text, DCT), Settings(keep_score=keep_score)).events


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:60] for e in EXAMPLES])
def test_statementparts_examples(text, events, parts):
    found = _events(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_statementparts_the_statement_keeps_its_words_date_and_actors():
    text = ("Health Minister Lena Ortiz praised the nurses of the flooded clinic on Thursday. "
            "The clinic, she said, would cost less to repair than the council had feared.")
    found = _events(text)
    assert len(found) == 1
    event = found[0]
    assert (event.predicate, event.date_value, event.date_source) == ("praised", "2024-03-14", "explicit")
    assert event.actors == ("Lena Ortiz",)
    assert len(event.parts) == 1 and "cost less to repair" in event.parts[0][2]


@pytest.mark.parametrize("text", [
    # a plan the speaker announces is news of its own
    "Health Minister Lena Ortiz praised the nurses on Thursday. The ward, she said, will close next month.",
    # a saying with no saying shown just before it (a happening between) stays an event
    "Health Minister Lena Ortiz praised the nurses on Thursday. Rain flooded the ward. "
    "The damage, she said, was worse than anyone had feared.",
])
def test_statementparts_what_stays_an_event(text):
    assert all(not e.parts for e in _events(text))


def test_statementparts_with_the_keep_score_only_shown_events_join():
    text = ("Mayor Anna Berg thanked the volunteers on Monday. "
            "The repairs, she said, would cost less than the council had feared.")
    found = [e for e in _events(text, keep_score=True) if e.shown]
    assert [e.predicate for e in found] == ["thanked"] and len(found[0].parts) == 1


def test_statementparts_window_zero_turns_the_rule_off(monkeypatch):
    from timeline.events import statementparts

    rules = statementparts.load_statement_rules()
    monkeypatch.setattr(statementparts, "load_statement_rules",
                        lambda language="en": type(rules)(0, *(getattr(rules, f) for f in rules.__slots__[1:])))
    text = ("Mayor Anna Berg thanked the volunteers on Monday. "
            "The repairs, she said, would cost less than the council had feared.")
    assert len(_events(text)) == 2
