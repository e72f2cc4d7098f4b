"""The main area: the count, the timeline, the table, the detail of the chosen event, exports."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import pandas as pd
import plotly.io as pio
import streamlit as st

from timeline.dashboard.certainty import LEGEND, certainty
from timeline.dashboard.chart import ChartSettings, figure_spec
from timeline.dashboard.density import build_density_figure, density
from timeline.dashboard.detail import CSS, article_date, highlight_sentence, source_link, source_sentences
from timeline.dashboard.exports import EVENT_FORMATS, events_bytes, figure_html
from timeline.dashboard.hover import resolved_text
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


_FIGURES_KEPT = 16


@st.cache_resource
def _figures() -> dict[str, tuple[str, bool]]:
    """Figures (as JSON) by view key (content-based), shared by sessions: a link opened twice
    draws fast."""
    return {}


def _figure(frame: pd.DataFrame, lanes_by: str, selected: str | None, key: str,
            draw_all: bool, rows: int, counts: Callable[[], pd.DataFrame],
            only: tuple[str, ...] = ()) -> tuple[str, bool]:
    """The figure's JSON and whether it draws events one by one, memoised per view (filter
    changes rebuild it; other reruns reuse it)."""
    memo = _figures()
    found = memo.pop(key, None)
    if found is not None:
        memo[key] = found  # most recently used last
        return found
    if rows > MAX_DRAWN or (rows > AUTO_DENSITY and not draw_all):
        note = f"{rows:,} marks: events per period. Narrow the filters to see each event."
        figure, individual = build_density_figure(counts(), lanes_by, note), False
    else:
        figure = figure_spec(frame, lanes_by, selected if rows <= ChartSettings().gl_threshold else None,
                             only=only)
        individual = True
    memo[key] = found = (pio.to_json(figure, validate=False), individual)
    for old in list(memo)[:-_FIGURES_KEPT]:
        memo.pop(old, None)  # other sessions may drop the same one
    return found


def timeline_chart(frame: pd.DataFrame, lanes_by: str, selected: str | None, view_key: str,
                   rows: int | None = None, counts: Callable[[], pd.DataFrame] | None = None,
                   only: tuple[str, ...] = (), report_drawn: bool = False) -> tuple[str, tuple[str, ...]]:
    """Draw the timeline; return the figure (as JSON) and the event picked in it.

    ``rows`` (the marks to draw) and ``counts`` (the density table) default to those of
    ``frame``; the store mode passes its own, for more events than it fetched. ``only``: draw
    just these lanes (the actors filtered on). ``report_drawn``: rerun the app once the chart is
    on screen (see ``chart_view``).
    """
    rows = drawn_rows(frame, lanes_by, only) if rows is None else rows
    counts = counts or (lambda: density(frame, lanes_by, only=only))
    # The notes above the chart come and go; the chart keeps its place in the page in its own
    # container, or Streamlit would mount a new chart (reloading plotly.js) when they change.
    notes, place = st.container(), st.container()
    draw_all = False
    if AUTO_DENSITY < rows <= MAX_DRAWN:
        draw_all = notes.toggle(f"Draw all {rows:,} marks one by one (slower)", key="draw_all",
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
        notes.caption(f"{undated} event(s) without a resolvable date are in the table only.")
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
        view.rename(columns=TABLE_COLUMNS), key="table", on_select="rerun",
        selection_mode="single-row", hide_index=True, width="stretch", height=320,
        column_config={"Event": None})
    try:
        rows = state["selection"]["rows"]
    except (KeyError, TypeError):
        rows = []
    return tuple(str(view["event_id"].iloc[i]) for i in rows if 0 <= i < len(view))


def _field(label: str, value: str) -> str:
    return f"<tr><th>{html.escape(label)}</th><td>{value}</td></tr>"


def event_detail(row: Mapping, documents: Mapping[str, Document]) -> None:
    """The chosen event: highlighted source sentence, document, and how its date was found."""
    doc = documents.get(str(row["doc_id"]))
    sentence = highlight_sentence(doc.text if doc else None, row)
    level = certainty(pd.DataFrame([{"granularity": row["granularity"],
                                     "date_source": row["date_source"]}])).iloc[0]
    frame = pd.DataFrame([row])
    resolved = resolved_text(frame).iloc[0] if pd.notna(row["start"]) else "not resolved"
    written = html.escape(row["date_text"]) if row["date_text"] else "<i>no date words in the sentence</i>"
    roles = ", ".join(f"{html.escape(a)} ({html.escape(r)})" for a, r in row["actor_roles"]) \
        or html.escape(", ".join(row["actors"])) or "none found"
    doc_line = html.escape(str(row["doc_id"]))
    if doc is not None:
        doc_line += " · " + html.escape(doc.title or "") + " · " + (
            html.escape(doc.dct.isoformat()) if doc.dct else "no article date")
        if doc.source:
            doc_line += " · " + html.escape(doc.source)
    table = "".join([
        _field("Date as written", written),
        _field("Resolved", html.escape(resolved)),
        _field("How", html.escape(row["resolution"] or row["date_source"])),
        _field("Certainty", html.escape(LEGEND[level])),
        _field("Status", html.escape(row["status"] + (f" ({row['attribution']})" if row["attribution"] else ""))),
        _field("Type", html.escape(row["event_type"])),
        _field("Actors", roles),
        _field("Document", doc_line),
        _field("Article date", article_date(row)),
    ] + ([_field("Source", source_link(row))] if source_link(row) else []))
    others = "".join(f"<li><b>{d}</b>: {s}</li>" for d, s in source_sentences(row))
    body = (f'{CSS}<div class="tl-detail"><h4>{html.escape(row["summary"])}</h4>'
            f'<blockquote class="tl-sentence">{sentence}</blockquote>'
            f'<p><mark class="tl-date">date words</mark> <mark class="tl-actor">actors</mark> '
            f'<b class="tl-trigger">what happened</b></p>'
            f'<table class="tl-fields">{table}</table>'
            + (f"<p>Also reported in:</p><ul>{others}</ul>" if others else "") + "</div>")
    st.html(body)
    if doc is not None:
        with st.expander("The whole article"):
            start, end = int(row["sentence_start"]), int(row["sentence_end"])
            st.html('<div class="tl-article">' + html.escape(doc.text[:start]).replace("\n", "<br>")
                    + '<mark class="tl-date">' + html.escape(doc.text[start:end]) + "</mark>"
                    + html.escape(doc.text[end:]).replace("\n", "<br>") + "</div>")


def downloads(frame: pd.DataFrame, figure: str) -> None:
    """Download buttons; the files are made only when a button is clicked."""
    columns = st.columns(len(EVENT_FORMATS) + 1)
    for column, (fmt, (suffix, mime, label)) in zip(columns, EVENT_FORMATS.items(), strict=False):
        column.download_button(label, data=lambda fmt=fmt: events_bytes(frame, fmt),
                               file_name=f"timeline-events{suffix}", mime=mime,
                               key=f"download_{fmt}", on_click="ignore")
    columns[-1].download_button("Chart as HTML", data=lambda: figure_html(figure),
                                file_name="timeline.html", mime="text/html",
                                key="download_html", on_click="ignore",
                                help="A standalone page that works offline. For a PNG, use the "
                                     "camera icon above the chart.")
