"""An adverbial clause after a main clause whose verb no cue names (``timeline/events/subclauses.py``):
the examples of ``rules/en/subclauses.toml`` are sentences of our own; each must give the adverbial
clause it lists (or none), and the main clause keeps its own happening."""

from __future__ import annotations

import pytest

from timeline.events.candidates import sentence_candidates
from timeline.events.clauses import split_clauses
from timeline.events.subclauses import load_subclause_rules

EXAMPLES = load_subclause_rules().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_subclauses_examples(example):
    text = example["text"]
    subs = [text[c.start : c.end] for c in split_clauses(text, 0, len(text)) if c.kind == "sub"]
    assert subs == ([example["sub"]] if example["sub"] else [])


@pytest.mark.parametrize("text, predicates", [
    ("The shares slipped 3 percent on Monday after the bank cut its forecast.", ["slipped", "cut"]),
    ("The final was transferred to Madrid after fans attacked the team bus.", ["transferred", "attacked"]),
    ("The mayor closed the old bridge in May, after the engineers of the county council found cracks.",
     ["closed", "found"]),
])
def test_subclauses_the_main_clause_keeps_its_happening(text, predicates):
    assert [c.predicate.text for c in sentence_candidates(text, 0, len(text))] == predicates


def test_subclauses_no_table_counts_no_open_verb():
    rules = load_subclause_rules("xx")
    assert rules.subordinators == frozenset() and rules.examples == ()
