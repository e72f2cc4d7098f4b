"""``--scheduler``: the same extraction on a Dask cluster gives the same store as local cores."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest
from store_fakes import fake_process
from store_helpers import write_jsonl

from timeline.store import extract_store, open_store
from timeline.store.layout import batch_files

pytestmark = pytest.mark.dask


def contents(store):
    """Everything stored, as sorted rows, with paths and batch names (run-specific) left out."""
    tables = {}
    for table in ("events", "documents", "errors"):
        rows = [pq.read_table(p).to_pylist() for p in batch_files(store, table)]
        rows = [{k: v for k, v in r.items() if k not in ("batch", "path")} for part in rows
                for r in part]
        tables[table] = sorted(map(repr, rows))
    return tables


def test_dask_local_cluster_gives_the_same_store_as_local_cores(tmp_path, articles):
    distributed = pytest.importorskip("distributed")
    articles[5]["text"] = "Talks went on. BOOM."
    source = write_jsonl(tmp_path / "news.jsonl", [*articles, "{broken"])
    local = extract_store([source], tmp_path / "local", workers=2, batch_size=6,
                          progress=False, process=fake_process)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = extract_store([source], tmp_path / "dask", scheduler=cluster.scheduler_address,
                               batch_size=6, progress=False, process=fake_process)
        again = extract_store([source], tmp_path / "dask", scheduler=cluster.scheduler_address,
                              batch_size=6, progress=False, process=fake_process)
    assert (remote.documents_added, remote.documents_failed, remote.load_errors) == (39, 1, 1)
    assert remote.events_written == local.events_written
    assert contents(tmp_path / "dask") == contents(tmp_path / "local")
    assert (again.documents_added, again.documents_skipped) == (0, 40)
    assert open_store(tmp_path / "dask").count() == local.events_written
