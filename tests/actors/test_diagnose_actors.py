"""``tools/diagnose_actors.py``: each missed and extra document actor gets the cause that explains
it, on a tiny article and gold of our own; the tool runs on a gold set folder of our own and
refuses the held-out gold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from timeline.actors import ner
from timeline.model import ActorMention

ROOT = Path(__file__).resolve().parents[2]
ACTORSET = Path(__file__).resolve().parent / "actorset"


def _tool():
    spec = importlib.util.spec_from_file_location("diagnose_actors", ROOT / "tools" / "diagnose_actors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["diagnose_actors"] = module
    spec.loader.exec_module(module)
    return module


TEXT = "Acme Corp said on Monday that Jane Roe had resigned. Globex bought a plant in Peru."


def _gold(*actors: dict) -> dict:
    return {"document_actors": list(actors), "not_actors": []}


def _mention(text: str, name: str, kind: str) -> ActorMention:
    start = TEXT.index(text)
    return ActorMention(start, start + len(text), text, f"{kind}:{name.lower()}", name, kind)


def _causes(gold: dict, rows: list[dict], mentions: list[ActorMention], gaz, ents=()) -> dict[str, str]:
    items = _tool().diagnose_article(TEXT, gold, rows, mentions, None, list(ents), gaz)
    return {name: cause for _, name, cause, _ in items}


def test_a_gold_actor_no_mention_covers_was_never_proposed(gaz):
    causes = _causes(_gold({"name": "Jane Roe"}), [], [], gaz)
    assert causes == {"Jane Roe": "a"}


def test_a_gold_actor_inside_a_longer_mention_has_wrong_boundaries(gaz):
    mention = _mention("Monday that Jane Roe", "Monday that Jane Roe", "person")
    causes = _causes(_gold({"name": "Jane Roe"}), [], [mention], gaz)
    assert causes["Jane Roe"] == "b"


def test_a_gold_actor_found_but_on_no_shown_event(gaz):
    mention = _mention("Jane Roe", "Jane Roe", "person")
    shown = [{"actors": [], "sentence_start": 0, "sentence_end": 52}]
    assert _causes(_gold({"name": "Jane Roe"}), shown, [mention], gaz)["Jane Roe"] == "g1"
    assert _causes(_gold({"name": "Jane Roe"}), [], [mention], gaz)["Jane Roe"] == "g2"


def test_a_gold_actor_taken_for_a_place(gaz):
    mention = _mention("Globex", "Globex", "place")
    assert _causes(_gold({"name": "Globex"}), [], [mention], gaz)["Globex"] == "k"


def test_extras_second_names_parts_and_mentioned_countries(gaz):
    gold = _gold({"name": "Acme Corp", "aliases": ["Acme"]}, {"name": "Jane Roe"})
    mentions = [_mention("Acme Corp", "Acme Corp", "organisation"), _mention("Peru", "Peru", "country")]
    rows = [{"actors": ["Acme Corp", "Acme", "Ms Jane Roe", "Peru"]}]
    causes = _causes(gold, rows, mentions, gaz)
    assert [causes.get("Acme"), causes.get("Acme Corp")].count("d") == 1  # one is counted, the other is a second name
    assert causes["Ms Jane Roe"] == "b"
    assert causes["Peru"] == "f"


@pytest.mark.skipif(not ner.model_available(), reason="the statistical NER model is not installed")
def test_the_tool_counts_causes_on_a_gold_set_and_refuses_the_held_out_one(tmp_path, capsys):
    tool = _tool()
    assert tool.main(["--set", str(ACTORSET), "--events", str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "| actorset |" in table and "| all |" in table
    assert (tmp_path / "actorset.jsonl").read_text(encoding="utf-8").strip()
    with pytest.raises(SystemExit, match="held-out"):
        tool.main(["--set", str(ROOT / "tests" / "gold" / "heldout")])

