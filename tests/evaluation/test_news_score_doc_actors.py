"""``tests/gold/news/score.py --doc-actors``: the document actors counted from the events'
``doc_actors`` column (the article's own list) as well as their actors; without the flag the
figures are those of the events' actors alone."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import trainkit  # noqa: E402

SCORE = trainkit.gold_module("news/score.py", "gold_score")

GOLD = {"_doc_id": "a", "kind": "sport", "source": {"non_western": False}, "key_events": [],
        "document_actors": [{"name": "Harbour City Rovers"}, {"name": "Amara Okonkwo"}]}
EVENTS = [{"doc_id": "a", "actors": ["Harbour City Rovers"],
           "doc_actors": ["Harbour City Rovers", "Amara Okonkwo", "Tomas Eriksen"]}]


def test_doc_actors_count_only_with_the_flag():
    plain = SCORE.score_article(GOLD, EVENTS).counts
    listed = SCORE.score_article(GOLD, EVENTS, doc_actors=True).counts
    assert (plain["actors_found"], plain["output_actors"]) == (1, 1)
    assert (listed["actors_found"], listed["output_actors"], listed["actors_correct"]) == (2, 3, 2)
