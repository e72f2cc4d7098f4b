"""Open-world event verbs (issue 12): with ``Settings.open_verbs`` a verb no cue names makes an
event; stative verbs, descriptions and participles inside a subject do not. Sentences of our own;
the stop list and the examples of ``rules/en/openverbs.toml`` run as tests."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import openverbs
from timeline.events.candidates import sentence_candidates
from timeline.events.clauses import split_clauses, tokenize
from timeline.events.lexicon import inflect, load_lexicon
from timeline.events.openverbs import lemma_of, load_open_verbs, open_found, open_verb
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import DEFAULT_SETTINGS, Settings

DCT = date(2024, 5, 15)  # a Wednesday
ON = Settings(open_verbs=True)
OFF = Settings(open_verbs=False)


def _open(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, 0, len(text))
    return [(tokens[i].text, cue.lemma) for i, cue, _ in open_found(tokens, split_clauses(text, 0, len(text), tokens))]


def _predicates(text: str, settings: Settings) -> set[str]:
    return {e.predicate for e in process(Document("t", text, DCT), settings).events}


def test_on_by_default():
    assert DEFAULT_SETTINGS.open_verbs is True


@pytest.mark.parametrize("text, predicate, lemma", load_open_verbs().examples,
                         ids=[e[0][:40] for e in load_open_verbs().examples])
def test_rule_file_examples(text, predicate, lemma):
    found = _open(text)
    if predicate:
        assert (predicate, lemma) in found
    else:
        assert found == []


@pytest.mark.parametrize("text, predicate", [
    ("The governor inspected the damaged bridge on Monday.", "inspected"),
    ("Two climbers were airlifted to hospital on Sunday.", "airlifted"),
    ("The club has sacked its coach after five defeats.", "sacked"),
    ("The regulator fined the bank 2 million dollars on Tuesday.", "fined"),
    ("The singer cancelled her tour last week.", "cancelled"),
    ("The mayor unveiled a statue in the square on Friday.", "unveiled"),
    ("The striker scored twice in the second half on Saturday.", "scored"),
    ("The ferry capsized near the coast on Tuesday.", "capsized"),
    ("Firefighters rescued a family from the burning house overnight.", "rescued"),
    ("The queen knighted the author at a ceremony on Tuesday.", "knighted"),
    # the month "May" after the verb is no modal that makes the verb a participle of its subject
    ("The capsule carried two astronauts to the station in May.", "carried"),
    # irregular past forms of [irregular], and one the same as its base after "will"
    ("Tractors and bulldozers were later brought in to help on Friday.", "brought"),
    ("The regulator shut the plant on Tuesday.", "shut"),
    ("The insurers put the damage bill at 700 million dollars on Monday.", "put"),
    ("The council will put the plan to a vote on Monday.", "put"),
    # a past form right after the comma that closes an aside of the subject
    ("Ann Lee, a former museum clerk, gave the car to the museum in 2004.", "gave"),
    ("The company, a unit of Acme, auctioned the plant on Monday.", "auctioned"),
    # a cue word in a noun phrase after a preposition or a number is no verb that makes the open
    # verb before it a participle, nor the clause's happening
    ("The driver pleaded guilty to multiple charges of fraud on Monday.", "pleaded"),
    ("The mayor polled 36,781 votes in the city on Sunday.", "polled"),
])
def test_verbs_of_no_list_become_events(text, predicate):
    """Each sentence's verb becomes an event with the setting on (a cue verb too: it was one before)."""
    assert predicate in _predicates(text, ON)


@pytest.mark.parametrize("text, predicate", [
    ("The governor inspected the damaged bridge on Monday.", "inspected"),
    ("Two climbers were airlifted to hospital on Sunday.", "airlifted"),
    ("The queen knighted the author at a ceremony on Tuesday.", "knighted"),
    ("The ferry capsized near the coast on Tuesday.", "capsized"),
])
def test_open_verbs_are_events_only_with_the_setting(text, predicate):
    assert predicate not in _predicates(text, OFF)
    event = next(e for e in process(Document("t", text, DCT), ON).events if e.predicate == predicate)
    assert event.date_value  # dated by its own words
    assert predicate not in load_lexicon().cues  # an open verb indeed


