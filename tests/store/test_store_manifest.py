"""The manifest: readers follow it, writers clean what it does not list, older stores get one."""

from __future__ import annotations

import shutil

import pytest
from store_fakes import fake_process
from store_helpers import write_jsonl

from timeline.store import extract_store, open_store
from timeline.store.layout import batch_files
from timeline.store.manifest import MANIFEST, read_manifest


def extracted(tmp_path, articles, **options):
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    extract_store([source], tmp_path / "store", workers=0, batch_size=5, progress=False,
                  process=fake_process, **options)
    return source, tmp_path / "store"


def test_store_manifest_lists_every_file_with_rows(tmp_path, articles):
    _, store = extracted(tmp_path, articles, compact=False)
    manifest = read_manifest(store)
    assert len(manifest.batches) == 8
    assert sorted(store / f.path for f in manifest.files()) == sorted(
        [*batch_files(store, "events"), *batch_files(store, "documents")])
    assert sum(f.rows for f in manifest.files("events")) == open_store(store).count() == 40 * 4


def test_store_file_not_in_manifest_is_ignored_then_removed(tmp_path, articles):
    """A batch written but not recorded (its writer died between the two) is invisible to
    readers, and the next writer deletes it."""
    source, store = extracted(tmp_path, articles[:20])
    stray_events = next(batch_files(store, "events"))
    stray = stray_events.with_name("part-stray.parquet")
    shutil.copy(stray_events, stray)
    documents = next(batch_files(store, "documents"))
    shutil.copy(documents, documents.with_name("part-stray.parquet"))
    count = open_store(store).count()
    assert len(open_store(store).documents()) == 20
    extract_store([source], store, workers=0, progress=False, process=fake_process)
    assert not stray.exists() and not documents.with_name("part-stray.parquet").exists()
    assert open_store(store).count() == count


@pytest.mark.parametrize("leftover", [False, True])
def test_store_without_manifest_is_read_then_given_one(tmp_path, articles, leftover):
    """A store written before manifests: readers take the batches with a documents file; the
    next writer makes the manifest (dropping a batch that never wrote its documents file)."""
    source, store = extracted(tmp_path, articles, compact=False)
    count = open_store(store).count()
    (store / MANIFEST).unlink()
    if leftover:  # events of a batch whose documents file was never written
        shutil.copy(next(batch_files(store, "events")),
                    next(batch_files(store, "events")).with_name("part-unfinished.parquet"))
    assert open_store(store).count() == count
    summary = extract_store([source], store, workers=0, batch_size=5, progress=False,
                            process=fake_process)
    assert (summary.documents_added, summary.documents_skipped) == (0, 40)
    assert read_manifest(store) is not None
    assert open_store(store).count() == count
    assert not any(p.name == "part-unfinished.parquet" for p in batch_files(store, "events"))


def test_store_damaged_manifest_is_named(tmp_path, articles):
    _, store = extracted(tmp_path, articles[:5])
    (store / MANIFEST).write_text('{"format": 1, "batches": ')
    with pytest.raises(ValueError, match=f"{store / MANIFEST}: the store's manifest is damaged"):
        open_store(store).count()
