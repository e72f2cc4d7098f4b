#!/usr/bin/env python3
"""Train the actor score (``timeline/actors/actorscore.py``) from the gold document actors: one command.

    .venv/bin/python tools/train_actors.py                       # default sets, writes the weights
    .venv/bin/python tools/train_actors.py --set DIR ... -o FILE # other gold sets, another file

The default sets are news, news2 and news3, and news5-news12 when present. For each gold set
(a folder with ``articles/*.txt`` and ``*.gold.json``):

1. the pipeline runs on every article with the actor score off (the hand vetting alone decides):
   the document actors are the names on its shown events and its own list (the ``doc_actors``
   column: the events' actors and the people it names), as ``timeline events`` writes them;
2. the open-world candidate entities (:func:`timeline.actors.actor_candidates`; those no
   gazetteer entry knows, the ones the model decides on) get the features of
   :mod:`timeline.actors.actorfeatures`; an entity's label is whether it matches a gold actor by
   ``tests/gold/news/score.py``'s own matching (name or alias, case and accents ignored).

A logistic regression with L2 (Newton's method, numpy; deterministic) is cross-validated
leave-one-article-out: each article's entities are scored by a model trained on the other
articles. The L2 is the one of least cross-validated log loss; for each threshold, the names of
the entities under the threshold are dropped from the events' actors and the article's list, and
score.py's document-actor recall and precision (``--doc-actors``) computed per set and pooled. The
chosen threshold is the one of highest pooled precision among those that lose at most
:data:`RECALL_BUDGET` points of pooled recall to the hand vetting alone, on the cross-validated
scores (ties: the lower threshold; the actor score is worth turning on only where the precision
gained is clearly larger than the recall lost); the final weights are trained on every entity
and written with the feature names, the training sets, the date and the figures (cross-validated
and in-sample, beside the hand vetting alone). Never train on ``tests/gold/heldout`` or
``tests/gold/news4``: the tool refuses them.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date
from pathlib import Path

import numpy as np

from timeline.linear import fit_logistic as fit
from timeline.linear import predict_logistic as predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.02 * n, 2) for n in range(0, 50))
RECALL_BUDGET = 1.0  # points of pooled document-actor recall the chosen threshold may lose


SCORE = trainkit.gold_module("news/score.py", "gold_score")


@dataclasses.dataclass
class Sample:
    """One gold set: its shown events (rows as ``timeline events`` writes them), its candidate
    entities (article, name, features, label) and its gold."""

    name: str
    rows: list[dict]
    entities: list[tuple[str, str]]
    features: list[list[float]]
    labels: list[float]
    golds: list[dict]


def collect(folder: Path) -> Sample:
    """Run the pipeline (actor score off) on one gold set and label its candidate entities."""
    from timeline.actors import actor_candidates, load_gazetteer
    from timeline.actors.actorfeatures import entity_features
    from timeline.events.keepscore import default_view
    from timeline.pipeline import process
    from timeline.settings import Settings

    settings = Settings(actor_score=False)
    gaz = load_gazetteer()
    golds = {g["_doc_id"]: g for g in SCORE.load_gold(folder)}
    sample = Sample(Path(folder).name, [], [], [], [], list(golds.values()))
    for doc in trainkit.articles(folder, "train_actors"):
        if doc.doc_id not in golds:
            continue
        result = process(doc, settings)
        sample.rows += trainkit.rows(result, default_view)
        index = SCORE.actor_index(golds[doc.doc_id])
        candidates = actor_candidates(doc.text, gaz, doc.dct, settings.actor_model)
        rows = entity_features(doc.text, candidates, gaz) if candidates is not None else {}
        for name, row in rows.items():
            sample.entities.append((doc.doc_id, name))
            sample.features.append(row)
            sample.labels.append(float(SCORE.norm(name) in index))
    return sample






def cross_validated(x: np.ndarray, y: np.ndarray, docs: list[str], l2: float) -> np.ndarray:
    """Each entity's score from a model trained on the other articles' entities."""
    docs_arr = np.array(docs)
    scores = np.zeros(len(docs))
    for doc in sorted(set(docs)):
        mine = docs_arr == doc
        scores[mine] = predict(x[mine], fit(x[~mine], y[~mine], l2))
    return scores


def log_loss(scores: np.ndarray, y: np.ndarray) -> float:
    """The mean log loss of ``scores``."""
    p = np.clip(scores, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def protect(x: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """``scores`` with the most mentioned entities of each text at 1: the pipeline never drops
    them (:func:`timeline.actors.actorscore.decide`)."""
    from timeline.actors.actorfeatures import feature_names

    return np.where(x[:, feature_names().index("most_mentioned")] > 0, 1.0, scores)


def measure(samples: list[Sample], scores: np.ndarray, threshold: float) -> dict:
    """Per set and pooled: score.py's document-actor recall and precision (``--doc-actors``: the
    events' actors and the article's own list) once the names of the entities scored under
    ``threshold`` are dropped from both (names that are no candidate stay), and the candidates'
    own recall and precision."""
    out: dict[str, dict] = {}
    keys = ("gold_actors", "actors_found", "output_actors", "actors_correct", "kept", "kept_right")
    pooled = dict.fromkeys(keys, 0)
    at = 0
    for sample in samples:
        n = len(sample.entities)
        mine = scores[at : at + n]
        at += n
        dropped = {sample.entities[i] for i in range(n) if mine[i] < threshold}
        by_doc: dict[str, list[dict]] = {}
        for row in sample.rows:
            kept = {key: [a for a in row.get(key) or [] if (row["doc_id"], a) not in dropped]
                    for key in ("actors", "doc_actors")}
            by_doc.setdefault(row["doc_id"], []).append({**row, **kept})
        counts = SCORE.score_all(sample.golds, by_doc, True)["pooled"]["all"]["counts"]
        figures = {k: counts[k] for k in keys[:4]}
        figures["kept"] = int(np.sum(mine >= threshold))
        figures["kept_right"] = int(sum(sample.labels[i] for i in range(n) if mine[i] >= threshold))
        for key in keys:
            pooled[key] += figures[key]
        out[sample.name] = _rates(figures)
    out["pooled"] = _rates(pooled)
    return out


def _rates(counts: dict) -> dict:
    pct = trainkit.pct
    recall = pct(counts["actors_found"], counts["gold_actors"])
    precision = pct(counts["actors_correct"], counts["output_actors"])
    return {**counts, "recall": recall, "precision": precision, "min": min(recall, precision)}


def table(rows: list[tuple[float, dict]], names: list[str]) -> str:
    """A markdown table: per threshold, each set's document-actor recall / precision."""
    head = "| threshold | " + " | ".join(f"{n} R / P" for n in names) + " |"
    lines = [head, "|" + "---|" * (1 + len(names))]
    for threshold, figures in rows:
        cells = [f"{figures[n]['recall']} / {figures[n]['precision']}" for n in names]
        lines.append(f"| {threshold:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def worst(figures: dict) -> float:
    """The lowest recall or precision of any set (each set must meet both floors)."""
    return min(f["min"] for name, f in figures.items() if name != "pooled")


def choose(rows: list[tuple[float, dict]]) -> tuple[float, dict]:
    """The threshold of highest pooled precision among those whose pooled recall is at most
    :data:`RECALL_BUDGET` points under the first row's (threshold 0: the hand vetting alone);
    ties: the lower threshold."""
    floor = rows[0][1]["pooled"]["recall"] - RECALL_BUDGET
    allowed = [r for r in rows if r[1]["pooled"]["recall"] >= floor - 1e-9]
    return max(allowed, key=lambda r: (r[1]["pooled"]["precision"], -r[0]))


def main(argv: list[str] | None = None) -> int:
    from timeline.actors.actorfeatures import feature_names
    from timeline.actors.actorscore import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="a gold set folder (articles/ with *.gold.json); default news, news2, news3 "
                             "(+ news5-news12 when present)")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS, help=f"weights file (default {WEIGHTS})")
    parser.add_argument("--date", default=date.today().isoformat(), help="the training date written")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    for folder in folders:
        trainkit.refuse(folder, "train_actors")
    samples = [collect(folder) for folder in folders]
    x = np.array([row for s in samples for row in s.features], dtype=float)
    y = np.array([label for s in samples for label in s.labels], dtype=float)
    docs = [f"{s.name}/{doc}" for s in samples for doc, _ in s.entities]
    names = [s.name for s in samples]
    print(f"entities {len(y)}, actors {int(y.sum())} in {len(set(docs))} articles", file=sys.stderr)
    losses = {l2: log_loss(cross_validated(x, y, docs, l2), y) for l2 in L2_GRID}
    l2 = min(L2_GRID, key=lambda v: (losses[v], v))
    cv = protect(x, cross_validated(x, y, docs, l2))
    rows = [(threshold, measure(samples, cv, threshold)) for threshold in THRESHOLDS]
    threshold, figures = choose(rows)
    weights = fit(x, y, l2)
    in_sample = measure(samples, protect(x, predict(x, weights)), threshold)
    vetting_alone = rows[0][1]
    print(table(rows, [*names, "pooled"]))
    print(f"\nchosen: threshold {threshold}, L2 {l2} (CV log loss {losses[l2]:.4f}; pooled recall budget "
          f"{RECALL_BUDGET}); worst set min(R, P) "
          f"{worst(vetting_alone)} -> {worst(figures)} (cross-validated); pooled R / P: hand vetting "
          f"alone {vetting_alone['pooled']['recall']} / {vetting_alone['pooled']['precision']}, cross-validated "
          f"{figures['pooled']['recall']} / {figures['pooled']['precision']}, in-sample "
          f"{in_sample['pooled']['recall']} / {in_sample['pooled']['precision']}")
    data = {
        "about": "actor score of timeline/actors/actorscore.py: logistic regression, written by tools/train_actors.py",
        "trained": args.date,
        "sets": trainkit.set_names(folders),
        "entities": len(y), "actors": int(y.sum()), "articles": len(set(docs)),
        "threshold": threshold, "l2": l2,
        "cv_log_loss": {f"l2={v}": round(loss, 4) for v, loss in losses.items()},
        "hand_vetting_alone": vetting_alone, "cross_validated": figures, "in_sample": in_sample,
        "cv_table": [{"threshold": th, **{n: {k: f[n][k] for k in ("recall", "precision")}
                                          for n in [*names, "pooled"]}} for th, f in rows],
        "features": list(feature_names()),
        "weights": {n: round(float(w), 6) for n, w in zip(feature_names(), weights, strict=True)},
    }
    trainkit.write_weights(args.output, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
