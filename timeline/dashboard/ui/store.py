"""The ``--store`` mode: events come from the event store (``timeline.store``), filtered there.

Guarded: without the store package (or with a store that fails to open) the page says why and
nothing else breaks. Only the events the view needs are fetched: up to ``QUERY_LIMIT`` for the
table and the chart, and counts per period from the store when more match.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from timeline.dashboard.conform import conform
from timeline.dashboard.corrections import Place, log_key
from timeline.dashboard.filters import FilterOptions, Filters
from timeline.dashboard.literal import literal
from timeline.dashboard.ui.controls import filter_controls, seed_from_url
from timeline.dashboard.ui.edit import corrected
from timeline.dashboard.view import View

__all__ = ["QUERY_LIMIT", "StoreView", "open_event_store", "store_options", "store_view"]

QUERY_LIMIT = 20_000


@st.cache_resource(show_spinner="Opening the event store…")
def open_event_store(path: str) -> tuple[object | None, str]:
    """(store, "") or (None, why it could not be opened)."""
    try:
        from timeline.store import open_store
    except ImportError as exc:
        return None, f"the event store is not available in this installation ({exc})"
    try:
        return open_store(path), ""
    except Exception as exc:  # noqa: BLE001 - any failure becomes a message on the page
        return None, f"{path}: could not open the event store ({type(exc).__name__}: {exc})"


@st.cache_data(ttl=300, show_spinner=False)
def store_options(path: str) -> FilterOptions:
    """What the filters offer: every actor of the store, the other values among its first
    ``QUERY_LIMIT`` events (kept five minutes)."""
    store, _ = open_event_store(path)
    sample = store.query(Filters(), limit=QUERY_LIMIT)

    def counts(column: str) -> dict[str, int]:
        values = sample[column].fillna("").astype(str).value_counts()
        return {k: int(v) for k, v in values.items() if k}

    return FilterOptions(dict(store.actor_counts(Filters())), counts("event_type"),
                         counts("status"), counts("doc_id"))


class StoreView:
    """What one view of the store needs: counts, the first events, density on demand."""

    def __init__(self, store, filters: Filters, lanes: str) -> None:
        self.store, self.filters, self.lanes = store, filters, lanes
        self.total = int(store.count(Filters()))
        self.matching = int(store.count(filters))
        self.frame = conform(store.query(filters, limit=QUERY_LIMIT))

    def density(self) -> pd.DataFrame:
        """Counts per lane and period of every matching event (asked of the store when drawn)."""
        return self.store.density(self.filters, lanes_by=self.lanes)


def store_view(path: str, place: Place | None = None) -> View | None:
    """The sidebar's filters over the store at ``path`` and the view they select, with the
    corrections kept at ``place`` (the store's ``corrections.jsonl``) applied to the events
    fetched; None (with the reason on the page) when the store cannot be opened."""
    st.sidebar.caption(f"Event store: {literal(path)}")
    store, error = open_event_store(path)
    if store is None:
        st.error(f"Not loaded: {literal(error)}")  # names and values: text, not Markdown
        return None
    try:
        options = store_options(path)
        seed_from_url(options)
        filters, lanes = filter_controls(options)
        found = StoreView(store, filters, lanes)
    except ValueError as exc:  # StoreFileError (a ValueError): a damaged file, named in the message
        st.error(f"Not loaded: {literal(str(exc))}. `timeline extract --check {literal(path)}` lists "
                 "every damaged file; re-running `timeline extract` sets them aside and extracts their "
                 "documents again.")
        return None
    counts = None if found.matching <= len(found.frame) else found.density
    place = place or Place()
    applied, log = corrected(found.frame, place)
    if filters != Filters() or counts is not None:
        # only some events were fetched: a correction of one left out is not a problem here
        outside = [p for p in applied.problems if p.missing]
        applied = replace(applied, problems=tuple(p for p in applied.problems if not p.missing))
        if outside:
            st.caption(f"{len(outside)} correction(s) concern events outside these filters "
                       "(they apply when those events are shown).")
    return View(applied.frame, found.total, found.matching, f"store:{path}|{log_key(log.corrections)}",
                filters, lanes, counts=counts, place=place, log=log, applied=applied)
