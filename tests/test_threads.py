"""``timeline events`` runs the pipeline in a process of one thread (timeline.threads): the
libraries it loads (numpy, pandas and pyarrow, the NER model) start no thread of their own, and a
value the user set in the environment stays. Linux only (counts /proc/self/task)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.threads import ONE_THREAD, keep_one_thread

ROOT = Path(__file__).resolve().parents[1]

# runs the command's main() in a fresh interpreter, then prints the threads left in the process
_RUN = """
import os, sys
from timeline.cli import main
status = main(sys.argv[1:])
print(len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"))
sys.exit(status)
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_the_command_runs_the_pipeline_in_one_thread(tmp_path, fmt):
    article = tmp_path / "a.txt"
    article.write_text("date 2025-04-28\n\nRebels seized the airport in Goma on Saturday, "
                       "the United Nations said.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ONE_THREAD}
    done = subprocess.run([sys.executable, "-c", _RUN, "events", str(article), "--format", fmt,
                           "-o", str(tmp_path / f"out.{fmt}")],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]
    assert "seized" in (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")


@pytest.mark.parametrize("given", [{}, {"OPENBLAS_NUM_THREADS": "8"},
                                   {"OPENBLAS_NUM_THREADS": "2", "JE_ARROW_MALLOC_CONF": "x"}])
def test_a_value_the_user_set_stays(given):
    env = dict(given)
    added = keep_one_thread(env)
    assert env == {**ONE_THREAD, **given}
    assert added == {k: v for k, v in ONE_THREAD.items() if k not in given}
