#!/usr/bin/env python3
"""Train the participant model (``timeline/events/participantscore.py``) from the gold key events'
exact actors: one command.

    .venv/bin/python tools/train_participants.py                       # default sets, writes the weights
    .venv/bin/python tools/train_participants.py --set DIR ... -o FILE # other gold sets, another file

For each gold set (a folder with ``articles/*.txt`` and their ``*.gold.json``):

1. the pipeline runs on every article, recording every event's candidate actors and their features
   (:mod:`timeline.events.participantfeatures`; meanwhile the rules choose the actors);
2. each event is matched to the key events as ``tests/gold/news/score.py`` matches them (its
   sentence holds ``sentence_contains``, its summary matches ``summary_matches``);
3. a candidate of a matched event is labelled 1 when it is one of the key event's exact
   ``actors``, 0 when it is neither one of them nor one of ``actors_optional``; an optional one is
   left out of training.

A logistic regression with L2 (Newton's method, numpy; deterministic) is cross-validated
leave-one-article-out: each article's candidates are scored by a model trained on the other
articles. The model overrules the rules only where it is sure: for each L2, a rules' actor is
dropped under ``veto`` (at most ``--max-veto``) and another candidate added at ``add``; the actors so
chosen replace every shown event's actors and score.py measures the key events with exactly the
right actors, pooled over the sets. The best setting on the cross-validated scores is kept (ties:
the smaller veto); it may not lose more than ``--max-f1-loss`` points of pooled document-actor F1
(score.py's actor recall and precision) against the rules, nor any one set more than
``--max-set-loss`` points of exact actors, nor lose events of the events corpus
(``tests/corpus/articles``, found with their actors' affiliations as ``timeline evaluate`` counts
them, by a model trained on every training set; ``--corpus``, :mod:`participantcorpus`) (none
within all three: the rules' own choice, veto 0 and add never). The final weights are trained on every
labelled pair and written with the feature names, the sets, the date and the figures
(cross-validated and in-sample, beside the rules' own and the model's alone at its best
threshold). Never train on ``tests/gold/heldout`` or
``tests/gold/news4``: the tool refuses them.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from datetime import date
from pathlib import Path

import numpy as np

from timeline.linear import fit_logistic as fit
from timeline.linear import predict_logistic as predict

sys.path.insert(0, str(Path(__file__).resolve().parent))
import participantcorpus  # noqa: E402
import trainkit  # noqa: E402

L2_GRID = (1.0, 3.0, 10.0)
VETOES = (0.0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)  # a rules' actor under this is dropped
ADDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # a candidate the rules leave out at this is added (1.01: never)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)  # the model alone, without the rules' choice: reported only
OPTIONAL_AS_ACTOR = False  # an optional actor is left out of training (True: labelled 1; CV said worse)


SCORE = trainkit.gold_module("news/score.py", "gold_score")


@dataclasses.dataclass
class Sample:
    """One gold set: its shown rows (as ``timeline events`` writes them), the candidates of every
    row (by row position; None when not recorded), the labelled pairs and the gold."""

    name: str
    rows: list[dict]
    candidates: list[tuple | None]
    pairs: list[tuple[int, int, float]]  # (row, candidate, label)
    golds: list[dict]


def collect(folder: Path) -> Sample:
    """Run the pipeline on one gold set, recording candidates, and label them from the gold."""
    from timeline.events.participantscore import recording
    from timeline.pipeline import process
    from timeline.settings import Settings

    rows: list[dict] = []
    found: list[tuple | None] = []
    for doc in trainkit.articles(folder, "train_participants"):
        with recording() as log:
            result = process(doc, Settings(participant_model=True))
        by_key = dict(log)
        for row in trainkit.rows(result):
            if row.get("minor"):
                continue  # what `timeline events` shows, and score.py scores
            rows.append(row)
            found.append(by_key.get((row["doc_id"], row["trigger_start"])))
    golds = SCORE.load_gold(folder)
    return Sample(folder.name, rows, found, label(rows, found, golds), golds)


def label(rows: list[dict], found: list[tuple | None], golds: list[dict]) -> list[tuple[int, int, float]]:
    """(row, candidate, 1 or 0) for each candidate of each row a key event matches."""
    pairs = []
    by_doc: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_doc.setdefault(row["doc_id"], []).append(i)
    for gold in golds:
        index = SCORE.actor_index(gold)
        for key in gold["key_events"]:
            pattern = re.compile(key["summary_matches"], re.IGNORECASE)
            fragment = SCORE.squash(key["sentence_contains"])
            for i in by_doc.get(gold["_doc_id"], []):
                row = rows[i]
                if (found[i] is None or fragment not in SCORE.squash(row.get("sentence", ""))
                        or not pattern.search(str(row.get("summary", "")))):
                    continue
                for j, candidate in enumerate(found[i]):
                    name = index.get(SCORE.norm(candidate.name))
                    if name in key["actors"] or OPTIONAL_AS_ACTOR and name in key["actors_optional"]:
                        pairs.append((i, j, 1.0))
                    elif name not in key["actors_optional"]:
                        pairs.append((i, j, 0.0))
    return pairs






@dataclasses.dataclass
class Pool:
    """Every candidate of every set as one matrix, with its set, row, article and label."""

    x: np.ndarray
    where: list[tuple[int, int, int]]  # (set, row, candidate)
    docs: list[str]
    labels: dict[tuple[int, int, int], float]


def pool(samples: list[Sample]) -> Pool:
    """The candidates of ``samples`` stacked; labels of the labelled pairs."""
    xs, where, docs, labels = [], [], [], {}
    for s, sample in enumerate(samples):
        for i, found in enumerate(sample.candidates):
            for j, candidate in enumerate(found or ()):
                xs.append(candidate.row)
                where.append((s, i, j))
                docs.append(f"{sample.name}/{sample.rows[i]['doc_id']}")
        for i, j, y in sample.pairs:
            labels[(s, i, j)] = max(labels.get((s, i, j), 0.0), y)
    from timeline.events.participantfeatures import feature_names
    width = len(feature_names())
    return Pool(np.array(xs, dtype=float).reshape(-1, width), where, docs, labels)


def cross_validated(data: Pool, l2: float) -> np.ndarray:
    """Each candidate's probability from a model trained on the other articles' labelled pairs."""
    labelled = np.array([w in data.labels for w in data.where])
    y = np.array([data.labels.get(w, 0.0) for w in data.where])
    docs = np.array(data.docs)
    scores = np.zeros(len(docs))
    for doc in sorted(set(data.docs)):
        mine = docs == doc
        train = labelled & ~mine
        scores[mine] = predict(data.x[mine], fit(data.x[train], y[train], l2))
    return scores


def measure(samples: list[Sample], data: Pool, scores: np.ndarray | None, veto: float = 0.0,
            add: float = 1.01, alone: float | None = None) -> dict:
    """Per set and pooled: score.py's counts with each shown event's actors chosen by ``scores``
    (None: the rules' choice): a rules' actor under ``veto`` dropped, another candidate at ``add``
    added; with ``alone``, every candidate at that threshold, whatever the rules say."""
    chosen: dict[tuple[int, int], list[tuple[int, str, float]]] = {}
    for n, (s, i, j) in enumerate(data.where):
        candidate = samples[s].candidates[i][j]
        if scores is None:
            keep = candidate.rule
        elif alone is not None:
            keep = scores[n] >= alone
        else:
            keep = scores[n] >= (veto if candidate.rule else add)
        chosen.setdefault((s, i), []).append((j, candidate.name, float(keep)))
    out: dict[str, dict] = {}
    total = dict.fromkeys(SCORE.COUNTS, 0)
    for s, sample in enumerate(samples):
        by_doc: dict[str, list[dict]] = {}
        for i, row in enumerate(sample.rows):
            if sample.candidates[i] is not None:
                found = chosen.get((s, i), [])
                names = [name for _, name, keep in found if keep]
                own = {c.name for c in sample.candidates[i]}
                row = {**row, "actors": names + [a for a in row["actors"] if a not in own]}  # a part's actors
            by_doc.setdefault(row["doc_id"], []).append(row)
        counts = SCORE.score_all(sample.golds, by_doc)["pooled"]["all"]["counts"]
        for key in total:
            total[key] += counts[key]
        out[sample.name] = SCORE.figures(counts) | {"exact_actors_n": counts["exact_actors"]}
    out["pooled"] = SCORE.figures(total) | {"exact_actors_n": total["exact_actors"]}
    return out


def ceiling(samples: list[Sample]) -> dict[str, float]:
    """Per set and pooled: the share of key events (score.py's measure) whose exact actors are all
    among the candidates of an event that matches them: the most any choice can reach."""
    out, hits, total = {}, 0, 0
    for sample in samples:
        mine = mine_total = 0
        for gold in sample.golds:
            index = SCORE.actor_index(gold)
            for key in gold["key_events"]:
                mine_total += 1
                pattern = re.compile(key["summary_matches"], re.IGNORECASE)
                fragment = SCORE.squash(key["sentence_contains"])
                mine += any(set(key["actors"]) <= {index.get(SCORE.norm(c.name)) for c in sample.candidates[i]}
                            for i, row in enumerate(sample.rows) if row["doc_id"] == gold["_doc_id"]
                            and sample.candidates[i] is not None and fragment in SCORE.squash(row.get("sentence", ""))
                            and pattern.search(str(row.get("summary", ""))))
        out[sample.name] = round(100.0 * mine / max(mine_total, 1), 1)
        hits, total = hits + mine, total + mine_total
    out["pooled"] = round(100.0 * hits / max(total, 1), 1)
    return out


def f1(figures: dict) -> float:
    """The F1 of score.py's document-actor recall and precision."""
    r, p = figures["actor_recall"] or 0.0, figures["actor_precision"] or 0.0
    return 2 * r * p / (r + p) if r + p else 0.0


def main(argv: list[str] | None = None) -> int:
    from timeline.events.participantfeatures import feature_names
    from timeline.events.participantscore import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="a gold set folder (articles/ with *.gold.json); default "
                             + "every news training set present (tests/gold/news*, not news4)")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS, help=f"weights file (default {WEIGHTS})")
    parser.add_argument("--max-f1-loss", type=float, default=1.0,
                        help="points of pooled document-actor F1 (score.py's recall and precision) the "
                             "choice may lose against the rules (default 1)")
    parser.add_argument("--max-veto", type=float, default=0.05,
                        help="the highest probability under which a rules' actor may be dropped "
                             "(default 0.05: the model overrules the rules only when 95%% sure; "
                             "cross-validation alone prefers more, which drops the countries acted "
                             "upon that the sample article's gold requires)")
    parser.add_argument("--max-set-loss", type=float, default=1.0,
                        help="points of exact actors (cross-validated) any one set may lose against the "
                             "rules (default 1); no setting within it: the rules' own choice")
    parser.add_argument("--corpus", type=Path,
                        help="the events corpus whose events found (with affiliations) may not get worse "
                             f"(default {participantcorpus.CORPUS} with the default sets, none with --set)")
    parser.add_argument("--max-corpus-loss", type=int, default=0,
                        help="events of the corpus the choice may lose against the rules (default 0)")
    parser.add_argument("--date", default=date.today().isoformat(), help="the training date written")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    for folder in folders:
        trainkit.refuse(folder, "train_participants")
    samples = [collect(folder) for folder in folders]
    data = pool(samples)
    names = [s.name for s in samples]
    labelled = np.array([w in data.labels for w in data.where])
    y = np.array([data.labels.get(w, 0.0) for w in data.where])
    print(f"candidates {len(data.where)}, labelled {int(labelled.sum())} ({int(y[labelled].sum())} actors) "
          f"in {len(set(data.docs))} articles", file=sys.stderr)
    rules = measure(samples, data, None)
    reach = ceiling(samples)
    print("ceiling (exact actors all among the candidates): "
          + "  ".join(f"{n} {v}" for n, v in reach.items()), file=sys.stderr)
    corpus_dir = args.corpus or (None if args.sets else participantcorpus.CORPUS)
    corpus = participantcorpus.collect(corpus_dir) if corpus_dir else None
    corpus_rules = corpus.found() if corpus else (0, 0)
    results, alone, on_corpus = [], [], {}
    for l2 in L2_GRID:
        cv = cross_validated(data, l2)
        corpus_scores = predict(corpus.matrix(), fit(data.x[labelled], y[labelled], l2)) if corpus else None
        for veto in VETOES:
            if veto <= args.max_veto:
                for add in ADDS:
                    results.append((l2, veto, add, measure(samples, data, cv, veto, add)))
                    on_corpus[(l2, veto, add)] = corpus.found(corpus_scores, veto, add) if corpus else (0, 0)
        alone += [(l2, t, measure(samples, data, cv, alone=t)) for t in THRESHOLDS]
    floor_f1 = f1(rules["pooled"]) - args.max_f1_loss
    allowed = [r for r in results if f1(r[3]["pooled"]) >= floor_f1
               and all(r[3][n]["exact_actors"] >= rules[n]["exact_actors"] - args.max_set_loss for n in names)
               and on_corpus[r[:3]][0] >= corpus_rules[0] - args.max_corpus_loss]
    allowed = allowed or [r for r in results if r[1] == 0.0 and r[2] > 1.0]  # none: the rules' own choice
    best = max(allowed, key=lambda r: (r[3]["pooled"]["exact_actors_n"], f1(r[3]["pooled"]), -r[1], r[2], -r[0]))
    l2, veto, add, figures = best
    weights = fit(data.x[labelled], y[labelled], l2)
    in_sample = measure(samples, data, predict(data.x, weights), veto, add)
    model_alone = max(alone, key=lambda r: (r[2]["pooled"]["exact_actors_n"], f1(r[2]["pooled"])))
    for title, f in (("rules", rules), ("cross-validated", figures), ("in-sample", in_sample),
                     (f"model alone (CV, L2 {model_alone[0]}, threshold {model_alone[1]})", model_alone[2])):
        print(f"{title:16} " + "  ".join(f"{n} {f[n]['exact_actors']} (R {f[n]['actor_recall']} / "
                                         f"P {f[n]['actor_precision']})" for n in [*names, "pooled"]))
    print(f"chosen: L2 {l2}, veto below {veto}, add at {add}")
    if corpus:
        best_corpus = max(results, key=lambda r: (r[3]["pooled"]["exact_actors_n"], f1(r[3]["pooled"])))
        print(f"events corpus found (with affiliations / strict): rules {corpus_rules}, chosen "
              f"{on_corpus[(l2, veto, add)]}; the best setting without the corpus floor (L2 {best_corpus[0]}, veto "
              f"{best_corpus[1]}, add {best_corpus[2]}): exact actors {best_corpus[3]['pooled']['exact_actors']}, "
              f"corpus {on_corpus[best_corpus[:3]]}")
    keep = ("actor_recall", "actor_precision", "found", "exact_actors", "exact_actors_n")
    data_out = {
        "about": "participant model of timeline/events/participantscore.py: logistic regression, "
                 "written by tools/train_participants.py",
        "trained": args.date,
        "sets": trainkit.set_names(folders),
        "candidates": len(data.where), "labelled": int(labelled.sum()), "articles": len(set(data.docs)),
        "l2": l2, "veto_below": veto, "add_at": add, "max_f1_loss": args.max_f1_loss, "max_veto": args.max_veto,
        "ceiling": reach,
        "events_corpus_found": {"corpus": trainkit.set_names([corpus_dir])[0] if corpus_dir else None,
                                "rules": list(corpus_rules), "chosen": list(on_corpus[(l2, veto, add)])},
        "rules": {n: {k: rules[n][k] for k in keep} for n in rules},
        "cross_validated": {n: {k: figures[n][k] for k in keep} for n in figures},
        "in_sample": {n: {k: in_sample[n][k] for k in keep} for n in in_sample},
        "model_alone_cross_validated": {"l2": model_alone[0], "threshold": model_alone[1],
                                        **{n: {k: model_alone[2][n][k] for k in keep} for n in model_alone[2]}},
        "features": list(feature_names()),
        "weights": {n: round(float(w), 6) for n, w in zip(feature_names(), weights, strict=True)},
    }
    trainkit.write_weights(args.output, data_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
