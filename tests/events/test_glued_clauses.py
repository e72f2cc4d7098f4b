"""Clauses glued into one event (issue 12, points 1 and 6): an opening clause ends at its first
comma even when a clause sits within it or a named subject with its aside follows; a relative
clause after a subject without its verb ends at the main verb; "at once" opens no clause; a clause
with its own subject ("and displaced families are ...") borrows none. Sentences of our own."""

from __future__ import annotations

import pytest

from timeline.events.candidates import sentence_candidates
from timeline.events.clauses import split_clauses
from timeline.events.summary import summarize


def _summaries(text: str) -> dict[str, str]:
    return {c.predicate.text: summarize(text, c) for c in sentence_candidates(text, 0, len(text))}


def _kinds(text: str) -> list[str]:
    return [c.kind for c in split_clauses(text, 0, len(text))]


@pytest.mark.parametrize("text, predicate, expected", [
    # a clause within the opening clause ("before the raiders fled", "that ... had tested positive"):
    # the first comma still ends the opening clause
    ("Because staff said they were locked in before the raiders fled, a case of false imprisonment was "
     "opened, the sheriff added.", "added", "A case of false imprisonment was opened, the sheriff added"),
    ("When the clinic was told on May 2 that a nurse had tested positive, its inspectors closed the ward.",
     "closed", "Its inspectors closed the ward"),
    # a named subject with its aside after the opening clause's comma
    ("As the deputies took their seats, Senator Maria Lopez, who chairs the committee, opened the hearing.",
     "opened", "Senator Maria Lopez, who chairs the committee, opened the hearing"),
    # two names joined by "and" make one subject after the opening clause
    ("Two days after Orbix released its first drone, Vantar and Kestrel unveiled rival models.", "unveiled",
     "Vantar and Kestrel unveiled rival models"),
])
def test_an_opening_clause_ends_at_its_comma(text, predicate, expected):
    assert _summaries(text)[predicate] == expected


def test_a_relative_clause_ends_at_the_main_verb():
    text = "Three schools near the river that suffered severe flooding became shelters for the night."
    assert _kinds(text) == ["main", "rel", "cont"]
    summaries = _summaries(text)
    assert summaries["became"] == "Three schools near the river became shelters for the night"
    assert not any("became" in summary for predicate, summary in summaries.items() if predicate != "became")


def test_a_subject_after_and_with_its_relative_clause_is_a_clause_of_its_own():
    text = ("Crews say families are still stranded on roofs, and a bridge near the port that lost two spans "
            "became the only way out.")
    assert _kinds(text) == ["main", "coord", "rel", "cont"]
    assert _summaries(text)["became"] == "A bridge near the port became the only way out"


def test_a_past_form_before_its_noun_does_not_end_a_relative_clause():
    text = "The firm that signed the deal paid a 12-month suspended fine."
    assert _kinds(text) == ["main", "rel", "cont"]  # "paid" ends the relative clause, "suspended" does not
    assert "The firm paid a 12-month suspended fine" in _summaries(text).values()


@pytest.mark.parametrize("text", [
    "The suspect who officers said fired the shots was detained.",  # a reporting verb: what follows is said
    "The region that rebels seized in 2019 was retaken on Monday.",
])
def test_a_relative_clause_keeps_what_it_reports_or_ends_at_an_auxiliary(text):
    kinds = _kinds(text)
    assert kinds[:2] == ["main", "rel"]
    assert ("cont" in kinds) == ("officers" not in text)


@pytest.mark.parametrize("text", [
    "The minister promised on Monday to start the repairs at once on the bridge.",
    "The crowd stood up at once when the verdict was read.",
])
def test_at_once_opens_no_clause(text):
    assert "sub" not in _kinds(text)


def test_a_clause_with_its_own_subject_borrows_none():
    text = "Police arrested two looters on Sunday and displaced residents were sleeping in the school hall."
    summaries = _summaries(text)
    assert summaries["displaced"] == "Displaced residents were sleeping in the school hall"
    assert summaries["arrested"] == "Police arrested two looters on Sunday"


@pytest.mark.parametrize("text, predicate, expected", [
    # the verb before ", and" is no event cue ("finished", "linked"): the clause after it is its own
    ("Tom Ray of Kenya finished third in 2:07:11, a course record, and Ali Musa ended the Kenyan run of wins.",
     "ended", "Ali Musa ended the Kenyan run of wins"),
    ("The clinic traced four more cases to the first one, and on March 9 it declared an outbreak on the ward.",
     "declared", "On March 9 it declared an outbreak on the ward"),
    # an opening adverbial after ", and" leaves more words before the subject's verb
    ("The mayor opened the new bridge on Monday, and on the same day the governor was freed after a week in jail.",
     "freed", "On the same day the governor was freed"),
])
def test_a_clause_after_comma_and_is_its_own_after_a_verb_no_cue_names(text, predicate, expected):
    summaries = _summaries(text)
    assert summaries[predicate] == expected
    assert "coord" in _kinds(text)


@pytest.mark.parametrize("text", [
    # the first word after ", and" is a verb: no subject of its own, the clause stays joined
    "The judge described the deal as the worst he had seen, and ordered that the money be returned to the town.",
    # a date word right before the verb: no subject, the verb borrows the one before
    "The mayor opened the new bridge, and on Monday announced a new road.",
    # the verb before ", and" would be no event ("linked": a stop verb): its words stay with the next
    "The clinic linked four more cases to the first one, and on March 9 it declared an outbreak on the ward.",
    # a condition after ", and" goes with the clause it sets
    "The judge warned she would close the case, and if nothing had changed by May, she would strike it out.",
])
def test_no_clause_of_its_own_after_comma_and_without_its_subject(text):
    assert "coord" not in _kinds(text)


@pytest.mark.parametrize("text, expected", [
    # a preposition opens the sentence; its aside ends where a noun phrase and a past form follow
    ("Over the course of the survey, which began in 2015, the engineers mapped more than 40 miles of coast.",
     {"began": "The survey began in 2015", "mapped": "The engineers mapped more than 40 miles of coast"}),
])
def test_an_aside_in_an_opening_adverbial_ends_before_the_main_clause(text, expected):
    summaries = _summaries(text)
    assert {p: summaries.get(p) for p in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ('The band played "Heroes", and people gathered at the old crossing.', 'The band played "Heroes"'),
    ("The band played “Heroes”, and people gathered at the old crossing.", "The band played “Heroes”"),
])
def test_a_clause_that_ends_on_a_quoted_word_keeps_its_closing_quote(text, expected):
    assert _summaries(text)["played"] == expected
