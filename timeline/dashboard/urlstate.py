"""The dashboard's state as URL query parameters, so a filtered view is a link to share.

One name per field (``PARAMS``); lists are repeated parameters (``?actor=A&actor=B``), the way
Streamlit writes a multiselect bound with ``bind="query-params"``. Reading is forgiving: a
malformed value is dropped, never an error, because anyone can edit a URL.

>>> f = Filters(actors=("North Korea", "Russia"), match_all=True, date_from=date(2024, 1, 1))
>>> query = to_query(f, lanes="type")
>>> query
{'actor': ['North Korea', 'Russia'], 'match': ['all'], 'from': ['2024-01-01'], 'lanes': ['type']}
>>> from_query(query) == (f, "type")
True
>>> from_query({"from": "yesterday", "lanes": "nonsense", "q": "  troops "}) == (Filters(text="troops"), "actor")
True
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from urllib.parse import urlencode

from timeline.dashboard.filters import Filters
from timeline.dashboard.lanes import LANES_BY

__all__ = ["PARAMS", "from_query", "query_string", "to_query"]

# field of Filters (or view setting) -> its query parameter; also the widget keys (state.FILTER_KEYS)
PARAMS: dict[str, str] = {
    "actors": "actor",
    "match_all": "match",
    "date_from": "from",
    "date_to": "to",
    "text": "q",
    "event_types": "type",
    "statuses": "status",
    "documents": "doc",
    "lanes": "lanes",
    "event": "event",
}
_MATCH = {"any": False, "all": True}


def to_query(filters: Filters, lanes: str = "actor", event: str = "") -> dict[str, list[str]]:
    """Only the fields that differ from the default, each as a list of strings."""
    query: dict[str, list[str]] = {}
    for field in ("actors", "event_types", "statuses", "documents"):
        values = getattr(filters, field)
        if values:
            query[PARAMS[field]] = list(values)
    if filters.match_all:
        query[PARAMS["match_all"]] = ["all"]
    for field in ("date_from", "date_to"):
        value = getattr(filters, field)
        if value is not None:
            query[PARAMS[field]] = [value.isoformat()]
    if filters.text.strip():
        query[PARAMS["text"]] = [filters.text.strip()]
    if lanes != LANES_BY[0]:
        query[PARAMS["lanes"]] = [lanes]
    if event:
        query[PARAMS["event"]] = [event]
    return query


def _values(query: Mapping[str, object], field: str) -> list[str]:
    raw = query.get(PARAMS[field])
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
    return [str(v) for v in items if str(v).strip()]


def _date(query: Mapping[str, object], field: str) -> date | None:
    for value in _values(query, field):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def from_query(query: Mapping[str, object]) -> tuple[Filters, str]:
    """The filters and the lane choice a URL asks for (unknown or malformed values dropped)."""
    match = (_values(query, "match_all") or ["any"])[-1]
    lanes = (_values(query, "lanes") or [LANES_BY[0]])[-1]
    filters = Filters(
        actors=tuple(dict.fromkeys(_values(query, "actors"))),
        match_all=_MATCH.get(match, False),
        date_from=_date(query, "date_from"),
        date_to=_date(query, "date_to"),
        text=" ".join(_values(query, "text")).strip(),
        event_types=tuple(dict.fromkeys(_values(query, "event_types"))),
        statuses=tuple(dict.fromkeys(_values(query, "statuses"))),
        documents=tuple(dict.fromkeys(_values(query, "documents"))),
    )
    return filters, lanes if lanes in LANES_BY else LANES_BY[0]


def query_string(filters: Filters, lanes: str = "actor", event: str = "") -> str:
    """``?actor=North+Korea&lanes=type``: the part of a link after the page address.

    >>> query_string(Filters(actors=("North Korea",)))
    '?actor=North+Korea'
    """
    encoded = urlencode(to_query(filters, lanes, event), doseq=True)
    return f"?{encoded}" if encoded else ""
