"""``timeline app``: the server listens on 127.0.0.1 unless ``--host`` says otherwise, and SIGTERM
or SIGINT to ``timeline app`` ends the Streamlit server and everything it started. Linux only
(reads /proc)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.dashboard.browser import free_port

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")

ROOT = Path(__file__).resolve().parents[1]
START = 90  # seconds for the server to answer (2 shared cores; a limit, not a measure)


def children(pid: int) -> set[int]:
    """Every live descendant of ``pid``."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def listening(port: int) -> set[str]:
    """The addresses a TCP socket listens on at ``port`` (IPv4, as dotted quads)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def wait_until(condition, timeout: float = START) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@contextmanager
def timeline_app(tmp_path: Path, *extra: str, command: tuple[str, ...] | None = None):
    """``timeline app --headless`` on a free port, on a one-line article; yields (process, port)."""
    article = tmp_path / "a.txt"
    article.write_text("date 2025-04-28\nRebels seized the airport on Saturday.\n")
    port = free_port()
    base = command or (sys.executable, "-m", "timeline")
    log = open(tmp_path / "app.log", "wb")  # noqa: SIM115
    process = subprocess.Popen([*base, "app", "--headless", "--port", str(port), *extra,
                                str(article)], cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert wait_until(lambda: healthy(port) or process.poll() is not None), "no answer"
        assert process.poll() is None, (tmp_path / "app.log").read_text()
        yield process, port
    finally:
        for pid in children(process.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.kill()
        process.wait()
        log.close()


def test_app_process_listens_on_localhost_only_by_default(tmp_path):
    with timeline_app(tmp_path) as (_, port):
        assert listening(port) == {"127.0.0.1"}


def test_app_process_host_option_chooses_the_address(tmp_path):
    with timeline_app(tmp_path, "--host", "0.0.0.0") as (_, port):
        assert listening(port) == {"0.0.0.0"}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_app_process_signal_stops_the_server_and_its_children(tmp_path, signum):
    with timeline_app(tmp_path) as (process, port):
        server = children(process.pid)
        assert server, "the server runs as a child of timeline app"
        process.send_signal(signum)
        assert process.wait(timeout=60) == 128 + signum
        assert wait_until(lambda: not any(alive(pid) for pid in server), timeout=30), \
            [pid for pid in server if alive(pid)]
        assert not healthy(port)


def test_app_process_installed_wheel_has_the_dashboard(tmp_path):
    """Build a wheel, install it in a fresh venv (dependencies reused from this one through a
    .pth, nothing downloaded), and start the dashboard with the installed ``timeline`` command."""
    import shutil
    import sysconfig

    dist, venv, source = tmp_path / "dist", tmp_path / "venv", tmp_path / "source"
    # The package's files copied out of the checkout: the build writes build/ and an .egg-info
    # beside pyproject.toml, which would otherwise land in the checkout under the other tests' feet.
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "timeline", source / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "--no-index", "-q", "-w", str(dist), str(source)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    (wheel,) = dist.glob("timeline-*.whl")
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # This venv's packages, after the new venv's own: its editable 'timeline' (a finder loaded by
    # a .pth of that folder) is not picked up, as .pth files of a folder added this way are not read.
    Path(site, "reuse.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run = subprocess.run([python, "-m", "pip", "install", "--no-deps", "--no-index",
                          "--ignore-installed", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    where = subprocess.run([python, "-c", "import timeline.dashboard.app as m; print(m.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(venv), where
    with timeline_app(tmp_path, command=(str(venv / "bin" / "timeline"),)) as (process, _):
        server = children(process.pid)
        cmdlines = [Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") for pid in server]
        assert any(where.encode() in cmdline for cmdline in cmdlines), cmdlines
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 128 + signal.SIGTERM
