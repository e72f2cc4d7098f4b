"""The keep score's features of an event in its article's flow (events/keepcontext.py), on
sentences of our own: a further sentence of a statement, a happening named again by a definite
head, a toll given again, a pronoun carrying on the paragraph, the position in the article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.candidates import sentence_candidates
from timeline.events.keepcontext import NAMES, context_features
from timeline.events.keepfeatures import happening_words, load_keep_words, paragraph_numbers
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2025, 3, 14)


def _context(text: str) -> list[set[str]]:
    """The context features on for each event of ``text`` (keep score off)."""
    events = process(Document("d", text, DCT), Settings(keep_score=False)).events
    candidates = {c.predicate.start: c for e in events
                  for c in sentence_candidates(text, e.sentence.start, e.sentence.end)}
    rows = context_features(text, events, [candidates.get(e.trigger_start) for e in events],
                            paragraph_numbers(text, events), [happening_words(e) for e in events],
                            load_keep_words())
    return [{name for name, value in zip(NAMES, row, strict=True) if value} for row in rows]


@pytest.mark.parametrize(("text", "features"), [
    # a second saying of the same speaker in the next sentence of the paragraph
    ("The mayor spoke to reporters on Monday. She said the bridge was safe.",
     {"say_again", "say_after_say_paragraph", "pronoun_same_paragraph"}),
    # the happening named again by a definite head, with no date of its own
    ("A storm hit the coast on Monday. The storm destroyed many houses.", {"definite_start", "definite_seen"}),
    # a toll given again
    ("A bus crash killed 12 people on Monday. Police said on Tuesday that 15 people were killed in the crash.",
     {"toll_again"}),
])
def test_a_further_part_of_a_happening_shows_its_features(text, features) -> None:
    rows = _context(text)
    assert not rows[0] & features  # the first event tells it first
    assert features <= set().union(*rows[1:]), rows


def test_a_new_happening_in_a_new_paragraph_shows_none_of_them() -> None:
    rows = _context("A storm hit the coast on Monday.\n\nVoters in Nortia elected a new parliament on Sunday.")
    position = {"log_doc_events", "event_fraction", "paragraph_fraction"}
    assert len(rows) == 2 and not rows[1] - position, rows
