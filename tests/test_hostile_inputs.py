"""Issue 15: hostile and odd inputs. Each class of bad input sits beside a good article: the good
article's events are written, the bad input is named, and the exit code says something failed."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

import timeline.pipeline
from timeline.cli import main
from timeline.loaders import load_documents, load_path
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.store import extract_store
from timeline.store.inputs import iter_records

GOOD = "date 2025-04-28 Rebels seized the airport on Saturday."


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def gzip_bomb(path: Path, expanded: int) -> Path:
    """A gzip file of ``expanded`` bytes of one letter: a few hundred kB on disk."""
    chunk = b"a" * 1_000_000
    with gzip.open(path, "wb", compresslevel=1) as stream:
        for _ in range(expanded // len(chunk) + 1):
            stream.write(chunk)
    return path


def run_events(capsys, tmp_path: Path, *paths: Path) -> tuple[int, list[dict], str]:
    out = tmp_path / "events.jsonl"
    code = main(["events", *map(str, paths), "--format", "jsonl", "-o", str(out)])
    rows = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    return code, rows, capsys.readouterr().err


def doc_ids(rows: list[dict]) -> set[str]:
    return {r["doc_id"] for r in rows}


BAD_FILES = [
    ("nested.json", "[" * 50_000 + "]" * 50_000,
     "nested.json: JSON nested more than 100 levels deep (the limit, Settings.max_json_depth)"),
    ("nested-object.json", '{"a":' * 20_000 + "1" + "}" * 20_000,
     "nested-object.json: JSON nested more than 100 levels deep"),
    ("nested.jsonl", "{\"text\": " + "[" * 5_000 + "]" * 5_000 + "}\n", "nested.jsonl:1: JSON nested"),
    ("digits.jsonl", '{"text": "Rain.", "n": ' + "7" * 5_000 + "}\n", "digits.jsonl:1: invalid JSON"),
    ("nul.txt", b"\x00\x01" * 100, "nul.txt: a binary file"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_events_bad_file_is_named_and_the_good_article_written(capsys, tmp_path, name, content,
                                                              expected):
    good = write(tmp_path, "good.txt", GOOD)
    code, rows, err = run_events(capsys, tmp_path, write(tmp_path, name, content), good)
    assert code == 1
    assert doc_ids(rows) == {"good"}
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize("failure", [
    RecursionError("maximum recursion depth exceeded"), OverflowError("date value out of range"),
    MemoryError(), ValueError("year 0 is out of range"), KeyError("span"),
], ids=lambda e: type(e).__name__)
def test_events_any_failure_of_one_document_is_that_documents_error(capsys, tmp_path,
                                                                    monkeypatch, failure):
    real = timeline.pipeline.process

    def fragile(doc, settings=DEFAULT_SETTINGS):
        if doc.doc_id == "bad":
            raise failure
        return real(doc, settings)

    monkeypatch.setattr(timeline.pipeline, "process", fragile)
    bad = write(tmp_path, "bad.txt", "date 2025-04-28 Troops crossed the border on Monday.")
    code, rows, err = run_events(capsys, tmp_path, bad, write(tmp_path, "good.txt", GOOD))
    assert code == 1
    assert doc_ids(rows) == {"good"}
    assert f"bad.txt (bad): could not be processed ({type(failure).__name__}" in err


@pytest.mark.parametrize("article", [
    "date 9999-12-31 Rebels seized the airport next year.",
    "date 0001-01-01 Rebels seized the airport yesterday.",
    "date 0050-06-01 In 50 AD rebels seized the port. A century earlier they had built it.",
    "date 9999-12-31 The army will withdraw in 10 years.",
])
def test_events_dates_past_the_calendar_lose_nothing(capsys, tmp_path, article):
    code, rows, err = run_events(capsys, tmp_path, write(tmp_path, "edge.txt", article),
                                 write(tmp_path, "good.txt", GOOD))
    assert "good" in doc_ids(rows)
    assert "Traceback" not in err
    # resolved (or left unresolved) by the date engine, or else named as this file's error
    assert code == 0 or (code == 1 and "edge.txt (edge): could not be processed" in err)


def test_events_gzip_bomb_refused_after_the_limit(capsys, tmp_path):
    limit = DEFAULT_SETTINGS.max_file_bytes
    bomb = gzip_bomb(tmp_path / "bomb.txt.gz", limit + 1)
    code, rows, err = run_events(capsys, tmp_path, bomb, write(tmp_path, "good.txt", GOOD))
    assert code == 1 and doc_ids(rows) == {"good"}
    assert "bomb.txt.gz: larger than 64.0 MB (the limit, Settings.max_file_bytes) once decompressed" in err


@pytest.mark.parametrize("name", ["big.txt", "big.txt.gz", "big.json.gz", "big.jsonl.gz"])
def test_loader_file_limit_counts_bytes_after_decompression(tmp_path, name):
    text = json.dumps({"text": "Rain fell. " * 200}) if ".json" in name else "Rain fell. " * 200
    data = gzip.compress(text.encode()) if name.endswith(".gz") else text.encode()
    assert len(text) > 1_000 and (len(data) < 1_000 or not name.endswith(".gz"))
    small = Settings(max_file_bytes=1_000)
    docs, errors = load_path(write(tmp_path, name, data), settings=small)
    assert docs == [] and "larger than 1.0 kB (the limit, Settings.max_file_bytes)" in str(errors[0])
    docs, errors = load_path(tmp_path / name)
    assert errors == [] and len(docs) == 1


def test_upload_gzip_bomb_refused_after_the_upload_limit(tmp_path):
    from timeline.dashboard.inputs import load_uploads

    bomb = gzip_bomb(tmp_path / "bomb.txt.gz", DEFAULT_SETTINGS.max_upload_bytes + 1).read_bytes()
    docs, errors = load_uploads([("bomb.txt.gz", bomb), ("good.txt", GOOD.encode())])
    assert [d.doc_id for d in docs] == ["good"]
    assert str(errors[0]) == ("bomb.txt.gz: larger than 20.0 MB (the limit, "
                              "Settings.max_upload_bytes) once decompressed")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_loader_utf16_with_bom_is_text(tmp_path, encoding):
    data = GOOD.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    docs, errors = load_path(write(tmp_path, "wide.txt", data))
    assert errors == [] and docs[0].text == "Rebels seized the airport on Saturday."


def test_extract_utf16_jsonl_with_bom_is_read(tmp_path):
    line = json.dumps({"text": "Rebels seized the airport on Saturday.", "date": "2025-04-28"})
    path = write(tmp_path, "wide.jsonl", (line + "\n").encode("utf-16"))
    records = [record for _, record in iter_records(path)]
    assert [r.text for r in records] == ["Rebels seized the airport on Saturday."]


def test_extract_overlong_line_names_the_file_and_the_other_files_load(tmp_path, monkeypatch):
    monkeypatch.setattr("timeline.store.inputs.DEFAULT_SETTINGS", Settings(max_line_bytes=1_000))
    long_line = json.dumps({"text": "x" * 5_000})
    bad = write(tmp_path, "bad.jsonl", json.dumps({"text": "Rain."}) + "\n" + long_line + "\n")
    good = write(tmp_path, "good.jsonl", json.dumps({"text": GOOD[16:], "date": "2025-04-28"}))
    summary = extract_store([bad, good], tmp_path / "store", workers=0, progress=False)
    assert (summary.documents_added, summary.load_errors) == (2, 1) and not summary.ok
    (error,) = timeline.open_store(tmp_path / "store").errors().to_dict("records")
    assert error["path"].endswith("bad.jsonl") and error["line"] == 2
    assert error["reason"] == ("a line longer than 1.0 kB (the limit, Settings.max_line_bytes); "
                               "the rest of the file is not read")


def test_events_looping_links_in_a_folder_are_named(capsys, tmp_path):
    folder = tmp_path / "news"
    write(folder, "good.txt", GOOD)
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink(".", folder / "here")
    code, rows, err = run_events(capsys, tmp_path, folder)
    assert code == 1 and doc_ids(rows) == {"good"}
    assert "loop-a.txt: a symbolic link that loops or leads nowhere" in err
    assert "loop-b.txt: a symbolic link that loops or leads nowhere" in err
    assert "news/here: a link to a folder already read" in err
    result = load_documents([folder])
    assert [d.doc_id for d in result.documents] == ["good"] and len(result.errors) == 3


def test_folder_without_articles_is_an_error(capsys, tmp_path):
    empty = tmp_path / "empty"
    write(empty, "notes.md", "not an article")
    code, rows, err = run_events(capsys, tmp_path, empty, write(tmp_path, "good.txt", GOOD))
    assert code == 1 and doc_ids(rows) == {"good"}
    assert "empty: a folder with no articles" in err
    assert main(["extract", str(empty), "-o", str(tmp_path / "store"), "--workers", "0",
                 "--no-progress"]) == 1
    (error,) = timeline.open_store(tmp_path / "store").errors().to_dict("records")
    assert error["reason"].startswith("a folder with no articles")


def test_extract_nested_json_beside_a_good_article(tmp_path):
    nested = write(tmp_path, "nested.jsonl", "[" * 50_000 + "]" * 50_000 + "\n")
    deep = write(tmp_path, "deep.json", '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}")
    good = write(tmp_path, "good.jsonl", json.dumps({"text": GOOD[16:], "date": "2025-04-28"}))
    summary = extract_store([nested, deep, good], tmp_path / "store", workers=0, progress=False)
    assert (summary.documents_added, summary.load_errors) == (1, 2)
    reasons = [e["reason"] for e in timeline.open_store(tmp_path / "store").errors().to_dict("records")]
    assert reasons == ["JSON nested more than 100 levels deep (the limit, Settings.max_json_depth)"] * 2


def test_long_text_in_sections_gives_the_events_of_the_whole(sample_path):
    from timeline.pipeline import process

    (doc,), _ = load_path(sample_path)
    long = doc.__class__(doc.doc_id, "\n\n".join([doc.text] * 4), doc.dct, doc.source)
    whole = process(long)
    cut = process(long, Settings(max_section_chars=len(doc.text) + 100))

    def rows(result):
        return [(e.event_id, e.trigger_start, e.sentence.start, e.predicate, e.date_value, e.actors)
                for e in result.events]

    assert len(whole.events) == 4 * len(process(doc).events)
    assert rows(cut) == rows(whole)
    assert [(m.start, m.name) for m in cut.mentions] == [(m.start, m.name) for m in whole.mentions]


@pytest.mark.parametrize("section", [None, 2_000])
def test_events_per_document_limit_keeps_the_first_and_says_so(sample_path, section):
    from timeline.pipeline import process

    (doc,), _ = load_path(sample_path)
    long = doc.__class__(doc.doc_id, "\n\n".join([doc.text] * 6), doc.dct, doc.source)
    limits = Settings(max_events_per_document=25, max_section_chars=section or 1_000_000)
    result = process(long, limits)
    assert [e.event_id for e in result.events] == [e.event_id for e in process(long).events[:25]]
    assert result.notes == ("more than 25 events (the limit, Settings.max_events_per_document); "
                            "the first 25 are kept",)
    if section:  # the sections after the limit were not processed
        assert max(s.end for s in result.sentences) < len(long.text) // 2


def test_jsonl_line_limit_in_a_file_read_whole_names_the_line(tmp_path):
    good = json.dumps({"text": "Rebels seized the airport on Saturday.", "date": "2025-04-28"})
    path = write(tmp_path, "feed.jsonl", "\n".join([good, json.dumps({"text": "x" * 2_000}), good]))
    result = load_documents([path], Settings(max_line_bytes=1_000))
    assert [d.doc_id for d in result.documents] == ["feed-1", "feed-3"]
    assert [str(e) for e in result.errors] == [
        "feed.jsonl:2: a line longer than 1.0 kB (the limit, Settings.max_line_bytes)"]


def test_folder_with_a_pipe_named_like_an_article_does_not_hang(tmp_path):
    folder = tmp_path / "news"
    write(folder, "good.txt", GOOD)
    os.mkfifo(folder / "pipe.txt")
    result = load_documents([folder])
    assert [d.doc_id for d in result.documents] == ["good"]
    assert [str(e) for e in result.errors] == [f"{folder / 'pipe.txt'}: not a regular file (a pipe, a device)"]


def test_app_upload_gzip_bomb_is_named_and_the_sample_still_shows(monkeypatch, tmp_path):
    import sys

    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    at.run()
    before = at.markdown[0].value
    assert "events shown" in before and not before.startswith("**0**")
    bomb = gzip_bomb(tmp_path / "bomb.txt.gz", DEFAULT_SETTINGS.max_upload_bytes + 1).read_bytes()
    at.file_uploader(key="uploads").set_value([("bomb.txt.gz", bomb, "application/gzip")]).run()
    assert not at.exception
    assert any("bomb.txt.gz" in e.value and "Settings.max_upload_bytes" in e.value for e in at.error)
    assert at.markdown[0].value == before  # the sample's events are all still shown


@pytest.mark.parametrize(("article", "day"), [
    ("date 0001-06-01 Rebels seized the airport on Monday.", "0001-05-28"),
    ("date 0999-06-01 Rebels seized the airport on Monday.", "0999-05-27"),
    ("date 9999-06-01 Rebels seized the airport on Monday.", "9999-05-31"),
])
def test_events_dates_at_the_ends_of_the_calendar_are_written_as_iso(capsys, tmp_path, article, day):
    code, rows, err = run_events(capsys, tmp_path, write(tmp_path, "edge.txt", article))
    assert code == 0, err
    assert [(r["start"], r["end"], r["date"]) for r in rows] == [(day, day, day)]


def test_events_table_reports_a_failing_document_and_keeps_the_others(monkeypatch):
    from datetime import date

    from timeline.model import Document
    from timeline.pipeline import events_table

    real = timeline.pipeline.process

    def fragile(doc, settings=DEFAULT_SETTINGS):
        if doc.doc_id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, settings)

    monkeypatch.setattr(timeline.pipeline, "process", fragile)
    docs = [Document("bad", "Troops left on Monday.", date(2025, 4, 28), "bad.txt"),
            Document("good", "Rebels seized the airport on Saturday.", date(2025, 4, 28), "good.txt")]
    failures = []
    table = events_table(docs, on_failure=failures.append)
    assert set(table["doc_id"]) == {"good"}
    assert [str(f) for f in failures] == [
        "bad.txt (bad): could not be processed (RecursionError: nested too deeply to process)"]
