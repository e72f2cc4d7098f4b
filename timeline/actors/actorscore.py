"""The actor score: how likely a reader lists a candidate entity among the article's actors.

A logistic regression over :mod:`timeline.actors.actorfeatures` (weights, threshold and how they
were measured in ``data/actor_weights.json``, written by ``tools/train_actors.py`` from the gold
document actors of the training sets; cross-validated by article). It sits after the hand
vetting (:data:`timeline.actors.candidates.VETTING`), whose verdicts are among its features, and
decides on the open-world entities (the names of the statistical model and the rules that no
gazetteer entry knows; the gazetteer's actors are known): an entity scored under the threshold
loses its mentions, so no event lists it, unless no entity of
the text has more mentions (the story's own actor: "Indian warplanes bombed the camp." has
India, whatever one short text's features say); outlets and places (no filter name) are left as
they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.actors.actorfeatures import entity_features, feature_names
from timeline.actors.candidates import Candidates, entity_name
from timeline.actors.gazetteer import Gazetteer
from timeline.linear import probability, read_weights
from timeline.model import ActorMention

__all__ = ["WEIGHTS", "ActorModel", "decide", "load_actor_model", "scores"]

WEIGHTS = Path(__file__).parent / "data" / "actor_weights.json"
_MOST = feature_names().index("most_mentioned")  # the text's most named entity is always an actor


@dataclass(frozen=True, slots=True)
class ActorModel:
    """The weights of each feature (by name, in :func:`feature_names` order), the threshold under
    which an entity is no actor, and what the training file says of itself (sets, date, figures)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float
    about: Mapping[str, object]


@lru_cache(maxsize=4)
def load_actor_model(path: Path = WEIGHTS) -> ActorModel:
    """The model in ``path``; a file whose features are not the ones the code computes is an
    error naming the file (retrain with ``tools/train_actors.py``)."""
    names, weights, numbers, about = read_weights(path, feature_names(), "an actor model",
                                                  "tools/train_actors.py", ("threshold",))
    return ActorModel(names, weights, numbers["threshold"], about)


def scores(model: ActorModel, rows: Mapping[str, Sequence[float]]) -> dict[str, float]:
    """The actor probability of each entity's feature row."""
    return {name: probability(model.weights, row) for name, row in rows.items()}


def decide(text: str, candidates: Candidates, gaz: Gazetteer, mentions: Sequence[ActorMention] | None = None,
           model: ActorModel | None = None) -> list[ActorMention]:
    """``mentions`` (default: those left after the hand vetting; the pipeline passes them with
    their affiliations set) without those of the entities the model scores under its threshold
    (``model``, default: :data:`WEIGHTS`). A rejected name still gave its affiliations: "Apple
    CEO Tim Cook" keeps Tim Cook's affiliation with Apple when Apple is no actor."""
    model = model or load_actor_model()
    kept = list(candidates.after if mentions is None else mentions)
    rows = entity_features(text, candidates, gaz)
    scored = scores(model, rows)
    rejected = {name for name, p in scored.items() if p < model.threshold and not rows[name][_MOST]}
    if not rejected:
        return kept
    return [m for m in kept if entity_name(m, gaz) not in rejected]
