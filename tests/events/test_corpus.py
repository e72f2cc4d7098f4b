"""Events on the project's own annotated articles (tests/corpus): precision and recall floors.

The gold files were written blind (see tests/corpus/README.md). The floors sit a little under
what the pipeline reaches today, so a change that loses events fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.events import EventScore, score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


@pytest.fixture(scope="module")
def scores() -> dict[str, EventScore]:
    return score_folder(CORPUS)


def test_corpus_has_at_least_ten_articles(scores):
    assert len(scores) >= 10


def test_corpus_event_precision_and_recall_floors(scores):
    total = sum(scores.values(), EventScore(0, 0, 0, 0, 0))
    assert total.precision >= 0.79, f"precision {total.precision:.3f}"
    assert total.recall >= 0.78, f"recall {total.recall:.3f}"


def test_corpus_required_events(scores):
    total = sum(scores.values(), EventScore(0, 0, 0, 0, 0))
    assert total.required_found >= total.required - 5, total.missed


@pytest.mark.parametrize("name", sorted(p.name.replace(".gold.json", "") for p in CORPUS.glob("*.gold.json")))
def test_corpus_each_article_finds_most_of_its_events(scores, name):
    score = next(s for article, s in scores.items() if article.startswith(name))
    assert score.recall >= 0.5, score.missed
