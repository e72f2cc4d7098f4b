"""Fragment events and one-clause summaries (issue 12 points 1 and 6): a report without what it
reports, a relative clause without its subject and a noun cut from its sentence are hidden; a
subject is not taken from the wrong side of an aside or a verb's clause. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.candidates import sentence_candidates
from timeline.events.fragments import fragment_kind, load_fragment_words
from timeline.events.summary import summarize
from timeline.model import Document
from timeline.pipeline import process

DCT = date(2023, 3, 15)
EXAMPLES = load_fragment_words().examples


def _events(text: str):
    return process(Document("t", text, DCT)).events


@pytest.mark.parametrize("table, text, predicate, fragment", EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_fragment_rules_run_their_examples(table, text, predicate, fragment):
    """Each example's event is the fragment its table says (and no event shows that summary), or
    a clause of its own."""
    summaries = {c: summarize(text, c) for c in sentence_candidates(text, 0, len(text))
                 if c.predicate.text == predicate}
    assert summaries
    assert all(fragment_kind(text, summary, c) == (table if fragment else "") for c, summary in summaries.items())
    if fragment:
        assert not any(e.shown and e.summary in summaries.values() for e in _events(text))


def test_fragment_naming_an_actor_no_shown_event_names_stays_shown():
    """Hiding it would lose the actor from the article's events."""
    text = "At least nine miners were killed in the province, which borders Zambia, the police said."
    found = {e.predicate: e for e in _events(text)}
    assert found["said"].shown and "Zambia" in found["said"].actors


@pytest.mark.parametrize("text, predicate, content", [
    # what was said is an event of its own: the report is hidden
    ("The agency pointed out, however, that 1,200 cases had been reported in the same period this year.", "pointed",
     "1,200 cases had been reported in the same period this year"),
    # the report closes the sentence: what it says stands before it
    # ("On board were two satellites, ..." is a list told verb first, no event: eventness.toml [listing])
    ("The rocket carried two satellites, which will carry signals for the navy, the launch company said.", "said",
     "The rocket carried two satellites"),
])
def test_report_without_content_is_hidden_when_its_content_is_shown(text, predicate, content):
    found = {e.predicate: e for e in _events(text)}
    assert not found[predicate].shown
    assert any(e.shown and e.summary == content for e in found.values())


@pytest.mark.parametrize("text, predicate, summary", [
    # what was said is no event of its own (a promise): the report's summary goes on with it
    ("The governor promised again and again that the road would reopen.", "promised",
     "The governor promised again and again that the road would reopen"),
    ("She promised that the bridge would be rebuilt, and said the damage was huge.", "promised",
     "She promised that the bridge would be rebuilt"),
])
def test_report_without_content_takes_its_content_when_no_event_tells_it(text, predicate, summary):
    found = {e.predicate: e for e in _events(text)}
    assert found[predicate].shown and found[predicate].summary == summary


@pytest.mark.parametrize("text, predicate, summary", [
    # what was said is an event of its own, but the report names who said it: kept, with its content
    ("Finance Minister Maria Okafor pointed out that the deficit had doubled since 2019.", "pointed",
     "Finance Minister Maria Okafor pointed out that the deficit had doubled since 2019"),
])
def test_report_naming_its_speaker_keeps_its_content(text, predicate, summary):
    found = {e.predicate: e for e in _events(text)}
    assert found[predicate].shown and found[predicate].summary == summary


def test_fragment_examples_cover_every_table():
    assert {table for table, *_ in EXAMPLES} == {"report_without_content", "subjectless_relative", "verbless_noun"}
    assert all(any(e[3] for e in EXAMPLES if e[0] == table) for table in {e[0] for e in EXAMPLES})


def test_fragment_rules_missing_table_names_the_file(tmp_path, monkeypatch):
    import timeline.events.fragments as module
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "fragments.toml").write_text("[report_without_content]\ntrailing = []\n", encoding="utf-8")
    monkeypatch.setattr(module, "RULES", tmp_path)
    with pytest.raises(ValueError, match=r"fragments\.toml: missing"):
        module.load_fragment_words("xx")


@pytest.mark.parametrize("text, predicate, summary", [
    # a participle aside after the subordinator's subject: the subject stands before the aside
    ("The choir sang hymns while about 300 lanterns, set out along the river bank, were released into the sky.",
     "released", "About 300 lanterns, set out along the river bank, were released into the sky"),
])
def test_summary_subject_before_a_participle_aside(text, predicate, summary):
    found = {e.predicate: e.summary for e in _events(text)}
    assert found[predicate] == summary


@pytest.mark.parametrize("text, predicate, summary", [
    # "that" after a verb opens what the verb says, not a relative clause of a noun
    ("The council pointed out that the bridge had been closed since March.", "closed",
     "The bridge had been closed since March"),
    ("The rebels are demanding that the army leave the valley.", "leave", "The army leave the valley"),
])
def test_summary_that_clause_after_a_verb_takes_no_antecedent(text, predicate, summary):
    found = {e.predicate: e.summary for e in _events(text)}
    assert found[predicate] == summary


@pytest.mark.parametrize("text, predicate, summary", [
    # an object relative clause followed by its date: the noun goes back before the date
    ("Officials seized the region that rebels held last year.", "held", "Rebels held the region last year"),
])
def test_summary_object_relative_before_a_date(text, predicate, summary):
    found = {e.predicate: e.summary for e in _events(text)}
    assert found[predicate] == summary


@pytest.mark.parametrize("text, predicate, summary", [
    # the clause lending its subject has its verb before its own event's word ("allowed ... appeal"):
    # the borrowed subject ends at that first verb
    ("The judge allowed a request by the defence to delay the prison term and the fine pending appeal, "
     "but ordered the former mayor to report to a police station twice a month.", "report",
     "The judge ordered the former mayor to report to a police station twice a month"),
    # a participle with its agent is inside the subject, not its clause's verb
    ("A special court set up by the new government convicted a former minister on Thursday and jailed "
     "him for 13 years.", "jailed", "A special court set up by the new government jailed him for 13 years"),
])
def test_borrowed_subject_ends_at_the_first_verb_of_its_clause(text, predicate, summary):
    found = {e.predicate: e.summary for e in _events(text)}
    assert found[predicate] == summary
