"""Every operation of a correction, on the events of a short article of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.corrections.conftest import row_of
from timeline.corrections import add, apply_corrections, change, hide, merge, undo


@pytest.mark.parametrize(("value", "start", "end", "granularity", "date"), [
    ("2025-03-09", "2025-03-09", "2025-03-09", "day", "2025-03-09"),
    ("2025-03", "2025-03-01", "2025-03-31", "month", "2025-03"),
    ("2025-W10", "2025-03-03", "2025-03-09", "week", "2025-W10"),
    ("2025-03-01/2025-03-05", "2025-03-01", "2025-03-05", "day", "2025-03-01/2025-03-05"),
])
def test_corrections_set_date_moves_the_event(extracted, value, start, end, granularity, date):
    row = row_of(extracted, "shelled")
    out = apply_corrections(extracted, [change(1, row, "date", value)]).frame
    got = out[out["event_id"] == row["event_id"]].iloc[0]
    assert (got["start"], got["end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert (got["granularity"], got["date"], got["date_source"]) == (granularity, date, "corrected")
    assert got["edited"] == "date"
    assert out["start"].dtype == extracted["start"].dtype and len(out) == len(extracted)


@pytest.mark.parametrize("value", ["March 2025", "2025-13", "2025-03-05/2025-03-01", ""])
def test_corrections_set_date_refuses_what_is_not_a_date(extracted, value):
    with pytest.raises(ValueError, match="is not a date value"):
        change(1, row_of(extracted, "shelled"), "date", value)


def test_corrections_set_actors_keeps_the_roles_of_kept_actors(extracted):
    row = row_of(extracted, "drones")
    out = apply_corrections(extracted, [change(1, row, "actors", ["Ukraine", "Ukrainian Air Force"])]).frame
    got = out[out["event_id"] == row["event_id"]].iloc[0]
    assert got["actors"] == ["Ukraine", "Ukrainian Air Force"]
    roles = dict(map(tuple, got["actor_roles"]))
    assert roles["Ukraine"] == dict(map(tuple, row["actor_roles"]))["Ukraine"]
    assert roles["Ukrainian Air Force"] == "mentioned"
    assert got["edited"] == "actors"


@pytest.mark.parametrize(("field", "value"), [("status", "asserted"), ("event_type", "military_action")])
def test_corrections_set_status_and_type(extracted, field, value):
    row = row_of(extracted, "shelled")
    assert row[field] != value
    out = apply_corrections(extracted, [change(1, row, field, value)]).frame
    got = out[out["event_id"] == row["event_id"]].iloc[0]
    assert (got[field], got["edited"]) == (value, field)
    others = out[out["event_id"] != row["event_id"]]
    assert (others["edited"] == "").all()


def test_corrections_two_fields_of_one_event_are_both_marked(extracted):
    row = row_of(extracted, "shelled")
    out = apply_corrections(extracted, [change(1, row, "status", "asserted"),
                                        change(2, row, "date", "2025-03-09")]).frame
    assert out[out["event_id"] == row["event_id"]].iloc[0]["edited"] == "status, date"


def test_corrections_hide_leaves_the_event_out(extracted):
    row = row_of(extracted, "Brussels")
    out = apply_corrections(extracted, [hide(1, row)]).frame
    assert row["event_id"] not in set(out["event_id"]) and len(out) == len(extracted) - 1


def test_corrections_merge_moves_sources_and_actors(extracted):
    shelled, drones = row_of(extracted, "shelled"), row_of(extracted, "drones")
    out = apply_corrections(extracted, [merge(1, drones, shelled)]).frame
    assert drones["event_id"] not in set(out["event_id"])
    got = out[out["event_id"] == shelled["event_id"]].iloc[0]
    assert got["actors"] == ["Russia", "Ukraine"]
    assert [s["sentence"] for s in got["sources"]] == [shelled["sentence"], drones["sentence"]]
    assert got["start"] == shelled["start"] and got["edited"] == f"merged {drones['event_id']}"


def test_corrections_add_a_missing_event(extracted):
    c = add(1, "Talks resumed in Istanbul", "2025-03-12", ["Russia", "Ukraine"], doc_id="raids",
            event_type="diplomacy")
    out = apply_corrections(extracted, [c]).frame
    got = out[out["event_id"] == "raids-u1"].iloc[0]
    assert (got["summary"], got["start"], got["actors"], got["edited"]) == (
        "Talks resumed in Istanbul", pd.Timestamp("2025-03-12"), ["Russia", "Ukraine"], "added")
    assert len(out) == len(extracted) + 1 and list(out.columns) == list(extracted.columns)


def test_corrections_an_added_event_can_be_corrected_later(extracted):
    c = add(1, "Talks resumed", "2025-03-12", doc_id="raids")
    added = {"event_id": "raids-u1", "doc_id": "raids", "sentence_start": 0, "sentence_end": 0}
    out = apply_corrections(extracted, [c, change(2, added, "status", "planned")]).frame
    assert out[out["event_id"] == "raids-u1"].iloc[0]["status"] == "planned"


@pytest.mark.parametrize("which", ["last", "first"])
def test_corrections_undo_restores_the_original(extracted, which):
    row = row_of(extracted, "shelled")
    log = [change(1, row, "status", "asserted"), hide(2, row_of(extracted, "Brussels"))]
    target = log[-1] if which == "last" else log[0]
    done = apply_corrections(extracted, [*log, undo(3, target)])
    kept = [c for c in log if c is not target]
    assert done.undone == (target,) and done.applied == tuple(kept)
    assert done.frame.equals(apply_corrections(extracted, kept).frame)


def test_corrections_undoing_everything_gives_the_extraction_back(extracted):
    row = row_of(extracted, "shelled")
    log = [change(1, row, "date", "2025-03-09"), merge(2, row_of(extracted, "drones"), row),
           add(3, "Talks", "2025-03-12"), undo(4, 1), undo(5, 2), undo(6, 3)]
    assert apply_corrections(extracted, log).frame.equals(extracted)


def test_corrections_a_missing_event_is_reported_and_the_rest_apply(extracted):
    row = row_of(extracted, "shelled")
    gone = {**row, "event_id": "other-e7", "doc_id": "other"}
    done = apply_corrections(extracted, [hide(1, gone), change(2, row, "status", "asserted")])
    assert [p.where for p in done.problems] == ["#1"] and done.problems[0].missing
    assert "other-e7" in done.problems[0].message and "other" in done.problems[0].message
    assert done.frame[done.frame["event_id"] == row["event_id"]].iloc[0]["status"] == "asserted"


def test_corrections_a_hidden_event_cannot_be_changed_and_says_so(extracted):
    row = row_of(extracted, "shelled")
    done = apply_corrections(extracted, [hide(1, row), change(2, row, "status", "asserted")])
    assert [p.where for p in done.problems] == ["#2"] and "hidden by #1" in done.problems[0].message
    assert not done.problems[0].missing


def test_corrections_find_their_event_when_ids_change(extracted):
    """Another version of the pipeline numbers the events otherwise: the sentence offsets still
    find the event."""
    row = row_of(extracted, "shelled")
    renumbered = extracted.assign(event_id=[f"raids-x{i}" for i in range(len(extracted))])
    done = apply_corrections(renumbered, [change(1, row, "status", "asserted")])
    assert done.problems == ()
    got = done.frame[done.frame["sentence_start"] == row["sentence_start"]].iloc[0]
    assert got["status"] == "asserted"


def test_corrections_an_id_that_now_names_another_sentence_is_not_trusted(extracted):
    row = row_of(extracted, "shelled")
    shifted = extracted.assign(sentence_start=extracted["sentence_start"] + 500,
                               sentence_end=extracted["sentence_end"] + 500)
    done = apply_corrections(shifted, [change(1, row, "status", "asserted")])
    assert len(done.problems) == 1 and (done.frame["status"] == shifted["status"]).all()


def test_corrections_none_gives_the_frame_itself(extracted):
    assert apply_corrections(extracted, []).frame is extracted
