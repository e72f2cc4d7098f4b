"""``tools/train_keep.py`` on a tiny gold set of our own (tests/events/keepset: three articles,
their key events and verdicts): one command that writes a weights file the pipeline loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trainkit

from timeline.events.keepfeatures import feature_names
from timeline.events.keepscore import load_keep_model

ROOT = Path(__file__).resolve().parents[2]
KEEPSET = Path(__file__).resolve().parent / "keepset"


def _tool():
    return trainkit.load_tool("train_keep")


def test_the_training_tool_writes_a_model_the_pipeline_loads(tmp_path: Path, capsys) -> None:
    out = tmp_path / "weights.json"
    tool = _tool()
    assert tool.main(["--set", str(KEEPSET), "-o", str(out), "--date", "2025-01-01"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    assert data["trained"] == "2025-01-01" and data["articles"] == 3
    assert 0 < data["judged"] <= data["events"]
    assert data["target"] in tool.TARGETS and data["threshold"] in tool.THRESHOLDS
    assert {row["threshold"] for row in data["cv_table"]} == set(tool.THRESHOLDS)
    assert {"keep_rate", "found_rate", "exact_date_rate"} <= set(data["cross_validated"]["pooled"])
    model = load_keep_model(out)
    assert model.threshold == data["threshold"]
    assert "chosen: target" in capsys.readouterr().out
    # deterministic: the same command writes the same file
    again = tmp_path / "again.json"
    tool.main(["--set", str(KEEPSET), "-o", str(again), "--date", "2025-01-01"])
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_a_dry_run_cross_validates_and_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "weights.json"
    assert _tool().main(["--set", str(KEEPSET), "-o", str(out), "--dry-run"]) == 0
    assert "chosen: target" in capsys.readouterr().out
    assert not out.exists()


def test_logistic_regression_separates_a_separable_feature() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    x = np.array([[1.0, 1.0]] * 20 + [[1.0, 0.0]] * 20)
    y = np.array([1.0] * 18 + [0.0] * 2 + [0.0] * 18 + [1.0] * 2)
    w = tool.fit(x, y, 1.0)
    p = tool.predict(x, w)
    assert p[:20].min() > 0.7 and p[20:].max() < 0.3


def test_the_folds_keep_each_article_whole_and_are_the_same_each_run() -> None:
    tool = _tool()
    docs = ["a/1", "a/1", "a/2", "b/1", "b/2", "b/2", "b/3"]
    folds = tool.folds_of(docs, 3)
    assert folds.tolist() == tool.folds_of(list(docs), 3).tolist()
    by_article = {}
    for doc, fold in zip(docs, folds.tolist(), strict=True):
        by_article.setdefault(doc, set()).add(fold)
    assert all(len(f) == 1 for f in by_article.values())
    assert set(folds.tolist()) == {0, 1, 2}
    # more folds than articles: one article each
    assert len(set(tool.folds_of(docs, 50).tolist())) == 5


@pytest.mark.parametrize("minor, shown", [(0, 2), (1, 1)])
def test_events_the_rules_hide_are_not_counted_as_shown_whatever_their_score(minor: int, shown: int) -> None:
    """A fragment the rules hide (``minor`` with the keep score off) is never shown by the pipeline:
    the figures of a threshold do not count it, however high its score."""
    np = pytest.importorskip("numpy")
    tool = _tool()
    rows = [{"doc_id": "a", "minor": 0}, {"doc_id": "a", "minor": minor}]
    sample = tool.Sample("set", rows, [[1.0], [1.0]], ["keep", "not-an-event"], [])
    figures = tool.measure([sample], np.array([0.9, 0.9]), 0.5)["pooled"]
    assert figures["shown"] == shown
    assert figures["keep_rate"] == (100.0 if minor else 50.0)


def test_the_dump_holds_what_the_model_is_trained_on_and_loads_back_into_samples(tmp_path: Path) -> None:
    """``--dump`` writes the feature rows, verdicts, event rows and gold of each set: another model
    is compared on the same folds and figures without running the pipeline again."""
    tool = _tool()
    dumped = tmp_path / "train.json"
    assert tool.main(["--set", str(KEEPSET), "--dry-run", "--dump", str(dumped)]) == 0
    data = json.loads(dumped.read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    samples = [tool.Sample(**s) for s in data["samples"]]
    assert [s.name for s in samples] == ["keepset"]
    sample = samples[0]
    assert len(sample.rows) == len(sample.features) == len(sample.verdicts) > 0
    assert all(len(row) == len(data["features"]) for row in sample.features)
    assert sample.golds == tool.collect(KEEPSET).golds
