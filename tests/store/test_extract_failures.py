"""A document that fails is recorded with its reason; every other one is stored exactly once."""

from __future__ import annotations

import pytest
from store_fakes import fake_process
from store_helpers import doc_ids, event_ids, read_table, write_jsonl

from timeline.store import extract_store


@pytest.mark.parametrize("workers", [0, 2])
def test_extract_failed_document_mid_batch_is_recorded_and_others_stored_once(
        tmp_path, articles, workers):
    articles[13]["text"] = "Russia shelled Kharkiv on 2024-05-01. BOOM the parser breaks here."
    source = write_jsonl(tmp_path / "news.jsonl", articles)
    summary = extract_store([source], tmp_path / "store", workers=workers, batch_size=8,
                            progress=False, process=fake_process)
    seen = (summary.documents_seen, summary.documents_added, summary.documents_failed)
    assert seen == (40, 39, 1) and not summary.ok
    others = sorted(a["id"] for a in articles if a["id"] != "art0013")
    assert doc_ids(tmp_path / "store", "ok") == others
    assert doc_ids(tmp_path / "store", "failed") == ["art0013"]
    (failed,) = [d for d in read_table(tmp_path / "store", "documents") if d["status"] == "failed"]
    assert failed["error"] == "RuntimeError: cannot process art0013" and failed["line"] == 14
    (error,) = read_table(tmp_path / "store", "errors")
    assert (error["doc_id"], error["line"], error["reason"]) == (
        "art0013", 14, "RuntimeError: cannot process art0013")
    ids = event_ids(tmp_path / "store")
    assert len(ids) == len(set(ids)) == 39 * 4 == summary.events_written
    assert not any(i.startswith("art0013") for i in ids)


def test_extract_unreadable_records_are_recorded_and_the_rest_goes_on(tmp_path, articles):
    source = write_jsonl(tmp_path / "news.jsonl", [*articles[:3], "{not json", articles[3],
                                                   {"title": "no text"}])
    summary = extract_store([source, tmp_path / "missing.jsonl"], tmp_path / "store", workers=0,
                            progress=False, process=fake_process)
    assert (summary.documents_added, summary.load_errors) == (4, 3)
    errors = sorted((e["path"].rsplit("/", 1)[-1], e["line"], e["reason"][:20])
                    for e in read_table(tmp_path / "store", "errors"))
    assert errors == [("missing.jsonl", None, "cannot read: No such"),
                      ("news.jsonl", 4, "invalid JSON: Expect"),
                      ("news.jsonl", 6, "no text (one of the ")]
