"""Every kind of input: files, folders, globs, JSONL and CSV archives, gzip; resuming mid-file."""

from __future__ import annotations

import csv
import gzip
import io

import pytest
from store_fakes import fake_process
from store_helpers import doc_ids, write_jsonl

from timeline.loaders import load_path
from timeline.store import extract_store
from timeline.store.inputs import expand_inputs, iter_records


def write_csv(path, records):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["id", "date", "title", "Text"])
    writer.writeheader()
    for r in records:
        writer.writerow({"id": r["id"], "date": r["date"], "title": r["title"],
                         "Text": r["text"].replace(". ", ".\n", 1)})  # a quoted newline
    path.write_text(buffer.getvalue())
    return path


def gzip_file(path):
    target = path.with_name(path.name + ".gz")
    target.write_bytes(gzip.compress(path.read_bytes()))
    path.unlink()
    return target


def write_all_kinds(folder, articles):
    nested = folder / "in" / "nested"
    nested.mkdir(parents=True)
    write_jsonl(folder / "in" / "a.jsonl", articles[0:10])
    gzip_file(write_jsonl(nested / "b.jsonl", articles[10:20]))
    write_csv(folder / "in" / "c.csv", articles[20:28])
    gzip_file(write_csv(nested / "d.csv", articles[28:34]))
    for a in articles[34:37]:
        (nested / f"{a['id']}.txt").write_text(f"date {a['date']}\n{a['text']}")
    gzip_file(nested / f"{articles[36]['id']}.txt")
    (folder / "in" / "e.json").write_text(__import__("json").dumps(articles[37:40]))
    (nested / "notes.md").write_text("not an article")


@pytest.mark.parametrize("inputs", [["in"], ["in/**/*"], ["in/a.jsonl", "in/nested", "in/*.csv",
                                                          "in/e.json"]])
def test_inputs_folders_globs_and_archives_all_stored(tmp_path, articles, inputs):
    write_all_kinds(tmp_path, articles)
    summary = extract_store([str(tmp_path / i) for i in inputs], tmp_path / "store", workers=0,
                            batch_size=4, progress=False, process=fake_process)
    assert (summary.documents_added, summary.documents_skipped, summary.load_errors) == (40, 0, 0)
    assert doc_ids(tmp_path / "store") == sorted(a["id"] for a in articles)


def test_inputs_folder_walk_keeps_article_files_only(tmp_path, articles):
    write_all_kinds(tmp_path, articles)
    names = [p.name for p in expand_inputs([tmp_path / "in"])]
    assert "notes.md" not in names and "b.jsonl.gz" in names and "d.csv.gz" in names


@pytest.mark.parametrize("name", ["a.jsonl", "b.jsonl.gz", "c.csv", "d.csv.gz"])
def test_inputs_records_match_loader_and_resume_from_any_position(tmp_path, articles, name):
    path = tmp_path / name.removesuffix(".gz")
    rows = [*articles[:5], "{broken"] if ".jsonl" in name else articles[:5]
    (write_jsonl if ".jsonl" in name else write_csv)(path, rows)
    if name.endswith(".gz"):
        path = gzip_file(path)
    records = list(iter_records(path))
    documents, errors = load_path(path)
    assert [r for _, r in records if not hasattr(r, "message")] == documents
    assert [(e.line, e.message) for _, e in records if hasattr(e, "message")] == [
        (e.line, e.message) for e in errors]
    for at, (position, _) in enumerate(records):
        assert [r for _, r in iter_records(path, position)] == [r for _, r in records[at:]]
