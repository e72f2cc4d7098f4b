"""The Timeline dashboard page, put together from ``timeline.dashboard`` (run: ``timeline app``).

    streamlit run app.py -- [PATH...] [--store STORE] [--events EVENTS_FILE]

Every decision lives in the pure modules of ``timeline.dashboard`` (tested without a browser);
the widgets in ``timeline.dashboard.ui``. This module only puts them on the page, in order.
``timeline app`` runs this file; the top-level ``app.py`` of a checkout calls :func:`main` too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from timeline.dashboard import state
from timeline.dashboard.args import AppArgs, parse_args
from timeline.dashboard.corrections import log_key, place_for
from timeline.dashboard.filters import chosen_lanes
from timeline.dashboard.selection import Selection
from timeline.dashboard.ui.controls import chart_first, sync_url
from timeline.dashboard.ui.corpus import corpus_view
from timeline.dashboard.ui.edit import corrections_section, detail_panel
from timeline.dashboard.ui.store import store_view
from timeline.dashboard.ui.views import downloads, event_detail, events_table, timeline_chart
from timeline.dashboard.urlstate import PARAMS
from timeline.dashboard.view import View

__all__ = ["SAMPLE", "main"]

# The sample article of a checkout (an installed wheel has none: the page then starts empty).
# No bare strings in this module: Streamlit runs it as a script and would print them ("magic").
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "kursk-2025-04-28.txt"


def _view(args: AppArgs) -> View | None:
    """The events to show, from the store or from articles, corrected; None when there are none."""
    place = place_for(args)
    if args.store:
        return store_view(args.store, place)
    if args.paths:
        paths, label = args.paths, f"Include the {len(args.paths)} file(s) from the command line"
    else:
        paths = (str(SAMPLE),) if SAMPLE.exists() else ()
        label = "Include the sample article"
    return corpus_view(paths, label, args.events, place=place)


def main() -> None:
    """Draw the page once (Streamlit runs it again on every interaction)."""
    st.set_page_config(page_title="Timeline", layout="wide")
    st.title("Timeline")
    view = _view(parse_args(sys.argv[1:]))
    if view is None:
        return
    # A page opens with the headline and the chart alone (``chart_first``): Streamlit's filter
    # widgets and table (over a megabyte of JavaScript) would hold the chart back by over a
    # second. The chart reruns the app once it is on screen; from then on the page is whole.
    first = chart_first()
    st.session_state[state.CHART_SHOWN] = True
    shown, filters, lanes = view.frame, view.filters, view.lanes
    st.markdown(view.headline())
    if shown.empty:
        if first:  # no chart to wait for: draw the filters now, to loosen them
            st.rerun()
        sync_url(filters, lanes, None)
        st.info("No event matches these filters. Loosen them, or press 'Clear filters'.")
        return
    selection: Selection = st.session_state.get(state.SELECTION, Selection())
    ids = set(shown["event_id"])
    requested = st.query_params.get(PARAMS["event"])
    # an event the URL names is drawn selected from the first run (its ring, the panel's layout)
    selection = selection.update(selection.chart, selection.table, ids, requested)
    st.session_state[state.SELECTION] = selection
    figure, picked = timeline_chart(shown, lanes, selection.event, f"{view.key}|{filters}|{lanes}",
                                    view.rows, view.counts, chosen_lanes(filters, lanes),
                                    report_drawn=first, documents=view.documents)
    if first:
        # the URL stays as it came (an event it names is selected in the next run)
        st.caption("The table of events appears once the chart is drawn, with the filters and the "
                   "exports.")
        return
    st.subheader("Events")
    table_pick = events_table(shown)
    selection = selection.update(picked, table_pick, ids, requested)
    st.session_state[state.SELECTION] = selection
    sync_url(filters, lanes, selection.event)
    if selection.event:  # a panel fixed beside the chart (see ui.edit.PANEL_CSS)
        detail_panel(shown[shown["event_id"] == selection.event].iloc[0].to_dict(), view.documents, shown,
                     view.applied, view.place, log_key(view.log.corrections), event_detail)
    else:
        st.caption("Select an event in the chart or the table to see its source and correct it.")
    st.subheader("Export")
    downloads(shown, figure)
    corrections_section(view.place, view.applied, view.log, shown)


if __name__ == "__main__":  # ``streamlit run timeline/dashboard/app.py`` (what ``timeline app`` does)
    main()
