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


@pytest.mark.parametrize(("text", "feature"), [
    # a summary that opens with a word pointing back to something named before
    ("He resigned from the board on Monday.", "summary_pronoun_start"),
    # a figure: amounts and units in the sentence, numbers in the summary
    ("Profit rose 12 percent to 4 million dollars on Monday.", "figure_words"),
    ("Profit rose 12 percent to 4 million dollars on Monday.", "summary_numbers"),
    # the predicate's cue type (rules/en/cues.toml)
    ("Rebels seized the airport on Friday.", "cue=military_action"),
    # more verb cues in the summary than its predicate: clauses run together
    ("The storm destroyed the pier, damaged 40 homes and flooded the square on Monday.", "log_summary_cues"),
])
def test_a_sentence_of_a_shape_shows_its_feature(text: str, feature: str) -> None:
    rows = _features(text)
    assert any(feature in _on(row) for row in rows), (text, [_on(r) for r in rows])


def test_date_words_far_from_the_predicate_are_a_larger_gap() -> None:
    near = _features("Rebels seized the airport on Friday.")[0]["log_date_gap"]
    far = _features("On Friday the rebels, who had crossed the wide river at night, seized the airport.")
    assert 0 < near < max(row["log_date_gap"] for row in far)


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


def test_an_article_without_its_date_hides_no_event_that_has_date_words_of_its_own() -> None:
    """Undated because the article's date is missing, not because it is background: shown."""
    text = ("The ministry closed the northern border on Friday. Officials said on Tuesday that "
            "flights would resume. The airline has long been profitable.")
    result = process(Document("d", text, None), UNSCORED)
    candidates = {c.predicate.start: c for e in result.events
                  for c in sentence_candidates(text, e.sentence.start, e.sentence.end)}
    after = keep_step(text, None, result.events, candidates, _model(bias=-5.0))
    waiting = [e for e in after if e.time is not None and not e.date_value]
    assert len(waiting) >= 2 and all(e.shown for e in waiting)
    assert all(not e.shown for e in after if e.time is None)  # the score still decides the rest
    dated = keep_step(text, DCT, process(Document("d", text, DCT), UNSCORED).events, candidates, _model(bias=-5.0))
    assert not any(e.shown for e in dated)  # with its date, the same events are scored as usual


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


@pytest.mark.parametrize(("text", "joined"), [
    # the same happening told again, in another paragraph: it shares the words of what happened
    ("Storms flooded the valley town of Orla on Monday.\n\n"
     "The floods destroyed two bridges in the valley town on Monday.", True),
    # a step of it, in its paragraph, by the same actor
    ("France closed its embassy in Niger on Monday. France also cut its aid to the army on Monday.", True),
    # another happening of the same actor on the same day, in another paragraph: not a part
    ("France closed its embassy in Niger on Monday.\n\nFrance announced a new museum in Lyon on Monday.", False),
    # a description in another paragraph sharing only the day: not a part
    ("Storms flooded the valley town of Orla on Monday.\n\n"
     "A farmer sold his old tractor to a neighbour on Monday.", False),
    # nor in the same paragraph: the words of the date are not words of what happened
    ("Storms flooded the valley town of Orla on Monday. A farmer sold his old tractor to a neighbour on Monday.",
     False),
])
def test_a_hidden_event_is_a_part_only_of_the_happening_it_tells(text: str, joined: bool) -> None:
    before, after = _scored(text, _model(bias=-5.0, first_sentence=10.0))
    assert len(before) == 2, [e.summary for e in before]
    assert [e.shown for e in after] == [True, False]
    assert [p[2] for p in after[0].parts] == ([before[1].summary] if joined else [])


def test_the_keep_score_is_a_column_of_every_event_and_minor_events_are_under_the_threshold(
        tmp_path: Path, monkeypatch, capsys) -> None:
    from timeline.cli import main

    article = tmp_path / "floods.txt"
    article.write_text("date: 2025-03-14\n\n" + TEXT + "\n", encoding="utf-8")
    model = _model(bias=-2.0, first_sentence=4.0, log_words=0.1)
    monkeypatch.setattr(keepscore, "load_keep_model", lambda: model)
    assert main(["events", str(article), "--format", "jsonl", "--all"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(rows) == 3 and all(0 < r["keep_score"] < 1 for r in rows)
    assert [r["minor"] for r in rows] == [int(r["keep_score"] < model.threshold) for r in rows] == [0, 1, 1]
    assert rows[0]["keep_score"] > rows[1]["keep_score"]


def test_an_unscored_event_has_no_keep_score_in_the_table() -> None:
    from timeline.frame import events_frame

    frame = events_frame([process(Document("d", TEXT, DCT), UNSCORED)])
    assert frame["keep_score"].tolist() == [-1.0] * 3
    scored = events_frame([process(Document("d", TEXT, DCT))])
    assert str(scored["keep_score"].dtype) == "float64" and scored["keep_score"].between(0, 1).all()


def test_a_merged_happening_has_the_keep_score_of_its_best_report() -> None:
    from timeline.events.merge import merge_events

    row = {"start": pd.Timestamp("2025-04-26"), "end": pd.Timestamp("2025-04-26"), "granularity": "day",
           "predicate": "seized", "event_type": "conflict", "actors": ["Russia"], "summary": "Russia seized Kursk"}
    frame = pd.DataFrame([
        {**row, "event_id": "a-e001", "doc_id": "a", "minor": 1, "keep_score": 0.2, "sources": [{"doc_id": "a"}],
         "n_sources": 1},
        {**row, "event_id": "b-e001", "doc_id": "b", "minor": 0, "keep_score": 0.7, "sources": [{"doc_id": "b"}],
         "n_sources": 1},
    ])
    assert merge_events(frame).loc[0, "keep_score"] == 0.7


@pytest.mark.parametrize(("summary", "actors", "words"), [
    ("France closed its embassy in Niger on Monday", ("France",), {"closed", "embassy", "niger"}),
    ("The floods destroyed two bridges", (), {"floods", "destroyed", "bridges"}),
])
def test_the_words_of_a_happening_leave_out_its_actors_and_its_date(summary, actors, words) -> None:
    events = process(Document("d", summary + ".", DCT), UNSCORED).events
    assert events and events[0].actors == actors
    assert keepscore.happening_words(events[0]) == words


def test_a_plain_report_has_none_of_the_shape_features() -> None:
    rows = _features("Rebels seized the airport on Friday.")
    assert rows
    assert not _on(rows[0]) & {"summary_pronoun_start", "summary_lower_start", "summary_numbers", "figure_words",
                               "summary_open_quote", "log_summary_cues", "summary_glued", "date_outside_clause"}
