"""Which actors take part in an event: the participant and pronoun rules' own examples, run."""

import pytest

from timeline import extract_events
from timeline.events.coreference import load_coreference_rules
from timeline.events.participants import load_participant_rules

EXAMPLES = load_participant_rules("en").examples + load_coreference_rules("en").examples


def test_participants_every_table_has_examples():
    assert {e.table for e in EXAMPLES} >= {"place", "affiliation", "adjunct", "objects", "subjects"}


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.table}:{e.text[:40]}" for e in EXAMPLES])
def test_participants_examples(example):
    frame = extract_events(example.text, dct=example.dct)
    rows = frame[frame["predicate"] == example.predicate]
    assert len(rows) == 1, f"{example.predicate!r} not one event of {example.text!r}: {list(frame['predicate'])}"
    actors = set(rows.iloc[0]["actors"])
    assert set(example.actors) <= actors
    assert not set(example.not_actors) & actors


def test_participants_unknown_example_field_names_the_file(tmp_path, monkeypatch):
    from timeline.events import participants

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "participants.toml").write_text(
        '[place]\nprepositions = ["in"]\nmodifiers = []\nhost_verbs = []\ndateline_marks = []\n'
        'examples = [{ text = "x", predicate = "y", colour = "red" }]\n'
        '[affiliation]\nperson_prepositions = ["of"]\npossessive_reach = 2\n[adjunct]\nnot_adjuncts = []\n')
    monkeypatch.setattr(participants, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"participants\.toml.*colour"):
        participants.load_participant_rules.__wrapped__("xx")
