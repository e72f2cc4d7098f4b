"""The Timeline dashboard: a thin Streamlit layer over ``timeline`` (run: ``timeline app``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import events_frame, load_documents, process_all
from timeline.dashboard import Filters, actor_counts, apply_filters, build_figure

SAMPLE = Path(__file__).resolve().parent / "data" / "kursk-2025-04-28.txt"


@st.cache_data(show_spinner="Reading the articles…")
def load(paths: tuple[str, ...]) -> tuple[pd.DataFrame, tuple[str, ...]]:
    loaded = load_documents(paths)
    frame = events_frame(process_all(loaded.documents))
    return frame, tuple(str(e) for e in loaded.errors)


def main() -> None:
    st.set_page_config(page_title="Timeline", layout="wide")
    st.title("Timeline")
    paths = tuple(a for a in sys.argv[1:] if a) or (str(SAMPLE),)
    frame, errors = load(paths)
    for error in errors:
        st.error(error)
    counts = actor_counts(frame)
    chosen = st.multiselect(
        "Actors", options=list(counts), key="actors",
        format_func=lambda a: f"{a} ({counts.get(a, 0)})",
        help="Show only events involving any of these actors.",
    )
    shown = apply_filters(frame, Filters(actors=tuple(chosen)))
    st.caption(f"{len(shown)} of {len(frame)} events")
    st.plotly_chart(build_figure(shown), key="timeline", use_container_width=True)
    table = shown[["date", "summary", "actors", "sentence"]].copy()
    table["actors"] = table["actors"].map(", ".join)
    st.dataframe(table, hide_index=True, use_container_width=True)


main()
