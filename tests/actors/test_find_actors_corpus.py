"""Short articles written for the actor recogniser (tests/actors/corpus) and the events corpus.

Each ``<name>.gold.json`` lists the document's analyst actors exactly, some mentions that must be
found with their canonical name, and names that must not appear.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.actors import analyst_actors, find_actors

HERE = Path(__file__).parent / "corpus"
EVENTS_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def golds(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json")) if folder.exists() else []


def text_of(gold: Path) -> str:
    text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    return text.split(" ", 2)[2] if text.startswith(" date ") else text


@pytest.mark.parametrize("gold", golds(HERE), ids=lambda p: p.name.split(".")[0])
def test_find_actors_corpus_document_actors(gaz, gold):
    expected = json.loads(gold.read_text(encoding="utf-8"))
    mentions = find_actors(text_of(gold), gaz)
    found = analyst_actors(mentions, gaz)
    assert sorted(found) == sorted(expected["document_actors"])
    for want in expected["mentions"]:
        assert any(
            m.text == want["text"] and m.name == want["name"] and m.kind == want.get("kind", m.kind) for m in mentions
        ), want
    assert not set(expected["absent"]) & set(found)


@pytest.mark.parametrize("gold", golds(EVENTS_CORPUS), ids=lambda p: p.name.split(".")[0])
def test_find_actors_corpus_events_corpus_document_actors(gaz, gold):
    """The events team's articles (tests/corpus/articles) list their document actors too."""
    expected = json.loads(gold.read_text(encoding="utf-8")).get("document_actors")
    if expected is None:
        pytest.skip("no document_actors in this gold file")
    found = analyst_actors(find_actors(text_of(gold), gaz), gaz)
    assert sorted(found) == sorted(expected)


def test_find_actors_corpus_is_big_enough():
    assert len(golds(HERE)) >= 10
