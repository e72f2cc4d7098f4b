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
