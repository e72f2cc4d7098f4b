"""Compaction merges small batch files into large ones, keeping every row once, even if stopped."""

from __future__ import annotations

import pytest
from store_fakes import fake_process
from store_helpers import doc_ids, event_ids, read_table, write_jsonl

from timeline.store import extract_store
from timeline.store.compact import compact_store
from timeline.store.layout import batch_files


class Stop(BaseException):
    """A stop (Ctrl-C, a kill) at an awkward moment."""


def extracted(tmp_path, articles, **options):
    source = write_jsonl(tmp_path / "a.jsonl", [*articles, "{broken"])
    extract_store([source], tmp_path / "store", workers=0, batch_size=5, progress=False,
                  process=fake_process, **options)
    return source, tmp_path / "store"


def test_compact_merges_batches_and_keeps_every_row(tmp_path, articles):
    _, store = extracted(tmp_path, articles, compact=False)
    before = {t: sorted(map(repr, _rows(store, t))) for t in ("events", "documents", "errors")}
    assert len(list(batch_files(store, "documents"))) == 9  # the last: only the error
    assert compact_store(store, target=20) == 9
    assert len(list(batch_files(store, "documents"))) == 2
    after = {t: sorted(map(repr, _rows(store, t))) for t in ("events", "documents", "errors")}
    assert after == before


def test_compact_runs_after_extraction_by_default(tmp_path, articles):
    _, store = extracted(tmp_path, articles)
    assert len(list(batch_files(store, "documents"))) == 1
    assert len(event_ids(store)) == 40 * 4


@pytest.mark.parametrize("stop_at", ["before commit", "after commit"])
def test_compact_stopped_then_next_run_stores_exactly_once(tmp_path, articles, monkeypatch,
                                                           stop_at):
    source, store = extracted(tmp_path, articles, compact=False)
    import timeline.store.compact as compact

    if stop_at == "before commit":
        real = compact.write_atomic

        def stop_before_documents(table, path):
            raise Stop
        monkeypatch.setattr(compact, "write_atomic", stop_before_documents)
    else:
        def stop_before_deleting(root, batch):
            raise Stop
        monkeypatch.setattr(compact, "_delete_batch", stop_before_deleting)
    with pytest.raises(Stop):
        compact_store(store, target=100)
    monkeypatch.undo()
    if stop_at == "after commit":  # old and merged batches both on disk, readers see each once
        assert len(list(batch_files(store, "documents"))) > 2
        assert len(read_table(store, "documents")) == 40
    else:
        assert real is compact.write_atomic
    summary = extract_store([source], store, workers=0, batch_size=5, progress=False,
                            process=fake_process)
    assert (summary.documents_added, summary.documents_skipped, summary.load_errors) == (0, 40, 0)
    assert doc_ids(store) == sorted(a["id"] for a in articles)
    ids = event_ids(store)
    assert len(ids) == len(set(ids)) == 40 * 4
    assert len(read_table(store, "errors")) == 1


def _rows(store, table):
    return [{k: v for k, v in r.items() if k != "batch"} for r in read_table(store, table)]


@pytest.mark.parametrize("order", ["error batch first", "error batch last"])
def test_a_lone_small_batch_left_over_joins_the_last_group(tmp_path, monkeypatch, order):
    """Which batches are grouped must not depend on how the batch names sort: a small batch left
    alone at the end (here the batch of only the broken line) is merged too."""
    import timeline.store.compact as compact

    records = [(f"b{n}", 5) for n in range(8)]
    records = [("err", 0), *records] if order == "error batch first" else [*records, ("err", 0)]
    merged = []

    class Record:
        def __init__(self, name, rows):
            self.path, self.rows = f"documents/part-{name}.parquet", rows

    class Manifest:
        def files(self, table):
            return [Record(name, rows) for name, rows in records]

    monkeypatch.setattr(compact, "read_manifest", lambda root: Manifest())
    monkeypatch.setattr(compact, "_merge", lambda root, manifest, group: merged.append(group) or manifest)
    assert compact.compact_batches(tmp_path, target=20) == 9
    assert sorted(b for group in merged for b in group) == sorted(name for name, _ in records)
