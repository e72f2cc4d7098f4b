#!/usr/bin/env python3
"""Train the event type model (``timeline/events/typemodel.py``) from the gold key events: one command.

    .venv/bin/python tools/train_types.py                       # the training sets, writes the weights
    .venv/bin/python tools/train_types.py --set DIR ... -o FILE # other gold sets, another file

For each gold set (a folder with ``articles/*.txt`` + ``*.gold.json``):

1. the pipeline runs on every article with the type model off (types from the rules, which the
   model reads as a feature);
2. each event is matched to the gold key events exactly as ``tests/gold/news/score.py`` does
   (the sentence holds ``sentence_contains`` and the summary matches ``summary_matches``); a
   matched event is a training example of the key event's type (weight 1/n when n events match);
3. the features of :mod:`timeline.events.typefeatures` are computed for every event.

A multinomial logistic regression with L2 (softmax, L-BFGS in numpy; deterministic) is
cross-validated by article (``--folds`` folds, articles dealt in name order): each fold's
vocabulary (the words seen in at least ``min_df`` of its training articles) and weights come from
the other folds. The L2 penalty, ``min_df``, the article prior (on or off) and the threshold under
which the top type gives way to ``other`` are chosen by the cross-validated type accuracy of
score.py (type right among the key events found, shown events only), pooled over the sets. The
final model is trained on every article and written with its vocabulary, the training sets, the
date and the figures per set: the rules', cross-validated and in-sample.
Never train on ``tests/gold/heldout`` or ``tests/gold/news4``: the tool refuses them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from datetime import date
from pathlib import Path

from timeline.threads import keep_one_thread  # noqa: E402

keep_one_thread()  # before numpy loads: small matrices are faster on one thread (and the same every run)

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

L2_GRID = (1.0, 3.0, 10.0)
MIN_DF_GRID = (2, 3)
THRESHOLDS = tuple(round(0.05 * n, 2) for n in range(0, 11))  # 0 .. 0.5
PRIOR = ("article=", "domain=")  # the article prior's features (switched off in the ablation)


SCORE = trainkit.gold_module("news/score.py", "gold_score")


@dataclasses.dataclass
class Sample:
    """The events of one gold set: their rows (as ``timeline events`` writes them, minor ones
    too), feature mappings, articles, the set's gold, and the training examples (row, type, weight)."""

    name: str
    rows: list[dict]
    features: list[dict[str, float]]
    docs: list[str]
    golds: list[dict]
    examples: list[tuple[int, str, float]]


def collect(folder: Path) -> Sample:
    """Run the pipeline (type model off) on one gold set; match its events to the key events."""
    from timeline.events.typefeatures import document_features
    from timeline.events.types import article_domain
    from timeline.pipeline import process
    from timeline.settings import Settings

    settings = Settings(type_model=False)
    rows: list[dict] = []
    features: list[dict[str, float]] = []
    for doc in trainkit.articles(folder, "train_types"):
        result = process(doc, settings)
        features += document_features(doc.text, article_domain(doc.text), result.events,
                                      trainkit.event_candidates(doc, result.events, settings))
        rows += trainkit.rows(result)
    if len(rows) != len(features):
        raise SystemExit(f"train_types: {folder}: {len(rows)} rows for {len(features)} events")
    golds = SCORE.load_gold(folder)
    examples = []
    for gold in golds:
        mine = [i for i, r in enumerate(rows) if r["doc_id"] == gold["_doc_id"]]
        for key in gold["key_events"]:
            pattern = re.compile(key["summary_matches"], re.IGNORECASE)
            fragment = SCORE.squash(key["sentence_contains"])
            hits = [i for i in mine if fragment in SCORE.squash(rows[i].get("sentence", ""))
                    and pattern.search(str(rows[i].get("summary", "")))]
            examples += [(i, key["type"], 1.0 / len(hits)) for i in hits]
    docs = [f"{folder.name}/{r['doc_id']}" for r in rows]
    return Sample(folder.name, rows, features, docs, golds, examples)


def vocabulary(features: list[dict[str, float]], docs: list[str], keep: set[str], min_df: int,
               prior: bool) -> list[str]:
    """The fixed names, then the vocabulary names seen in at least ``min_df`` articles of ``keep``
    (sorted), without the article prior's names unless ``prior``."""
    from timeline.events.typefeatures import TEMPLATES, fixed_names

    seen: dict[str, set[str]] = {}
    for row, doc in zip(features, docs, strict=True):
        if doc in keep:
            for name in row:
                if name.startswith(TEMPLATES):
                    seen.setdefault(name, set()).add(doc)
    fixed = [n for n in fixed_names() if prior or not n.startswith(PRIOR)]
    return fixed + sorted(n for n, d in seen.items() if len(d) >= min_df)


def matrix(features: list[dict[str, float]], names: list[str]) -> np.ndarray:
    """The rows as a dense matrix over ``names`` (other names dropped)."""
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(features), len(names)))
    for r, row in enumerate(features):
        for name, value in row.items():
            if name in index:
                x[r, index[name]] = value
    return x


