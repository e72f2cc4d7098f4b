"""``tools/train_types.py`` on a tiny gold set of our own (tests/events/typeset: three articles of
four key events of four types each): one deterministic command that writes a weights file the
pipeline loads, and refuses the measured-only sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trainkit

from timeline.events.typefeatures import fixed_names
from timeline.events.typemodel import load_type_model

ROOT = Path(__file__).resolve().parents[2]
TYPESET = Path(__file__).resolve().parent / "typeset"
FAST = ["--folds", "3", "--l2", "1", "--min-df", "1", "--date", "2025-01-01"]


def _tool():
    return trainkit.load_tool("train_types")


def test_the_training_tool_writes_a_model_the_pipeline_loads(tmp_path: Path, capsys) -> None:
    out = tmp_path / "weights.json"
    tool = _tool()
    assert tool.main(["--set", str(TYPESET), "-o", str(out), *FAST]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"][: len(fixed_names())] == list(fixed_names())
    assert data["trained"] == "2025-01-01" and data["articles"] == 3 and data["folds"] == 3
    assert data["examples"] >= 9  # most of the 12 key events are found
    assert data["threshold"] in tool.THRESHOLDS and data["l2"] == 1.0 and data["min_df"] == 1
    figures = data["type_accuracy"]
    assert {"typeset", "pooled"} <= set(figures["cross_validated"]) == set(figures["in_sample"])
    assert figures["in_sample"]["pooled"]["type_rate"] >= 75.0  # it learns its own training set
    model = load_type_model(out)
    assert model.threshold == data["threshold"] and len(model.names) == len(data["features"])
    assert "| pooled |" in capsys.readouterr().out
    # deterministic: the same command writes the same file
    again = tmp_path / "again.json"
    tool.main(["--set", str(TYPESET), "-o", str(again), *FAST])
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_softmax_regression_learns_a_separable_feature() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    x = np.array([[1.0, 1.0, 0.0]] * 20 + [[1.0, 0.0, 1.0]] * 20)
    y = np.zeros((40, 2))
    y[:18, 0] = y[18:20, 1] = y[20:38, 1] = y[38:, 0] = 1.0
    w = tool.fit(x, y, np.ones(40), 1.0)
    p = tool.softmax(x, w)
    assert p[:20, 0].min() > 0.7 and p[20:, 1].min() > 0.7


def test_the_vocabulary_comes_from_the_training_articles_only() -> None:
    tool = _tool()
    rows = [{"bias": 1.0, "clause=flood": 1.0}, {"bias": 1.0, "clause=flood": 1.0, "clause=goal": 1.0}]
    names = tool.vocabulary(rows, ["a", "b"], {"a", "b"}, 2, True)
    assert "clause=flood" in names and "clause=goal" not in names  # in one article only
    assert "clause=flood" not in tool.vocabulary(rows, ["a", "b"], {"a"}, 2, True)  # b is held out
    assert not any(n.startswith(tool.PRIOR) for n in tool.vocabulary(rows, ["a", "b"], {"a"}, 1, False))
