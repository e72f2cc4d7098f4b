"""Every article-date rule's own examples (data in timeline/sources/rules/en/docdate.toml) run
through the finder, and the counterexamples give no date."""

from __future__ import annotations

import re

import pytest

from timeline.sources.docdate import date_lines, find_doc_date, load_rules, mark_date_lines
from timeline.text import split_sentences

RULES = load_rules("en")
EXAMPLES = [(rule.id, text, value) for rule in RULES.rules for text, value in rule.examples]


def test_every_rule_has_an_example():
    assert [r.id for r in RULES.rules if not r.examples] == []


@pytest.mark.parametrize(("rule_id", "text", "value"), EXAMPLES,
                         ids=[f"{r}:{t[:30]}" for r, t, _ in EXAMPLES])
def test_rule_example(rule_id, text, value):
    found = find_doc_date(text)
    assert (found.value.isoformat() if found.value else "") == value
    assert rule_id in {line.rule for line in found.lines}, f"{rule_id} did not match: {found.lines}"


@pytest.mark.parametrize(("text", "reason"), RULES.counterexamples,
                         ids=[r for _, r in RULES.counterexamples])
def test_counterexample_gives_no_date(text, reason):
    found = find_doc_date(text)
    assert found.value is None and found.source == "none", reason


@pytest.mark.parametrize(("text", "expected"), [
    ("Published 2:00 PM EDT, May 1, 2022\nUpdated 6:00 PM EDT, May 2, 2022\n\nText.", "2022-05-01"),
    ("Updated 6:00 PM EDT, May 2, 2022\nPublished 2:00 PM EDT, May 1, 2022\n\nText.", "2022-05-01"),
])
def test_published_wins_over_updated(text, expected):
    assert find_doc_date(text).value.isoformat() == expected


@pytest.mark.parametrize("text", [
    "Published May 32, 2022\n\nThe count went on.",
    "Wednesday, 30 February 2022\n\nThe count went on.",
])
def test_a_day_that_does_not_exist_gives_nothing(text):
    assert find_doc_date(text).value is None


def test_a_dateline_year_wraps_back_before_a_january_line():
    text = "Updated 08:00 AM, January 1, 2023\n\nKABUL, Dec 31 (AFP) - Snow closed the main pass on Saturday."
    found = find_doc_date(text)
    assert (found.value.isoformat(), found.source) == ("2022-12-31", "dateline")


@pytest.mark.parametrize(("text", "kinds"), [
    ("Ferry sinks\n\nJune 4, 2021\n\nBERLIN, June 4 (dpa) - A ferry sank on Friday. All were rescued.",
     ["headline", "byline", "dateline", "sentence", "sentence"]),
    ("Lima, Aug 2 (EFE) The congress voted on Monday.", ["dateline", "sentence"]),
])
def test_date_lines_become_byline_and_dateline_units(text, kinds):
    marked = mark_date_lines(text, split_sentences(text))
    assert [s.kind for s in marked] == kinds
    for s in marked:  # offsets still index the text, without leading spaces
        assert text[s.start:s.end] == text[s.start:s.end].strip()
    body = [s.text(text) for s in marked if s.kind == "sentence"]
    assert body[0].startswith(("A ferry", "The congress"))


def test_only_the_top_is_read():
    body = "The ministers met for hours. " * 4
    text = f"Talks drag on\n\n{body}\n\nPublished May 1, 2022\n"
    assert date_lines(text) == () and find_doc_date(text).value is None


@pytest.mark.parametrize("rule", RULES.rules, ids=[r.id for r in RULES.rules])
def test_rules_use_named_groups_only(rule):
    without_classes = re.sub(r"\[(?:\\.|[^\]\\])*\]", "", rule.pattern.pattern)
    assert not re.search(r"(?<!\\)\((?!\?)", without_classes)


@pytest.mark.parametrize("unit", ["a | 1 ", "| ", " / ", "a, 1 ", "March 3, ", "12:00 PM EST "])
@pytest.mark.parametrize("opening", ["", "By ", "LONDON, ", "Published ", "Source: x | "])
def test_long_lines_of_separators_give_no_date(opening, unit):
    """A line of many separators or dates-to-be gives nothing (and is read in linear time: the
    stamp rule once backtracked exponentially on such lines, so this would not finish)."""
    text = opening + unit * 60 + "x\n\nThe talks went on."
    assert find_doc_date(text).value is None



# Openings of our own in formats beyond the rules' examples (the gold sets are the lead's).
OPENINGS = [
 ("By JOHN DOE Associated Press\nMarch 3, 2023, 4:12 PM\n\nText.", "2023-03-03"),
 ("Mar. 3, 2023 4:12 p.m. ET\n\nText.", "2023-03-03"),
 ("Published: Friday, March 3, 2023 at 4:12 PM\n\nText.", "2023-03-03"),
 ("Last updated on 3 March 2023\n\nText.", "2023-03-03"),
 ("03 March 2023 | 16:12 IST\n\nText.", "2023-03-03"),
 ("March 3, 2023 12:15 PM ET | Updated 2 hours ago\n\nText.", "2023-03-03"),
 ("3rd March 2023\n\nText.", "2023-03-03"),
 ("NAIROBI, Kenya, March 3, 2023 (Xinhua) -- Kenya said.", "2023-03-03"),
 ("Thu, Mar 2, 2023, 11:05 PM\n\nText.", "2023-03-02"),
 ("Posted: Mar 2, 2023 / 11:05 PM EST\n\nText.", "2023-03-02"),
 ("Updated: March 2, 2023 @ 11:05 pm\n\nText.", "2023-03-02"),
 ("Published March 2, 2023 | Updated March 3, 2023\n\nText.", "2023-03-02"),
 ("By Jane Doe | Published March 2, 2023\n\nText.", "2023-03-02"),
 ("By Jane Doe, Reuters | March 2, 2023 10:00 AM GMT\n\nText.", "2023-03-02"),
 ("Kyiv, Ukraine — March 3, 2023\n\nText.", "2023-03-03"),
 ("UNITED NATIONS, March 3 (Reuters) - Text.", None),
 ("Headline here\nSubhead with more words in it\nBy Jane Doe\nMarch 2, 2023\n\nText.", "2023-03-02"),
 ("Sunday 5 November 2023 10:00, UK\n\nText.", "2023-11-05"),
 ("First published: 14:05 BST, 3 May 2023\n\nText.", "2023-05-03"),
 ("Nov 5 2023\n\nText.", "2023-11-05"),
 ("5 Nov, 2023 10:05 am\n\nText.", "2023-11-05"),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS, ids=[t[:40] for t, _ in OPENINGS])
def test_openings_of_other_formats(text, expected):
    found = find_doc_date(text)
    assert (found.value.isoformat() if found.value else None) == expected
