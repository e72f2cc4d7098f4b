"""The corrections file: written line by line, read back, applied again on reload, in every export."""

from __future__ import annotations

import json

import pytest

from tests.corrections.conftest import row_of
from timeline.cli import main
from timeline.corrections import (
    SIDECAR,
    add,
    append,
    apply_corrections,
    change,
    hide,
    merge,
    read_log,
    sidecar_for,
    undo,
)
from timeline.dashboard.exports import events_bytes
from timeline.export import to_text


def test_corrections_log_append_numbers_lines_and_reads_them_back(tmp_path, extracted):
    path = tmp_path / SIDECAR
    row = row_of(extracted, "shelled")
    written = [append(path, c) for c in (change(0, row, "date", "2025-03-09"), hide(0, row),
                                         add(0, "Talks", "2025-03-12", ["Russia"]), undo(0, 2))]
    assert [c.id for c in written] == [1, 2, 3, 4] and written[3].target == 2
    log = read_log(path)
    assert log.problems == () and log.corrections == tuple(written)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 4


def test_corrections_log_a_missing_file_is_an_empty_log(tmp_path):
    log = read_log(tmp_path / "none.jsonl")
    assert log.corrections == () and log.problems == ()


@pytest.mark.parametrize(("line", "message"), [
    ("{broken", "not JSON"),
    ('["a list"]', "not an object"),
    ('{"op": "hide", "event": "x"}', "no id"),
    ('{"id": 9, "op": "rename", "event": "x"}', "unknown op 'rename'"),
    ('{"id": 9, "op": "set", "event": "x", "field": "summary", "new": "y"}', "cannot change field 'summary'"),
    ('{"id": 9, "op": "merge", "event": "x"}', "names no event to merge into"),
    ('{"id": 1, "op": "hide", "event": "y"}', "id 1 is used by an earlier line"),
])
def test_corrections_log_a_broken_line_is_named_and_the_rest_apply(tmp_path, extracted, line, message):
    path = tmp_path / SIDECAR
    row = row_of(extracted, "shelled")
    append(path, change(0, row, "status", "asserted"))
    with path.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    append(path, hide(0, row_of(extracted, "Brussels")))
    log = read_log(path)
    assert [str(p) for p in log.problems] == [f"{path}:2: {p.message}" for p in log.problems]
    assert message in log.problems[0].message and len(log.corrections) == 2
    out = apply_corrections(extracted, log.corrections).frame
    assert len(out) == len(extracted) - 1 and "asserted" in set(out["status"])


def test_corrections_reload_applies_them_to_a_new_extraction(tmp_path, article, extracted):
    """The same article extracted again (a new session) gets the same corrections back."""
    from timeline import events_frame, load_documents, process_all

    path = tmp_path / SIDECAR
    row = row_of(extracted, "drones")
    append(path, change(0, row, "date", "2025-03-11"))
    append(path, merge(0, row_of(extracted, "Brussels"), row))
    again = events_frame(process_all(load_documents([article]).documents))
    done = apply_corrections(again, read_log(path).corrections)
    assert done.problems == ()
    assert done.frame.equals(apply_corrections(extracted, read_log(path).corrections).frame)
    got = row_of(done.frame, "drones")
    assert (got["date"], got["edited"]) == ("2025-03-11", f"date, merged {row_of(extracted, 'Brussels')['event_id']}")


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "timelinejs"])
def test_corrections_appear_in_every_export(extracted, fmt):
    row = row_of(extracted, "shelled")
    log = [change(1, row, "date", "2025-03-08"), change(2, row, "event_type", "military_action"),
           add(3, "Talks resumed", "2025-03-12", doc_id="raids"), hide(4, row_of(extracted, "Brussels"))]
    frame = apply_corrections(extracted, log).frame
    text = (events_bytes(frame, fmt) if fmt in ("csv", "json", "timelinejs") else
            to_text(frame, fmt).encode()).decode()
    assert "2025-03-08" in text and "Talks resumed" in text and "Brussels" not in text
    if fmt == "timelinejs":
        events = {e["unique_id"]: e for e in json.loads(text)["events"]}
        assert events[row["event_id"]]["start_date"] == {"year": 2025, "month": 3, "day": 8}
        assert "edited" in events[row["event_id"]]["text"]["text"]
    else:
        assert "military_action" in text and "date, event_type" in text


def test_corrections_sidecar_is_beside_the_first_input(tmp_path):
    (tmp_path / "news").mkdir()
    assert sidecar_for([tmp_path / "news"]) == tmp_path / "news" / SIDECAR
    assert sidecar_for([tmp_path / "news" / "a.txt"]) == tmp_path / "news" / SIDECAR
    assert sidecar_for([]) is None


def _cli(args: list[str], capsys) -> tuple[int, list[dict], str]:
    status = main(["events", *args, "--format", "jsonl"])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def test_corrections_cli_reads_the_sidecar_and_reports_problems(tmp_path, extracted, capsys):
    article = tmp_path / "raids.txt"
    article.write_text(_article_text(), encoding="utf-8")
    row = row_of(extracted, "shelled")
    row = {**row, "event_id": row["event_id"].replace(row["doc_id"], "raids"), "doc_id": "raids"}
    append(tmp_path / SIDECAR, change(0, row, "status", "asserted"))
    append(tmp_path / SIDECAR, hide(0, {**row, "event_id": "raids-e99", "sentence_start": 999}))
    status, rows, err = _cli([str(article)], capsys)
    assert status == 0
    assert [r["status"] for r in rows if r["event_id"] == row["event_id"]] == ["asserted"]
    assert "raids-e99" in err and "1 correction(s) applied" in err
    status, rows, err = _cli([str(article), "--no-corrections"], capsys)
    assert all(r["edited"] == "" for r in rows) and "applied" not in err


def test_corrections_cli_explicit_file_must_exist(tmp_path, capsys):
    article = tmp_path / "raids.txt"
    article.write_text(_article_text(), encoding="utf-8")
    assert main(["events", str(article), "--corrections", str(tmp_path / "none.jsonl")]) == 2
    assert "no such corrections file" in capsys.readouterr().err


def _article_text() -> str:
    from tests.corrections.conftest import ARTICLE

    return ARTICLE
