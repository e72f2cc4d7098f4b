"""The filter widgets, mirrored in the URL so that a view is a link.

The URL is synced explicitly (``urlstate.from_query`` when a session starts, ``to_query`` after
every run) rather than with ``bind="query-params"``: a bound widget writes its *labels* into the
URL, and our labels carry event counts ("North Korea (17)") that change with the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

from timeline.dashboard.filters import FilterOptions, Filters
from timeline.dashboard.lanes import LANE_LABELS, LANES_BY
from timeline.dashboard.state import AFFILIATED, CHART_SHOWN, CLEAR_FILTERS, MINOR, URL_SEEDED
from timeline.dashboard.state import FILTER_KEYS as KEYS
from timeline.dashboard.urlstate import from_query, to_query

__all__ = ["DEFAULTS", "chart_first", "filter_controls", "filters_of", "seed_from_url", "sync_url"]

DEFAULTS = {
    KEYS["actors"]: [], KEYS["match_all"]: "any", KEYS["date_from"]: None,
    KEYS["date_to"]: None, KEYS["text"]: "", KEYS["event_types"]: [],
    KEYS["statuses"]: [], KEYS["documents"]: [],
}
"""Each filter widget's key and its value when cleared."""
_MATCH_LABELS = {"any": "any of them", "all": "all of them"}
_DATE_LIMITS = {"min_value": date(1, 1, 1), "max_value": date(9999, 12, 31)}


def seed_from_url(options: FilterOptions) -> None:
    """Once per session: set the widgets from the URL (values not in the data are dropped)."""
    if st.session_state.get(URL_SEEDED):
        return
    st.session_state[URL_SEEDED] = True
    query = {key: st.query_params.get_all(key) for key in st.query_params}
    filters, lanes = from_query(query)
    for field in ("actors", "event_types", "statuses", "documents"):
        valid = getattr(options, field)
        values = [v for v in getattr(filters, field) if v in valid]
        if values:
            st.session_state[KEYS[field]] = values
    if filters.match_all:
        st.session_state[KEYS["match_all"]] = "all"
    for field in ("date_from", "date_to"):
        if getattr(filters, field) is not None:
            st.session_state[KEYS[field]] = getattr(filters, field)
    if filters.text:
        st.session_state[KEYS["text"]] = filters.text
    st.session_state[KEYS["lanes"]] = lanes


def sync_url(filters: Filters, lanes: str, event: str | None) -> None:
    """Write the view into the URL (only when it changed)."""
    wanted = to_query(filters, lanes, event or "")
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)


def _clear() -> None:
    for key, value in DEFAULTS.items():
        st.session_state[key] = value


def _counted(counts: dict[str, int]):
    return lambda value: f"{value} ({counts.get(value, 0)})"


def filters_of(values: Mapping[str, object]) -> tuple[Filters, str]:
    """The filters and lanes that the filter widgets' values say, by widget key (``KEYS``,
    ``AFFILIATED``, ``MINOR``); a missing or empty value filters nothing. The same whether the values come
    from the widgets or, before the widgets are drawn, from the session state.

    >>> filters_of({"actor": ["Russia"], "match": "all", "q": "troops", "lanes": "type"})[0]
    Filters(actors=('Russia',), match_all=True, affiliated=False, date_from=None, date_to=None, \
text='troops', event_types=(), statuses=(), documents=(), minor=False)
    >>> filters_of({}) == (Filters(), LANES_BY[0])
    True
    """
    def chosen(field: str) -> tuple[str, ...]:
        return tuple(values.get(KEYS[field]) or ())

    filters = Filters(actors=chosen("actors"), match_all=values.get(KEYS["match_all"]) == "all",
                      affiliated=bool(values.get(AFFILIATED)),
                      date_from=values.get(KEYS["date_from"]) or None,
                      date_to=values.get(KEYS["date_to"]) or None,
                      text=str(values.get(KEYS["text"]) or ""), event_types=chosen("event_types"),
                      statuses=chosen("statuses"), documents=chosen("documents"),
                      minor=bool(values.get(MINOR)))
    return filters, str(values.get(KEYS["lanes"]) or LANES_BY[0])


