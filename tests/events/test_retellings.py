"""A happening told again later in its article joins its first telling (issue 12: one event per
real happening).

Sentences of our own: the examples of rules/en/retellings.toml, and more here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.events import retellings
from timeline.events.retellings import fold_retellings, groups_of, load_retelling_rules
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

DCT = date(2024, 3, 15)  # a Friday
EXAMPLES = load_retelling_rules().examples


def _shown(text: str, keep_score: bool = False):
    return [e for e in process(Document("t", text, DCT), Settings(keep_score=keep_score)).events if e.shown]


@pytest.mark.parametrize("text, events, parts", EXAMPLES, ids=[e[0][:60] for e in EXAMPLES])
def test_retellings_examples(text, events, parts):
    found = _shown(text)
    assert (len(found), sum(len(e.parts) for e in found)) == (events, parts)


def test_retellings_the_first_telling_keeps_its_words_date_and_actors():
    text = ("A court in Porto convicted the banker Ines Lobo of fraud on Wednesday. "
            "Lobo was found guilty of hiding the losses of the fund.")
    found = _shown(text)
    assert len(found) == 1
    event = found[0]
    assert (event.predicate, event.date_value, event.date_source) == ("convicted", "2024-03-13", "explicit")
    assert "Ines Lobo" in event.actors
    assert len(event.parts) == 1 and "found guilty" in event.parts[0][2]


@pytest.mark.parametrize("text", [
    # a retelling with a day of its own that is another day is another happening
    "Police arrested the singer Tom Vale in Leeds on Friday. Vale was arrested in York in 2019.",
    # a word of the group without the word it needs ("found" without "guilty") is no retelling
    "A court in Porto convicted the banker Ines Lobo of fraud on Wednesday. Inspectors found the ledgers.",
])
def test_retellings_what_stays_an_event(text):
    assert all(not e.parts for e in _shown(text))


@pytest.mark.parametrize("predicate, summary, groups", [
    ("convicted", "The court convicted him", {"conviction", "convict"}),
    ("found", "A jury found him guilty", {"conviction"}),  # "found" reports (a finding): no lemma
    ("found", "Divers found the wreck", set()),
    ("lifted", "The rocket lifted off", {"launch", "lift"}),
    ("jailing", "The judge advised against jailing him", set()),  # a gerund tells no happening
    ("launch", "The tests for Monday's launch", set()),  # nor a bare lemma (a noun, an infinitive)
    ("said", "The minister said it was over", set()),  # a saying's parts are statementparts'
])
def test_retellings_groups_of_a_cue(predicate, summary, groups):
    event = _shown("Police arrested the singer Tom Vale in Leeds on Friday.")[0]
    assert groups_of(replace(event, predicate=predicate, summary=summary)) == groups


def test_retellings_a_hidden_event_neither_joins_nor_takes_parts():
    text = ("The European Space Agency launched a weather satellite on Thursday. "
            "The rocket of the European Space Agency lifted off from Kourou.")
    off = replace(load_retelling_rules(), window=0)
    events = list(fold_retellings(process(Document("t", text, DCT), Settings(keep_score=False)).events, off))
    assert len(events) == 1  # already joined by the pipeline: build the pair by hand
    first = events[0]
    second = replace(first, event_id="t-e002", predicate="lifted", summary="The rocket lifted off from Kourou",
                     date_source="inherited", parts=())
    first = replace(first, parts=())
    assert len(fold_retellings([first, second])) == 1
    assert len(fold_retellings([first, replace(second, shown=False)])) == 2
    assert len(fold_retellings([replace(first, shown=False), second])) == 2


def test_retellings_window_zero_turns_the_rule_off(monkeypatch):
    text = ("The European Space Agency launched a weather satellite on Thursday. "
            "The rocket of the European Space Agency lifted off from Kourou.")
    events = process(Document("t", text, DCT), Settings(keep_score=False)).events
    off = replace(load_retelling_rules(), window=0)
    assert fold_retellings(events, off) == list(events)
    monkeypatch.setattr(retellings, "load_retelling_rules", lambda language="en": off)
    assert all(not e.parts for e in _shown(text))


def test_retellings_a_happening_told_again_in_a_statement_joins(monkeypatch):
    text = ("The league banned the sprinter Ada Moss on Tuesday. "
            "Ada Moss was banned for doping, the league said in a statement.")
    assert sum(len(e.parts) for e in _shown(text)) == 1
    strict = replace(load_retelling_rules(), told_as=frozenset())
    monkeypatch.setattr(retellings, "load_retelling_rules", lambda language="en": strict)
    assert all(not e.parts for e in _shown(text))  # the ban (sport) and its telling (statement)


def test_retellings_bad_rules_name_the_file(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "retellings.toml").write_text("window = 3\n", encoding="utf-8")
    monkeypatch.setattr(retellings, "RULES", tmp_path)
    load_retelling_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="retellings.toml"):
            load_retelling_rules()
    finally:
        load_retelling_rules.cache_clear()
