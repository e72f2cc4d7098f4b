"""SIGKILL of ``timeline extract`` leaves no process behind: its forkserver, resource tracker and
workers end with it (issue 15)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import article, write_jsonl

psutil = pytest.importorskip("psutil")

HERE = Path(__file__).parent

EXTRACT = f"""
import sys
sys.path.insert(0, {str(HERE)!r})
from store_fakes import slow_process
from timeline.store import extract_store
extract_store([sys.argv[1]], sys.argv[2], workers=2, batch_size=2, progress=False,
              process=slow_process)
"""


def alive(process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process trees as on Linux")
def test_store_sigkill_of_extract_leaves_no_descendant(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(400)])
    child = subprocess.Popen([sys.executable, "-c", EXTRACT, str(source), str(tmp_path / "s")])
    root = psutil.Process(child.pid)
    descendants = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # the forkserver, the tracker and two workers
            descendants = root.children(recursive=True)
            if len(descendants) >= 4 and (tmp_path / "s" / "manifest.json").exists():
                break
            time.sleep(0.1)
        assert len(descendants) >= 4, descendants
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        deadline = time.monotonic() + 60  # a worker still importing under load exits once its imports end
        while any(alive(p) for p in descendants) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [(p.pid, p.name()) for p in descendants if alive(p)]
        assert survivors == []
    finally:
        for process in descendants:
            if alive(process):
                process.kill()
