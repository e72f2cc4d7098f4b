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
from timeline.dashboard.filters import apply_filters
from timeline.dashboard.selection import Selection
from timeline.dashboard.ui.controls import filter_controls, seed_from_url, sync_url
from timeline.dashboard.ui.corpus import corpus_from_inputs
from timeline.dashboard.ui.views import downloads, event_detail, events_table, timeline_chart
from timeline.dashboard.urlstate import PARAMS

SAMPLE = Path(__file__).resolve().parent / "data" / "kursk-2025-04-28.txt"


def main() -> None:
    st.set_page_config(page_title="Timeline", layout="wide")
    st.title("Timeline")
    args = parse_args(sys.argv[1:])
    paths = args.paths or (str(SAMPLE),)
    label = "Include the sample article" if not args.paths else \
        f"Include the {len(paths)} file(s) from the command line"
    corpus = corpus_from_inputs(paths, label, args.events)
    for error in corpus.errors:
        st.error(f"Not loaded: {error}")
    frame = corpus.frame
    if frame.empty:
        st.info("No events found. Upload articles, paste one, or include the sample "
                "(in the sidebar).")
        return
    seed_from_url(frame)
    filters, lanes = filter_controls(frame)
    shown = apply_filters(frame, filters)
    st.markdown(f"**{len(shown):,}** of {len(frame):,} events shown"
                + (f" · {len(corpus.documents):,} articles" if corpus.documents else ""))
    if shown.empty:
        sync_url(filters, lanes, None)
        st.info("No event matches these filters. Loosen them, or press 'Clear filters'.")
        return
    selection: Selection = st.session_state.get("_selection", Selection())
    requested = st.query_params.get(PARAMS["event"])
    view_key = f"{corpus.key}|{filters}|{lanes}"
    figure, picked = timeline_chart(shown, lanes, selection.event, view_key)
    st.subheader("Events")
    table_pick = events_table(shown)
    selection = selection.update(picked, table_pick, set(shown["event_id"]), requested)
    st.session_state["_selection"] = selection
    sync_url(filters, lanes, selection.event)
    if selection.event:
        st.subheader("Selected event")
        row = shown[shown["event_id"] == selection.event].iloc[0]
        event_detail(row.to_dict(), corpus.documents)
    else:
        st.caption("Select an event in the chart or the table to see its source.")
    st.subheader("Export")
    downloads(shown, figure)


main()
