"""The held-out narrative TIMEX3 gold is well formed and its JSONL is current.

Standard library and pytest only: nothing here imports or runs the timeline tool.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "narratives"
JSONL = HERE / "narratives.jsonl"

_spec = importlib.util.spec_from_file_location("gold_heldout_narratives_build", HERE / "build.py")
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build
_spec.loader.exec_module(build)

SOURCES = sorted(HERE.glob("*.txt"))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_the_jsonl_is_current() -> None:
    assert JSONL.read_text(encoding="utf-8") == build.build(), "run build.py to refresh narratives.jsonl"


def test_six_texts_of_350_to_500_words() -> None:
    docs = _docs()
    assert len(docs) == len(SOURCES) == 6
    for doc in docs:
        assert 350 <= len(doc["text"].split()) <= 500, doc["id"]


def test_ids_are_unique_and_not_the_dev_set() -> None:
    ids = [d["id"] for d in _docs()]
    assert len(set(ids)) == len(ids)
    dev = {json.loads(line)["id"] for line in (DEV / "narratives.jsonl").read_text(encoding="utf-8").splitlines()}
    assert not dev & set(ids)


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d["id"])
def test_spans_match_the_text(doc: dict) -> None:
    datetime.date.fromisoformat(doc["dct"])
    last_end = 0
    for t in doc["timexes"]:
        assert doc["text"][t["start"]:t["end"]] == t["text"]
        assert t["text"] == t["text"].strip() and t["text"]
        assert t["start"] >= last_end, f"overlapping or unordered span {t['text']!r}"
        last_end = t["end"]
        assert build.VALUE.match(t["value"]), t


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d["id"])
def test_types_agree_with_value_shapes(doc: dict) -> None:
    for t in doc["timexes"]:
        if t["type"] == "DURATION":
            assert t["value"].startswith("P"), t
        elif t["type"] == "DATE":
            assert not t["value"].startswith("P"), t
        if t["type"] == "TIME":
            assert "T" in t["value"], t


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d["id"])
def test_named_weekdays_match_their_dates(doc: dict) -> None:
    checked = 0
    for t in doc["timexes"]:
        day = re.match(r"\d{4}-\d{2}-\d{2}", t["value"])
        named = [w for w in WEEKDAYS if w in t["text"].lower()]
        if day and named:
            actual = datetime.date.fromisoformat(day.group(0)).strftime("%A").lower()
            assert named == [actual], t
            checked += 1
    if any(w in doc["text"].lower() for w in WEEKDAYS):
        assert checked, "a weekday in the text but none annotated with a full date"
