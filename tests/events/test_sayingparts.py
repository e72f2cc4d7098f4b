"""A second saying of the same speaker in one sentence joins the first as a part (issue 12, item 2)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.sayingparts import load_saying_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 15)  # a Friday
EXAMPLES = load_saying_rules().examples


def _events(text: str):
    return process(Document("t", text, DCT), Settings(keep_score=False)).events


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:50] for e in EXAMPLES])
def test_same_saying_examples(text, events, parts):
    found = _events(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_sayingparts_second_saying_is_listed_under_the_first_with_its_date():
    text = ("Health Minister Lena Ortiz thanked the nurses of the flooded clinic on Thursday "
            "and said the ward would reopen.")
    found = _events(text)
    assert len(found) == 1
    event = found[0]
    assert (event.date_source, event.date_value, event.event_id) == ("explicit", "2024-03-14", "t-e001")
    assert len(event.parts) == 1 and "reopen" in event.parts[0][2]


@pytest.mark.parametrize("text", [
    "Coach Peter Lindqvist praised his players and said he would stay.",  # no date anywhere: still one statement
])
def test_sayingparts_undated_statement_is_one_event(text):
    assert len(_events(text)) == 1


def test_sayingparts_rules_need_no_examples_for_an_unknown_language():
    rules = load_saying_rules("en")
    assert rules.window > 0 and "statement" in rules.kinds


def test_sayingparts_whom_the_second_saying_names_is_no_actor_of_the_statement():
    text = ("Prosecutor Nadia Petrova thanked the police on Tuesday and said Governor Victor Lang "
            "would face a new trial.")
    found = _events(text)
    assert len(found) == 1 and len(found[0].parts) == 1
    assert "Victor Lang" not in found[0].actors and "Nadia Petrova" in found[0].actors


def test_sayingparts_two_contents_of_one_report_are_one_statement_but_not_of_two_days():
    one = _events("Local officials said the quake, centred near the town of Van, injured 40 people "
                  "and damaged 300 houses.")
    assert len(one) == 1 and "damaged" in one[0].parts[0][2]
    two = _events("Police said the gunmen killed three guards on Tuesday and that the army arrested "
                  "two suspects on Wednesday.")
    assert len(two) == 2 and not any(e.parts for e in two)