def _loss(w: np.ndarray, x: np.ndarray, y: np.ndarray, sw: np.ndarray, penalty: np.ndarray):
    """The weighted softmax log loss with L2 and its gradient (``w`` flat, features x classes)."""
    k = y.shape[1]
    wm = w.reshape(x.shape[1], k)
    z = x @ wm
    z -= z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = -np.sum(sw * np.sum(y * log_p, axis=1)) + 0.5 * np.sum(penalty * wm * wm)
    grad = x.T @ ((np.exp(log_p) - y) * sw[:, None]) + penalty * wm
    return loss, grad.ravel()


def fit(x: np.ndarray, y: np.ndarray, sw: np.ndarray, l2: float, iterations: int = 150) -> np.ndarray:
    """Softmax regression weights (features x classes) by L-BFGS, L2 on all but the bias (column 0)."""
    penalty = np.full((x.shape[1], y.shape[1]), l2)
    penalty[0] = 1e-6
    w = np.zeros(x.shape[1] * y.shape[1])
    loss, grad = _loss(w, x, y, sw, penalty)
    s_list: list[np.ndarray] = []
    y_list: list[np.ndarray] = []
    for _ in range(iterations):
        q = grad.copy()
        alphas = []
        for s, t in zip(reversed(s_list), reversed(y_list), strict=True):
            a = s @ q / (t @ s)
            alphas.append(a)
            q -= a * t
        if s_list:
            q *= (s_list[-1] @ y_list[-1]) / (y_list[-1] @ y_list[-1])
        for (s, t), a in zip(zip(s_list, y_list, strict=True), reversed(alphas), strict=True):
            q += s * (a - t @ q / (t @ s))
        direction = -q
        step = 1.0
        while True:
            new = w + step * direction
            new_loss, new_grad = _loss(new, x, y, sw, penalty)
            if new_loss <= loss + 1e-4 * step * (grad @ direction) or step < 1e-10:
                break
            step *= 0.5
        s_vec, t_vec = new - w, new_grad - grad
        if s_vec @ t_vec > 1e-12:
            s_list, y_list = [*s_list[-9:], s_vec], [*y_list[-9:], t_vec]
        w, grad, done = new, new_grad, loss - new_loss
        loss = new_loss
        if np.max(np.abs(grad)) < 1e-5 or 0 <= done < 1e-9 * max(1.0, abs(loss)):
            break
    return w.reshape(x.shape[1], y.shape[1])


