"""Every gold file of the news set is well formed, and the checker catches each kind of mistake."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("gold_news_validate", HERE / "validate.py")
validate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = validate
_spec.loader.exec_module(validate)

GOLDS = sorted((HERE / "articles").glob("*.gold.json"))


def test_the_set_has_articles() -> None:
    assert len(GOLDS) >= 16


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path) -> None:
    assert validate.check_gold(path) == []


def test_every_article_has_a_gold_file() -> None:
    assert [e for e in validate.check_dir(HERE / "articles") if e.endswith("no gold file")] == []


BODY = ("The Harbour Board fined Kestrel Shipping on Monday for dumping waste in the bay. "
        "Kestrel said it would appeal. Mara Quill, the board's chair, said the fine was the largest in "
        "its history. " + " ".join(f"Filler line {n} of the made-up story adds nothing." for n in range(25)))
ARTICLE = f"date 2022-05-04\nBoard fines shipper\n\n{BODY}\n"
GOLD = {
    "article": "kestrel-fine-2022-05-04.txt", "dct": "2022-05-04", "kind": "business",
    "source": {"outlet": "Made-up Wire", "country": "Nowhere", "url": "https://example.org/k",
               "non_western": False, "note": "invented for the checker's test"},
    "document_actors": [
        {"name": "Harbour Board", "aliases": ["board"], "kind": "organisation", "affiliation": ""},
        {"name": "Kestrel Shipping", "aliases": ["Kestrel"], "kind": "organisation", "affiliation": ""},
        {"name": "Mara Quill", "aliases": [], "kind": "person", "affiliation": "Harbour Board"},
    ],
    "not_actors": ["Nowhere"], "locations": [], "traps": [{"text": "the bay", "expect": "a place"}],
    "key_events": [
        {"key": "fine", "sentence_contains": "fined Kestrel Shipping on Monday", "summary_matches": "fine",
         "date": "2022-05-02", "start": "2022-05-02", "end": "2022-05-02",
         "actors": ["Harbour Board", "Kestrel Shipping"], "actors_optional": [], "status": "asserted",
         "type": "legal", "why": "last Monday"},
        {"key": "said", "sentence_contains": "Mara Quill, the board's chair, said", "summary_matches": "said",
         "date": "2022-W18", "start": "2022-05-02", "end": "2022-05-08", "actors": ["Mara Quill"],
         "actors_optional": [], "status": "asserted", "type": "statement", "why": "week"},
        {"key": "appeal", "sentence_contains": "Kestrel said it would appeal", "summary_matches": "appeal",
         "date": "2022-Q1", "start": "2022-01-01", "end": "2022-03-31", "actors": [], "actors_optional": [],
         "status": "planned", "type": "legal", "why": "quarter"},
    ],
}


def _write(tmp_path: Path, gold: dict, article: str = ARTICLE) -> Path:
    (tmp_path / gold["article"]).write_text(article, encoding="utf-8")
    path = tmp_path / (Path(gold["article"]).stem + ".gold.json")
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_a_good_made_up_gold_passes(tmp_path: Path) -> None:
    assert validate.check_gold(_write(tmp_path, GOLD)) == []


def _event(gold: dict, **changes) -> dict:
    gold["key_events"][0].update(changes)
    return gold


MUTATIONS = {
    "fragment absent": (lambda g: _event(g, sentence_contains="fined Osprey"), "occurs 0 times"),
    "fragment twice": (lambda g: _event(g, sentence_contains="of the made-up story"), "occurs 25 times"),
    "start not the date's first day": (lambda g: _event(g, start="2022-05-01"), "spans 2022-05-02..2022-05-02"),
    "start without date": (lambda g: _event(g, date=None), "start/end given without a date"),
    "not a TIMEX3 value": (lambda g: _event(g, date="next week"), "not a TIMEX3 date value"),
    "bad regex": (lambda g: _event(g, summary_matches="fine("), "bad regex"),
    "unknown actor on an event": (lambda g: _event(g, actors=["Osprey"]), "not a document actor"),
    "unknown status": (lambda g: _event(g, status="done"), "unknown status"),
    "unknown type": (lambda g: _event(g, type="military_action"), "unknown type"),
    "alias not in the text": (lambda g: g["document_actors"][0].update(aliases=["HB"]) or g, "alias 'HB'"),
    "actor also a not_actor": (lambda g: g["not_actors"].append("Mara Quill") or g, "both an actor and a not_actor"),
    "header date differs": (lambda g: g.update(dct="2022-05-05") or g, "header date 2022-05-04 != dct 2022-05-05"),
    "unknown kind": (lambda g: g.update(kind="gossip") or g, "unknown kind"),
    "trap text absent": (lambda g: g["traps"].append({"text": "the moon", "expect": "x"}) or g, "trap 'the moon'"),
}


@pytest.mark.parametrize("mutate, message", MUTATIONS.values(), ids=MUTATIONS.keys())
def test_the_checker_catches(tmp_path: Path, mutate, message: str) -> None:
    errors = validate.check_gold(_write(tmp_path, mutate(copy.deepcopy(GOLD))))
    assert any(message in e for e in errors), errors


def test_too_short_or_headerless_articles_are_caught(tmp_path: Path) -> None:
    errors = validate.check_gold(_write(tmp_path, GOLD, article="Board fines shipper\n\nToo short.\n"))
    assert any("does not start with the line 'date YYYY-MM-DD'" in e for e in errors)
    assert any("words, not 180-400" in e for e in errors)


@pytest.mark.parametrize("value, first, last", [
    ("2024", "2024-01-01", "2024-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2020-W49", "2020-11-30", "2020-12-06"), ("2014-Q4", "2014-10-01", "2014-12-31"),
    ("2025-H1", "2025-01-01", "2025-06-30"), ("199", "1990-01-01", "1999-12-31")])
def test_timex_spans(value: str, first: str, last: str) -> None:
    assert tuple(d.isoformat() for d in validate.timex_span(value)) == (first, last)
