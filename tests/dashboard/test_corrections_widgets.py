"""Corrections through the dashboard's widgets (AppTest, no browser): kept in the session for the
sample, in the store for ``--store``, beside an events file; a broken line named by file and line;
an upload without a date gets a date field."""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import ROOT
from timeline.corrections import SIDECAR, STORE_FILE, append, change, hide, read_log
from timeline.dashboard.corrections import log_key
from timeline.dashboard.state import CORRECTIONS_LOG, upload_date_key

TIMEOUT = 60


@pytest.fixture(autouse=True)
def no_cli_args(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])


def app(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at.run()  # the rerun the chart asks for once drawn: the table comes


def _table(at: AppTest):
    return next(d.value for d in at.dataframe)


def test_corrections_session_edit_then_undo(sample_frame):
    row = sample_frame[sample_frame["status"] == "asserted"].iloc[0]
    event = row["event_id"]
    at = app(event=event)
    version = log_key([])
    at.selectbox(key=f"edit_status_{event}_{version}").set_value("denied")
    at.button(key=f"edit_save_{event}_{version}").click().run()
    assert not at.exception, at.exception
    log = at.session_state[CORRECTIONS_LOG]
    assert [(c.event, c.field, c.old, c.new) for c in log.corrections] == [(event, "status", "asserted", "denied")]
    table = _table(at).set_index("Event")
    assert (table.loc[event, "Status"], table.loc[event, "Edited"]) == ("denied", "status")
    assert any("Corrections (1 in effect)" in s.value for s in at.subheader)
    at.button(key="undo_last_section").click().run()
    table = _table(at).set_index("Event")
    assert (table.loc[event, "Status"], table.loc[event, "Edited"]) == ("asserted", "")
    assert [c.op for c in at.session_state[CORRECTIONS_LOG].corrections] == ["set", "undo"]


def test_corrections_store_mode_reads_and_writes_the_store(monkeypatch, tmp_path, sample_frame):
    store = pytest.importorskip("timeline.store")
    root = tmp_path / "store"
    store.extract_store([ROOT / "data"], root, workers=0, progress=False)
    row = sample_frame.iloc[3]
    append(root / STORE_FILE, hide(0, row))
    monkeypatch.setattr(sys, "argv", ["app.py", "--store", str(root)])
    at = app()
    assert row["event_id"] not in set(_table(at)["Event"])
    assert any(str(root / STORE_FILE) in c.value for c in at.caption)
    assert not at.warning
    other = next(a for a in sample_frame["actors"].explode().dropna().unique() if a not in row["actors"])
    at.multiselect(key="actor").select(other).run()
    assert not at.warning and any("1 correction(s) concern events outside" in c.value for c in at.caption)


def test_corrections_beside_an_events_file_and_a_broken_line_is_named(monkeypatch, tmp_path, sample_frame):
    from timeline.export import write

    path = tmp_path / "events.parquet"
    write(sample_frame, "parquet", path)
    row = sample_frame.iloc[0]
    append(tmp_path / SIDECAR, change(0, row, "event_type", "diplomacy"))
    with (tmp_path / SIDECAR).open("a", encoding="utf-8") as out:
        out.write("{broken\n")
    append(tmp_path / SIDECAR, hide(0, {**row.to_dict(), "event_id": "gone-e1", "doc_id": "gone"}))
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(path)])
    at = app()
    warnings = [w.value for w in at.warning]
    assert any(f"{tmp_path / SIDECAR}:2" in w and "not JSON" in w for w in warnings), warnings
    assert any("#2" in w and "gone-e1" in w for w in warnings), warnings
    table = _table(at).set_index("Event")
    assert table.loc[row["event_id"], "Type"] == "diplomacy"
    assert len(read_log(tmp_path / SIDECAR).corrections) == 2


def test_corrections_upload_without_a_date_gets_a_date_field():
    at = app()
    at.checkbox(key="use_base").uncheck()
    at.file_uploader(key="uploads").set_value([
        ("notes.txt", b"Troops crossed the river on Saturday. Officials said on Monday that talks "
                      b"would resume.", "text/plain"),
        ("dated.txt", b"date 2025-05-02 Rebels seized the airport on Thursday.", "text/plain")]).run()
    assert not at.exception, at.exception
    keys = {d.key for d in at.date_input}
    assert upload_date_key("notes.txt") in keys and upload_date_key("dated.txt") not in keys
    assert any("without a resolvable date" in e.label for e in at.expander)
    at.date_input(key=upload_date_key("notes.txt")).set_value("2025-04-28").run()
    assert not any("without a resolvable date" in e.label for e in at.expander)
