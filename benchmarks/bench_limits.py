"""Hostile inputs (issue 15): a gzip bomb, a 50 MB article, a 2 MB line without punctuation.

Run: .venv/bin/python benchmarks/bench_limits.py [--baseline REF] [--quick]
Each case runs ``timeline events`` in a child process (wall time, peak memory of the child,
exit code, output size) on this checkout and, in the same run, on REF (default: main) unpacked
from git into a temporary folder; the baseline runs with a memory cap (2 GB) and a time cap so
that it ends: "over the cap" is its result then. The dashboard's upload path is measured the
same way (``load_uploads`` on the bomb). Floors: the bomb refused in < 2 s with < 300 MB; the
50 MB article in < 1 GB.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import resource
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, table  # noqa: E402

SAMPLE = ROOT / "data" / "kursk-2025-04-28.txt"
CAP_BYTES = 2_000_000_000
CAP_SECONDS = 300
UPLOAD = ("import sys; from pathlib import Path; from timeline.dashboard.inputs import load_uploads; "
          "d, e = load_uploads([(Path(sys.argv[1]).name, Path(sys.argv[1]).read_bytes())]); "
          "print(e[0] if e else 'loaded', file=sys.stderr); sys.exit(1 if e else 0)")


def make_inputs(folder: Path, quick: bool) -> dict[str, list[str]]:
    sample = SAMPLE.read_text(encoding="utf-8")
    header, body = "date 2025-04-28 ", sample.split("2025-04-28 ", 1)[1]
    bomb = folder / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as stream:
        for _ in range(1000):
            stream.write(b"a" * 1_000_000)  # 1 GB of one letter: about 1 MB on disk
    article = folder / "article50.txt"
    size = 5_000_000 if quick else 50_000_000
    article.write_text(header + "\n\n".join([body] * (size // (len(body) + 2) + 1)), encoding="utf-8")
    words = ("the troops moved north while officials in Moscow and Kyiv said talks would resume on "
             "Monday after rebels seized the airport").split()
    line = folder / "line2mb.txt"
    pick = random.Random(1).choice
    line.write_text(header + " ".join(pick(words) for _ in range(330_000)), encoding="utf-8")
    good = str(SAMPLE)
    return {
        "gzip bomb 1 MB -> 1 GB (timeline events)": ["events", good, str(bomb)],
        "gzip bomb (dashboard upload path)": ["-c", UPLOAD, str(bomb)],
        f"{size // 1_000_000} MB article (events --no-merge)": ["events", good, str(article), "--no-merge"],
        f"{size // 1_000_000} MB article (events, merging)": ["events", good, str(article)],
        "2 MB line without punctuation (events --no-merge)": ["events", good, str(line), "--no-merge"],
    }


def run(code: Path | None, args: list[str], out: Path, capped: bool) -> list[str]:
    """[seconds, peak MB, exit code, output MB] of one child process, measured by GNU time."""
    env = dict(os.environ)
    command = [sys.executable, *args] if args[0] == "-c" else \
        [sys.executable, "-m", "timeline", *args, "--format", "jsonl", "-o", str(out)]

    def limit() -> None:
        if capped:
            resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))

    out.unlink(missing_ok=True)
    try:
        # python -m and -c put the working folder first on sys.path: the baseline's, or ours
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], env=env, cwd=str(code or ROOT),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              preexec_fn=limit, timeout=CAP_SECONDS)
    except subprocess.TimeoutExpired:
        return [f"> {CAP_SECONDS}", "-", "stopped", "-"]
    seconds, kilobytes = done.stderr.strip().splitlines()[-1].split()[-2:]
    exit_text = str(done.returncode)
    if capped and ("MemoryError" in done.stderr or "memory allocation" in done.stderr):
        exit_text += " (out of memory at the 2 GB cap)"
    elif "Traceback" in done.stderr:  # the exception's line, before GNU time's own line
        exit_text += f" ({done.stderr.strip().splitlines()[-2][:50]})"
    size = f"{out.stat().st_size / 1e6:.1f}" if out.exists() else "-"
    return [seconds, f"{int(kilobytes) / 1024:.0f}", exit_text, size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--baseline", default="main", help="git ref of the baseline (default: main)")
    parser.add_argument("--quick", action="store_true", help="a 5 MB article instead of 50 MB")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.baseline, "timeline"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(base, filter="data")
        for name, command in make_inputs(folder, args.quick).items():
            ours = run(None, command, folder / "out.jsonl", capped=False)
            theirs = run(base, command, folder / "out-base.jsonl", capped=True)
            rows.append([name, *ours, *theirs])
            print(name, ours, theirs, flush=True)
    print(table(["input", "s", "peak MB", "exit", "out MB",
                 f"{args.baseline}: s", "peak MB", "exit", "out MB"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
