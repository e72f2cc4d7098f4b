"""Companies named by the trade their name ends in ("Dangote Sugar"): the rules' own examples, run."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.language import load_language
from timeline.actors.ner import model_available
from timeline.actors.trade_names import load_trade_rules, trade_organisations

EXAMPLES = load_trade_rules("en").examples


def test_trade_names_has_examples():
    assert len(EXAMPLES) >= 5 and all(set(e) <= {"text", "names", "not_names"} for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_trade_names_examples(example):
    text = example["text"]
    found = [text[e.start : e.end] for e in trade_organisations(text, load_language())]
    assert set(example.get("names", ())) <= set(found)
    assert not set(example.get("not_names", ())) & set(found)


@pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")
@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.get("names")], ids=lambda e: e["text"][:40])
def test_find_actors_trade_names_are_organisations(gaz, example):
    found = find_actors(example["text"], gaz, model=True)
    kinds = {m.name: m.kind for m in found}
    assert {n: kinds.get(n) for n in example["names"]} == {n: "organisation" for n in example["names"]}
