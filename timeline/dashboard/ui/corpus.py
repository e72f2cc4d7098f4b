"""The articles in the dashboard and their events: sample or command-line files, uploads, a
pasted article, or an events table; parsing cached per file and per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import events_frame, load_documents, process
from timeline.dashboard.conform import conform, read_events
from timeline.dashboard.inputs import (
    MAX_UPLOAD_MB,
    UPLOAD_TYPES,
    fingerprint,
    load_uploads,
    pasted_document,
    unique_ids,
)
from timeline.events.merge import merge_events
from timeline.model import Document
from timeline.settings import DEFAULT_SETTINGS

__all__ = ["Corpus", "corpus_from_files", "corpus_from_inputs"]

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
            dct_source: str = "", url: str = "") -> pd.DataFrame:
    return events_frame([process(Document(doc_id, text, dct, source, title, dct_source, url))])


@st.cache_resource(show_spinner=False, max_entries=4)  # shared, not copied: nothing mutates it
def _read_events(path: str, stamp: float) -> pd.DataFrame:
    del stamp
    return read_events(path)


def _stamp(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


def _parse(documents: list[Document]) -> tuple[pd.DataFrame, list[str]]:
    """Every document's events, with a progress bar when there are many documents.

    A document the pipeline fails on becomes an error naming it; the others still show.
    """
    key = fingerprint(documents)
    memo = st.session_state.get("_corpus_memo")
    if memo is not None and memo[0] == key:
        return memo[1], memo[2]
    bar = st.progress(0.0, text="Finding events…") if len(documents) >= _PROGRESS_FROM else None
    frames, errors = [], []
    for number, doc in enumerate(documents, start=1):
        try:
            frames.append(_events(doc.doc_id, doc.text, doc.dct, doc.source, doc.title,
                                  doc.dct_source, doc.url))
        except Exception as exc:  # noqa: BLE001 - one bad document must not take the page down
            errors.append(f"{doc.source or doc.doc_id} ({doc.doc_id}): could not be processed "
                          f"({type(exc).__name__}: {exc})")
        if bar is not None and (number % 10 == 0 or number == len(documents)):
            bar.progress(number / len(documents), text=f"Finding events: {number} of "
                                                         f"{len(documents)} articles")
    if bar is not None:
        bar.empty()
    frames = [f for f in frames if len(f)]
    frame = pd.concat(frames, ignore_index=True) if frames else events_frame([])
    if DEFAULT_SETTINGS.merge_across_documents:
        frame = merge_events(frame)  # one row per happening, with every article reporting it
    st.session_state["_corpus_memo"] = (key, frame, errors)
    return frame, errors


def corpus_from_files(paths: tuple[str, ...]) -> tuple[list[Document], list[str]]:
    """The documents of the files given on the command line (or the sample)."""
    return _read_paths(paths, tuple(_stamp(p) for p in paths))


def corpus_from_inputs(base_paths: tuple[str, ...], base_label: str, events_file: str = "") -> Corpus:
    """The sidebar's input section, and the events of everything it brings in."""
    st.sidebar.header("Articles")
    if events_file:
        try:
            frame = _read_events(events_file, _stamp(events_file))
        except (OSError, ValueError) as exc:
            return Corpus(conform(events_frame([])), errors=[f"{events_file}: {exc}"])
        st.sidebar.caption(f"Events table: {Path(events_file).name}")
        return Corpus(frame, key=f"events:{events_file}:{_stamp(events_file)}")
    use_base = st.sidebar.checkbox(base_label, value=True, key="use_base")
    uploads = st.sidebar.file_uploader(
        "Upload articles (.txt with a 'date YYYY-MM-DD' first line or a date line, .json, .jsonl, .csv, "
        "saved web pages .html)",
        type=list(UPLOAD_TYPES), accept_multiple_files=True, key="uploads",
        max_upload_size=MAX_UPLOAD_MB,
        help=f"Several files at once, up to {MAX_UPLOAD_MB} MB each. JSON, JSONL and CSV need a "
             "text field and may have a date field (date, published or dct).")
    with st.sidebar.expander("Paste an article"):
        pasted = st.text_area("Article text", key="paste_text", height=160,
                              help="Plain text; a first line 'date YYYY-MM-DD' also sets the date.")
        pasted_date = st.date_input("Article date (the anchor of 'yesterday', 'last year')",
                                    value=None, key="paste_date", min_value=date(1800, 1, 1),
                                    max_value=date(2200, 12, 31))
    documents: list[Document] = []
    errors: list[str] = []
    if use_base:
        docs, errs = corpus_from_files(base_paths)
        documents += docs
        errors += errs
    for upload in uploads or []:
        docs, errs = _read_upload(upload.name, upload.getvalue())
        documents += docs
        errors += errs
    docs, errs = pasted_document(pasted or "", pasted_date)
    documents += docs
    errors += [str(e) for e in errs]
    documents = unique_ids(documents)
    frame, failed = _parse(documents)
    return Corpus(conform(frame), {d.doc_id: d for d in documents}, errors + failed,
                  fingerprint(documents))
