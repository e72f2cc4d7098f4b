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


def test_the_chosen_threshold_lifts_the_worst_set() -> None:
    tool = _tool()
    low = {"a": {"min": 80.0}, "b": {"min": 70.0}, "pooled": {"min": 75.0}}
    high = {"a": {"min": 78.0}, "b": {"min": 76.0}, "pooled": {"min": 77.0}}
    assert tool.choose([(0.0, low), (0.3, high)])[0] == 0.3


def test_logistic_regression_separates_a_separable_feature() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    x = np.array([[1.0, 1.0]] * 20 + [[1.0, 0.0]] * 20)
    y = np.array([1.0] * 18 + [0.0] * 2 + [0.0] * 18 + [1.0] * 2)
    p = tool.predict(x, tool.fit(x, y, 1.0))
    assert p[:20].min() > 0.7 and p[20:].max() < 0.3
