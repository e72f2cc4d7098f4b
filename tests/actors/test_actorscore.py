"""The actor score (timeline/actors/actorscore.py): the weights file matches the features module,
a wrong file is a clear error, the decision drops only rejected entities, and the shipped model's
behaviour on articles of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.actors import actor_candidates, find_actors
from timeline.actors.actorfeatures import entity_features, feature_names
from timeline.actors.actorscore import WEIGHTS, ActorModel, decide, load_actor_model, scores
from timeline.actors.candidates import VETTING, entity_name
from timeline.actors.ner import model_available

needs_model = pytest.mark.skipif(not model_available(), reason="the statistical NER model is not installed")

STORY = ("date 2024-03-04\nNorthwind Bank to cut jobs\n\nNorthwind Bank said on Monday it would cut 500 jobs. "
         "Its chief executive, Jane Doerr, announced the plan in Boston. Doerr said the cuts were painful. "
         "Reuters reported the news first. Northwind Bank shares fell.")


def test_the_weights_file_matches_the_features_module() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    assert list(data["weights"]) == list(feature_names())
    model = load_actor_model()
    assert model.names == feature_names() and len(model.weights) == len(feature_names())
    assert 0.0 <= model.threshold < 1.0
    assert {"news", "news2", "news3"} <= {Path(s).name for s in data["sets"]}
    assert not {"news4", "heldout"} & {Path(s).name for s in data["sets"]}
    assert {"recall", "precision"} <= set(data["cross_validated"]["pooled"])


def test_every_vetting_step_is_a_feature() -> None:
    names = feature_names()
    for step, _ in VETTING:
        assert f"{step}_reduced" in names and f"{step}_added" in names
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("broken", [
    {"features": ["bias"], "weights": {"bias": 0.0}, "threshold": 0.5},
    {"weights": {}, "threshold": 0.5},
    "not json",
])
def test_a_wrong_weights_file_is_an_error_naming_it(tmp_path: Path, broken) -> None:
    path = tmp_path / "actor_weights.json"
    path.write_text(broken if isinstance(broken, str) else json.dumps(broken), encoding="utf-8")
    with pytest.raises(ValueError, match="actor_weights.json"):
        load_actor_model(path)


def _model(bias: float, threshold: float = 0.5) -> ActorModel:
    weights = tuple(bias if n == "bias_term" else 0.0 for n in feature_names())
    return ActorModel(feature_names(), weights, threshold, {})


@needs_model
@pytest.mark.parametrize(("bias", "kept"), [(10.0, {"Northwind Bank", "Jane Doerr"}), (-10.0, {"Northwind Bank"})])
def test_decide_drops_the_mentions_of_rejected_entities_and_keeps_outlets(gaz, bias: float, kept: set) -> None:
    candidates = actor_candidates(STORY, gaz)
    out = decide(STORY, candidates, gaz, model=_model(bias))
    assert {entity_name(m, gaz) for m in candidates.after} - {""} == {"Northwind Bank", "Jane Doerr"}
    assert {entity_name(m, gaz) for m in out} - {""} == kept  # the most named entity always stays
    unnamed = [m for m in candidates.after if not entity_name(m, gaz)]  # outlets, places
    assert unnamed and all(m in out for m in unnamed)


@needs_model
@pytest.mark.parametrize(("text", "actor"), [
    ("Indian warplanes bombed the camp.", "India"),
    ("The group released three Israeli hostages.", "Israel"),
])
def test_the_only_named_entity_of_a_short_text_stays_whatever_the_weights(gaz, text: str, actor: str) -> None:
    candidates = actor_candidates(text, gaz)
    assert actor in {entity_name(m, gaz) for m in decide(text, candidates, gaz, model=_model(-10.0))}


def test_scores_are_probabilities_of_the_weighted_sum() -> None:
    model = _model(0.0)
    row = [1.0] * len(feature_names())
    assert scores(model, {"x": row}) == {"x": 0.5}
    assert scores(_model(-800.0), {"x": row}) == {"x": 0.0}


@needs_model
@pytest.mark.parametrize(("text", "actor"), [
    (STORY, "Northwind Bank"),
    (STORY, "Jane Doerr"),
    ("Orbit Mobile said on Friday it had sold ten million phones. Orbit Mobile founder Ravi Menon told "
     "investors that sales would double.", "Orbit Mobile"),
    ("Maria Lopez won the final on Sunday. Lopez beat Anna Petrova 6-3, 6-4 in Melbourne.", "Maria Lopez"),
])
def test_the_model_keeps_who_acts_in_the_story(gaz, text: str, actor: str) -> None:
    assert actor in {m.name for m in find_actors(text, gaz, model=True, score=True)}


@needs_model
@pytest.mark.parametrize(("text", "passing"), [
    ("Orbit Mobile said on Monday it had sold ten million phones. Orbit Mobile expects more sales. "
     "Rival Zentek and Halcyon Labs have also launched phones.", "Zentek"),
    ("Orbit Mobile said on Monday it had sold ten million phones. Orbit Mobile expects more sales. "
     "The phones use chips from Zentek, a supplier.", "Zentek"),
])
def test_the_model_drops_unknown_names_mentioned_once_in_passing(gaz, text: str, passing: str) -> None:
    rows = entity_features(text, actor_candidates(text, gaz), gaz)
    assert passing in rows  # a candidate the hand vetting left ...
    assert passing not in {m.name for m in find_actors(text, gaz, model=True, score=True)}  # ... the model drops
    assert passing in {m.name for m in find_actors(text, gaz, model=True, score=False)}


@needs_model
@pytest.mark.parametrize(("text", "known"), [
    ("Orbit Mobile said on Monday it had sold ten million phones. Orbit Mobile expects more sales. "
     "The World Bank has also praised the firm.", "World Bank"),
    ("Orbit Mobile said on Monday it had sold ten million phones. Orbit Mobile expects more sales. "
     "The deal violates UN Security Council resolutions, critics said.", "UN Security Council"),
])
def test_the_gazetteer_actors_are_not_the_models_to_decide(gaz, text: str, known: str) -> None:
    assert known not in entity_features(text, actor_candidates(text, gaz), gaz)
    assert known in {m.name for m in find_actors(text, gaz, model=True, score=True)}
