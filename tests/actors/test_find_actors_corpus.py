"""Short articles written for the actor recogniser (tests/actors/corpus) and the events corpus.

Each ``<name>.gold.json`` lists the document's analyst actors exactly, some mentions that must be
found with their canonical name, and names that must not appear. These golds were written under
the previous convention, where a sitting head of state or government brought their state; since
issue 11 point 3 that state is only an affiliation (``acts_for``), so the golds are compared with
the actors plus the states their sitting heads act for (:func:`with_acting_states`), unedited.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline.actors import analyst_actors, find_actors

HERE = Path(__file__).parent / "corpus"
EVENTS_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def with_acting_states(mentions, gaz) -> list[str]:
    """The analyst actors of ``mentions`` plus the states their sitting heads act for."""
    return sorted(set(analyst_actors(mentions, gaz)) | {m.acts_for for m in mentions if m.acts_for})


def owner_of_a_sitting_head(text: str, want: dict, mentions) -> bool:
    """Is ``want`` written as the owner right before a sitting head ("Rwandan President Paul
    Kagame")? Such an owner is that person's affiliation now, not a mention of its own."""
    owner = re.compile(rf"\b{re.escape(want['text'])}(?:['’]s)?(?:\s+[\w.\-]+){{0,4}}\s+\Z")
    return any(m.kind == "person" and m.acts_for and owner.search(text, max(0, m.start - 60), m.start)
               for m in mentions)


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
    assert with_acting_states(mentions, gaz) == sorted(expected["document_actors"])
    for want in expected["mentions"]:
        assert any(
            m.text == want["text"] and m.name == want["name"] and m.kind == want.get("kind", m.kind) for m in mentions
        ) or owner_of_a_sitting_head(text_of(gold), want, mentions), want
    assert not set(expected["absent"]) & set(found)


@pytest.mark.parametrize("gold", golds(EVENTS_CORPUS), ids=lambda p: p.name.split(".")[0])
def test_find_actors_corpus_events_corpus_document_actors(gaz, gold):
    """The events team's articles (tests/corpus/articles) list their document actors too."""
    expected = json.loads(gold.read_text(encoding="utf-8")).get("document_actors")
    if expected is None:
        pytest.skip("no document_actors in this gold file")
    assert with_acting_states(find_actors(text_of(gold), gaz), gaz) == sorted(expected)


def test_find_actors_corpus_is_big_enough():
    assert len(golds(HERE)) >= 10
