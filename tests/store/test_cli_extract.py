"""``timeline extract``: documented, exit codes that say whether documents failed, re-runnable."""

from __future__ import annotations

import subprocess
import sys

import pytest
from store_fakes import fake_process
from store_helpers import doc_ids, write_jsonl

from timeline.cli import build_parser, main


def test_cli_extract_has_help_for_every_option():
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    extract = sub.choices["extract"]
    assert extract.description and sub._choices_actions  # listed in `timeline --help`
    for action in extract._actions:
        if action.dest != "help":
            assert action.help, action.dest


def test_cli_extract_module_is_cheap_to_import():
    code = ("import sys, timeline.store.cli; print(sorted(m for m in ('dask', 'distributed', "
            "'duckdb', 'pyarrow', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.fixture
def stand_in_pipeline(monkeypatch):
    """The command runs ``timeline.process``; with --workers 0 it is looked up in this process."""
    monkeypatch.setattr("timeline.process", fake_process)


@pytest.mark.parametrize("bad", [False, True])
def test_cli_extract_exit_code_says_whether_something_failed(tmp_path, articles, capsys, bad,
                                                             stand_in_pipeline):
    rows = [*articles[:6], "{broken"] if bad else articles[:6]
    source = write_jsonl(tmp_path / "news.jsonl", rows)
    store = tmp_path / "store"
    code = main(["extract", str(source), "-o", str(store), "--workers", "0", "--no-progress"])
    assert code == (1 if bad else 0)
    assert doc_ids(store) == sorted(a["id"] for a in articles[:6])
    err = capsys.readouterr().err
    assert "6 added" in err and (f"{int(bad)} unreadable" in err)
    assert main(["extract", str(source), "-o", str(store), "--workers", "0"]) == 0
    assert "0 added, 6 skipped" in capsys.readouterr().err


def test_cli_extract_refuses_a_folder_that_is_not_a_store(tmp_path, articles, capsys):
    source = write_jsonl(tmp_path / "news.jsonl", articles[:2])
    (tmp_path / "notastore").mkdir()
    (tmp_path / "notastore" / "thesis.txt").write_text("keep me")
    assert main(["extract", str(source), "-o", str(tmp_path / "notastore"), "--workers", "0"]) == 2
    assert "is not a Timeline store" in capsys.readouterr().err


def test_cli_extract_ctrl_c_says_how_to_resume(tmp_path, articles, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("timeline.store.extract.extract_store", interrupted)
    source = write_jsonl(tmp_path / "news.jsonl", articles[:2])
    assert main(["extract", str(source), "-o", str(tmp_path / "store")]) == 130
    assert "run the same command again" in capsys.readouterr().err