def chart_first() -> bool:
    """True in the first run of a session, until the chart is on screen: the page then draws the
    chart before the filter widgets, the table and the rest, which come in the rerun the chart
    asks for once it is drawn. Streamlit's widgets cost the browser more than the chart (the
    sidebar's took over half of the time to the first chart of 10,000 events)."""
    return not st.session_state.get(CHART_SHOWN)


def filter_controls(options: FilterOptions) -> tuple[Filters, str]:
    """The sidebar's filters and lane choice, read from (and written to) the URL. Before the
    chart is first drawn (``chart_first``), no widget yet: the values the URL set."""
    if chart_first():
        return filters_of({key: st.session_state[key] for key in (*KEYS.values(), AFFILIATED, MINOR)
                           if key in st.session_state})
    bar = st.sidebar
    bar.header("Filters")
    actors = options.actors
    chosen = bar.multiselect(
        "Actors", options=list(actors), key=KEYS["actors"],
        format_func=_counted(actors), placeholder="All actors",
        help="Show only events involving these actors (the number of events in brackets).")
    match = bar.radio("Events with", options=list(_MATCH_LABELS), key=KEYS["match_all"],
                      format_func=_MATCH_LABELS.get, horizontal=True,
                      help="Any of the chosen actors, or all of them together.")
    affiliated = bar.checkbox("Include affiliated actors", key=AFFILIATED,
                              help="A country or organisation also matches the events of its people and "
                                   "bodies (Russia: Vladimir Putin's events too).")
    # one under the other: side by side, a date was cut to "2025 / 0" in the sidebar's width
    date_from = bar.date_input("From", value=None, key=KEYS["date_from"],
                               help="Events that end on or after this day.", **_DATE_LIMITS)
    date_to = bar.date_input("To", value=None, key=KEYS["date_to"],
                             help="Events that start on or before this day.", **_DATE_LIMITS)
    text = bar.text_input("Search the text", key=KEYS["text"],
                          placeholder="a word in the summary or sentence",
                          help="Case-insensitive search in the summaries and source sentences.")
    types = options.event_types
    event_types = bar.multiselect("Event type", options=list(types), key=KEYS["event_types"],
                                  format_func=_counted(types),
                                  placeholder="All types")
    statuses = options.statuses
    status = bar.multiselect("Status", options=list(statuses), key=KEYS["statuses"],
                             format_func=_counted(statuses),
                             placeholder="Asserted, claimed, denied, planned…",
                             help="Asserted, claimed by one side, denied, or planned.")
    docs = options.documents
    documents = bar.multiselect("Source document", options=list(docs), key=KEYS["documents"],
                                format_func=_counted(docs),
                                placeholder="All documents")
    minor = bar.toggle("Minor events", key=MINOR,
                       help="Also the events a reader would likely not keep (a description, an "
                            "expectation, a repeat): the keep score leaves them out by default.")
    bar.button("Clear filters", on_click=_clear, key=CLEAR_FILTERS)
    bar.header("View")
    lanes = bar.radio("Lanes", options=list(LANES_BY), key=KEYS["lanes"],
                      format_func=LANE_LABELS.get, horizontal=True,
                      help="One row of the timeline per actor; per country or organisation (people "
                           "and bodies under the one they belong to); per kind of actor; per place; "
                           "per event type; or per document.")
    return filters_of({KEYS["actors"]: chosen, KEYS["match_all"]: match, AFFILIATED: affiliated,
                       KEYS["date_from"]: date_from, KEYS["date_to"]: date_to, KEYS["text"]: text,
                       KEYS["event_types"]: event_types, KEYS["statuses"]: status,
                       KEYS["documents"]: documents, MINOR: minor, KEYS["lanes"]: lanes})
