"""Named dates are data (named_dates.toml), checked in their context (own sentences)."""

from __future__ import annotations

import pytest

from timeline.temporal import tag
from timeline.temporal.grammar import load_grammar


def values(text: str, dct: str | None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.rule) for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    ("Since October 7, Israel has kept up its strikes on Gaza.", "2025-04-10", "October 7",
     "2023-10-07"),
    ("Families of the hostages taken on Oct. 7 marched again.", "2024-11-02", "Oct. 7",
     "2023-10-07"),
    ("Flight rules changed after the 9/11 attacks.", "2021-09-10", "9/11", "2001-09-11"),
    ("Allied veterans landed again at Normandy for D-Day.", "2019-06-06", "D-Day", "1944-06-06"),
    ("Church bells rang for the anniversary of V-E Day.", "2020-05-08", "V-E Day", "1945-05-08"),
    ("Rioters who stormed the Capitol on January 6 were sentenced.", "2023-03-01", "January 6",
     "2021-01-06"),
])
def test_named_dates_in_their_context(text, dct, span, value):
    assert values(text, dct)[span][0] == value
    assert values(text, dct)[span][1].startswith("named-")


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # no context words: the ordinary rules
    ("The council will meet again on October 7.", "2025-04-10", "October 7", "2025-10-07"),
    ("The invoice is due January 6.", "2023-12-01", "January 6", "2024-01-06"),
    # an article older than the named day cannot mean it
    ("Israel and Hamas exchanged fire on October 7.", "2019-10-09", "October 7", "2019-10-07"),
    # a year written after the name is the ordinary full date
    ("Congress met on January 6, 2025, under guard at the Capitol.", "2025-01-07",
     "January 6, 2025", "2025-01-06"),
])
def test_named_dates_out_of_context_are_ordinary_dates(text, dct, span, value):
    found = values(text, dct)
    assert found[span][0] == value
    assert not found[span][1].startswith("named-")


def test_named_dates_are_rules_with_context_words():
    named = [r for r in load_grammar("en").rules if r.near is not None]
    assert len(named) >= 5
    assert all(r.examples and r.file == "named_dates.toml" for r in named)
