"""Shared fixtures of the actor tests: the gazetteer (loaded once) and the shared sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.actors import Gazetteer, load_gazetteer
from timeline.model import ActorMention

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "kursk-2025-04-28.txt"  # shipped with the project
GOLD = SHARED / "kursk-2025-04-28.gold.json"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def sample() -> tuple[str, dict]:
    """The sample article (in data/) and its gold file (in ../shared; {} when it is missing)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if GOLD.exists() else {}
    return SAMPLE.read_text(encoding="utf-8"), gold


def pairs(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """(surface text, canonical name) of every mention, in order."""
    from timeline.actors import find_actors

    return [(m.text, m.name) for m in find_actors(text, gaz)]


def open_names(text: str, name: str, kind: str = "organisation") -> list[ActorMention]:
    """Every occurrence of ``name`` in ``text`` as a model name no gazetteer knows."""
    out, pos = [], text.find(name)
    while pos >= 0:
        out.append(ActorMention(pos, pos + len(name), name, f"org:zz-{name.lower()}", name, kind))
        pos = text.find(name, pos + 1)
    return out
