"""Event types (issue 12 taxonomy): the examples of rules/en/types.toml, and the rules load typed.

The rules' type is a feature of the learned type model (tests/events/test_typemodel.py tests what
the pipeline shows); these tests run the rules alone (``Settings(type_model=False)``)."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from timeline.events.types import RULES, article_domain, load_type_rules, taxonomy
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

RULES_ONLY = Settings(type_model=False)
EXAMPLES = tomllib.loads((RULES / "en" / "types.toml").read_text(encoding="utf-8"))["domains"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_type_examples(example):
    events = process(Document("t", example["text"], date(2024, 5, 8)), RULES_ONLY).events
    assert events, example["text"]
    assert events[0].event_type == example["type"], [(e.predicate, e.event_type) for e in events]


@pytest.mark.parametrize("text, expected", [
    # the same verb, two kinds of object
    ("The agency launched a satellite on Monday.", "science"),
    ("The rebels launched drones at the airport on Monday.", "conflict"),
    # a weak verb with no domain word of its own takes the article's domain
    ("The final was tight. The champion won 7-5, 6-4 on Monday in the final of the tournament, "
     "and the crowd in the stadium cheered the set.", "sport"),
])
def test_type_from_object_and_article(text, expected):
    events = process(Document("t", text, date(2024, 5, 8)), RULES_ONLY).events
    assert expected in {e.event_type for e in events if e.predicate in ("launched", "won")}


def test_every_type_is_in_the_taxonomy():
    rules = load_type_rules()
    assert len(taxonomy()) == 12 and "other" in taxonomy()
    assert set(rules.taxonomy.values()) <= set(taxonomy())
    assert {t for types in rules.domains.values() for t in types} <= set(taxonomy())


@pytest.mark.parametrize("text, domain", [
    ("Shares fell after the quarter. The company cut its forecast; investors sold the stock.", "economy"),
    ("The hospital isolated the patient. The virus outbreak grew and doctors tested contacts.", "health"),
    ("Nothing here says what it is about.", None),
])
def test_article_domain(text, domain):
    assert article_domain(text) == domain
