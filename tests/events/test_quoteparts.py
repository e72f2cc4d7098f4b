"""A statement that goes on in a quote is one event (issue 12, corpus floor): the quote-only sentence
after it joins it as a part. Sentences of our own (the examples of rules/en/parts.toml
[continued_quote], and more here)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.quoteparts import load_quote_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 15)  # a Friday
EXAMPLES = load_quote_rules().examples


def _events(text: str):
    return process(Document("t", text, DCT), Settings(keep_score=False)).events


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:50] for e in EXAMPLES])
def test_continued_quote_examples(text, events, parts):
    found = _events(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_the_quote_joins_its_statement_with_its_words_and_date():
    text = ('Coach Peter Lindqvist said on Wednesday that his team would fight for the title. '
            '"Nobody here has given up," he said.')
    events = _events(text)
    assert len(events) == 1
    statement = events[0]
    assert statement.date_value == "2024-03-13"
    assert len(statement.parts) == 1 and "given up" in statement.parts[0][2]
    assert [e.event_id for e in events] == ["t-e001"]


def test_a_quote_with_a_date_of_its_own_stays_an_event():
    text = ('Coach Peter Lindqvist said on Wednesday that his team would fight for the title. '
            '"We lost on Tuesday," he said.')
    assert len(_events(text)) >= 2


def test_quoteparts_bad_pattern_is_an_error_naming_the_file(tmp_path, monkeypatch):
    import timeline.events.parts as parts
    (tmp_path / "yy").mkdir()
    (tmp_path / "yy" / "parts.toml").write_text(
        'window = 3\nmarkers = ["set"]\n[continued_quote]\nsentence = "(open"\nwindow = 2\n', encoding="utf-8")
    monkeypatch.setattr(parts, "RULES", tmp_path)
    with pytest.raises(ValueError, match=r"parts\.toml: \[continued_quote\] sentence"):
        load_quote_rules("yy")
