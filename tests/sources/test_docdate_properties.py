"""Properties of the article-date finder over generated openings (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sources.docdate import date_lines, find_doc_date

PIECES = ["Published ", "Updated ", "By Ana Ruiz, ", "LONDON, ", "(Reuters) - ", " | ", " / ", "•",
          "March 3, ", "3 March ", "2023", "2023-03-04", "04/03/2023", "10:15 AM EST", ", ", "\n",
          "\n\n", "Mon ", "Troops left. ", "x", "7", "Dec 31 "]
openings = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
BODY = "The ministers met for hours and agreed on nothing, officials said after the talks ended late."


@settings(max_examples=300, deadline=None)
@given(openings)
def test_any_opening_gives_a_real_date_from_its_own_lines(text):
    found = find_doc_date(text)
    assert found.source in ("dateline", "byline", "none")
    assert (found.value is None) == (found.source == "none")
    if found.value is not None:
        assert isinstance(found.value, date)
        assert any(line.rule == found.rule for line in found.lines)
    for line in found.lines:
        assert 0 <= line.start < line.end <= len(text)
        assert "\n" not in text[line.start:line.end]


@settings(max_examples=200, deadline=None)
@given(openings)
def test_nothing_after_the_first_body_paragraph_is_read(text):
    assert date_lines(f"Headline\n\n{BODY}\n\n{text}") == ()
