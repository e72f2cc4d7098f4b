"""The date ranker (issue 12, point 3): its options, its weights file, its choice in the pipeline
and its training tool. Sentences of our own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import trainkit

from timeline.events import datescore
from timeline.events.datefeatures import feature_names
from timeline.events.dateoptions import ARTICLE, BEFORE, KINDS, NONE, OWN, SENTENCE
from timeline.events.datescore import WEIGHTS, DateModel, load_date_model, tracing
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DCT = date(2023, 3, 15)  # a Wednesday


def _event(text: str, predicate: str, settings: Settings | None = None):
    events = process(Document("t", text, DCT), settings or Settings(date_ranker=True)).events
    return next(e for e in events if e.predicate == predicate)


def test_the_weights_file_loads_and_matches_the_features():
    model = load_date_model()
    assert model.names == feature_names()
    assert len(model.weights) == len(feature_names())
    assert {"sets", "cross_validated", "in_sample", "rules"} <= set(model.about)
    assert not any("news4" in s or "heldout" in s for s in model.about["sets"])


def test_a_weights_file_of_other_features_is_refused(tmp_path):
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "w.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="w.json.*retrain"):
        load_date_model(path)


@pytest.mark.parametrize("text, predicate, source, value", [
    ("The port authority closed the harbour on Monday.", "closed", "explicit", "2023-03-13"),
    ("The rebels seized the town in 1998, and the army captured it in 2004.", "captured", "explicit", "2004"),
    ("Firefighters reached the warehouse on Monday and evacuated the workers.", "evacuated",
     "inherited", "2023-03-13"),
    ("The harbour master has resigned.", "resigned", "article_date", "2023-03-15"),
    ("The shipyard will open a second dock.", "open", "none", ""),
    ("The council had approved the plan.", "approved", "none", ""),
])
def test_the_ranker_dates_sentences_of_each_kind(text, predicate, source, value):
    event = _event(text, predicate)
    assert (event.date_source, event.date_value) == (source, value), event.resolution


def _favouring(kind: str) -> DateModel:
    """A model that prefers options of ``kind`` over any other."""
    names = feature_names()
    return DateModel(names, tuple(5.0 if n == f"kind_{kind}" else 0.0 for n in names), {})


@pytest.mark.parametrize("text, predicate, kind, source, value", [
    # an earlier sentence of the paragraph: inherited, never explicit
    ("The storm hit the coast in 2019. The company has sold the site.", "sold", BEFORE, "inherited",
     "2019"),
    # the rest of its sentence
    ("Firefighters reached the warehouse on Monday and evacuated the workers.", "evacuated",
     SENTENCE, "inherited", "2023-03-13"),
    # no date at all
    ("The port authority closed the harbour on Monday.", "closed", NONE, "none", ""),
    # the article date is offered only to a report of the day: a past perfect is not one
    ("The council had approved the plan.", "approved", ARTICLE, "none", ""),
])
def test_the_chosen_option_says_where_its_date_comes_from(monkeypatch, text, predicate, kind, source, value):
    monkeypatch.setattr(datescore, "load_date_model", lambda: _favouring(kind))
    event = _event(text, predicate)
    assert (event.date_source, event.date_value) == (source, value), event.resolution
    if source == "none":
        assert event.period_start is None and event.granularity is None


def test_with_the_ranker_off_the_rules_date_stands(monkeypatch):
    monkeypatch.setattr(datescore, "load_date_model", lambda: _favouring(NONE))
    text = "The port authority closed the harbour on Monday."
    assert _event(text, "closed", Settings(date_ranker=False)).date_value == "2023-03-13"


def test_tracing_records_every_option_with_the_rules_choice():
    text = "The storm hit the coast on Monday. Rescuers evacuated the villagers on Tuesday."
    with tracing() as trace:
        events = process(Document("t", text, DCT), Settings(date_ranker=False)).events
    evacuated = next(e for e in events if e.predicate == "evacuated")
    traced = next(t for t in trace if t.trigger_start == evacuated.trigger_start)
    kinds = {o.kind for o in traced.options}
    assert {OWN, BEFORE, NONE} <= kinds <= set(KINDS)
    assert all(len(row) == len(feature_names()) for row in traced.rows)
    assert [o.when.value for o in traced.options if o.agrees] == ["2023-03-14"]


def _train_dates():
    return trainkit.load_tool("train_dates")


def _gold_set(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir(parents=True)
    stories = {
        "harbour-2023-03-15": ("The storm hit the coast on Monday. Rescuers evacuated the villagers.",
                               [("hit", "hit the coast", "2023-03-13"), ("evacuated", "evacuated", "2023-03-13")]),
        "mill-2023-03-15": ("The mill closed in 1998. The company has sold the site.",
                            [("closed", "closed in", "1998-01-01"), ("sold", "sold the site", "2023-03-15")]),
    }
    for name, (body, keys) in stories.items():
        (articles / f"{name}.txt").write_text(f"date 2023-03-15\nHeadline\n\n{body}\n", encoding="utf-8")
        gold = {"article": f"{name}.txt", "dct": "2023-03-15", "kind": "disaster",
                "source": {"non_western": False}, "document_actors": [], "key_events": [
                    {"key": k, "sentence_contains": fragment, "summary_matches": k, "start": start,
                     "end": start if start.endswith(("13", "15")) else "1998-12-31", "actors": [],
                     "actors_optional": [], "status": "asserted", "type": "other"}
                    for k, fragment, start in keys]}
        (articles / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_the_training_tool_runs_and_is_deterministic(tmp_path):
    tool = _train_dates()
    folder = _gold_set(tmp_path / "tiny")
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"w{n}.json"
        assert tool.main(["--set", str(folder), "-o", str(out), "--date", "2026-01-01"]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert data["features"] == list(feature_names())
    assert data["matched_events"] == 4
    assert data["rules"]["pooled"]["ceiling"] >= 3


def test_the_training_tool_says_where_the_rules_miss_by_their_source(tmp_path):
    tool = _train_dates()
    out = tmp_path / "w.json"
    assert tool.main(["--set", str(_gold_set(tmp_path / "tiny")), "-o", str(out), "--date", "2026-01-01"]) == 0
    sources = json.loads(out.read_text(encoding="utf-8"))["cv_by_rules_source"]
    assert set(sources) <= {"explicit", "inherited", "article_date", "none", "other"}
    assert sum(c["events"] for c in sources.values()) == 4
    for counts in sources.values():
        assert counts["rules"] <= counts["ceiling"] <= counts["events"]
        assert counts["ranker"] <= counts["ceiling"]
        misses = sum(v for k, v in counts.items() if k.startswith("miss_to_"))
        assert misses == counts["ceiling"] - counts["rules"]


@pytest.mark.parametrize("name", ["news4", "heldout"])
def test_the_training_tool_refuses_measured_only_sets(tmp_path, name):
    tool = _train_dates()
    with pytest.raises(SystemExit, match="never trained on"):
        tool.main(["--set", str(tmp_path / name), "-o", str(tmp_path / "w.json")])
