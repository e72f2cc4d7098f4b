"""The articles in the dashboard and their events: sample or command-line files, uploads, a
pasted article, or an events table; parsing cached per file and per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import events_frame, events_table, load_documents, process
from timeline.dashboard.conform import conform, read_events
from timeline.dashboard.corrections import Place, log_key
from timeline.dashboard.filters import apply_filters, filter_options
from timeline.dashboard.inputs import (
    MAX_UPLOAD_MB,
    UPLOAD_TYPES,
    fingerprint,
    load_uploads,
    pasted_document,
    unique_ids,
)
from timeline.dashboard.literal import literal
from timeline.dashboard.state import PASTE_DATE, PASTE_TEXT, UPLOADS, USE_BASE, upload_date_key
from timeline.dashboard.ui.controls import filter_controls, seed_from_url
from timeline.dashboard.ui.edit import corrected
from timeline.dashboard.view import View
from timeline.failures import DocumentFailure, failure_reason
from timeline.model import Document
from timeline.settings import DEFAULT_SETTINGS, Settings
from timeline.sources.docdate import with_user_date

__all__ = ["Corpus", "corpus_from_files", "corpus_from_inputs", "corpus_view"]

_PROGRESS_FROM = 4  # documents; fewer parse too fast for a progress bar to help


@dataclass
class Corpus:
    """The events table, the documents behind it (for the detail view) and what failed to load."""

    frame: pd.DataFrame
    documents: dict[str, Document] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    key: str = ""


@st.cache_data(show_spinner=False, max_entries=32)
def _read_paths(paths: tuple[str, ...], stamps: tuple[float, ...]) -> tuple[list[Document], list[str]]:
    del stamps  # part of the cache key only: a changed file is read again
    loaded = load_documents(paths)
    return list(loaded.documents), [str(e) for e in loaded.errors]


@st.cache_data(show_spinner=False, max_entries=256)
def _read_upload(name: str, data: bytes) -> tuple[list[Document], list[str]]:
    docs, errors = load_uploads([(name, data)], max_bytes=MAX_UPLOAD_MB * 1_000_000)
    return docs, [str(e) for e in errors]


@st.cache_data(show_spinner=False, max_entries=50_000)
def _events(doc_id: str, text: str, dct: date | None, source: str, title: str,
            settings: Settings, dct_source: str = "", url: str = "") -> tuple[pd.DataFrame, tuple[str, ...]]:
    """One document's events, kept per document: adding an article parses only that one; and
    what a limit left out of them (``DocumentResult.notes``)."""
    result = process(Document(doc_id, text, dct, source, title, dct_source, url), settings)
    return events_frame([result]), result.notes


@st.cache_resource(show_spinner=False, max_entries=4)  # shared, not copied: nothing mutates it
def _read_events(path: str, stamp: float) -> pd.DataFrame:
    del stamp
    return read_events(path)


def _stamp(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


# Streamlit's resource cache, not cache_data: a rerun (every filter change) gets the same frame
# back instead of an unpickled copy (0.4 s for 10,000 events); nothing mutates it.
@st.cache_resource(show_spinner=False, max_entries=8)
def _parse(key: str, settings: Settings, _documents: tuple[Document, ...]) -> tuple[pd.DataFrame, list[str]]:
    """Every document's events, merged, with a progress bar when there are many documents;
    kept per ``key`` (the documents' fingerprint), so a rerun that changes no input parses nothing.

    A document the pipeline fails on becomes an error naming it; the others still show.
    """
    documents = _documents
    bar = st.progress(0.0, text="Finding events…") if len(documents) >= _PROGRESS_FROM else None
    errors: list[str] = []
    done = 0

    def table(doc: Document, settings: Settings) -> pd.DataFrame:
        nonlocal done
        try:
            frame, notes = _events(doc.doc_id, doc.text, doc.dct, doc.source, doc.title, settings,
                                   doc.dct_source, doc.url)
            errors.extend(f"{doc.source or doc.doc_id}: {note}" for note in notes)
            return frame
        except Exception as exc:  # noqa: BLE001 - one bad document must not take the page down
            errors.append(str(DocumentFailure(doc, failure_reason(exc))))
            return events_frame([])
        finally:
            done += 1
            if bar is not None and (done % 10 == 0 or done == len(documents)):
                bar.progress(done / len(documents), text=f"Finding events: {done} of "
                                                         f"{len(documents)} articles")

    frame = events_table(documents, settings, document_table=table)  # merged as settings say
    if bar is not None:
        bar.empty()
    return conform(frame), errors


def corpus_from_files(paths: tuple[str, ...]) -> tuple[list[Document], list[str]]:
    """The documents of the files given on the command line (or the sample)."""
    return _read_paths(paths, tuple(_stamp(p) for p in paths))


def _dated(name: str, docs: list[Document]) -> list[Document]:
    """An uploaded file's documents; when some have no article date, a date field for the file
    in the sidebar fills it in (source 'user')."""
    if all(d.dct is not None for d in docs):
        return docs
    undated = sum(d.dct is None for d in docs)
    chosen = st.sidebar.date_input(
        f"Article date of {name}", value=None, key=upload_date_key(name), min_value=date(1800, 1, 1),
        max_value=date(2200, 12, 31),
        help=f"No date was found in {undated} of its {len(docs)} article(s): the anchor of 'yesterday', "
             "'last year' in them. Dates the file gives stay.")
    return [with_user_date(d, chosen) if d.dct is None else d for d in docs]


def corpus_from_inputs(base_paths: tuple[str, ...], base_label: str, events_file: str = "",
                       settings: Settings = DEFAULT_SETTINGS) -> Corpus:
    """The sidebar's input section, and the events of everything it brings in."""
    st.sidebar.header("Articles")
    if events_file:
        try:
            frame = _read_events(events_file, _stamp(events_file))
        except (OSError, ValueError) as exc:
            return Corpus(conform(events_frame([])), errors=[f"{events_file}: {exc}"])
        st.sidebar.caption(f"Events table: {literal(Path(events_file).name)}")
        return Corpus(frame, key=f"events:{events_file}:{_stamp(events_file)}")
    use_base = bool(base_paths) and st.sidebar.checkbox(base_label, value=True, key=USE_BASE)
    uploads = st.sidebar.file_uploader(
        "Upload articles (.txt with a 'date YYYY-MM-DD' first line or a date line, .json, .jsonl, .csv, "
        "saved web pages .html)",
        type=list(UPLOAD_TYPES), accept_multiple_files=True, key=UPLOADS,
        max_upload_size=MAX_UPLOAD_MB,
        help=f"Several files at once, up to {MAX_UPLOAD_MB} MB each. JSON, JSONL and CSV need a "
             "text field and may have a date field (date, published or dct).")
    with st.sidebar.expander("Paste an article"):
        pasted = st.text_area("Article text", key=PASTE_TEXT, height=160,
                              help="Plain text; a first line 'date YYYY-MM-DD' also sets the date.")
        pasted_date = st.date_input("Article date (the anchor of 'yesterday', 'last year')",
                                    value=None, key=PASTE_DATE, min_value=date(1800, 1, 1),
                                    max_value=date(2200, 12, 31))
    documents: list[Document] = []
    errors: list[str] = []
    if use_base:
        docs, errs = corpus_from_files(base_paths)
        documents += docs
        errors += errs
    for upload in uploads or []:
        docs, errs = _read_upload(upload.name, upload.getvalue())
        documents += _dated(upload.name, docs)
        errors += errs
    docs, errs = pasted_document(pasted or "", pasted_date)
    documents += docs
    errors += [str(e) for e in errs]
    documents = unique_ids(documents)
    key = fingerprint(documents)
    frame, failed = _parse(key, settings, tuple(documents))
    # the view's key names the settings too: other settings, other events (and figures)
    view_key = key if settings == DEFAULT_SETTINGS else f"{key}:{hash(settings):x}"
    return Corpus(frame, {d.doc_id: d for d in documents}, errors + failed, view_key)


def corpus_view(base_paths: tuple[str, ...], base_label: str, events_file: str = "",
                settings: Settings = DEFAULT_SETTINGS, place: Place | None = None) -> View | None:
    """The sidebar's inputs and filters, and the view they select (events found and merged as
    ``settings`` say, the corrections kept at ``place`` applied); None (with a note on the page)
    when no input gives an event."""
    corpus = corpus_from_inputs(base_paths, base_label, events_file, settings)
    for error in corpus.errors:
        st.error(f"Not loaded: {literal(error)}")  # names and values: text, not Markdown
    if corpus.frame.empty:
        st.info("No events found. Upload articles, paste one, or include the sample "
                "(in the sidebar).")
        return None
    place = place or Place()
    applied, log = corrected(corpus.frame, place)
    frame = applied.frame
    options = filter_options(frame)
    seed_from_url(options)
    filters, lanes = filter_controls(options)
    shown = apply_filters(frame, filters)
    return View(shown, len(frame), len(shown), f"{corpus.key}|{log_key(log.corrections)}", filters, lanes,
                documents=corpus.documents, place=place, log=log, applied=applied)
