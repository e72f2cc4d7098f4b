"""The Timeline dashboard: a thin Streamlit layer over ``timeline`` (run: ``timeline app``).

    streamlit run app.py -- [PATH...] [--store STORE] [--events EVENTS_FILE]

Every decision lives in ``timeline.dashboard`` (pure, tested without a browser); the widgets in
``timeline.dashboard.ui``. This file only puts them on the page, in order.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from timeline.dashboard.args import parse_args
from timeline.dashboard.filters import apply_filters, chosen_lanes, filter_options
from timeline.dashboard.literal import literal
from timeline.dashboard.selection import Selection
from timeline.dashboard.ui.controls import filter_controls, seed_from_url, sync_url
from timeline.dashboard.ui.corpus import corpus_from_inputs
from timeline.dashboard.ui.store import StoreView, open_event_store, store_options
from timeline.dashboard.ui.views import downloads, event_detail, events_table, timeline_chart
from timeline.dashboard.urlstate import PARAMS

SAMPLE = Path(__file__).resolve().parent / "data" / "kursk-2025-04-28.txt"


def main() -> None:
    st.set_page_config(page_title="Timeline", layout="wide")
    st.title("Timeline")
    args = parse_args(sys.argv[1:])
    documents: dict = {}
    if args.store:
        st.sidebar.caption(f"Event store: {literal(args.store)}")
        store, error = open_event_store(args.store)
        if store is None:
            st.error(f"Not loaded: {literal(error)}")  # file names and values: text, not Markdown
            return
        options = store_options(args.store)
        seed_from_url(options)
        filters, lanes = filter_controls(options)
        view = StoreView(store, filters, lanes)
        shown, total, matching, key = view.frame, view.total, view.matching, f"store:{args.store}"
        rows, counts = (None, None) if matching <= len(shown) else (matching, view.density)
    else:
        paths = args.paths or (str(SAMPLE),)
        label = "Include the sample article" if not args.paths else \
            f"Include the {len(paths)} file(s) from the command line"
        corpus = corpus_from_inputs(paths, label, args.events)
        for error in corpus.errors:
            st.error(f"Not loaded: {literal(error)}")
        if corpus.frame.empty:
            st.info("No events found. Upload articles, paste one, or include the sample "
                    "(in the sidebar).")
            return
        options = filter_options(corpus.frame)
        seed_from_url(options)
        filters, lanes = filter_controls(options)
        shown = apply_filters(corpus.frame, filters)
        total, matching, key, documents = len(corpus.frame), len(shown), corpus.key, corpus.documents
        rows, counts = None, None
    st.markdown(f"**{matching:,}** of {total:,} events shown"
                + (f" · {len(documents):,} articles" if documents else ""))
    if shown.empty:
        sync_url(filters, lanes, None)
        st.info("No event matches these filters. Loosen them, or press 'Clear filters'.")
        return
    selection: Selection = st.session_state.get("_selection", Selection())
    # When a page opens, the table waits until the chart is drawn: loading Streamlit's table
    # (over a megabyte of JavaScript) first would hold the chart back by most of a second. The
    # chart reruns the app once it is on screen; from then on the table is always there.
    table_later = not st.session_state.get("_table_shown")
    st.session_state["_table_shown"] = True
    figure, picked = timeline_chart(shown, lanes, selection.event, f"{key}|{filters}|{lanes}",
                                    rows, counts, chosen_lanes(filters, lanes),
                                    report_drawn=table_later)
    st.subheader("Events")
    if table_later:
        st.caption("The table of events appears once the chart is drawn.")
        table_pick = ()
    else:
        table_pick = events_table(shown)
    selection = selection.update(picked, table_pick, set(shown["event_id"]),
                                 st.query_params.get(PARAMS["event"]))
    st.session_state["_selection"] = selection
    sync_url(filters, lanes, selection.event)
    if selection.event:
        st.subheader("Selected event")
        event_detail(shown[shown["event_id"] == selection.event].iloc[0].to_dict(), documents)
    else:
        st.caption("Select an event in the chart or the table to see its source.")
    st.subheader("Export")
    downloads(shown, figure)


main()
