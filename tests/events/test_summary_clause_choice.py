"""The event's clause is the main happening of its sentence, and its summary one clause with its
own subject (issue 12, item 6). Sentences of our own, one class each."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import process
from timeline.text.sentences import split_sentences

DCT = date(2023, 3, 15)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.predicate, e.summary) for e in process(Document("t", text, DCT)).events]


@pytest.mark.parametrize("text, predicate", [
    ("The new ferry terminal opened on Friday after six years of planning.", "opened"),
])
def test_clause_choice_a_gerund_after_a_preposition_is_not_the_predicate(text, predicate):
    """"... opened after six years of planning": the verb of the clause, though no cue names it, not
    the -ing form a preposition takes as its object."""
    events = _events(text)
    assert [p for p, _ in events] == [predicate], events
    assert events[0][1].split()[:3] == ["The", "new", "ferry"], events


@pytest.mark.parametrize("text, expected", [
    ("The minister refused to name the firms but said they were under investigation.",
     "The minister said they were under investigation"),
    ("The two matches were due to start in May but were eventually cancelled because of the floods.",
     "The two matches were eventually cancelled because of the floods"),
])
def test_clause_choice_a_borrowed_subject_leaves_the_verb_of_an_infinitive_behind(text, expected):
    """"X refused to name ... but said ...": the second verb borrows "X", not "X refused to"."""
    assert expected in [s for _, s in _events(text)], _events(text)


@pytest.mark.parametrize("text, expected", [
    ("When the river flooded the town, the council closed the bridge on Monday.",
     ["The river flooded the town", "The council closed the bridge on Monday"]),
])
def test_clause_choice_an_opening_clause_ends_before_a_verb_no_cue_names(text, expected):
    """The main clause after an opening "When ...," is a clause of its own even when its verb
    ("closed") is only known by its past form: the opening clause's summary stops at its comma."""
    summaries = [s for _, s in _events(text)]
    assert expected[0] in summaries, summaries
    assert all("," not in s for s in summaries), summaries


@pytest.mark.parametrize("text, expected", [
    ("The goalkeeper, who joined the club in 2015, retired on Sunday.",
     ["The goalkeeper retired on Sunday", "The goalkeeper joined the club in 2015"]),
])
def test_clause_choice_an_aside_ends_before_the_main_verb(text, expected):
    """"X, who ..., retired": the aside is an event of its own and the main verb after it is the
    main happening, not glued to the aside ("X joined the club in 2015, retired on Sunday")."""
    assert sorted(s for _, s in _events(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The fire started in a warehouse in Sta. Cruz before dawn on Monday.",
    "Former Reps. Ann Hale and Tom Park will join the panel next week.",
])
def test_clause_choice_a_sentence_is_not_cut_at_an_abbreviation(text):
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("The ministry said the pilot and two engineers were questioned by the police.",
     "The ministry said the pilot and two engineers were questioned by the police"),
])
def test_clause_choice_and_inside_the_subject_of_what_is_said_opens_no_clause(text, expected):
    """"X said the pilot and two engineers were ...": "and" joins the subject of what is said; the
    summary is not cut after "the pilot"."""
    assert expected in [s for _, s in _events(text)], _events(text)
