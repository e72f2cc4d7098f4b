"""Organisations the model calls people, shown by the words around them: the rules' own examples, run."""

from __future__ import annotations

import pytest

from timeline import extract_events
from timeline.actors import find_actors
from timeline.actors.language import load_language
from timeline.actors.ner import model_available
from timeline.actors.org_evidence import evidenced, load_evidence_rules, organisation_evidence

EXAMPLES = load_evidence_rules("en").examples
needs_model = pytest.mark.skipif(not model_available(), reason="the NER model package is not installed")


def test_org_evidence_every_rule_has_examples():
    rules = load_evidence_rules("en")
    assert len(EXAMPLES) >= 10 and all(set(e) <= {"text", "names", "not_names"} for e in EXAMPLES)
    for rule_id, pattern in rules.patterns:  # each rule finds a name of one example at least
        assert any(pattern.search(e["text"]) for e in EXAMPLES if e.get("names")), rule_id


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_org_evidence_examples(example):
    found = organisation_evidence(example["text"], load_language())
    assert {n: evidenced(n, found) for n in example.get("names", ())} == {n: n for n in example.get("names", ())}
    assert not [n for n in example.get("not_names", ()) if evidenced(n, found)]


@needs_model
@pytest.mark.parametrize(("text", "written", "name"), [
    ("Dunford skipper Ian Moss lifted the trophy. Two seasons ago Dunford finished last.", "Dunford", "Dunford"),
    ("Kalby FC captain Sam Oduya lifted the cup. Kalby extended their record to three titles.", "Kalby", "Kalby FC"),
    ("Peruvian bottler Lindley Moreno said on Thursday that its profit rose.", "Lindley Moreno", "Lindley Moreno"),
    ("Korvana Salleh said on Wednesday that its net profit doubled.", "Korvana Salleh", "Korvana Salleh"),
    ("Dunford won the cup on Sunday, edging Kalby Rovers 1-0 in the final.", "Kalby Rovers", "Kalby Rovers"),
    ("Ormond won the league as Ashcombe beat Tarsk Chiefs 28-20 at home.", "Ashcombe", "Ashcombe"),
    ("It is only the third time that Dunford, the best-supported club in Ormond, have won it.", "Dunford", "Dunford"),
    ("Ben Okoro FC won their first title on Monday.", "Ben Okoro FC", "Ben Okoro FC"),
])
def test_find_actors_an_organisation_the_model_calls_a_person(gaz, text, written, name):
    found = [m for m in find_actors(text, gaz, model=True) if m.text == written]
    assert found and {(m.name, m.kind) for m in found} == {(name, "organisation")}


@needs_model
def test_find_actors_evidence_leaves_people_alone(gaz):
    text = "Maria Ortiz said its rules were unfair. Ortiz, Tully and Beale were charged."
    assert {m.kind for m in find_actors(text, gaz, model=True) if "Ortiz" in m.name} == {"person"}


@needs_model
def test_events_the_company_stands_for_a_company_the_model_calls_a_person():
    text = ("Peruvian bottler Lindley Moreno said on Thursday that its first-quarter profit rose.\n\n"
            "The company, which sells soft drinks across the Andes, reported a 9% rise in sales.")
    frame = extract_events(text, dct="2025-04-24")
    rows = frame[frame["summary"].str.startswith("The company")]
    assert len(rows) == 1 and "Lindley Moreno" in rows.iloc[0]["actors"]
