"""Any string tags without an exception; no catastrophic backtracking on hostile input."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

WORDS = ["May", "March", "Monday", "last", "year", "the", "and", "1990", "12", ",", ".", "-",
         "2,024", "ago", "weeks", "Jan.", "5", "a.m.", "quarter", "third", "mid", "'s", " "]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tagger_any_text_tags_without_error(text):
    for t in tag(text, date(2025, 4, 28)):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
       st.one_of(st.none(), st.dates()))
def test_tagger_time_words_in_any_order(text, dct):
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.value


def adversarial(size: int) -> str:
    unit = ("9" * 300 + "MayMarchMondayand,,,;;--" + "and" * 50 + "January" * 20
            + "1999" * 40 + "Monday," * 30)
    return (unit * (size // len(unit) + 1))[:size]


def test_tagger_hostile_input_gives_valid_spans():
    """200,000 characters of digits, month names and commas: every tag is a span of the text
    (the time it takes is measured in benchmarks/bench_scaling.py; tests do not assert timings)."""
    text = adversarial(200_000)
    tags = tag(text, date(2025, 4, 28))
    assert tags and all(text[t.start:t.end] == t.text for t in tags)
