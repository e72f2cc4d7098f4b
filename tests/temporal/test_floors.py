"""Issue 13's floors, scored with the TempEval-3 reference scorer (../shared/tools/te3_score.py):
value F1 >= 88 on the narrative gold set (tests/gold/narratives); strict >= 90, relaxed >= 95 and
value >= 85 on TimeBank + AQUAINT pooled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from timeline.evaluation.corpus import tag_corpus

GOLD = Path(__file__).resolve().parents[1] / "gold" / "narratives" / "narratives.jsonl"


@pytest.fixture(scope="module")
def te3(shared_corpora):
    path = shared_corpora.parent / "tools" / "te3_score.py"
    if not path.exists():
        pytest.skip(f"reference scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("te3_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_narrative_gold_value_f1_floor(te3, tmp_path):
    if not GOLD.exists():
        pytest.skip(f"narrative gold set not found at {GOLD}")
    predictions = tmp_path / "narratives.pred.jsonl"
    tag_corpus(GOLD, predictions)
    scores, warnings = te3.score(te3.load(GOLD), te3.load(predictions))
    assert warnings == []
    assert scores["documents"] >= 5
    assert scores["value_f1"] >= 0.88, f"value F1 {100 * scores['value_f1']:.2f}"


@pytest.mark.parametrize(("measure", "floor"), [("strict_f1", 0.90), ("relaxed_f1", 0.95),
                                                ("value_f1", 0.85)])
def test_development_corpora_floors(te3, shared_corpora, tmp_path, measure, floor):
    gold = tmp_path / "tbaq.jsonl"
    gold.write_text("".join((shared_corpora / f).read_text(encoding="utf-8")
                            for f in ("timebank.jsonl", "aquaint.jsonl")), encoding="utf-8")
    predictions = tmp_path / "tbaq.pred.jsonl"
    tag_corpus(gold, predictions)
    scores, _ = te3.score(te3.load(gold), te3.load(predictions))
    assert scores["documents"] == 256
    assert scores[measure] >= floor, f"{measure} {100 * scores[measure]:.2f}"
