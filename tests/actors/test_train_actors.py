"""``tools/train_actors.py`` on a tiny gold set of our own (tests/actors/actorset: three articles
and their document actors): one deterministic command that writes a weights file the pipeline
loads, and refuses the measured-only sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trainkit

from timeline.actors.actorfeatures import feature_names
from timeline.actors.actorscore import load_actor_model
from timeline.actors.ner import model_available

ROOT = Path(__file__).resolve().parents[2]
ACTORSET = Path(__file__).resolve().parent / "actorset"


def _tool():
    return trainkit.load_tool("train_actors")


@pytest.mark.skipif(not model_available(), reason="the statistical NER model is not installed")
def test_the_training_tool_writes_a_model_the_pipeline_loads(tmp_path: Path, capsys) -> None:
    out = tmp_path / "weights.json"
    tool = _tool()
    assert tool.main(["--set", str(ACTORSET), "-o", str(out), "--date", "2025-01-01"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    assert data["trained"] == "2025-01-01" and data["articles"] == 3
    assert 0 < data["actors"] < data["entities"]
    assert data["threshold"] in tool.THRESHOLDS and data["l2"] in tool.L2_GRID
    assert {row["threshold"] for row in data["cv_table"]} == set(tool.THRESHOLDS)
    for figures in ("hand_vetting_alone", "cross_validated", "in_sample"):
        assert {"recall", "precision"} <= set(data[figures]["pooled"])
    assert data["hand_vetting_alone"]["pooled"]["recall"] >= data["cross_validated"]["pooled"]["recall"]
    model = load_actor_model(out)
    assert model.threshold == data["threshold"]
    assert "chosen: threshold" in capsys.readouterr().out
    again = tmp_path / "again.json"  # deterministic: the same command writes the same file
    tool.main(["--set", str(ACTORSET), "-o", str(again), "--date", "2025-01-01"])
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("threshold", "expected"), [(0.0, (3, 3)), (0.5, (2, 2)), (0.9, (1, 1))])
def test_measure_drops_the_names_of_entities_under_the_threshold(threshold: float, expected: tuple) -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    gold = {"_doc_id": "d", "kind": "business", "source": {"non_western": False}, "key_events": [],
            "document_actors": [{"name": "Acme"}, {"name": "Jane Doerr"}, {"name": "Bo Li"}]}
    rows = [{"doc_id": "d", "actors": ["Acme", "Jane Doerr"]}, {"doc_id": "d", "actors": ["Bo Li"]}]
    sample = tool.Sample("set", rows, [("d", "Acme"), ("d", "Jane Doerr"), ("d", "Bo Li")],
                         [[1.0]] * 3, [1.0, 1.0, 1.0], [gold])
    figures = tool.measure([sample], np.array([0.95, 0.6, 0.3]), threshold)["set"]
    assert (figures["actors_found"], figures["output_actors"]) == expected
    assert figures["precision"] == 100.0


def test_the_article_list_of_actors_loses_the_dropped_names_too() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    gold = {"_doc_id": "d", "kind": "business", "source": {"non_western": False}, "key_events": [],
            "document_actors": [{"name": "Acme"}]}
    rows = [{"doc_id": "d", "actors": ["Acme"], "doc_actors": ["Acme", "Zed Prize"]}]
    sample = tool.Sample("set", rows, [("d", "Acme"), ("d", "Zed Prize")], [[1.0]] * 2, [1.0, 0.0], [gold])
    kept = tool.measure([sample], np.array([0.9, 0.8]), 0.5)["set"]
    dropped = tool.measure([sample], np.array([0.9, 0.2]), 0.5)["set"]
    assert (kept["output_actors"], kept["precision"]) == (2, 50.0)  # the list counts, not only the events
    assert (dropped["output_actors"], dropped["precision"]) == (1, 100.0)


def _figures(recall: float, precision: float) -> dict:
    return {"pooled": {"recall": recall, "precision": precision}}


def test_the_chosen_threshold_gains_most_precision_within_the_recall_budget() -> None:
    tool = _tool()
    rows = [(0.0, _figures(85.0, 75.0)), (0.2, _figures(85.0 - tool.RECALL_BUDGET / 2, 76.0)),
            (0.4, _figures(85.0 - tool.RECALL_BUDGET, 77.0)), (0.6, _figures(85.0 - 2 * tool.RECALL_BUDGET, 80.0))]
    assert tool.choose(rows)[0] == 0.4


def test_no_threshold_is_chosen_when_every_one_loses_precision_or_too_much_recall() -> None:
    tool = _tool()
    rows = [(0.0, _figures(85.0, 75.0)), (0.2, _figures(84.5, 74.0)), (0.4, _figures(80.0, 90.0))]
    assert tool.choose(rows)[0] == 0.0


def test_logistic_regression_separates_a_separable_feature() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    x = np.array([[1.0, 1.0]] * 20 + [[1.0, 0.0]] * 20)
    y = np.array([1.0] * 18 + [0.0] * 2 + [0.0] * 18 + [1.0] * 2)
    p = tool.predict(x, tool.fit(x, y, 1.0))
    assert p[:20].min() > 0.7 and p[20:].max() < 0.3
