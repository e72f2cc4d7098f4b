"""The keep score: its features on sentences of our own, its weights file, and what happens to the
events under its threshold (parts of a shown event, or minor: out of the default views, kept)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.events import keepscore
from timeline.events.candidates import sentence_candidates
from timeline.events.keepfeatures import document_features, feature_names, load_keep_words
from timeline.events.keepscore import KeepModel, default_view, keep_step, load_keep_model
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2025, 3, 14)
UNSCORED = Settings(keep_score=False)


def _features(text: str) -> list[dict[str, float]]:
    """Each event of ``text`` (keep score off) with its features by name."""
    result = process(Document("d", text, DCT), UNSCORED)
    candidates = {c.predicate.start: c for e in result.events
                  for c in sentence_candidates(text, e.sentence.start, e.sentence.end)}
    rows = document_features(text, DCT, result.events, [candidates.get(e.trigger_start) for e in result.events])
    return [dict(zip(feature_names(), row, strict=True)) for row in rows]


def _on(row: dict[str, float]) -> set[str]:
    return {name for name, value in row.items() if value}


@pytest.mark.parametrize(("text", "feature"), [
    # a state: the predicate names a standing, not a happening
    ("The ferry became the only link to the island in 2019.", "class=state"),
    # an expectation in the event's clause
    ("The council said on Tuesday that the new bridge could open in May.", "modal_words"),
    # a photo caption or credit
    ("Police arrested two men near the depot on Monday, in this file photo.", "caption_words"),
    # a quotation
    ("\u201cWe lost everything,\u201d the farmer said on Monday.", "quoted"),
    # background told in the past perfect
    ("The mayor had resigned in 2015 after a long dispute.", "past_perfect"),
])
def test_a_sentence_of_a_class_shows_its_feature(text: str, feature: str) -> None:
    rows = _features(text)
    assert rows, text
    assert any(feature in _on(row) for row in rows), (text, [_on(r) for r in rows])


def test_a_plain_report_shows_none_of_those_features() -> None:
    rows = _features("Rebels seized the airport on Friday.")
    assert rows
    assert not _on(rows[0]) & {"class=state", "modal_words", "caption", "quoted", "past_perfect",
                               "same_date_before"}


def test_a_repeat_of_the_same_happening_is_related_to_the_first_telling() -> None:
    text = ("Storms flooded the valley town of Orla on Monday. "
            "The floods in the valley town destroyed two bridges on Monday.")
    first, second = _features(text)[:2]
    assert "same_date_before" not in _on(first)
    assert {"same_date_before", "same_date_words_before", "same_paragraph_date_before"} <= _on(second)


@pytest.mark.parametrize("example", load_keep_words().examples, ids=lambda e: e[0][:30])
def test_the_rule_file_examples_show_their_features(example) -> None:
    text, features = example
    on = set().union(*map(_on, _features(text)))
    assert set(features) <= on, (text, sorted(on))


def test_the_weights_file_has_exactly_the_features_the_code_computes() -> None:
    data = json.loads(keepscore.WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == feature_names()
    assert set(data["weights"]) == set(feature_names())
    model = load_keep_model()
    assert 0 < model.threshold < 1 and model.names == feature_names()
    assert {"trained", "sets", "cross_validated", "in_sample", "cv_table"} <= set(model.about)
    assert not any("heldout" in s or "news4" in s for s in model.about["sets"])


def test_a_weights_file_whose_features_drifted_is_refused_naming_it(tmp_path: Path) -> None:
    data = json.loads(keepscore.WEIGHTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="old.json.*retrain"):
        load_keep_model(path)


def _model(**weights: float) -> KeepModel:
    """A model that shows an event with score >= 0.5: only the ``weights`` named count."""
    return KeepModel(feature_names(), tuple(weights.get(n.replace("=", "_"), 0.0) for n in feature_names()),
                     0.5, {})


def _scored(text: str, model: KeepModel):
    result = process(Document("d", text, DCT), UNSCORED)
    candidates = {c.predicate.start: c for e in result.events
                  for c in sentence_candidates(text, e.sentence.start, e.sentence.end)}
    return result.events, keep_step(text, DCT, result.events, candidates, model)


TEXT = ("Storms flooded the valley town of Orla on Monday. The floods in the valley town destroyed "
        "two bridges on Monday.\n\nA local company signed a large contract in 2019.")


def test_events_under_the_threshold_stay_marked_minor_and_a_repeat_is_a_part_of_its_happening() -> None:
    before, after = _scored(TEXT, _model(bias=-5.0, first_sentence=10.0))
    assert len(before) == 3
    assert [e.summary for e in after] == [e.summary for e in before]  # nothing lost
    assert [e.shown for e in after] == [True, False, False]
    assert [p[2] for p in after[0].parts] == [before[1].summary]  # the repeat, in its happening's detail
    assert not after[2].parts and not after[1].parts  # another date, another paragraph: only minor
    assert all(e.keep_score is not None for e in after)
    assert [e.event_id for e in after] == [e.event_id for e in before]


def test_events_over_the_threshold_are_all_shown() -> None:
    before, after = _scored(TEXT, _model(bias=5.0))
    assert [e.summary for e in after] == [e.summary for e in before]
    assert all(e.shown and not e.parts for e in after)


def test_the_default_view_leaves_minor_events_out_and_show_all_keeps_them() -> None:
    frame = pd.DataFrame({"event_id": ["a", "b", "c"], "minor": [0, 1, 0]})
    assert default_view(frame)["event_id"].tolist() == ["a", "c"]
    assert default_view(frame, show_all=True)["event_id"].tolist() == ["a", "b", "c"]
    assert default_view(frame.drop(columns="minor"))["event_id"].tolist() == ["a", "b", "c"]


def test_the_cli_leaves_minor_events_out_unless_all(tmp_path: Path, monkeypatch, capsys) -> None:
    from timeline.cli import main

    article = tmp_path / "floods.txt"
    article.write_text("date: 2025-03-14\n\n" + TEXT + "\n", encoding="utf-8")
    monkeypatch.setattr(keepscore, "load_keep_model", lambda: _model(bias=-5.0, first_sentence=10.0))

    def run(*extra: str) -> list[dict]:
        assert main(["events", str(article), "--format", "jsonl", *extra]) == 0
        return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]

    default, everything = run(), run("--all")
    assert [e["minor"] for e in default] == [0]
    assert len(default[0]["parts"]) == 1
    assert [e["minor"] for e in everything] == [0, 1, 1]
    assert "contract" in everything[2]["summary"]


def test_a_happening_one_article_shows_stays_shown_when_merged_with_a_minor_report() -> None:
    from timeline.events.merge import merge_events

    row = {"start": pd.Timestamp("2025-04-26"), "end": pd.Timestamp("2025-04-26"), "granularity": "day",
           "predicate": "seized", "event_type": "conflict", "actors": ["Russia"], "summary": "Russia seized Kursk"}
    frame = pd.DataFrame([
        {**row, "event_id": "a-e001", "doc_id": "a", "minor": 1, "sources": [{"doc_id": "a"}], "n_sources": 1},
        {**row, "event_id": "b-e001", "doc_id": "b", "minor": 0, "sources": [{"doc_id": "b"}], "n_sources": 1},
    ])
    merged = merge_events(frame)
    assert len(merged) == 1 and merged.loc[0, "minor"] == 0
    assert merge_events(frame.assign(minor=1)).loc[0, "minor"] == 1


def test_scoring_off_shows_every_event_unscored() -> None:
    events = process(Document("d", TEXT, DCT), UNSCORED).events
    assert all(e.shown and e.keep_score is None for e in events)
    scored = process(Document("d", TEXT, DCT)).events
    assert all(e.keep_score is not None for e in scored)
    assert replace(scored[0], keep_score=None, shown=True).summary == events[0].summary


def test_the_dashboard_leaves_minor_events_out_until_its_toggle_shows_them() -> None:
    from timeline.dashboard.filters import Filters, apply_filters
    from timeline.dashboard.state import MINOR
    from timeline.dashboard.ui.controls import filters_of

    frame = pd.DataFrame({"event_id": ["a", "b"], "minor": [0, 1], "actors": [[], []]})
    assert apply_filters(frame, filters_of({})[0])["event_id"].tolist() == ["a"]
    assert apply_filters(frame, filters_of({MINOR: True})[0])["event_id"].tolist() == ["a", "b"]
    assert apply_filters(frame, Filters(minor=True))["event_id"].tolist() == ["a", "b"]
