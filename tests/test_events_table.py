"""One library call from documents to the merged events table, honouring the caller's Settings,
and one declaration of the table's columns (``timeline.frame.TABLE``) that every reader and writer
follows."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline import events_table
from timeline.dashboard.conform import conform
from timeline.frame import COLUMNS, KINDS, TABLE, events_frame, names
from timeline.model import Document
from timeline.pipeline import process_all
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

# The same happening reported by two articles (different wording, same actors and day).
REPORTS = [
    ("Russian troops seized the airport on Saturday, Moscow said.",
     "On Saturday Russian troops seized the airport, the ministry said."),
    ("Ukraine launched drones at the refinery on Monday.",
     "Ukraine launched drones at the refinery on Monday, officials said."),
]


def documents(pair: tuple[str, str]) -> list[Document]:
    return [Document(f"d{i}", text, date(2025, 4, 28)) for i, text in enumerate(pair)]


@pytest.mark.parametrize("pair", REPORTS)
def test_events_table_merges_only_when_the_settings_say_so(pair):
    docs = documents(pair)
    separate = events_table(docs, Settings(merge_across_documents=False))
    merged = events_table(docs, Settings(merge_across_documents=True))
    assert sorted(separate["doc_id"].unique()) == ["d0", "d1"]
    assert len(merged) < len(separate)
    assert max(merged["n_sources"]) == 2
    # the unmerged table is exactly the pipeline's rows
    pd.testing.assert_frame_equal(separate, events_frame(process_all(docs)))


@pytest.mark.parametrize("pair", REPORTS)
def test_events_table_dashboard_corpus_path_honours_the_settings(pair):
    from timeline.dashboard.ui.corpus import _parse

    docs = tuple(documents(pair))
    for merge in (False, True):
        frame, errors = _parse(f"test-{pair[0]}", Settings(merge_across_documents=merge), docs)
        expected = conform(events_table(docs, Settings(merge_across_documents=merge)))
        assert errors == []
        assert frame["event_id"].tolist() == expected["event_id"].tolist()
        assert frame["n_sources"].tolist() == expected["n_sources"].tolist()


def test_events_table_cli_no_merge_keeps_every_report(tmp_path):
    from timeline.cli import main

    for i, text in enumerate(REPORTS[0]):
        (tmp_path / f"a{i}.txt").write_text(f"date 2025-04-28\n{text}\n")
    out = {}
    for flag in ([], ["--no-merge"]):
        target = tmp_path / f"out{len(flag)}.jsonl"
        assert main(["events", str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt"), "--format",
                     "jsonl", "-o", str(target), *flag]) == 0
        out[bool(flag)] = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(out[True]) > len(out[False])
    assert {r["n_sources"] for r in out[True]} == {1}


def test_events_table_every_writer_follows_the_declaration():
    from timeline.store.layout import ARROW_TYPES, EVENTS

    assert [f.name for f in EVENTS if f.name != "search"] == list(COLUMNS)
    assert all(EVENTS.field(c.name).type == ARROW_TYPES[c.kind] for c in TABLE)
    frame = conform(pd.DataFrame({"event_id": ["a"]}))
    assert list(frame.columns) == list(COLUMNS)
    assert all(str(frame[c].dtype) == KINDS["int"].dtype for c in names("int"))
    assert all(str(frame[c].dtype).startswith("datetime64") for c in names("date"))


NEW_COLUMN = '    Column("location_test", "text", "a test column", lambda e, doc, s: "Kursk " + e.doc_id),\n'

ONE_EDIT = textwrap.dedent("""
    import importlib.util, json, sys
    from pathlib import Path
    source = Path("timeline/frame.py").read_text()
    marker = '    Column("doc_date", "text"'
    assert source.count(marker) == 1
    source = source.replace(marker, NEW + marker)  # the one edit: a Column in TABLE
    spec = importlib.util.spec_from_loader("timeline.frame", loader=None, origin="timeline/frame.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["timeline.frame"] = module
    exec(compile(source, "timeline/frame.py", "exec"), module.__dict__)

    from datetime import date
    import pandas as pd
    from timeline import events_table
    from timeline.dashboard.conform import conform
    from timeline.export import to_text
    from timeline.model import Document
    from timeline.store import open_store
    from timeline.store.tables import from_store, to_store

    frame = events_table([Document("d1", "Russian troops seized the airport on Saturday.",
                                   date(2025, 4, 28))])
    stored = from_store(to_store(frame).to_pandas())
    older = conform(frame.drop(columns=["location_test"]))
    old_store = open_store(STORE).query()
    print(json.dumps({
        "old_store": sorted(set(old_store["location_test"])), "old_store_rows": len(old_store),
        "frame": frame["location_test"].tolist(),
        "store": stored["location_test"].tolist(),
        "csv": to_text(frame, "csv").splitlines()[0].split(","),
        "older": older["location_test"].tolist(),
    }))
""")


def test_events_table_a_new_column_is_one_edit_in_frame_py(tmp_path):
    from timeline.store import extract_store

    store = tmp_path / "store"  # written before the column exists
    extract_store([ROOT / "data"], store, workers=0, progress=False)
    code = f"NEW = {NEW_COLUMN!r}\nSTORE = {str(store)!r}\n" + ONE_EDIT
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["frame"] == ["Kursk d1"] and seen["store"] == ["Kursk d1"]
    assert "location_test" in seen["csv"]
    assert seen["older"] == [""]  # a file without the column reads as empty
    assert seen["old_store"] == [""] and seen["old_store_rows"] > 10  # so does an older store
