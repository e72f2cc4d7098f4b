"""The matcher: folded keys, word boundaries, case rules, longest match."""

from __future__ import annotations

import pytest

from timeline.actors.gazetteer import build_gazetteer, key_text
from timeline.actors.matching import scan

RULES = {"titles": ["President"]}


def tiny(*patterns: dict):
    actors = [{"id": i, "name": i, "kind": "country"} for i in {p["id"] for p in patterns}]
    return build_gazetteer(actors, list(patterns), RULES)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kim Jong-un's", " kim jong un s "),
        ("U.S.", " u s  "),
        ("People’s", " people s "),
        ("İstanbul", " istanbul "),
    ],
)
def test_matching_keys_key_text_keeps_length(text, key):
    assert key_text(text) == key
    assert len(key_text(text)) == len(text) + 2


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a woman from Oman", [(13, 17)]),
        ("Omani and Oman's", [(10, 14)]),
        ("OMAN", [(0, 4)]),
        ("oman", []),
    ],
)
def test_matching_keys_word_boundaries_and_capitals(text, spans):
    gaz = tiny({"label": "GPE", "pattern": "Oman", "id": "oman"})
    assert [(h.start, h.end) for h in scan(text, gaz)] == spans


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the US said", ["US"]),
        ("the us said", []),
        ("Us and USA", []),
        ("BUS", []),
    ],
)
def test_matching_keys_exact_case(text, found):
    gaz = tiny({"label": "GPE", "pattern": "US", "id": "us", "case": "exact"})
    assert [text[h.start : h.end] for h in scan(text, gaz)] == found


def test_matching_keys_longest_match_wins_over_inner_code():
    gaz = tiny(
        {"label": "ORG", "pattern": "UN", "id": "un", "case": "exact"},
        {"label": "PERSON", "pattern": "Kim Jong Un", "id": "kim"},
    )
    hits = scan("Kim Jong UN personally", gaz)
    assert [(h.start, h.end, h.patterns[0].actor_id) for h in hits] == [(0, 11, "kim")]


def test_matching_keys_longer_later_hit_beats_shorter_earlier_one():
    gaz = tiny(
        {"label": "GPE", "pattern": "the North", "id": "nk"},
        {"label": "GPE", "pattern": "North Korean", "id": "nk2"},
    )
    hits = scan("the North Korean army", gaz)
    assert [h.patterns[0].actor_id for h in hits] == ["nk2"]
