"""Re-running skips what the store holds; an interrupted run, re-run, stores all exactly once."""

from __future__ import annotations

import pytest
from store_fakes import fake_process
from store_helpers import doc_ids, event_ids, write_jsonl

from timeline.store import extract_store
from timeline.store import layout as store_layout
from timeline.store.layout import batch_files


def test_extract_rerun_skips_and_adds_only_new_documents(tmp_path, articles):
    first = write_jsonl(tmp_path / "a.jsonl", articles[:25])
    extract_store([first], tmp_path / "store", workers=0, progress=False, process=fake_process)
    before = event_ids(tmp_path / "store")
    again = extract_store([first], tmp_path / "store", workers=0, progress=False,
                          process=fake_process)
    assert (again.documents_seen, again.documents_skipped, again.documents_added) == (25, 25, 0)
    assert event_ids(tmp_path / "store") == before
    second = write_jsonl(tmp_path / "b.jsonl", articles[20:])  # 5 already stored, 15 new
    more = extract_store([first, second], tmp_path / "store", workers=0, progress=False,
                         process=fake_process)
    assert (more.documents_skipped, more.documents_added) == (30, 15)
    assert doc_ids(tmp_path / "store") == sorted(a["id"] for a in articles)


def test_extract_repeated_article_in_inputs_is_stored_once(tmp_path, articles):
    source = write_jsonl(tmp_path / "a.jsonl", [articles[0], articles[1], articles[0]])
    summary = extract_store([source], tmp_path / "store", workers=0, progress=False,
                            process=fake_process)
    assert (summary.documents_added, summary.documents_skipped) == (2, 1)
    assert doc_ids(tmp_path / "store") == ["art0000", "art0001"]


class Interrupt(BaseException):
    """Stands for Ctrl-C or a killed process: not an Exception, so nothing records it."""


def interrupting(after: int):
    seen = []

    def process(doc):
        seen.append(doc.doc_id)
        if len(seen) > after:
            raise Interrupt
        return fake_process(doc)
    return process


def test_extract_interrupted_mid_batch_then_rerun_stores_exactly_once(tmp_path, articles):
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    with pytest.raises(Interrupt):
        extract_store([source], tmp_path / "store", workers=0, batch_size=8, progress=False,
                      process=interrupting(after=19))
    assert len(doc_ids(tmp_path / "store")) == 16  # two whole batches
    summary = extract_store([source], tmp_path / "store", workers=0, batch_size=8,
                            progress=False, process=fake_process)
    assert (summary.documents_skipped, summary.documents_added) == (16, 24)
    assert doc_ids(tmp_path / "store") == sorted(a["id"] for a in articles)
    ids = event_ids(tmp_path / "store")
    assert len(ids) == len(set(ids)) == 40 * 4


def test_extract_interrupted_between_events_and_documents_leaves_nothing_twice(
        tmp_path, articles, monkeypatch):
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    real_write = store_layout.write_atomic
    calls = {"documents": 0}

    def crash_on_third_documents_file(table, path):
        if path.parent.name == "documents":
            calls["documents"] += 1
            if calls["documents"] == 3:
                raise Interrupt  # the batch's events are on disk, its documents are not
        real_write(table, path)

    monkeypatch.setattr("timeline.store.batch.write_atomic", crash_on_third_documents_file)
    with pytest.raises(Interrupt):
        extract_store([source], tmp_path / "store", workers=0, batch_size=8, progress=False,
                      process=fake_process)
    monkeypatch.undo()
    assert len(list(batch_files(tmp_path / "store", "documents"))) == 2
    assert len({p.name for p in batch_files(tmp_path / "store", "events")}) == 3  # one orphan
    assert (tmp_path / "store" / ".writer.lock").exists() is False
    extract_store([source], tmp_path / "store", workers=0, batch_size=8, progress=False,
                  process=fake_process)
    assert doc_ids(tmp_path / "store") == sorted(a["id"] for a in articles)
    ids = event_ids(tmp_path / "store")
    assert len(ids) == len(set(ids)) == 40 * 4


def test_extract_killed_worker_then_rerun_stores_exactly_once(tmp_path, articles):
    articles[30]["text"] = "KILL " + articles[30]["text"]
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    from concurrent.futures.process import BrokenProcessPool

    from store_fakes import killing_process

    with pytest.raises(BrokenProcessPool):
        extract_store([source], tmp_path / "store", workers=2, batch_size=5, progress=False,
                      process=killing_process)
    stored = len(doc_ids(tmp_path / "store"))
    assert stored < 40
    summary = extract_store([source], tmp_path / "store", workers=2, batch_size=5,
                            progress=False, process=fake_process)
    assert summary.documents_skipped == stored
    assert doc_ids(tmp_path / "store") == sorted(a["id"] for a in articles)
    ids = event_ids(tmp_path / "store")
    assert len(ids) == len(set(ids)) == 40 * 4
