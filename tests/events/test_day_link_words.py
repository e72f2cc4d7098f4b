"""A date taken from the last happening dated to a day says which words tied the clause to it:
"the same day", or "then" as the next step (a reader checks the date against its sentence)."""

from __future__ import annotations

from datetime import date

from timeline.model import Document
from timeline.pipeline import process


def _resolution(text: str, predicate: str) -> tuple[str | None, str, str]:
    events = process(Document("d", text, date(1911, 5, 8))).events
    event = next(e for e in events if e.predicate == predicate)
    return event.date_value, event.date_source, event.resolution


def test_next_step_is_explained_as_then():
    text = ("The two kings signed the treaty in the cathedral on Friday, May 5, 1911.\n\n"
            "A parade then wound through the old town.")
    value, source, resolution = _resolution(text, "wound")
    assert (value, source) == ("1911-05-05", "inherited")
    assert "'then', the next step" in resolution and "the same day" not in resolution


def test_same_day_is_explained_as_the_same_day():
    text = ("The two kings signed the treaty in the cathedral on Friday, May 5, 1911.\n\n"
            "Afterwards, a parade wound through the old town.")
    value, source, resolution = _resolution(text, "wound")
    assert (value, source) == ("1911-05-05", "inherited")
    assert "'the same day' of the last happening" in resolution and "then" not in resolution
