"""Event-ness (issue 12): demands, questions and conditions are planned or not events; captions
never are; noun events with a date are events dated by it. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.eventness import load_eventness
from timeline.model import Document
from timeline.pipeline import process

DCT = date(2023, 3, 15)  # a Wednesday


def _events(text: str):
    return process(Document("t", text, DCT)).events


@pytest.mark.parametrize("text, predicate", [
    ("The union demanded that the company release the detained workers.", "release"),
    ("The mayor requested that the council approve the budget.", "approve"),
    ("If the rebels seize the airport, the talks will end.", "seize"),
    ("The regulator urged that the bank cut its fees.", "cut"),
])
def test_demands_and_conditions_are_planned_and_undated(text, predicate):
    found = {e.predicate: e for e in _events(text)}
    if predicate in found:  # not an event at all is fine too; a done event is not
        assert found[predicate].status == "planned"
        assert found[predicate].date_source != "article_date"


@pytest.mark.parametrize("text", [
    "Did the army withdraw the troops from the border?",
    "Will the court release the activist on bail?\u201d",
])
def test_questions_are_not_events(text):
    assert not _events(text)


@pytest.mark.parametrize("text", [
    "The ferry sank on Monday.\n(Photo: Rescuers search the harbour. - AFP)",
    "The ferry sank on Monday. (AP Photo: Divers arrive at the harbour.)",
    'The ferry sank on Monday.\n(AP Photo: Divers arrive at the "old" harbour.)',
    'The ferry sank on Monday.\n(File photo: Divers search the harbour.',
])
def test_captions_are_not_events(text):
    assert [e.predicate for e in _events(text)] == ["sank"]


@pytest.mark.parametrize("text, predicate, value", [
    ("Monday's landslide destroyed the village road.", "destroyed", "2023-03-13"),
    ("Survivors recalled the 2010 raid.", "raid", "2010"),
    ("Officials reviewed last year's deployment of peacekeepers.", "deployment", "2022"),
    ("The Greens won 40 seats in last week's election.", "won", "2023-W10"),
])
def test_noun_events_with_a_date_are_dated_by_it(text, predicate, value):
    found = {e.predicate: e for e in _events(text)}
    assert found[predicate].date_value == value and found[predicate].date_source == "explicit"


@pytest.mark.parametrize("text, predicate", [
    ("The new tablet runs on a faster chip.", "runs"),
    ("The robot is a laser-firing laboratory on wheels.", "firing"),
])
def test_descriptions_are_not_events(text, predicate):
    assert predicate not in {e.predicate for e in _events(text)}


@pytest.mark.parametrize("text, predicate", [
    ("The market reopens on Monday.", "reopens"),
    ("The minister said the army withdraws its troops.", "withdraws"),
])
def test_dated_or_reported_present_is_kept(text, predicate):
    assert predicate in {e.predicate for e in _events(text)}


@pytest.mark.parametrize("text", [
    "The mayor said the council had no option but to vote on Tuesday.",
    "The coach said he had to rest his players, and to start the reserves on Sunday.",
])
def test_fragments_without_a_subject_are_not_events(text):
    events = _events(text)
    shown = [e.summary for e in events if e.shown]
    assert shown and not any(s.split()[0].lower() == "to" for s in shown), shown
    # never lost: the fragment stays in the output, hidden (the "minor" column)
    assert any(not e.shown and e.summary.split()[0].lower() == "to" for e in events)


EVENTNESS = load_eventness().examples


@pytest.mark.parametrize("text, predicate, is_event", EVENTNESS, ids=[e[0] for e in EVENTNESS])
def test_eventness_rules_run_their_examples(text, predicate, is_event):
    """Counterfactuals, abilities, expectations, conditions, habits and states, negated subjects and
    descriptions are not events (``rules/en/eventness.toml``); a plain report of the same kind is."""
    assert (predicate in {e.predicate for e in _events(text)}) == is_event


def test_eventness_examples_cover_every_table():
    import tomllib
    from pathlib import Path

    import timeline.events.eventness as module
    data = tomllib.loads((Path(module.__file__).parent / "rules/en/eventness.toml").read_text(encoding="utf-8"))
    assert all(table.get("examples") for table in data.values())
    assert any(not event for _, _, event in EVENTNESS) and any(event for _, _, event in EVENTNESS)


def test_eventness_bad_pattern_names_the_file(tmp_path, monkeypatch):
    import timeline.events.eventnessrules as module
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "eventness.toml").write_text('[habit]\npatterns = ["(unclosed"]\n', encoding="utf-8")
    monkeypatch.setattr(module, "RULES", tmp_path)
    with pytest.raises(ValueError, match=r"eventness\.toml: \[habit\]"):
        module.load_eventness("xx")


@pytest.mark.parametrize("text, phrase", [
    ("Officials said the storm surge flooded the port. The cyclone.", "The cyclone"),
    ("Troops fought on. A fierce battle.", "A fierce battle"),
])
def test_a_noun_phrase_without_a_verb_is_no_event(text, phrase):
    events = _events(text)
    shown = [e.summary for e in events if e.shown]
    assert shown and phrase not in shown, shown
    assert phrase in [e.summary for e in events if not e.shown]  # hidden ("minor"), never lost


@pytest.mark.parametrize(("text", "summary_word"), [
    ("The clerk pleaded guilty to charges of fraud under section 12 of the Penal Code 1936.", "pleaded"),
    ("The former mayor pleaded guilty to charges of bribery.", "pleaded"),
])
def test_a_plural_noun_after_to_is_no_present_verb_of_a_description(text, summary_word):
    """"pleaded guilty to charges": "charges" after "to" is a noun, not a verb in the simple
    present; the clause reports a happening, with or without a date of its own."""
    events = process(Document("t", text, date(2024, 11, 20))).events
    assert any(summary_word in e.summary for e in events), [e.summary for e in events]


@pytest.mark.parametrize("text, predicate, described", [
    ("Most farmers sell their crops to traders from the coast.", "sell", True),
    ("They run the two plants together with a Korean partner.", "run", True),
    ("Most farmers sold their crops to traders from the coast.", "sold", False),
    ("The farmers set their prices before the harvest.", "set", False),
])
def test_a_plural_present_describes_unless_past_too(text, predicate, described):
    """A base form after a plural noun or "they", undated, tells what goes on ("Most farmers sell
    their crops ..."); a past, or a base form that is its past too ("set"), tells a happening."""
    from timeline.events.candidates import sentence_candidates
    from timeline.events.eventness import describes

    found = [c for c in sentence_candidates(text, 0, len(text)) if c.predicate.text == predicate]
    assert found
    assert describes(text, found[0], None) is described
