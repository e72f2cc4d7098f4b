"""The date diagnosis tool (tools/diagnose_dates.py) puts each key event found without its exact
date in one class, from a synthetic article of our own, and refuses the sets nobody tunes on."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag

TOOL = Path(__file__).resolve().parents[2] / "tools" / "diagnose_dates.py"


@pytest.fixture(scope="module")
def diagnose():
    spec = importlib.util.spec_from_file_location("diagnose_dates", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules["diagnose_dates"] = module
    spec.loader.exec_module(module)
    return module


TEXT = ("The storm hit the coast on Sunday. Rescuers found two bodies. "
        "The minister visited the town in March and spoke on Monday.")
DCT = date(2023, 5, 15)


def _event(sentence: str, start: str | None, end: str | None, date_text: str = "") -> dict:
    at = TEXT.index(sentence)
    return {"sentence_start": at, "sentence_end": at + len(sentence), "start": start, "end": end,
            "date_text": date_text}


def _key(start: str | None, end: str | None, why: str = "") -> dict:
    return {"start": start, "end": end, "why": why}


@pytest.mark.parametrize("key, event, before, kind", [
    (_key(None, None), _event("Rescuers found two bodies.", "2023-05-15", "2023-05-15"), None, "d-none"),
    (_key("2023-01-01", "2023-12-31"), _event("Rescuers found two bodies.", "2023-05-15", "2023-05-15"), None,
     "d-wide"),
    (_key("2023-05-15", "2023-05-15", "on Monday"),
     _event("The minister visited the town in March and spoke on Monday.", "2023-03-01", "2023-03-31", "March"),
     None, "a+"),
    (_key("2023-05-14", "2023-05-14"), _event("Rescuers found two bodies.", None, None),
     {"start": "2023-05-14", "end": "2023-05-14"}, "c-prev"),
    (_key("2023-05-15", "2023-05-15"), _event("Rescuers found two bodies.", None, None), None, "c-art"),
    (_key("2023-05-10", "2023-05-10"), _event("Rescuers found two bodies.", None, None), None, "e"),
])
def test_each_miss_gets_its_class(diagnose, key, event, before, kind):
    times = [t for t in tag(TEXT, DCT) if t.type in ("DATE", "TIME", "DURATION")]
    assert diagnose.classify(key, event, TEXT, DCT.isoformat(), times, before) == kind


def test_a_date_of_another_sentence_is_class_b(diagnose):
    times = [t for t in tag(TEXT, DCT) if t.type in ("DATE", "TIME", "DURATION")]
    event = _event("Rescuers found two bodies.", "2023-05-15", "2023-05-15")
    assert diagnose.classify(_key("2023-05-14", "2023-05-14"), event, TEXT, DCT.isoformat(), times, None) == "b"


@pytest.mark.parametrize("name", ["heldout", "news4"])
def test_the_sets_nobody_tunes_on_are_refused(diagnose, tmp_path, name):
    with pytest.raises(SystemExit, match="never diagnosed"):
        diagnose.diagnose(tmp_path / name, tmp_path / "out.jsonl")
