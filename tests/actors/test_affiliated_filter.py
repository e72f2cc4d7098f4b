"""The actor filter's "include affiliated actors" option (issue 11): a filter on a country or an
organisation can include the events of the people and bodies affiliated with it, in the
dashboard's pandas filter and in the store's SQL alike."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from timeline.dashboard.filters import Filters, apply_filters
from timeline.store.sql import where_clause

FRAME = pd.DataFrame({
    "event_id": ["putin", "russia", "cook", "none"],
    "actors": [["Vladimir Putin"], ["Russia"], ["Tim Cook"], ["Ukraine"]],
    "actor_affiliations": [[["Vladimir Putin", "Russia"]], [], [["Tim Cook", "Apple"]], []],
})


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(actors=("Russia",)), ["russia"]),
    (Filters(actors=("Russia",), affiliated=True), ["putin", "russia"]),
    (Filters(actors=("Apple",), affiliated=True), ["cook"]),
    (Filters(actors=("Apple", "Russia"), affiliated=True, match_all=True), []),
    (Filters(actors=("Ukraine", "Apple"), affiliated=True), ["cook", "none"]),
])
def test_affiliated_filter_in_pandas_and_sql(filters, expected):
    assert sorted(apply_filters(FRAME, filters)["event_id"]) == expected
    where, params = where_clause(filters, has_minor=False)  # this in-memory table has no minor column
    where = where.replace(" AND year <> ?", "")  # no partitions in this in-memory table
    con = duckdb.connect()
    con.register("events", FRAME)
    got = con.execute(f"SELECT event_id FROM events {where}", params).df()["event_id"].tolist()
    assert sorted(got) == expected


def test_affiliated_filter_copes_with_tables_without_the_column():
    older = FRAME.drop(columns=["actor_affiliations"])
    assert apply_filters(older, Filters(actors=("Russia",), affiliated=True))["event_id"].tolist() == ["russia"]