@pytest.mark.parametrize("text", [
    "The museum is located near the old harbour.",  # a place
    "The phone is powered by a new chip.",  # an undated present passive: a description
    "The plan seemed reasonable to the committee.",  # a state
    "The fans wanted a better team.",  # a wish
    "The village is known for its cheese.",  # knowledge
    "The team was pleased with the draw.",  # a feeling
    "The bridge spans the river near the town.",  # a relation
    "Most of them owned small farms.",  # possession
    "The report, detailed in a long annex, was a surprise.",  # a participle after a comma
    "The bill tabled on Monday was a surprise to many.",  # a participle inside the subject
    "The injured workers were a concern for the firm.",  # an adjective after a determiner
    "A plan backed by the council was a surprise.",  # a participle with its agent
])
def test_states_and_descriptions_are_not_events(text):
    assert _predicates(text, ON) == set()


@pytest.mark.parametrize("lemma", sorted(load_open_verbs().stop_lemmas))
def test_stop_verbs_are_never_open_verbs(lemma):
    """Each verb of the stop list, in its past form after a subject or an auxiliary, is no open verb."""
    past = inflect(lemma)[2]
    for text in (f"The officials {past} the plan.", f"The plan was {past} by the officials."):
        tokens = tokenize(text, 0, len(text))
        clause = split_clauses(text, 0, len(text), tokens)[0]
        assert all(open_verb(tokens, i, clause) is None for i in range(len(tokens))), text


def test_a_clause_with_a_cue_keeps_its_cue():
    """The open verb is the fallback: "attacked" stays the predicate beside "handed"."""
    text = "Gunmen attacked the convoy and handed leaflets to villagers."
    assert [c.predicate.text for c in sentence_candidates(text, 0, len(text), ON)][:1] == ["attacked"]


@pytest.mark.parametrize("text", [
    "Police said the suspect surrendered at the border.",  # a reporting cue: the event is the saying
    "Gunmen attacked the convoy and handed leaflets to villagers.",
    "The union confirmed on Monday that the strike was called off.",
])
def test_candidates_with_a_cue_do_not_change(text):
    """Open verbs only make candidates where no cue made one: every candidate found without the
    setting is found with it, the same."""
    assert sentence_candidates(text, 0, len(text), ON) == sentence_candidates(text, 0, len(text))


@pytest.mark.parametrize("text, status", [
    ("The minister apologised to the families.", "asserted"),
    ("The firm did not apologise to the families.", "denied"),
    ("The minister will apologise to the families.", "planned"),
])
def test_an_open_verb_has_the_generic_type_and_its_status(text, status):
    [candidate] = sentence_candidates(text, 0, len(text), ON)
    assert (candidate.cue.event_type, candidate.status) == (load_open_verbs().event_type, status)


@pytest.mark.parametrize("form, lemma", [
    ("tabled", "table"), ("stabbed", "stab"), ("booked", "book"), ("crowned", "crown"),
    ("shared", "share"), ("carried", "carry"), ("addressed", "address"), ("ordered", "order"),
    ("received", "receive"), ("threw", "throw"), ("resigns", "resign"), ("visited", "visit"),
])
def test_lemmas(form, lemma):
    assert lemma_of(form) == lemma


def test_a_rule_file_without_a_table_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "openverbs.toml").write_text('event_type = "happening"\n', encoding="utf-8")
    monkeypatch.setattr(openverbs, "RULES", tmp_path)
    with pytest.raises(ValueError, match="openverbs.toml"):
        load_open_verbs("xx")


def test_the_keep_score_knows_an_open_verb():
    """The keep feature "open_verb" is 1 for an event whose predicate no cue names, 0 for a cue's."""
    from timeline.events.keepfeatures import document_features, feature_names
    from timeline.text import split_sentences

    text = "The governor inspected the bridge on Monday. Rebels seized the airport on Tuesday."
    events = process(Document("t", text, DCT), ON).events
    found = {c.predicate.start: c for s in split_sentences(text)
             for c in sentence_candidates(text, s.start, s.end, ON)}
    rows = document_features(text, DCT, events, [found.get(e.trigger_start) for e in events])
    at = feature_names().index("open_verb")
    assert {e.predicate: row[at] for e, row in zip(events, rows, strict=True)} == {"inspected": 1.0, "seized": 0.0}


def test_an_open_verb_passes_no_date_on():
    """The events after an open verb's take their date as they did without it: from the narrative
    of the cue events ("attacked" inherits Monday, not the open verb's Friday)."""
    text = ("Rebels seized the town on Monday. The governor inspected the bridge on Friday. "
            "The army attacked the village.")
    dates = {e.predicate: e.date_value for e in process(Document("t", text, DCT), ON).events}
    assert dates["inspected"] == "2024-05-10"
    assert dates["attacked"] == dates["seized"] == "2024-05-13"
    off = {e.predicate: e.date_value for e in process(Document("t", text, DCT)).events}
    assert off["attacked"] == dates["attacked"]
