"""The store's DuckDB queries give what the dashboard's pandas filters give on the same events."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from store_fakes import fake_process
from store_helpers import write_jsonl

from timeline import events_frame
from timeline.dashboard.filters import Filters, actor_counts, apply_filters
from timeline.dashboard.lanes import NO_ACTOR, lane_rows
from timeline.loaders import load_path
from timeline.store import extract_store, open_store

CASES = [
    Filters(),
    Filters(actors=("Russia",)),
    Filters(actors=("NATO", "North Korea")),
    Filters(actors=("Ukraine", "Russia"), match_all=True),
    Filters(date_from=date(2024, 6, 1)),
    Filters(date_to=date(2024, 3, 31)),
    Filters(date_from=date(2024, 2, 1), date_to=date(2024, 8, 31)),
    Filters(text="kharkiv"),
    Filters(text="  Air Defence "),
    Filters(text="ZÜRICH"),
    Filters(text="d. Zel"),  # across the summary and the sentence
    Filters(event_types=("diplomacy", "statement")),
    Filters(statuses=("claimed",)),
    Filters(documents=("art0003", "art0017")),
    Filters(actors=("Russia",), date_from=date(2024, 1, 1), text="shelled",
            event_types=("military_action",), statuses=("asserted",)),
    Filters(actors=("Nobody",)),
    Filters(minor=True),  # the minor events too (left out by every other case)
    Filters(actors=("Ukraine",), minor=True),
]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from store_helpers import article

    folder = tmp_path_factory.mktemp("query")
    extra = {"id": "zurich", "date": "2025-01-02", "text": "Ukraine held talks in Zürich."}
    minor = {"id": "minor", "date": "2025-01-03",
             "text": "Ukraine said on 2025-01-03 it was ready (minor). Russia shelled Kharkiv on 2025-01-03."}
    source = write_jsonl(folder / "news.jsonl", [*(article(n) for n in range(60)), extra, minor])
    extract_store([source], folder / "store", workers=0, batch_size=16, progress=False,
                  process=fake_process)
    documents, _ = load_path(source)
    return open_store(folder / "store"), events_frame(fake_process(d) for d in documents)


def test_the_minor_events_are_left_out_unless_asked_for(stored):
    store, frame = stored
    minor = set(frame.loc[frame["minor"] == 1, "event_id"])
    assert minor  # the fixture has one
    assert not minor & set(store.query(Filters(), limit=1_000)["event_id"])
    assert minor <= set(store.query(Filters(minor=True), limit=1_000)["event_id"])


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("event_id").reset_index(drop=True)


@pytest.mark.parametrize("filters", CASES)
def test_query_matches_apply_filters(stored, filters):
    store, frame = stored
    expected = apply_filters(frame, filters)
    got = store.query(filters, limit=1_000)
    pd.testing.assert_frame_equal(by_id(got), by_id(expected))
    assert store.count(filters) == len(expected)
    assert store.actor_counts(filters) == actor_counts(expected)


@pytest.mark.parametrize("filters", CASES)
def test_query_density_counts_every_dated_event_in_its_lanes(stored, filters):
    store, frame = stored
    expected = lane_rows(apply_filters(frame, filters))["lane"].value_counts().to_dict()
    density = store.density(filters, lanes_by="actor", bins=12)
    assert density.groupby("lane")["count"].sum().to_dict() == expected
    assert density["period_start"].nunique() <= 12
    assert (density["period_start"] <= density["period_end"]).all()


def test_query_limit_gives_earliest_first(stored):
    store, frame = stored
    got = store.query(Filters(), limit=5)
    assert len(got) == 5 and got["start"].is_monotonic_increasing
    assert got["start"].iloc[-1] <= frame["start"].dropna().sort_values().iloc[5]


@pytest.mark.parametrize("lanes_by", ["actor", "type", "document"])
@pytest.mark.parametrize("bins", ["week", "month", "year"])
def test_query_density_matches_dashboard_density(stored, lanes_by, bins):
    from timeline.dashboard.density import density

    store, frame = stored
    expected = density(frame, lanes_by, bins=bins, max_lanes=1_000)
    got = store.density(None, lanes_by=lanes_by, bins=bins)
    for table in (expected, got):
        for column in ("period_start", "period_end"):
            table[column] = table[column].astype("datetime64[s]")
        table["count"] = table["count"].astype("int64")
    key = ["lane", "period_start"]
    pd.testing.assert_frame_equal(got.sort_values(key).reset_index(drop=True),
                                  expected.sort_values(key).reset_index(drop=True))


def test_query_density_rejects_unknown_lanes(stored):
    store, _ = stored
    with pytest.raises(ValueError, match="lanes_by"):
        store.density(None, lanes_by="summary; DROP TABLE x")


def test_query_no_actor_lane_named_like_the_chart(stored):
    store, _ = stored
    assert NO_ACTOR in set(store.density(Filters(text="counted the damage"))["lane"])


def test_query_documents_and_errors_tables(stored):
    store, _ = stored
    documents = store.documents()
    assert len(documents) == 62 and set(documents["status"]) == {"ok"}  # 60 + zurich + minor
    assert documents["content_hash"].is_unique and len(store.errors()) == 0


def test_query_open_store_refuses_a_plain_folder(tmp_path):
    with pytest.raises(ValueError, match="not a Timeline store"):
        open_store(tmp_path)


def test_query_empty_store_answers_empty(tmp_path):
    extract_store([], tmp_path / "store", workers=0, progress=False)
    store = open_store(tmp_path / "store")
    assert store.count(Filters()) == 0 and store.actor_counts(Filters()) == {}
    assert list(store.query(Filters(), limit=3).columns) == list(events_frame([]).columns)
    assert store.density(Filters()).empty


def test_a_store_written_before_the_minor_column_still_answers(tmp_path):
    """Events files without ``minor`` (written before the keep score) have no minor events: the
    filters work on them as before instead of failing on the missing column."""
    import pyarrow.parquet as pq
    from store_helpers import article

    from timeline.store.layout import committed_files

    source = write_jsonl(tmp_path / "news.jsonl", [article(n) for n in range(8)])
    extract_store([source], tmp_path / "store", workers=0, batch_size=4, progress=False,
                  process=fake_process)
    files = committed_files(tmp_path / "store", "events")
    for path in files:
        table = pq.read_table(path)
        pq.write_table(table.drop_columns(["minor"]), path)
    store = open_store(tmp_path / "store")
    everything = store.count(Filters(minor=True))
    assert everything > 0 and store.count(Filters()) == everything
    assert len(store.query(Filters(actors=("Russia",)))) == store.count(Filters(actors=("Russia",)))
