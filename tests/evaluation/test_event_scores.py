"""The event scorer: one-to-one matching, required periods exact, undated gold events."""

from __future__ import annotations

import pytest

from timeline.evaluation.events import format_event_scores, score_document

EVENT = {"sentence": "Rebels seized the airport on Saturday.", "summary": "Rebels seized the airport",
         "actors": ["Sudan"], "start": "2025-04-26", "end": "2025-04-26"}


def gold(**changes) -> dict:
    event = {"key": "k", "sentence_contains": "seized the airport", "summary_matches": "seiz",
             "actors_include": ["Sudan"], "start": "2025-04-26", "end": "2025-04-26",
             "required": True}
    event.update(changes)
    return {"article": "a.txt", "events": [event]}


@pytest.mark.parametrize(
    ("changes", "found"),
    [
        ({}, 1),
        ({"actors_include": ["Chad"]}, 0),
        ({"summary_matches": "captur"}, 0),
        ({"start": "2025-04-25", "end": "2025-04-27"}, 0),
        ({"start": "2025-04-25", "end": "2025-04-27", "required": False}, 1),
        ({"start": None, "end": None, "required": False}, 0),
    ],
)
def test_score_matching_rules(changes, found):
    score = score_document(gold(**changes), [EVENT])
    assert (score.found, score.gold, score.output) == (found, 1, 1)


def test_score_each_output_event_used_once():
    two = gold()
    two["events"].append(dict(two["events"][0], key="again"))
    score = score_document(two, [EVENT])
    assert score.found == 1 and score.recall == 0.5 and score.precision == 1.0


HEAD = dict(EVENT, actors=["Ahmed Ruto"], actor_affiliations=[["Ahmed Ruto", "Sudan"]])


@pytest.mark.parametrize(
    ("event", "affiliations", "found"),
    [
        (HEAD, True, 1),  # older gold lists the leader's country: found through his affiliation
        (HEAD, False, 0),  # strict: the country is no actor of the event
        (dict(HEAD, actor_affiliations=[["Someone Else", "Sudan"]]), True, 0),  # not of an actor here
        (EVENT, False, 1),
    ],
)
def test_score_actors_with_affiliations_or_strict(event, affiliations, found):
    assert score_document(gold(), [event], affiliations).found == found


def test_score_table_prints_both_figures():
    with_affiliations = {"a.txt": score_document(gold(), [HEAD])}
    strict = {"a.txt": score_document(gold(), [HEAD], affiliations=False)}
    table = format_event_scores(with_affiliations, strict).splitlines()
    assert "100.0" in table[-2] and "affiliations" in table[-2]
    assert table[-1].startswith("all, actors strict") and "  0.0" in table[-1]
