"""Running the dashboard's Streamlit server for ``timeline app``: the command, and a child
process that ends with its parent.

The server runs in a process group of its own. SIGTERM or SIGINT to ``timeline app`` (a service
manager stopping it, Ctrl-C in its terminal) is passed to that whole group and waited for, so no
server is left running; a second signal, or a group still alive after ``GRACE`` seconds, gets
SIGKILL.

>>> command = streamlit_command(Path("app.py"), port=8600, host="127.0.0.1", headless=True)
>>> command[1:4], command[command.index("--server.address") + 1]
(['-m', 'streamlit', 'run'], '127.0.0.1')
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["GRACE", "run_server", "streamlit_command"]

GRACE = 10.0
"""Seconds the server's process group has to end after SIGTERM before it is killed."""


def streamlit_command(app: Path, port: int, host: str, headless: bool,
                      app_args: Sequence[str] = ()) -> list[str]:
    """``python -m streamlit run APP`` on ``host:port``, with ``app_args`` after ``--``."""
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port),
               "--server.address", host,
               # no first-run e-mail prompt on the terminal, no usage statistics sent anywhere
               "--server.showEmailPrompt", "false", "--browser.gatherUsageStats", "false"]
    if headless:
        command += ["--server.headless", "true"]
    return command + ["--", *app_args]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _signal_group(pgid: int, signum: int) -> None:
    try:
        os.killpg(pgid, signum)
    except ProcessLookupError:
        pass


def _end_group(process: subprocess.Popen, pgid: int, signum: int = signal.SIGTERM) -> None:
    """Send ``signum`` to the group, wait up to ``GRACE`` seconds for it, then SIGKILL it."""
    _signal_group(pgid, signum)
    deadline = time.monotonic() + GRACE
    while time.monotonic() < deadline:
        process.poll()  # reap the leader, so that it does not count as alive
        if not _group_alive(pgid):
            return
        time.sleep(0.05)
    _signal_group(pgid, signal.SIGKILL)
    process.wait()


def run_server(command: Sequence[str], env: dict[str, str] | None = None) -> int:
    """Run ``command`` in a new process group until it exits or this process gets SIGTERM or
    SIGINT; then end the whole group. Returns the server's exit status, or 128 + the signal."""
    if not hasattr(os, "killpg"):  # no process groups (Windows): the plain child
        return subprocess.call(list(command), env=env)
    process = subprocess.Popen(list(command), env=env, start_new_session=True)
    pgid = process.pid
    received: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        received.append(signum)
        _signal_group(pgid, signal.SIGKILL if len(received) > 1 else signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        status = process.wait()
    finally:
        _end_group(process, pgid)  # whatever the server left behind, and the server itself
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 128 + received[0] if received else status
