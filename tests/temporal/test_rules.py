"""Every rule's own examples (data in rules/en/*.toml) run through the tagger."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.grammar import load_grammar

GRAMMAR = load_grammar("en")
EXAMPLES = [(rule.id, ex) for rule in GRAMMAR.rules for ex in rule.examples]


def test_rules_every_rule_has_an_example():
    assert [r.id for r in GRAMMAR.rules if not r.examples] == []


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES,
                         ids=[f"{r}:{e.text[:30]}" for r, e in EXAMPLES])
def test_rules_example(rule_id, example):
    dct = date.fromisoformat(example.dct) if example.dct else None
    span = example.span or example.text
    found = {t.text: t for t in tag(example.text, dct)}
    assert span in found, f"{span!r} not tagged in {example.text!r}: {list(found)}"
    assert (found[span].rule, found[span].value) == (rule_id, example.value)
    if example.point is not None:
        assert (found[span].point_value or "") == example.point


@pytest.mark.parametrize("rule", GRAMMAR.rules, ids=[r.id for r in GRAMMAR.rules])
def test_rules_example_spans_hold_a_trigger(rule):
    """The scanner only looks near trigger words: each example must contain one."""
    for example in rule.examples:
        assert GRAMMAR.trigger.search((example.span or example.text).lower()), example


@pytest.mark.parametrize("rule", GRAMMAR.rules, ids=[r.id for r in GRAMMAR.rules])
def test_rules_use_named_groups_only(rule):
    assert not re.search(r"(?<!\\)\((?!\?)", rule.pattern)


def test_rules_ids_are_unique():
    ids = [r.id for r in GRAMMAR.rules]
    assert len(ids) == len(set(ids))
