"""Loading articles: every format, and every kind of bad input reported by name while the rest load."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from timeline.loaders import load_documents, load_path


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_loaders_sample_header_gives_date_and_is_not_text(sample_path):
    docs, errors = load_path(sample_path)
    assert errors == []
    (doc,) = docs
    assert doc.dct == date(2025, 4, 28)
    assert doc.text.startswith("Russian President Vladimir Putin")
    assert "date 2025" not in doc.text


@pytest.mark.parametrize("header", ["date 2025-04-28 ", " date 2025-04-28 ", "date 2025-04-28\n"])
def test_loaders_header_variants(tmp_path, header):
    docs, errors = load_path(write(tmp_path, "a.txt", header + "Troops left on Monday."))
    assert errors == [] and docs[0].dct == date(2025, 4, 28)
    assert docs[0].text.strip() == "Troops left on Monday."


def test_loaders_text_without_date_still_loads(tmp_path):
    docs, errors = load_path(write(tmp_path, "history.txt", "The war ended in 1953."))
    assert errors == [] and docs[0].dct is None


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", "", "empty.txt: the file is empty"),
        ("blank.json", "  \n", "blank.json: the file is empty"),
        ("latin1.txt", "date 2025-01-01 Caf\xe9".encode("latin-1"), "latin1.txt:1: not UTF-8 text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary.txt: a binary file"),
        ("bad-date.txt", "date 2025-02-30 Text.", "bad-date.txt:1: 'date 2025-02-30' is not a real date"),
        ("nocol.csv", "title,date\nA,2025-01-01\n", "nocol.csv:1: CSV has no text column"),
        ("scalar.json", "42", "scalar.json: JSON must be an object or a non-empty list"),
        ("broken.json", '{"text": ', "broken.json:1: invalid JSON"),
        ("strings.json", '["a", "b"]', "strings.json: JSON must be an object or a non-empty list"),
    ],
)
def test_loaders_bad_input_names_the_file(tmp_path, name, content, expected):
    good = write(tmp_path, "good.txt", "date 2025-04-28 Troops left on Monday.")
    bad = write(tmp_path, name, content)
    result = load_documents([bad, good])
    assert [d.doc_id for d in result.documents] == ["good"]
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(expected)


def test_loaders_jsonl_bad_line_reported_with_number_rest_loads(tmp_path):
    lines = [
        json.dumps({"id": "a", "date": "2025-04-28", "text": "One."}),
        "{not json",
        json.dumps({"id": "c", "published": "2025-13-01", "text": "Three."}),
        json.dumps({"id": "d", "dct": "2025-04-27T10:00:00Z", "text": "Four."}),
        json.dumps({"id": "e", "date": "2025-04-27"}),
    ]
    result = load_documents([write(tmp_path, "feed.jsonl", "\n".join(lines))])
    assert [(d.doc_id, d.dct) for d in result.documents] == [
        ("a", date(2025, 4, 28)), ("d", date(2025, 4, 27))]
    assert [(e.line, e.message.split(":")[0]) for e in result.errors] == [
        (2, "invalid JSON"), (3, "bad date"), (5, "no text (one of the fields")]


def test_loaders_csv_rows(tmp_path):
    content = 'id,published,text\nx,2025-04-28,"Troops left, finally."\ny,,No date here.\n'
    result = load_documents([write(tmp_path, "a.csv", content)])
    assert result.errors == ()
    assert [(d.doc_id, d.dct, d.text) for d in result.documents] == [
        ("x", date(2025, 4, 28), "Troops left, finally."), ("y", None, "No date here.")]


def test_loaders_json_object_and_list(tmp_path):
    one = write(tmp_path, "one.json", json.dumps({"date": "2025-04-28", "text": "A."}))
    many = write(tmp_path, "many.json", json.dumps([{"text": "B."}, {"text": "C.", "id": "c"}]))
    result = load_documents([one, many])
    assert [d.doc_id for d in result.documents] == ["one", "many-1", "c"]


def test_loaders_gzip_jsonl(tmp_path):
    data = gzip.compress(json.dumps({"id": "z", "date": "2025-04-28", "text": "Z."}).encode())
    result = load_documents([write(tmp_path, "feed.jsonl.gz", data)])
    assert [d.doc_id for d in result.documents] == ["z"] and result.errors == ()


def test_loaders_missing_file_is_an_error_not_a_crash(tmp_path):
    result = load_documents([tmp_path / "nope.txt"])
    assert result.documents == () and "cannot read" in str(result.errors[0])
