"""The prefix index: what a rule's match can start with, lookaheads included, and never less
than what it does start with (a rule left out of the index would never be tried)."""

from __future__ import annotations

import json
import re

import pytest

from timeline.temporal import tag
from timeline.temporal.grammar import load_grammar
from timeline.temporal.prefixes import DIGITS_AS_HASH, normal_form, prefixes


@pytest.mark.parametrize(("pattern", "texts", "expected"), [
    # a day that a lookahead says a second day follows: only "17-" or "17 and" can start it
    (r"\d\d?(?=(?:-| and )\d)", ["17-18", "4 and 5"], {"#-#", "##-#", "# an", "## a"}),
    # a year followed by the rest of a range, then more pattern after the lookahead
    (r"(?:in )?\d{4}(?=-\d\d)(?:-\d\d)?", ["1957-58", "in 2009-10"],
     {"####", "in #"}),
    # a lookahead inside one branch only
    (r"(?:may(?= \d)|june)", ["may 3", "june"], {"may ", "june"}),
])
def test_prefixes_read_into_lookaheads(pattern: str, texts: list[str], expected: set[str]) -> None:
    found = prefixes(pattern, 4)
    assert found == expected
    for text in texts:  # sound: every match starts with one of them
        assert re.match(pattern, text, re.IGNORECASE)
        assert any(normal_form(text).startswith(p) for p in found), (text, found)


def test_a_lookahead_keeps_a_rule_from_text_that_cannot_continue_it() -> None:
    g = load_grammar("en")
    by_id = {rule.id: i for i, rule in enumerate(g.rules)}
    tried = {g.rules[i].id for i in g.rules_for("## ####-## #")}  # "58 1957-58 1..."
    assert "day-range-start" not in tried  # needs "58-" or "58 and" after its day
    assert by_id["day-range-start"] in g.rules_for("## and ## ma")  # "17 and 18 May"


def test_every_rule_that_matched_in_the_corpora_is_in_the_index(shared_corpora) -> None:
    g = load_grammar("en")
    by_id = {rule.id: i for i, rule in enumerate(g.rules)}
    checked = 0
    with open(shared_corpora / "timebank.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            for timex in tag(text, doc["dct"][:10]):
                start = text.rfind(timex.text, 0, timex.end)  # the rule's match may start earlier
                key = text[start:start + g.prefix_length].lower().translate(DIGITS_AS_HASH)
                match = g.compiled[by_id[timex.rule]].match(text, start)
                if match is not None and match.start() == start:
                    assert by_id[timex.rule] in g.rules_for(key), (timex.rule, timex.text)
                    checked += 1
    assert checked > 1000
