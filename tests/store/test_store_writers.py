"""Two writers on one store: the data stays exact and the loser is told who holds the store
(pid, host, since when), never 'not a Timeline store' or an empty owner (issue 15)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import article, doc_ids, event_ids, write_jsonl

HERE = Path(__file__).parent

WRITER = f"""
import sys
sys.path.insert(0, {str(HERE)!r})
from store_fakes import slow_process
from timeline.store import extract_store
try:
    summary = extract_store([sys.argv[1]], sys.argv[2], workers=0, batch_size=2, progress=False,
                            process=slow_process)
except ValueError as exc:
    print(exc, file=sys.stderr)
    sys.exit(2)
print(summary.documents_added)
"""


def writer(source: Path, store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(source), str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("attempt", range(3))
def test_store_two_writers_started_together_loser_names_the_holder(tmp_path, attempt):
    """Both start on a store that does not exist yet: the one that gets the lock writes
    everything; the other's message names it."""
    articles = [article(n) for n in range(8)]
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    store = tmp_path / "store"
    first, second = writer(source, store), writer(source, store)
    results = {p.pid: (p.wait(timeout=300), *p.communicate()) for p in (first, second)}
    codes = sorted(code for code, _, _ in results.values())
    if codes == [0, 0]:  # the second started after the first had finished: nothing to show
        pytest.skip("the writers did not overlap on this machine")
    assert codes == [0, 2], results
    (winner,) = [pid for pid, (code, _, _) in results.items() if code == 0]
    (message,) = [err for code, _, err in results.values() if code == 2]
    assert f"is being written by process {winner} on {socket.gethostname()} since " in message
    assert "not a Timeline store" not in message and "unknown" not in message
    assert doc_ids(store) == sorted(a["id"] for a in articles)
    assert len(event_ids(store)) == len(set(event_ids(store))) == 8 * 4  # one event per sentence


def test_store_second_writer_during_a_run_names_the_holder(tmp_path):
    articles = [article(n) for n in range(12)]
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    store = tmp_path / "store"
    first = writer(source, store)
    import time

    deadline = time.monotonic() + 120
    while not (store / ".writer.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = subprocess.run([sys.executable, "-c", "import sys; from timeline.cli import main; "
                             "sys.exit(main(sys.argv[1:]))", "extract", str(source),
                             "-o", str(store), "--workers", "0"], capture_output=True, text=True)
    assert first.wait(timeout=300) == 0
    assert second.returncode == 2
    assert (f"is being written by process {first.pid} on {socket.gethostname()} since "
            in second.stderr)
    assert doc_ids(store) == sorted(a["id"] for a in articles)
