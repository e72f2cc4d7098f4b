"""The main area: the count, the timeline, the table, the detail of the chosen event, exports."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import plotly.io as pio
import streamlit as st

from timeline.dashboard.certainty import LEGEND
from timeline.dashboard.chart import ChartSettings, figure_spec
from timeline.dashboard.corrections import undated_by_file
from timeline.dashboard.density import build_density_figure, density
from timeline.dashboard.detail import article_html, detail_html
from timeline.dashboard.exports import EVENT_FORMATS, events_bytes, figure_html
from timeline.dashboard.literal import literal
from timeline.dashboard.state import DOWNLOAD_HTML, DRAW_ALL, TABLE, download_key
from timeline.dashboard.table import TABLE_COLUMNS, table_view
from timeline.dashboard.ui.chart_view import chart_view
from timeline.model import Document

__all__ = ["MAX_DRAWN", "downloads", "event_detail", "events_table", "timeline_chart"]

# Drawn marks (events x lanes): past AUTO_DENSITY the chart shows counts per period unless the
# user asks for every event; past MAX_DRAWN it always does (the browser would not cope).
AUTO_DENSITY = 4_000
MAX_DRAWN = 60_000
TABLE_LIMIT = 2_000
_CONFIG = {"displaylogo": False, "scrollZoom": False,
           "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2}}


def drawn_rows(frame: pd.DataFrame, lanes_by: str, only: tuple[str, ...] = ()) -> int:
    """How many marks the chart would draw (an event counts once per actor lane it is in)."""
    dated = frame[frame["start"].notna()]
    if lanes_by != "actor":
        return len(dated)
    if only:
        chosen = set(only)
        return int(dated["actors"].map(lambda a: len(chosen.intersection(a))).sum())
    return int(dated["actors"].map(lambda a: max(1, len(a))).sum())


@st.cache_data(show_spinner=False, max_entries=16)
def _figure(_frame: pd.DataFrame, lanes_by: str, selected: str | None, key: str,
            draw_all: bool, rows: int, _counts: Callable[[], pd.DataFrame],
            only: tuple[str, ...] = ()) -> tuple[str, bool]:
    """The figure's JSON and whether it draws events one by one, kept per view (``key`` names
    the events and the filters; the frame itself is not hashed), shared by sessions: filter
    changes rebuild it, other reruns and a link opened twice reuse it."""
    frame, counts = _frame, _counts
    if rows > MAX_DRAWN or (rows > AUTO_DENSITY and not draw_all):
        note = f"{rows:,} marks: events per period. Narrow the filters to see each event."
        figure, individual = build_density_figure(counts(), lanes_by, note), False
    else:
        figure = figure_spec(frame, lanes_by, selected if rows <= ChartSettings().gl_threshold else None,
                             only=only)
        individual = True
    return pio.to_json(figure, validate=False), individual


def timeline_chart(frame: pd.DataFrame, lanes_by: str, selected: str | None, view_key: str,
                   rows: int | None = None, counts: Callable[[], pd.DataFrame] | None = None,
                   only: tuple[str, ...] = (), report_drawn: bool = False,
                   documents: Mapping[str, Document | None] | None = None) -> tuple[str, tuple[str, ...]]:
    """Draw the timeline; return the figure (as JSON) and the event picked in it.

    ``rows`` (the marks to draw) and ``counts`` (the density table) default to those of
    ``frame``; the store mode passes its own, for more events than it fetched. ``only``: draw
    just these lanes (the actors filtered on). ``report_drawn``: rerun the app once the chart is
    on screen (see ``chart_view``). ``documents`` name the files of undated events.
    """
    rows = drawn_rows(frame, lanes_by, only) if rows is None else rows
    counts = counts or (lambda: density(frame, lanes_by, only=only))
    # The notes above the chart come and go; the chart keeps its place in the page in its own
    # container, or Streamlit would mount a new chart (reloading plotly.js) when they change.
    notes, place = st.container(), st.container()
    draw_all = False
    if AUTO_DENSITY < rows <= MAX_DRAWN:
        draw_all = notes.toggle(f"Draw all {rows:,} marks one by one (slower)", key=DRAW_ALL,
                                help="By default, this many events are shown as counts per period.")
    view = f"{view_key}|{selected}|{draw_all}"
    figure_json, individual = _figure(frame, lanes_by, selected, view, draw_all, rows, counts, only)
    if not individual:
        notes.info("Many events: the chart shows how many fall in each period. Filter by actor, "
                   "type, date or text to see the events themselves.")
    if only:
        notes.caption("Lanes of the chosen actors only; the table and each event's detail list "
                      "every actor.")
    undated = int(frame["start"].isna().sum())
    if undated:
        with notes.expander(f"{undated} event(s) without a resolvable date are in the table only: "
                            "by file"):
            for name, events in undated_by_file(frame, documents or {}).items():
                st.markdown(f"**{literal(name)}**")
                st.text("\n".join(events))
    with place:
        picked = chart_view(figure_json, view, _CONFIG,
                            alt=f"Timeline of {len(frame)} events in lanes by {lanes_by}",
                            report_drawn=report_drawn)
    st.caption("Solid: " + LEGEND["exact"].split(": ", 1)[1] + ". Light, hatched: "
               + LEGEND["coarse"].split(": ", 1)[1] + ". Outlined: "
               + LEGEND["inferred"].split(": ", 1)[1]
               + ". Click an event for its source; drag to zoom, double-click to zoom out.")
    return figure_json, picked if individual else ()


def events_table(frame: pd.DataFrame) -> tuple[str, ...]:
    """The filtered events as a table; return the id of the selected row, if any."""
    view = table_view(frame, TABLE_LIMIT)
    if len(frame) > TABLE_LIMIT:
        st.caption(f"The first {TABLE_LIMIT:,} of {len(frame):,} events by date; "
                   "export for all of them.")
    state = st.dataframe(
        view.rename(columns=TABLE_COLUMNS), key=TABLE, on_select="rerun",
        selection_mode="single-row", hide_index=True, width="stretch", height=320,
        column_config={"Event": None})
    try:
        rows = state["selection"]["rows"]
    except (KeyError, TypeError):
        rows = []
    return tuple(str(view["event_id"].iloc[i]) for i in rows if 0 <= i < len(view))


def event_detail(row: Mapping, documents: Mapping[str, Document | None]) -> None:
    """The chosen event: highlighted source sentence, document, and how its date was found."""
    doc = documents.get(str(row["doc_id"]))
    st.html(detail_html(row, doc))
    if doc is not None:
        with st.expander("The whole article"):
            st.html(article_html(doc.text, row))


def downloads(frame: pd.DataFrame, figure: str) -> None:
    """Download buttons; the files are made only when a button is clicked."""
    row = st.container(horizontal=True)  # each button as wide as its label (columns cut them)
    for fmt, (suffix, mime, label) in EVENT_FORMATS.items():
        row.download_button(label, data=lambda fmt=fmt: events_bytes(frame, fmt),
                            file_name=f"timeline-events{suffix}", mime=mime,
                            key=download_key(fmt), on_click="ignore")
    row.download_button("Chart as HTML", data=lambda: figure_html(figure),
                        file_name="timeline.html", mime="text/html",
                        key=DOWNLOAD_HTML, on_click="ignore",
                        help="A standalone page that works offline. For a PNG, use the "
                             "camera icon above the chart.")
