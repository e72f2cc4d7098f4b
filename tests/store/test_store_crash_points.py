"""Killed at any point, then read before any re-run: readers see whole batches, each once (issue 15).

``timeline extract`` runs in a subprocess that dies (``os._exit``, as a SIGKILL would) just before
its n-th change to the store's files (a rename or a deletion: the steps of writing a batch, of
recording it in the manifest, of compaction and of its clean-up), for every n of a whole run.
Right after each death the store is read as the dashboard reads it: its documents, events and
counts are exactly a clean run's for the documents it shows, each once; when every batch was
recorded (a death during compaction), exactly a clean run's. A re-run then completes the store.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_fakes import fake_process
from store_helpers import article, write_jsonl

from timeline.store import extract_store, open_store

HERE = Path(__file__).parent
ARTICLES = 12

# One process imports everything once, then forks a child per kill point: each child runs the
# extraction into its own store and dies just before its n-th rename or deletion.
RUN = f"""
import os, sys, pathlib
sys.path.insert(0, {str(HERE)!r})
from store_fakes import fake_process
from timeline.store import extract_store

source, prefix = sys.argv[1], sys.argv[2]
for kill_at in map(int, sys.argv[3].split(",")):
    child = os.fork()
    if child == 0:
        steps = [0]
        real_replace, real_unlink = os.replace, pathlib.Path.unlink

        def step():
            steps[0] += 1
            if steps[0] == kill_at:
                os._exit(9)

        def replace(*args, **kwargs):
            step()
            return real_replace(*args, **kwargs)

        def unlink(self, *args, **kwargs):
            step()
            return real_unlink(self, *args, **kwargs)

        os.replace, pathlib.Path.unlink = replace, unlink
        try:
            extract_store([source], f"{{prefix}}-{{kill_at}}", workers=0, batch_size=4,
                          progress=False, process=fake_process)
        except BaseException as exc:
            print(exc, file=sys.stderr)
            os._exit(1)
        print("steps", steps[0], flush=True)
        os._exit(0)
    _, status = os.waitpid(child, 0)
    print("exit", kill_at, os.waitstatus_to_exitcode(status), flush=True)
"""


def run(source: Path, prefix: Path, kill_at: list[int]) -> dict[int, int]:
    """Exit code of the extraction killed at each step (0: not killed); the steps of a whole
    run under key -1."""
    done = subprocess.run([sys.executable, "-c", RUN, str(source), str(prefix),
                           ",".join(map(str, kill_at))], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    codes = {}
    for line in done.stdout.splitlines():
        word, *numbers = line.split()
        if word == "exit":
            codes[int(numbers[0])] = int(numbers[1])
        elif word == "steps":
            codes[-1] = int(numbers[0])
    return codes


def seen(store: Path) -> tuple[dict[str, int], list[str], int]:
    """What a reader sees: documents (id -> events), event ids, and the events count."""
    opened = open_store(store)
    documents = opened.documents()
    ids = opened.query(limit=10_000)["event_id"].tolist()
    return dict(zip(documents["doc_id"], documents["events"], strict=True)), ids, opened.count()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clean")
    source = write_jsonl(folder / "a.jsonl", [article(n) for n in range(ARTICLES)])
    codes = run(source, folder / "store", [0])
    assert codes[0] == 0
    return source, codes[-1], seen(folder / "store-0")


def test_store_clean_run_has_steps_to_kill_at(clean):
    _, steps, (documents, ids, count) = clean
    assert steps > 20 and len(documents) == ARTICLES and count == len(ids) > ARTICLES


def test_store_killed_at_every_step_readers_see_whole_batches_once(clean, tmp_path):
    source, steps, (clean_docs, clean_ids, clean_count) = clean
    by_doc = {}
    for event_id in clean_ids:
        by_doc.setdefault(event_id.rsplit("-e", 1)[0], []).append(event_id)
    complete = 0
    codes = run(source, tmp_path / "store", list(range(1, steps + 1)))
    for kill_at in range(1, steps + 1):
        store = tmp_path / f"store-{kill_at}"
        assert codes[kill_at] == 9, kill_at
        if not (store / "timeline-store.json").exists():
            continue
        documents, ids, count = seen(store)
        expected = sorted(e for d in documents for e in by_doc.get(d, []))
        assert sorted(ids) == expected, f"killed before step {kill_at}"
        assert count == len(ids) == sum(documents.values()), f"killed before step {kill_at}"
        assert all(clean_docs[d] == n for d, n in documents.items())
        if len(documents) == ARTICLES:
            complete += 1
            assert count == clean_count, f"killed before step {kill_at} (compaction)"
        again = extract_store([source], store, workers=0, batch_size=4, progress=False,
                              process=fake_process)
        assert again.documents_added == ARTICLES - len(documents)
        after_docs, after_ids, after_count = seen(store)
        assert (after_docs, sorted(after_ids), after_count) == (
            clean_docs, sorted(clean_ids), clean_count), f"re-run after a kill before {kill_at}"
    assert complete >= 5  # deaths during compaction and its clean-up were among them
