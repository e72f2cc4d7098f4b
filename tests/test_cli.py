"""The command line: a thin layer over the library, every command documented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import build_parser, main
from timeline.frame import COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_cli_events_jsonl_on_the_sample(sample_path):
    done = run_cli("events", str(sample_path), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows and set(rows[0]) == set(COLUMNS)
    dates = {(r["date"], r["start"], r["end"]) for r in rows}
    assert ("2024", "2024-01-01", "2024-12-31") in dates
    assert ("2025-04-26", "2025-04-26", "2025-04-26") in dates


def test_cli_events_check_events_tool(sample_path, tmp_path, shared_file):
    tool = shared_file("tools", "check_events.py")
    gold = shared_file("data", "kursk-2025-04-28.gold.json")
    out = tmp_path / "events.jsonl"
    assert main(["events", str(sample_path), "--format", "jsonl", "-o", str(out)]) == 0
    done = subprocess.run([sys.executable, str(tool), str(gold), str(out), "--required-only"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_cli_missing_file_gives_one_line_error():
    done = run_cli("events", "no-such-article.txt")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no-such-article.txt" in lines[0]


def test_cli_bad_file_among_good_is_reported_and_the_rest_written(sample_path, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2025-02-30 Nothing.")
    out = tmp_path / "events.csv"
    assert main(["events", str(bad), str(sample_path), "-o", str(out)]) == 1
    assert "bad.txt:1: 'date 2025-02-30' is not a real date" in capsys.readouterr().err
    assert len(pd.read_csv(out)) > 0


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_cli_events_formats(sample_path, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert main(["events", str(sample_path), "--format", fmt, "-o", str(out)]) == 0
    frame = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}[fmt](out)
    assert list(frame.columns) == list(COLUMNS) and len(frame) > 0


def test_cli_undated_article_warns_about_unresolved(tmp_path, capsys):
    path = tmp_path / "undated.txt"
    path.write_text("Rebels seized the town on Saturday.\n\nThe war began in 1998. "
                    "Two days later the army left.")
    out = tmp_path / "e.jsonl"
    assert main(["events", str(path), "--format", "jsonl", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "'Saturday' could not be resolved" in err
    assert "'Two days' could not be resolved" in err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    seized = next(r for r in rows if r["predicate"] == "seized")
    assert seized["start"] is None and seized["date_source"] == "none"
    began = next(r for r in rows if r["predicate"] == "began")
    assert (began["date"], began["start"], began["end"]) == ("1998", "1998-01-01", "1998-12-31")


def test_cli_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    for name, sub in commands.items():
        assert sub.description, name
        assert f"timeline {name}" in readme, f"'timeline {name}' is not in the README"


def test_cli_every_column_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    assert [c for c in COLUMNS if f"| `{c}` |" not in readme] == []
