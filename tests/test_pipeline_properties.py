"""Any text goes through the whole pipeline without an exception, with offsets that index it."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Document, process

NEWSY = st.sampled_from([
    "said", "that", "which", "who", "and", "but", "after", "on Monday", "last year", "in 2019",
    "Moscow", "the Kremlin", "Kim Jong UN", "U.S.", "Gen.", "(File Image/Reuters)", '"', "“", "”",
    "``", "''", ",", ".", ";", "\n", "\n\n", "May", "March", "seized", "denied", "10,000", "$2,024",
])
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), max_size=80).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, dated=st.booleans())
def test_pipeline_any_text_processes(text, dated):
    doc = Document("d", text, date(2025, 4, 28) if dated else None)
    result = process(doc)
    for s in result.sentences:
        assert 0 <= s.start < s.end <= len(text)
    for t in result.times:
        assert text[t.start : t.end] == t.text
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
    for e in result.events:
        assert e.sentence.start <= e.trigger_start < e.trigger_end <= e.sentence.end
        assert text[e.trigger_start : e.trigger_end] == e.predicate
        if e.period_start is not None:
            assert e.period_start <= e.period_end


# Issue 15: no exception escapes a document, whatever its bytes or its article date.

SUFFIXES = st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".txt.gz", ".jsonl.gz", ".json.gz"])
JSONISH = st.sampled_from(['{"text": ', '"date": ', '"9999-12-31"', '"0001-01-01"', "[", "]", "{",
                           "}", ",", "\n", '"', "\\", "\ufeff", "date 2025-04-28 ", "1e999", "-0"])
BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(JSONISH, st.text(max_size=6)), max_size=60).map(lambda parts: "".join(parts).encode()),
    st.text(max_size=200).map(lambda text: text.encode("utf-16")),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=BYTES, suffix=SUFFIXES)
def test_loader_any_bytes_as_any_file_never_raises(data, suffix):
    import gzip
    from pathlib import Path

    from timeline.loaders import load_path

    if suffix.endswith(".gz") and data[:1] != b"\x1f":
        data = gzip.compress(data)
    docs, errors = load_path(Path("f" + suffix), data=data)
    assert docs or errors
    assert all(error.path == "f" + suffix for error in errors)
    assert all(doc.text.strip() for doc in docs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=BYTES, suffix=SUFFIXES)
def test_archive_reader_any_bytes_never_raises(tmp_path_factory, data, suffix):
    import gzip

    from timeline.loaders import LoadError
    from timeline.store.inputs import iter_records

    path = tmp_path_factory.mktemp("archive") / ("f" + suffix)
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    records = [record for _, record in iter_records(path)]
    assert records
    assert all(r.path == str(path) for r in records if isinstance(r, LoadError))


DATED = st.lists(st.sampled_from([
    "Rebels seized the airport", "next year", "yesterday", "a century earlier", "in 50 AD",
    "two days later", "last week", "in 10 years", "on Monday", "the following month", "in 9999",
    "in the year 1", "a millennium later", "since 2019", ".", ",", "\n\n",
]), min_size=1, max_size=20).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DATED, dct=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_pipeline_any_article_date_fails_only_its_own_document(text, dct):
    from timeline.failures import DocumentFailure, process_each

    good = Document("good", "Rebels seized the airport on Saturday.", date(2025, 4, 28))
    first, second = process_each([Document("edge", text, dct), good])
    assert isinstance(first, DocumentFailure) or first.document.doc_id == "edge"
    assert not isinstance(second, DocumentFailure) and second.events
