from datetime import date

import pytest

from timeline.dashboard.filters import Filters
from timeline.dashboard.urlstate import from_query, query_string, to_query


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(actors=("North Korea",)),
    Filters(actors=("North Korea", "Russia"), match_all=True),
    Filters(date_from=date(2024, 1, 1), date_to=date(2025, 4, 28)),
    Filters(text="troops & tanks?"),
    Filters(event_types=("deployment",), statuses=("claimed", "denied"), documents=("a b.txt",)),
])
@pytest.mark.parametrize("lanes", ["actor", "type", "document"])
def test_urlstate_every_view_round_trips(filters, lanes):
    assert from_query(to_query(filters, lanes)) == (filters, lanes)


def test_urlstate_defaults_leave_the_url_empty():
    assert to_query(Filters()) == {}
    assert query_string(Filters()) == ""


@pytest.mark.parametrize(("query", "expected"), [
    ({"from": "2025-02-30"}, Filters()),
    ({"to": ["not a date"]}, Filters()),
    ({"match": "sometimes", "actor": "Russia"}, Filters(actors=("Russia",))),
    ({"actor": ["Russia", "Russia", ""]}, Filters(actors=("Russia",))),
])
def test_urlstate_malformed_values_are_dropped(query, expected):
    assert from_query(query)[0] == expected


def test_urlstate_query_string_encodes_repeated_params():
    link = query_string(Filters(actors=("North Korea", "Russia")), lanes="type", event="k-e1")
    assert link == "?actor=North+Korea&actor=Russia&lanes=type&event=k-e1"
