"""The features of the pair (event, the earlier event most like it) that the keep score reads: does
an event tell again a happening told before it (events/repeats.py), on sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from timeline.events import keepfeatures, repeats
from timeline.events.candidates import sentence_candidates
from timeline.events.keepfeatures import document_features, feature_names, happening_words
from timeline.events.repeats import NAMES, load_repeat_rules, matches
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2025, 3, 14)


@pytest.fixture(autouse=True)
def _pair_features_on(monkeypatch):
    """The pair features are switchable (``keep.toml`` ``[features] repeats``; off by default since
    they gained nothing under cross-validation): these tests read them switched on."""
    words = replace(keepfeatures.load_keep_words(), repeats=True)
    monkeypatch.setattr(keepfeatures, "load_keep_words", lambda language="en": words)
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def _clear_caches() -> None:
    for value in vars(keepfeatures).values():  # the feature names and their index, read once
        if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == keepfeatures.__name__:
            value.cache_clear()


def _events(text: str):
    return process(Document("d", text, DCT), Settings(keep_score=False)).events


def _pairs(text: str) -> list[dict[str, float]]:
    """Each event of ``text`` with its pair features by name."""
    events = _events(text)
    candidates = {c.predicate.start: c for e in events
                  for c in sentence_candidates(text, e.sentence.start, e.sentence.end)}
    rows = document_features(text, DCT, events, [candidates.get(e.trigger_start) for e in events])
    return [{n: v for n, v in zip(feature_names(), row, strict=True) if n in NAMES} for row in rows]


def test_the_keep_score_reads_the_pair_features_last() -> None:
    assert feature_names()[-len(NAMES):] == NAMES


@pytest.mark.parametrize(("text", "features"), [
    # the same happening told again further on, with its words and its date
    ("Storms flooded the valley town of Orla on Monday. The mayor visited the school on Tuesday. "
     "The floods in the valley town destroyed two bridges on Monday.",
     {"repeat_match", "repeat_log_shared_words", "repeat_same_date", "repeat_log_sentence_distance"}),
    # a line of a results table beside the headline figure: numbers in both, the same company, a
    # date borrowed from the first
    ("The Harlow Mining Company reported a profit of 40 million dollars on Tuesday. "
     "The company's revenue rose to 300 million dollars.",
     {"repeat_match", "repeat_shared_actors", "repeat_both_numbers", "repeat_borrowed_date"}),
    # the same speaker's statement quoted again (in another paragraph: in the same one, the second
    # saying is a part of the first, timeline/events/statementparts.py)
    ("Prime Minister Ana Lind said the cuts would hurt.\n\nPrime Minister Ana Lind said the cuts were unfair.",
     {"repeat_match", "repeat_shared_actors", "repeat_both_say"}),
])
def test_a_telling_again_shows_its_pair_features(text: str, features: set[str]) -> None:
    last = _pairs(text)[-1]
    on = {name for name, value in last.items() if value}
    assert features <= on, (text, sorted(on))


def test_the_first_event_and_an_unrelated_one_have_no_match() -> None:
    text = "Rebels seized the airport on Friday. A court jailed a journalist in 2019."
    rows = _pairs(text)
    assert len(rows) == 2
    assert not any(rows[0].values())
    assert not any(rows[1].values())


def test_the_match_is_the_earlier_event_sharing_most_words_of_what_happened() -> None:
    text = ("Storms flooded the valley town of Orla on Monday. Police arrested two looters on Tuesday. "
            "The floods in the valley town destroyed two bridges.")
    events = _events(text)
    found = matches(events, [happening_words(e) for e in events])
    assert found[0] is None
    assert events[found[-1]].predicate == "flooded"


def test_only_the_last_window_events_are_compared() -> None:
    text = ("Storms flooded the valley town of Orla on Monday. Police arrested two looters on Tuesday. "
            "The floods in the valley town destroyed two bridges.")
    events = _events(text)
    rules = replace(load_repeat_rules(), window=1)
    found = matches(events, [happening_words(e) for e in events], rules)
    assert found[-1] in (None, len(events) - 2)


def test_a_rule_file_without_its_repeat_rules_is_refused_naming_it(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "keep.toml").write_text("[classes]\n", encoding="utf-8")
    monkeypatch.setattr(repeats, "RULES", tmp_path)
    load_repeat_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"keep\.toml.*repeats"):
            load_repeat_rules("xx")
    finally:
        load_repeat_rules.cache_clear()
