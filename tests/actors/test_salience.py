"""A one-off actor the article never names leaves its events (``timeline.actors.salience``).
Sentences of our own, mentions built by hand; one class per test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors.salience import passing_actors, reporters, unnamed_actors, without_actors
from timeline.model import ActorMention, Document, Event, Sentence
from timeline.pipeline import DocumentResult, with_document_actors


def _mention(text: str, words: str, name: str, kind: str, acts_for: str = "") -> ActorMention:
    start = text.index(words)
    return ActorMention(start, start + len(words), words, f"{kind}:{name}", name, kind, acts_for, acts_for, acts_for)


def _event(n: int, text: str, actors: tuple[str, ...]) -> Event:
    return Event(f"e{n}", "d1", Sentence(0, len(text)), 0, 4, "said", text, None, "none", "", None, None, None, "",
                 actors=actors, actor_roles=tuple((a, "agent") for a in actors),
                 actor_kinds=tuple((a, "country") for a in actors))


# a country a generic noun was resolved to, in a story that never names that country
@pytest.mark.parametrize(("text", "state"), [
    ("The police must find out what caused the fire, the mayor said.", "Ruritania"),
    ("A government has promised to build the new bypass by 2030.", "Freedonia"),
])
def test_salience_a_state_the_story_never_names_is_no_actor(text, state):
    assert unnamed_actors(text, [], [(state,)]) == {state}


@pytest.mark.parametrize(("text", "words", "body", "state"), [
    ("The Kremlin said on Monday that the talks had failed.", "Kremlin", "Kremlin", "Russia"),
])
def test_salience_the_state_a_body_acts_for_is_named_by_it(text, words, body, state):
    assert unnamed_actors(text, [_mention(text, words, body, "agency", state)], [(state,)]) == frozenset()


@pytest.mark.parametrize(("text", "actors"), [
    ("Germany's navy shelled the coastal town before dawn.", [("Germany",)]),  # written, no mention left
    ("Police studied the footage; the police later said more.", [("China",), ("China",)]),  # acts twice
])
def test_salience_a_written_or_recurring_actor_stays(text, actors):
    assert unnamed_actors(text, [], actors) == frozenset()


@pytest.mark.parametrize("name", ["Chile"])
def test_salience_an_actor_with_a_mention_of_its_own_stays(name):
    text = "Santiago said the Chilean vote was fair."
    mentions = [_mention(text, "Chilean", name, "country")]
    assert unnamed_actors(text, mentions, [(name,)]) == frozenset()


def test_salience_the_article_drops_the_unnamed_actor_from_its_events_and_its_actors():
    text = "Investigators studied the footage on Monday. Kenya's police arrested two men."
    mentions = (_mention(text, "Kenya", "Kenya", "country"),)
    events = (_event(1, text, ("China",)), _event(2, text, ("Kenya",)))
    doc = Document("d1", text, date(2024, 5, 6))
    result = with_document_actors(DocumentResult(doc, (), (), mentions, events))
    assert [e.actors for e in result.events] == [(), ("Kenya",)]
    assert result.events[0].actor_roles == () and result.events[0].actor_kinds == ()
    assert result.events[0].doc_actors == ("Kenya",)
    assert without_actors(events[1], frozenset({"China"})) is events[1]


def _org(text: str, words: str, start: int = 0) -> ActorMention:
    at = text.index(words, start)
    return ActorMention(at, at + len(words), words, "organisation:" + words, words, "organisation")


# an outlet named only as the teller of a report after a clause mark
@pytest.mark.parametrize(("text", "words"), [
    ("The ferry sank near the port on Monday, Harbour Radio reported.", "Harbour Radio"),
    ("Earlier on Friday, Valley Wire reported that the deal was off.", "Valley Wire"),
    ("Turnout was 61 percent, Metro Eight (ME8) reports.", "Metro Eight"),
])
def test_salience_an_organisation_only_telling_a_report_is_no_actor(text, words):
    assert reporters(text, [_org(text, words)]) == {words}
    assert passing_actors(text, [_org(text, words)], [(words,)]) == {words}


@pytest.mark.parametrize(("text", "words"), [
    ("Valley Foods reported a loss of $3 million on Friday.", "Valley Foods"),  # it acts: its own loss
    ("On Friday, Valley Foods reported record sales.", "Valley Foods"),
    ("The ferry sank, Harbour Radio reported. Harbour Radio said 12 were missing.", "Harbour Radio"),
])
def test_salience_an_organisation_that_acts_stays(text, words):
    mentions = [_org(text, words), *([_org(text, words, text.index(words) + 1)] if text.count(words) > 1 else [])]
    assert reporters(text, mentions) == frozenset()


def test_salience_a_teller_acting_in_two_shown_events_stays():
    text = "The ferry sank on Monday, Harbour Radio reported."
    assert passing_actors(text, [_org(text, "Harbour Radio")], [("Harbour Radio",), ("Harbour Radio",)]) == frozenset()