def softmax(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The class probabilities of each row."""
    z = x @ w
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def targets(examples: list[tuple[int, str, float]], classes: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row indices, one-hot types and weights of the examples."""
    rows = np.array([i for i, _, _ in examples], dtype=int)
    y = np.zeros((len(examples), len(classes)))
    for n, (_, kind, _) in enumerate(examples):
        y[n, classes.index(kind)] = 1.0
    return rows, y, np.array([w for _, _, w in examples])


def decide(p: np.ndarray, classes: list[str], threshold: float, unsure: str) -> list[str]:
    """The top class of each row, ``unsure`` when its probability is under ``threshold``."""
    top = p.argmax(axis=1)
    return [classes[t] if p[i, t] >= threshold else unsure for i, t in enumerate(top)]


def accuracy(samples: list[Sample], types: list[str] | None) -> dict:
    """Per set and pooled: score.py's type right among the key events found (shown events only),
    with each row typed ``types[i]`` (None: the rows' own types, the rules')."""
    out: dict[str, dict] = {}
    pooled = [0, 0]
    at = 0
    for sample in samples:
        by_doc: dict[str, list[dict]] = {}
        for n, row in enumerate(sample.rows):
            if row.get("minor") == 1:
                continue
            row = row if types is None else {**row, "event_type": types[at + n]}
            by_doc.setdefault(row["doc_id"], []).append(row)
        at += len(sample.rows)
        counts = SCORE.score_all(sample.golds, by_doc)["pooled"]["all"]["counts"]
        out[sample.name] = {"found": counts["found"], "type_ok": counts["type_ok"],
                            "type_rate": round(100.0 * counts["type_ok"] / max(counts["found"], 1), 1)}
        pooled[0] += counts["found"]
        pooled[1] += counts["type_ok"]
    out["pooled"] = {"found": pooled[0], "type_ok": pooled[1],
                     "type_rate": round(100.0 * pooled[1] / max(pooled[0], 1), 1)}
    return out


def cross_validated(features, docs, examples, classes, folds: int, l2: float, min_df: int,
                    prior: bool) -> np.ndarray:
    """Each row's class probabilities from a model (vocabulary and weights) of the other folds."""
    order = sorted(set(docs))
    fold_of = {d: n % folds for n, d in enumerate(order)}
    fold = np.array([fold_of[d] for d in docs])
    rows, y, sw = targets(examples, classes)
    p = np.zeros((len(docs), len(classes)))
    for f in range(folds):
        train_docs = {d for d in order if fold_of[d] != f}
        names = vocabulary(features, docs, train_docs, min_df, prior)
        x = matrix(features, names)
        train = fold[rows] != f
        w = fit(x[rows[train]], y[train], sw[train], l2)
        mine = fold == f
        p[mine] = softmax(x[mine], w)
    return p


def main(argv: list[str] | None = None) -> int:
    from timeline.events.typefeatures import load_type_words
    from timeline.events.typemodel import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="a gold set folder (articles/); default news, news2, news3, news5, news6, news7 "
                        "(those present)")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS, help=f"weights file (default {WEIGHTS})")
    parser.add_argument("--folds", type=int, default=10, help="cross-validation folds of articles (default 10)")
    parser.add_argument("--l2", type=float, action="append", help=f"L2 penalties tried (default {L2_GRID})")
    parser.add_argument("--min-df", type=int, action="append",
                        help=f"the fewest articles a vocabulary word is in, tried (default {MIN_DF_GRID})")
    parser.add_argument("--date", default=date.today().isoformat(), help="the training date written")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    for folder in folders:
        trainkit.refuse(folder, "train_types")
    samples = [collect(Path(folder)) for folder in folders]
    words = load_type_words()
    classes = list(words.types)
    unsure = "other"
    features = [f for s in samples for f in s.features]
    docs = [d for s in samples for d in s.docs]
    examples, at = [], 0
    for s in samples:
        examples += [(i + at, kind, w) for i, kind, w in s.examples]
        at += len(s.rows)
    folds = min(args.folds, len(set(docs)))
    print(f"events {len(docs)}, examples {len(examples)} in {len(set(docs))} articles", file=sys.stderr)
    rules = accuracy(samples, None)
    grid = []
    for prior in (True, False):
        for l2 in args.l2 or L2_GRID:
            for min_df in args.min_df or MIN_DF_GRID:
                p = cross_validated(features, docs, examples, classes, folds, l2, min_df, prior)
                for threshold in THRESHOLDS:
                    figures = accuracy(samples, decide(p, classes, threshold, unsure))
                    grid.append({"prior": prior, "l2": l2, "min_df": min_df, "threshold": threshold,
                                 "type_rate": figures["pooled"]["type_rate"], "figures": figures})
                best = max((g for g in grid if (g["prior"], g["l2"], g["min_df"]) == (prior, l2, min_df)),
                           key=lambda g: g["type_rate"])
                print(f"prior {prior} l2 {l2} min_df {min_df}: CV type {best['type_rate']} "
                      f"(threshold {best['threshold']})", file=sys.stderr)
    # the best CV accuracy; ties: the higher threshold (unsure sooner), more penalty, fewer words. Only
    # a model with the article prior is written: the pipeline's features always hold it (the model
    # without it is the ablation, reported above, and a file of it would be refused on loading)
    chosen = max((g for g in grid if g["prior"]), key=lambda g: (g["type_rate"], g["threshold"], g["l2"],
                                                                  g["min_df"]))
    names = vocabulary(features, docs, set(docs), chosen["min_df"], chosen["prior"])
    x = matrix(features, names)
    rows, y, sw = targets(examples, classes)
    w = fit(x[rows], y, sw, chosen["l2"])
    in_sample = accuracy(samples, decide(softmax(x, w), classes, chosen["threshold"], unsure))
    print("| set | rules | CV | in-sample |\n|---|---|---|---|")
    for name in [*[s.name for s in samples], "pooled"]:
        print(f"| {name} | {rules[name]['type_rate']} | {chosen['figures'][name]['type_rate']} | "
              f"{in_sample[name]['type_rate']} |")
    print(f"chosen: prior {chosen['prior']}, L2 {chosen['l2']}, min_df {chosen['min_df']}, threshold "
          f"{chosen['threshold']}; {len(names)} features")
    data = {
        "about": "event type model of timeline/events/typemodel.py: multinomial logistic regression, "
                 "written by tools/train_types.py",
        "trained": args.date,
        "sets": trainkit.set_names(folders),
        "events": len(docs), "examples": len(examples), "articles": len(set(docs)), "folds": folds,
        "l2": chosen["l2"], "min_df": chosen["min_df"], "prior": chosen["prior"],
        "threshold": chosen["threshold"], "unsure": unsure,
        "type_accuracy": {"rules": rules, "cross_validated": chosen["figures"], "in_sample": in_sample},
        "cv_grid": [{k: g[k] for k in ("prior", "l2", "min_df", "threshold", "type_rate")} for g in grid],
        "classes": classes,
        "features": names,
        "weights": {n: [round(float(v), 4) for v in w[i]] for i, n in enumerate(names)},
    }
    text = json.dumps(data, indent=1)
    text = re.sub(r"\[\s+(-?[\d.e-]+(?:,\s+-?[\d.e-]+)*)\s+\]",  # a feature's weights on one line
                  lambda m: "[" + re.sub(r"\s+", " ", m.group(1)) + "]", text)
    trainkit.write_weights(args.output, data, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
