"""The panel beside the chart (the selected event's detail, its edit form, the undo list) and the
corrections section under the table. Every decision is in ``timeline.corrections`` and
``dashboard.corrections``; this module only draws widgets and records what they ask for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pandas as pd
import streamlit as st

from timeline.corrections import (
    Applied,
    Correction,
    Log,
    add,
    append,
    apply_corrections,
    change,
    hide,
    merge,
    next_id,
    read_log,
    to_line,
    undo,
)
from timeline.corrections.log import parse_lines
from timeline.dashboard import state
from timeline.dashboard.corrections import Place, form_changes, merge_choices
from timeline.dashboard.literal import literal
from timeline.dashboard.selection import Selection
from timeline.dashboard.urlstate import PARAMS
from timeline.model import Document

__all__ = ["PANEL_CSS", "corrected", "corrections_section", "current_log", "detail_panel"]

PANEL_WIDTH = "28rem"
PANEL_CSS = f"""<style>
.st-key-{state.DETAIL_PANEL} {{
  position: fixed; top: 4rem; right: 1rem; z-index: 1000; width: {PANEL_WIDTH}; max-width: 42vw;
  max-height: calc(100vh - 5rem); overflow-y: auto; background: var(--background-color, #fff);
  background-color: #fff; border: 1px solid rgba(49, 51, 63, .2); border-radius: .5rem;
  box-shadow: 0 6px 24px rgba(0, 0, 0, .18); padding: .5rem .9rem .9rem; font-size: .9rem;
}}
.st-key-{state.DETAIL_PANEL} h4 {{ font-size: 1rem; padding: .25rem 0; }}
.st-key-{state.DETAIL_PANEL} .tl-sentence {{ font-size: .95rem; line-height: 1.5; margin: .25rem 0 .25rem .5rem; }}
.st-key-{state.DETAIL_PANEL} p, .st-key-{state.DETAIL_PANEL} td {{ font-size: .9rem; }}
[data-testid="stMainBlockContainer"]:has(.st-key-{state.DETAIL_PANEL}) {{
  padding-left: 1.5rem; padding-right: calc(min({PANEL_WIDTH}, 42vw) + 2rem);
}}
.st-key-{state.DETAIL_PANEL} table.tl-fields th {{ text-align: left; padding-right: .6rem; vertical-align: top; }}
</style>"""
"""The detail is a panel fixed at the right of the window, beside the chart: the page's content
makes room for it (the chart narrows instead of being covered)."""
STATUSES = ("asserted", "claimed", "denied", "planned", "unconfirmed")


def current_log(place: Place) -> Log:
    """The corrections of this page: read from the file each run, or kept in the session."""
    if place.path:
        return read_log(place.path)
    return st.session_state.get(state.CORRECTIONS_LOG, Log())


def corrected(frame: pd.DataFrame, place: Place) -> tuple[Applied, Log]:
    """``frame`` with the page's corrections applied, and the log they came from."""
    log = current_log(place)
    return apply_corrections(frame, log.corrections), log


def _record(place: Place, correction: Correction) -> None:
    if place.path:
        append(place.path, correction)
        return
    log = st.session_state.get(state.CORRECTIONS_LOG, Log())
    numbered = replace(correction, id=next_id(log.corrections))
    st.session_state[state.CORRECTIONS_LOG] = Log((*log.corrections, numbered), log.problems)


def _by() -> str:
    return str(st.session_state.get(state.EDITOR) or "").strip()


def _close() -> None:
    chosen: Selection = st.session_state.get(state.SELECTION, Selection())
    st.session_state[state.SELECTION] = Selection(None, chosen.chart, chosen.table)
    if PARAMS["event"] in st.query_params:
        del st.query_params[PARAMS["event"]]


def _done(place: Place, corrections: Sequence[Correction]) -> None:
    for correction in corrections:
        _record(place, correction)
    st.rerun()


def _choices(values: Sequence[str], current: str) -> list[str]:
    return list(dict.fromkeys([current, *values] if current else values))


def _edit_form(row: Mapping, place: Place, actors: Sequence[str], types: Sequence[str], version: str) -> None:
    event = str(row["event_id"])
    with st.form(key=f"edit_{event}_{version}", border=False, enter_to_submit=False):
        key = f"{event}_{version}"
        date = st.text_input("Date", value=str(row.get("date") or ""), key=f"edit_date_{key}",
                             help="A day 2025-04-26, a month 2025-04, a week 2025-W17, a quarter "
                                  "2025-Q2, a year 2024, or a range 2025-04-01/2025-04-20.")
        chosen = st.multiselect("Actors", options=_choices(sorted(actors), ""), default=list(row["actors"]),
                                accept_new_options=True, placeholder="Choose or type a name",
                                key=f"edit_actors_{key}")
        left, right = st.columns(2)
        status_options = _choices(STATUSES, str(row["status"]))
        status = left.selectbox("Status", status_options, index=0, key=f"edit_status_{key}")
        type_options = _choices(sorted(types), str(row["event_type"]))
        event_type = right.selectbox("Type", type_options, index=0, accept_new_options=True,
                                     key=f"edit_type_{key}")
        saved = st.form_submit_button("Save the changes", type="primary", key=f"edit_save_{key}")
    if not saved:
        return
    changes = form_changes(row, date, chosen, status, event_type or "")
    if not changes:
        st.info("Nothing changed.")
        return
    try:
        made = [change(0, row, field, value, by=_by()) for field, value in changes]
    except ValueError as exc:
        st.error(f"Not saved: event {literal(event)}: {literal(str(exc))}")
        return
    _done(place, made)


def _hide_merge(row: Mapping, place: Place, frame: pd.DataFrame, version: str) -> None:
    event = str(row["event_id"])
    if st.button("Hide this event", key=f"hide_{event}_{version}",
                 help="Left out of the chart, the table and every export; the undo list brings it back."):
        _done(place, [hide(0, row, by=_by())])
    labels = frame.set_index("event_id")
    choices = merge_choices(frame, row)

    def label(event_id: str) -> str:
        other = labels.loc[event_id]
        return f"{other['date'] or 'no date'} · {other['summary']} ({event_id})"

    into = st.selectbox("Merge it into", choices, index=None, format_func=label,
                        key=f"merge_into_{event}_{version}", placeholder="The event it repeats",
                        help="The chosen event stays, with this one's sources and actors.")
    if st.button("Merge", key=f"merge_{event}_{version}", disabled=into is None):
        _done(place, [merge(0, row, {**labels.loc[into].to_dict(), "event_id": into}, by=_by())])


def _add_form(place: Place, doc_id: str, actors: Sequence[str], types: Sequence[str], key: str) -> None:
    with st.form(key=f"add_{key}", border=False, enter_to_submit=False):
        summary = st.text_input("What happened", placeholder="Talks resumed in Istanbul", key=f"add_summary_{key}")
        left, right = st.columns(2)
        date = left.text_input("Date", placeholder="2025-04-26", help="As in the edit form; empty: no date.",
                               key=f"add_date_{key}")
        event_type = right.selectbox("Type", _choices(sorted(types), "other"), accept_new_options=True,
                                     key=f"add_type_{key}")
        chosen = st.multiselect("Actors", options=sorted(actors), accept_new_options=True,
                                placeholder="Choose or type a name", key=f"add_actors_{key}")
        added = st.form_submit_button("Add the event", key=f"add_save_{key}")
    if not added:
        return
    try:
        made = add(0, summary, date, chosen, doc_id=doc_id, event_type=event_type or "other", by=_by())
    except ValueError as exc:
        st.error(f"Not added: {literal(str(exc))}")
        return
    _done(place, [made])


def _undo_list(place: Place, applied: Applied, key: str) -> None:
    if not applied.applied:
        st.caption("No correction in effect." + (f" {len(applied.undone)} undone." if applied.undone else ""))
        return
    if st.button("Undo the last", key=f"undo_last_{key}"):
        _done(place, [undo(0, applied.applied[-1], by=_by())])
    for c in reversed(applied.applied):
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.text(c.describe() + (f" (by {c.by})" if c.by else ""))
        if right.button("Undo", key=f"undo_{key}_{c.id}"):
            _done(place, [undo(0, c, by=_by())])
    if applied.undone:
        st.caption(f"{len(applied.undone)} undone: " + ", ".join(f"#{c.id}" for c in applied.undone))


def detail_panel(row: Mapping, documents: Mapping[str, Document | None], frame: pd.DataFrame,
                 applied: Applied, place: Place, version: str, draw_detail) -> None:
    """The selected event in a panel at the right of the window, beside the chart: its detail
    (``draw_detail(row, documents)``), and tabs to correct it, hide or merge it, add an event,
    and undo."""
    actors = sorted({a for actors in frame["actors"] for a in actors})
    types = sorted(set(frame["event_type"]))
    with st.container(key=state.DETAIL_PANEL):
        st.html(PANEL_CSS)
        head, close = st.columns([6, 1], vertical_alignment="center")
        head.markdown(f"**Selected event** {literal(str(row['event_id']))}"
                      + (f" · edited: {literal(str(row['edited']))}" if row.get("edited") else ""))
        close.button("✕", key=state.CLOSE_DETAIL, on_click=_close, help="Close the detail")
        draw_detail(row, documents)
        correct, hide_merge, add_tab, undo_tab = st.tabs(
            ["Correct", "Hide or merge", "Add an event", f"Undo ({len(applied.applied)})"])
        with correct:
            _edit_form(row, place, actors, types, version)
        with hide_merge:
            _hide_merge(row, place, frame, version)
        with add_tab:
            _add_form(place, str(row["doc_id"]), actors, types, f"panel_{version}")
        with undo_tab:
            _undo_list(place, applied, "panel")
        st.caption(f"Corrections are {place.describe()}.")


def _load_file() -> None:
    upload = st.session_state.get(state.CORRECTIONS_UPLOAD)
    if upload is None:
        return
    text = upload.getvalue().decode("utf-8", errors="replace")
    st.session_state[state.CORRECTIONS_LOG] = parse_lines(text.splitlines(), upload.name)


def corrections_section(place: Place, applied: Applied, log: Log, frame: pd.DataFrame) -> None:
    """Under the table: where the corrections are kept, every problem (naming the file and line,
    or the correction and its event), the undo list, the log to download (and, kept in the
    session, to upload), and a form to add a missing event."""
    st.subheader(f"Corrections ({len(applied.applied)} in effect)")
    st.caption(f"Corrections are {place.describe()}. Select an event to correct it.")
    for problem in (*log.problems, *applied.problems):
        st.warning(f"Correction not applied: {literal(str(problem))}")
    st.text_input("Your name (optional, recorded with each correction)", key=state.EDITOR, width=320)
    with st.expander("Undo"):
        _undo_list(place, applied, "section")
    with st.expander("Add a missing event"):
        actors = sorted({a for actors in frame["actors"] for a in actors})
        _add_form(place, "", actors, sorted(set(frame["event_type"])), "section")
    left, right = st.columns(2)
    left.download_button("Download the corrections (JSON Lines)",
                         data="".join(to_line(c) + "\n" for c in log.corrections).encode("utf-8"),
                         file_name="timeline-corrections.jsonl", mime="application/jsonl",
                         key=state.CORRECTIONS_DOWNLOAD, on_click="ignore",
                         disabled=not log.corrections)
    if not place.path:
        right.file_uploader("Continue from a corrections file", type=["jsonl"], key=state.CORRECTIONS_UPLOAD,
                            on_change=_load_file,
                            help="A file downloaded here before: its corrections replace this session's.")
