"""The news gold scorer on a made-up article, made-up gold and hand-written events (never the tool's output)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"gold_news_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


score = _load("score")

ARTICLE = """date 2021-03-04
Acme fined by the watchdog

The Fair Trading Office fined Acme Corp on Tuesday for misleading buyers. The company said it would appeal.
Jo Bloggs, Acme's chief executive, resigned last year. A hearing is set for May 3.
"""

GOLD = {
    "article": "acme-fine-2021-03-04.txt", "dct": "2021-03-04", "kind": "business",
    "source": {"outlet": "Made-up Wire", "country": "Nowhere", "url": "https://example.org/acme",
               "non_western": True, "note": "invented for the scorer's test"},
    "document_actors": [
        {"name": "Fair Trading Office", "aliases": ["FTO"], "kind": "organisation", "affiliation": ""},
        {"name": "Acme Corp", "aliases": ["Acme"], "kind": "organisation", "affiliation": ""},
        {"name": "Jo Bloggs", "aliases": ["Bloggs"], "kind": "person", "affiliation": "Acme Corp"},
    ],
    "not_actors": [], "locations": [], "traps": [],
    "key_events": [
        {"key": "fine", "sentence_contains": "fined Acme Corp on Tuesday", "summary_matches": "fine",
         "date": "2021-03-02", "start": "2021-03-02", "end": "2021-03-02",
         "actors": ["Fair Trading Office", "Acme Corp"], "actors_optional": [],
         "status": "asserted", "type": "legal", "why": "last Tuesday"},
        {"key": "appeal", "sentence_contains": "would appeal", "summary_matches": "appeal",
         "date": None, "start": None, "end": None, "actors": ["Acme Corp"], "actors_optional": [],
         "status": "planned", "type": "legal", "why": "no date"},
        {"key": "resign", "sentence_contains": "resigned last year", "summary_matches": "resign",
         "date": "2020", "start": "2020-01-01", "end": "2020-12-31", "actors": ["Jo Bloggs"],
         "actors_optional": ["Acme Corp"], "status": "asserted", "type": "economy", "why": "last year"},
        {"key": "hearing", "sentence_contains": "A hearing is set for May 3", "summary_matches": "hearing",
         "date": "2021-05-03", "start": "2021-05-03", "end": "2021-05-03", "actors": [],
         "actors_optional": ["Acme Corp"], "status": "planned", "type": "legal", "why": "May 3"},
    ],
}

DOC = "acme-fine-2021-03-04"
EVENTS = [
    # right date, right actors (names given as an alias and with "the"), right status and type
    {"doc_id": DOC, "sentence": "The Fair Trading Office fined Acme Corp on Tuesday for misleading buyers.",
     "summary": "The FTO fined Acme Corp", "start": "2021-03-02", "end": "2021-03-02",
     "actors": ["the FTO", "Acme"], "status": "asserted", "event_type": "legal"},
    # a worse duplicate of the same key event: the better one must count
    {"doc_id": DOC, "sentence": "The Fair Trading Office fined Acme Corp on Tuesday for misleading buyers.",
     "summary": "fined Acme", "start": "2021-03-04", "end": "2021-03-04",
     "actors": ["Acme"], "status": "claimed", "event_type": "economy"},
    # undated as the gold wants, but with a stray actor and the wrong status
    {"doc_id": DOC, "sentence": "The company said it would appeal.", "summary": "Acme would appeal",
     "start": None, "end": None, "actors": ["Acme Corp", "Appeal Court"], "status": "asserted",
     "event_type": "legal"},
    # summary that does not match the regex: not found
    {"doc_id": DOC, "sentence": "Jo Bloggs, Acme's chief executive, resigned last year.",
     "summary": "Jo Bloggs left", "start": "2020-01-01", "end": "2020-12-31",
     "actors": ["Jo Bloggs"], "status": "asserted", "event_type": "economy"},
    # stamped with the article date instead of May 3; the optional actor is fine
    {"doc_id": DOC, "sentence": "A hearing is set for May 3.", "summary": "A hearing is set",
     "start": "2021-03-04", "end": "2021-03-04", "actors": ["ACME CORP"], "status": "planned",
     "event_type": "legal"},
    # an event of a document with no gold is ignored
    {"doc_id": "other-doc", "sentence": "x", "summary": "x", "actors": ["Nobody"]},
]


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / GOLD["article"]).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "acme-fine-2021-03-04.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in EVENTS), encoding="utf-8")
    return path


def test_counts_of_a_made_up_article(gold_dir: Path, events_file: Path) -> None:
    result = score.score_all(score.load_gold(gold_dir), score.load_events([events_file]))
    counts = result["articles"][DOC]["counts"]
    # output actor names: the FTO, Acme, Acme Corp, ACME CORP, Appeal Court, Jo Bloggs
    assert counts["gold_actors"] == 3 and counts["actors_found"] == 3
    assert counts["output_actors"] == 6
    assert counts["actors_correct"] == 3  # the second and third names for Acme are wrong, so is Appeal Court
    assert counts["key_events"] == 4 and counts["found"] == 3  # 'resign' summary does not match
    assert counts["exact_date"] == 2  # fine (the better duplicate) and appeal (undated); not the hearing
    assert counts["exact_actors"] == 2  # fine and hearing; appeal has the stray Appeal Court
    assert counts["status_ok"] == 2 and counts["type_ok"] == 3
    pooled = result["pooled"]
    assert pooled["all"]["found"] == 75.0 and pooled["all"]["exact_date"] == 50.0
    assert pooled["non-western"]["articles"] == 1 and pooled["kind:business"]["articles"] == 1
    assert result["unknown_doc_ids"] == ["other-doc"]


def test_misses_name_what_went_wrong(gold_dir: Path, events_file: Path) -> None:
    result = score.score_all(score.load_gold(gold_dir), score.load_events([events_file]))
    misses = "\n".join(result["articles"][DOC]["misses"])
    assert "event 'resign': not found" in misses
    assert "event 'hearing': date 2021-03-04..2021-03-04 (gold 2021-05-03..2021-05-03)" in misses
    assert "'Appeal Court': not a gold actor" in misses
    assert "a second name for Acme Corp" in misses


def test_an_article_without_events_scores_zero(gold_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    result = score.score_all(score.load_gold(gold_dir), score.load_events([empty]))
    data = result["articles"][DOC]
    assert data["actor_recall"] == 0.0 and data["found"] == 0.0 and data["actor_precision"] is None
    assert result["without_events"] == [DOC]


@pytest.mark.parametrize("name, expected", [
    ("The FTO", "fto"), ("  the  Acme   Corp", "acme corp"), ("Theranos", "theranos"), ("ACME", "acme")])
def test_name_normalisation(name: str, expected: str) -> None:
    assert score.norm(name) == expected


def test_command_line_prints_the_table_and_json(gold_dir: Path, events_file: Path, capsys) -> None:
    assert score.main([str(gold_dir), str(events_file), "--misses"]) == 0
    out = capsys.readouterr().out
    assert DOC in out and "POOLED all (1 articles)" in out and "not found" in out
    assert score.main([str(gold_dir), str(events_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pooled"]["all"]["counts"]["found"] == 3


def test_bad_input_names_the_file_and_line(gold_dir: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a"}\nnot json\n', encoding="utf-8")
    assert score.main([str(gold_dir), str(bad)]) == 2
    assert f"{bad}, line 2" in capsys.readouterr().err
    no_id = tmp_path / "noid.jsonl"
    no_id.write_text('{"summary": "x"}\n', encoding="utf-8")
    with pytest.raises(score.InputError, match="line 1: an event needs a doc_id"):
        score.load_events([no_id])
