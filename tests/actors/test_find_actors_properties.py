"""Properties that hold for any text: offsets point into the text, mentions are sorted and
never overlap, and degenerate inputs do not break anything."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.actors import analyst_actors, find_actors, load_gazetteer

WORDS = [
    "Russia",
    "russia",
    "US",
    "us",
    "UN",
    "Kim",
    "Jong",
    "Un",
    "UN",
    "the",
    "North",
    "South",
    "Korea",
    "Korean",
    "'s",
    "Ministry",
    "of",
    "Defence",
    "President",
    "Mr.",
    "Koo",
    "Byoungsam",
    ",",
    ".",
    "spokesperson",
    "Putin",
    "Vladimir",
    "in",
    "Rome",
    "May",
    "2019",
    "KCNA",
    "AFP",
    "Chad",
    "Smith",
    "Jordan",
    "army",
    "Sudan",
    "’s",
    "\n",
    "Côte",
    "d’Ivoire",
    "İstanbul",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=40))
# found by hypothesis: a second title rule on "Kim" ran the name on into the country after it
@example(["President", "President", "Kim", "Kim", "Kim", "Russia"])
def test_find_actors_properties_offsets_sorted_non_overlapping(words):
    text = " ".join(words)
    mentions = find_actors(text, load_gazetteer())
    last_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
    assert all(isinstance(n, str) and n for n in analyst_actors(mentions))


@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", "İ", "'s", "U.S"])
def test_find_actors_properties_degenerate_texts(gaz, text):
    for m in find_actors(text, gaz):
        assert text[m.start : m.end] == m.text
