"""The participant model: its features, its weights file, its training tool and its choices on
sentences of our own (``timeline/events/participantfeatures.py``, ``participantscore.py``,
``tools/train_participants.py``; a tiny gold set of our own in tests/events/participantset)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import trainkit

from timeline.events.participantfeatures import ActorCandidate, feature_names
from timeline.events.participantscore import (
    WEIGHTS,
    ParticipantModel,
    choose,
    load_participant_model,
    probabilities,
    recording,
)
from timeline.model import Document
from timeline.pipeline import process
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANTSET = Path(__file__).resolve().parent / "participantset"


def _tool():
    return trainkit.load_tool("train_participants")


def _events(text: str, settings: Settings | None = None) -> list:
    return process(Document("t", text, date(2025, 4, 28)), settings or Settings(participant_model=True)).events


def _candidates(text: str) -> dict[str, list[ActorCandidate]]:
    """Predicate -> the candidates recorded for its event."""
    doc = Document("t", text, date(2025, 4, 28))
    with recording() as log:
        process(doc, Settings(participant_model=True))
    return {re.match(r"\w+", text[start:]).group(): list(found) for (_, start), found in log}


def _on(candidate: ActorCandidate, feature: str) -> float:
    return candidate.row[feature_names().index(feature)]


# the weights file


def test_the_weights_file_matches_the_features_module() -> None:
    model = load_participant_model()
    assert model.names == feature_names()
    assert len(model.weights) == len(feature_names())
    assert 0.0 <= model.veto_below < 0.5 < model.add_at
    about = model.about
    assert "tests/gold/news" in about["sets"] and not any("news4" in s or "heldout" in s for s in about["sets"])
    assert {"cross_validated", "in_sample", "rules"} <= set(about)


def test_a_weights_file_of_other_features_is_an_error_naming_the_file(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="old.json.*retrain"):
        load_participant_model(path)


# choosing


def _model(veto: float, add: float) -> ParticipantModel:
    """A model whose probability is 0.5 + 0.4 * closeness - 0.4 * quoted (nearly: logistic)."""
    names = feature_names()
    weights = tuple(3.0 if n == "closeness" else -3.0 if n == "quoted" else 0.0 for n in names)
    return ParticipantModel(names, weights, veto, add, {})


def _candidate(name: str, rule: bool, **features: float) -> ActorCandidate:
    row = tuple(features.get(n, 0.0) for n in feature_names())
    return ActorCandidate(name, (), row, rule)


@pytest.mark.parametrize(("rule", "features", "kept"), [
    (True, {}, True),  # p 0.5: the rules' actor stays
    (True, {"quoted": 1.0}, False),  # p 0.05: under the veto, dropped
    (False, {}, False),  # p 0.5: the rules left it out, the model is not sure enough to add it
    (False, {"closeness": 1.0}, True),  # p 0.95: added
])
def test_the_model_overrules_the_rules_only_where_it_is_sure(rule: bool, features: dict, kept: bool) -> None:
    candidate = _candidate("Ada Obi", rule, **features)
    assert (choose([candidate], _model(0.1, 0.9)) == [candidate]) is kept


def test_probabilities_follow_the_weights() -> None:
    low, mid, high = probabilities(_model(0.1, 0.9), [_candidate("a", True, quoted=1.0), _candidate("b", True),
                                                      _candidate("c", True, closeness=1.0)])
    assert low < 0.1 < mid < 0.9 < high
    assert mid == pytest.approx(0.5)


def test_recording_logs_every_event_and_keeps_the_rules_choice() -> None:
    text = "Chile's navy rescued 40 fishermen on Monday. Peru thanked Chile on Tuesday."
    with recording() as log:
        events = _events(text)
    assert len(log) == len(events) >= 2
    for event, (_, found) in zip(events, log, strict=True):
        assert set(event.actors) == {c.name for c in found if c.rule}
    assert choose([_candidate("x", True)], _model(0.9, 0.95)) == []  # outside the block the model decides


# candidates and features, on sentences of our own


@pytest.mark.parametrize(("text", "predicate", "name", "feature"), [
    ("Carlos Vega visited the port on Monday. He said the workers had returned.", "returned",
     "Carlos Vega", "reach=pronoun"),
    ("Microsoft opened a plant in Texas in 2020. The company closed it on Monday.", "closed",
     "Microsoft", "reach=description"),
    ("The navy of Chile rescued 40 fishermen on Monday.", "rescued", "Chile", "reach=direct"),
    ("Carlos Vega was arrested by the National Police on Monday.", "arrested", "National Police", "by_agent"),
    ("Brazil's Supreme Court jailed Jon Berg on Monday.", "jailed", "Jon Berg", "after_predicate"),
    ("Ada Obi said on Monday that the workers had returned.", "returned", "Ada Obi", "source"),
    ("Microsoft agreed on Monday to buy Activision Blizzard.", "buy", "Microsoft", "source"),
    ("Peru sent troops to Chile on Monday.", "sent", "Chile", "in_phrase"),
    ("Emmanuel Macron met Olaf Scholz at the Kremlin on Monday.", "met", "Russia", "in_place_phrase"),
    ("Ada Obi took over the union on Monday after Carlos Vega resigned.", "took", "Carlos Vega",
     "after_subordinator"),
    ("Peru sent troops to Chile, Bolivia and Ecuador on Monday.", "sent", "Bolivia", "in_list"),
    ("Ada Obi said on Monday that the workers had returned.", "returned", "Ada Obi", "source*content"),
])
def test_candidates_are_reached_and_described(text: str, predicate: str, name: str, feature: str) -> None:
    found = {c.name: c for c in _candidates(text)[predicate]}
    assert name in found
    assert _on(found[name], feature)


@pytest.mark.parametrize(("text", "predicate", "owner", "owns_a_name"), [
    ("Russia's Wagner Group attacked the town on Monday.", "attacked", "Russia", True),
    ("Britain's troops entered Peru on Monday.", "entered", "United Kingdom", False),
    ("The deployment of Britain's troops to Peru began on Monday.", "began", "United Kingdom", False),
])
def test_a_possessive_owns_a_name_only_right_before_it(text: str, predicate: str, owner: str,
                                                       owns_a_name: bool) -> None:
    found = {c.name: c for c in _candidates(text)[predicate]}
    assert owner in found and _on(found[owner], "possessive")
    assert bool(_on(found[owner], "possessive_of_actor")) is owns_a_name


@pytest.mark.parametrize(("text", "predicate", "name", "feature"), [
    ("Ada Obi took over the union on Monday after Carlos Vega resigned.", "took", "Ada Obi",
     "after_subordinator"),
    ("Peru sent troops to Chile on Monday.", "sent", "Chile", "in_list"),
    ("Peru sent troops to Chile on Monday.", "sent", "Peru", "source*content"),
])
def test_a_feature_is_off_where_its_words_are_not(text: str, predicate: str, name: str, feature: str) -> None:
    found = {c.name: c for c in _candidates(text)[predicate]}
    assert name in found
    assert not _on(found[name], feature)


def test_the_subject_of_the_sentence_before_is_a_candidate() -> None:
    text = "Ada Obi led the union for ten years. The strike ended on Monday."
    found = {c.name: c for c in _candidates(text)["ended"]}
    assert _on(found["Ada Obi"], "reach=previous") and _on(found["Ada Obi"], "previous_subject")


def test_an_affiliation_is_a_candidate_marked_as_such() -> None:
    text = "Former Chilean president Maria Ortiz was convicted of fraud on Monday."
    found = {c.name: c for c in _candidates(text)["convicted"]}
    person = next(c for c in found.values() if _on(c, "kind=person"))
    assert person.name.endswith("Ortiz")
    others = [c for c in found.values() if c is not person]
    assert all(_on(c, "affiliation_of_other") for c in others if c.name == "Chile")


# the shipped model on sentences of our own


@pytest.mark.parametrize(("text", "predicate", "actors", "not_actors"), [
    ("The Maritime Workers Union signed a deal with the Lagos Port Authority on Friday.", "signed",
     {"Maritime Workers Union", "Lagos Port Authority"}, set()),
    ("Carlos Vega was arrested by the National Police on Monday.", "arrested",
     {"Carlos Vega", "National Police"}, set()),
    ("Microsoft agreed on Monday to buy Activision Blizzard for $69 billion.", "buy",
     {"Microsoft", "Activision Blizzard"}, set()),
    ("Former Chilean president Maria Ortiz was convicted of fraud on Monday.", "convicted", set(), {"Chile"}),
])
def test_the_model_chooses_the_actors_of_an_event(text: str, predicate: str, actors: set, not_actors: set) -> None:
    event = next(e for e in _events(text) if e.predicate == predicate)
    assert actors <= set(event.actors)
    assert not not_actors & set(event.actors)


def test_without_the_model_the_rules_choose() -> None:
    text = "Ada Obi, the union's president, said on Friday that the workers would return on Monday."
    ruled = _events(text, replace(Settings(), participant_model=False))
    with recording():
        recorded = _events(text)
    assert [e.actors for e in ruled] == [e.actors for e in recorded]


# the training tool


def test_the_training_tool_writes_a_model_the_pipeline_loads(tmp_path: Path, capsys) -> None:
    out = tmp_path / "weights.json"
    tool = _tool()
    assert tool.main(["--set", str(PARTICIPANTSET), "-o", str(out), "--date", "2025-01-01"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    assert data["trained"] == "2025-01-01" and data["articles"] == 3
    assert 0 < data["labelled"] <= data["candidates"]
    assert data["veto_below"] in tool.VETOES and data["add_at"] in tool.ADDS
    assert {"exact_actors", "actor_recall", "actor_precision"} <= set(data["cross_validated"]["pooled"])
    model = load_participant_model(out)
    assert (model.veto_below, model.add_at) == (data["veto_below"], data["add_at"])
    assert "chosen: L2" in capsys.readouterr().out
    again = tmp_path / "again.json"
    tool.main(["--set", str(PARTICIPANTSET), "-o", str(again), "--date", "2025-01-01"])
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_logistic_regression_separates_a_separable_feature() -> None:
    np = pytest.importorskip("numpy")
    tool = _tool()
    x = np.array([[1.0, 1.0]] * 20 + [[1.0, 0.0]] * 20)
    y = np.array([1.0] * 18 + [0.0] * 2 + [0.0] * 18 + [1.0] * 2)
    p = tool.predict(x, tool.fit(x, y, 1.0))
    assert p[:20].min() > 0.7 and p[20:].max() < 0.3


def _corpus(folder: Path) -> Path:
    """A one-article events corpus of our own (``timeline evaluate``'s gold format)."""
    folder.mkdir()
    (folder / "visit.txt").write_text("Ada Obi, the president of Peru, arrived in Santiago on 3 March 2025. "
                                      "Chile and Peru signed a trade deal on 4 March 2025.\n", encoding="utf-8")
    events = [{"key": "arrival", "required": True, "start": "2025-03-03", "end": "2025-03-03",
               "sentence_contains": "arrived in Santiago", "summary_matches": "arriv", "actors_include": ["Chile"]},
              {"key": "deal", "required": True, "start": "2025-03-04", "end": "2025-03-04",
               "sentence_contains": "signed a trade deal", "summary_matches": "sign|deal",
               "actors_include": ["Chile", "Peru"]}]
    (folder / "visit.gold.json").write_text(json.dumps({"article": "visit.txt", "dct": "2025-03-05",
                                                        "events": events}), encoding="utf-8")
    return folder


def test_the_corpus_under_the_rules_choice_is_found_as_timeline_evaluate_finds_it(tmp_path: Path) -> None:
    from timeline.evaluation.events import score_folder

    np = pytest.importorskip("numpy")
    corpus = trainkit.load_tool("participantcorpus").collect(_corpus(tmp_path / "corpus"))
    found = corpus.found()
    assert found == (sum(s.found for s in score_folder(tmp_path / "corpus").values()),
                     sum(s.found for s in score_folder(tmp_path / "corpus", affiliations=False).values()))
    everyone_dropped = corpus.found(np.zeros(len(corpus.matrix())), veto=0.5)
    assert everyone_dropped[0] <= found[0] and everyone_dropped[1] <= found[1]


def test_the_training_tool_never_chooses_a_setting_that_loses_corpus_events(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    corpus = _corpus(tmp_path / "corpus")
    assert _tool().main(["--set", str(PARTICIPANTSET), "--corpus", str(corpus), "-o", str(out)]) == 0
    found = json.loads(out.read_text(encoding="utf-8"))["events_corpus_found"]
    assert found["chosen"][0] >= found["rules"][0]
