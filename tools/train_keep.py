#!/usr/bin/env python3
"""Train the keep score (``timeline/events/keepscore.py``) from the judges' verdicts: one command.

    .venv/bin/python tools/train_keep.py                       # news, news2, news3 (+ news5-12), writes the weights
    .venv/bin/python tools/train_keep.py --set DIR ... -o FILE # other gold sets, another file
    .venv/bin/python tools/train_keep.py --dry-run             # cross-validate and print only (compare features)
    .venv/bin/python tools/train_keep.py --dry-run --dump F    # and write the training data to F (compare models)

For each gold set (a folder with ``articles/*.txt`` + ``*.gold.json`` and ``verdicts/*.jsonl``):

1. the pipeline runs on every article with the keep score off (the events the judges saw);
2. each event is matched to a verdict exactly as ``tests/gold/news/verdicts/keep_rate.py`` does
   (unmatched events are unjudged: not used to train, still scored and shown);
3. the features of :mod:`timeline.events.keepfeatures` are computed for every event.

A logistic regression with L2 (Newton's method, numpy; deterministic) is then cross-validated
by article (``--folds``, default 10: the articles, sorted, dealt round the folds; each fold's
events are scored by a model trained on the other folds' articles; leave-one-article-out took
most of an hour on 261 articles on a busy machine). For each target (``keep`` against the rest,
or ``not-an-event`` against the rest) and each threshold the table gives, on the cross-validated
scores, the keep rate of the events still shown and score.py's key events found / exact date
with the hidden events removed. The chosen (target, threshold) raises the pooled keep rate most
while losing at most ``--max-loss`` points of pooled key events found (the thresholds around it
are printed, to show the trade-off, and the figures without the repeat pair features of
:mod:`timeline.events.repeats`); the final weights are trained on every judged event and written
with the feature names, the training sets, the date and the figures (cross-validated and
in-sample).
Never train on ``tests/gold/heldout`` or ``tests/gold/news4``: the tool refuses them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

from timeline.threads import keep_one_thread

keep_one_thread()  # before numpy loads: a BLAS thread pool makes the small fits many times slower on a busy machine

import numpy as np  # noqa: E402

from timeline.linear import fit_logistic as fit  # noqa: E402
from timeline.linear import predict_logistic as predict  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.02 * n, 2) for n in range(0, 36))
TARGETS = ("keep", "not-an-event")


SCORE = trainkit.gold_module("news/score.py", "gold_score")
KEEP_RATE = trainkit.gold_module("news/verdicts/keep_rate.py", "gold_keep_rate")


@dataclasses.dataclass
class Sample:
    """The events of one gold set: their rows (as ``timeline events`` writes them), features,
    verdicts (None when unjudged) and articles; and the set's gold."""

    name: str
    rows: list[dict]
    features: list[list[float]]
    verdicts: list[str | None]
    golds: list[dict]


def collect(folder: Path) -> Sample:
    """Run the pipeline (keep score off) on one gold set and match its events to the verdicts."""
    from timeline.events.keepfeatures import document_features
    from timeline.pipeline import process
    from timeline.settings import Settings

    settings = Settings(keep_score=False)
    rows: list[dict] = []
    features: list[list[float]] = []
    for doc in trainkit.articles(folder, "train_keep"):
        result = process(doc, settings)
        features += document_features(doc.text, doc.dct, result.events,
                                      trainkit.event_candidates(doc, result.events, settings))
        rows += trainkit.rows(result)
    matched = KEEP_RATE.match(rows, KEEP_RATE.load_verdicts(folder / "verdicts"))
    verdicts = [v["verdict"] if v else None for _, v in matched]
    return Sample(folder.name, rows, features, verdicts, SCORE.load_gold(folder))


def dump(path: Path, samples: list[Sample]) -> None:
    """Write what the model is trained on (feature names; per set the :class:`Sample`) as JSON: other
    models compared on the same folds and :func:`measure` without running the pipeline again."""
    from timeline.events.keepfeatures import feature_names

    data = {"features": list(feature_names()), "samples": [dataclasses.asdict(s) for s in samples]}
    trainkit.write_weights(path, data, json.dumps(data))


def labels(verdicts: list[str | None], target: str) -> np.ndarray:
    """1 for a kept event (target ``keep``) or for anything but not-an-event (``not-an-event``)."""
    if target == "keep":
        return np.array([v == "keep" for v in verdicts], dtype=float)
    return np.array([v != "not-an-event" for v in verdicts], dtype=float)


def folds_of(docs: list[str], folds: int) -> np.ndarray:
    """The fold of each event: its article's, the articles (sorted) dealt round ``folds`` folds
    (as many folds as articles at most: one article each)."""
    articles = sorted(set(docs))
    fold = {doc: n % min(folds, len(articles)) for n, doc in enumerate(articles)}
    return np.array([fold[doc] for doc in docs])


def cross_validated(x: np.ndarray, verdicts: list[str | None], docs: list[str], target: str,
                    l2: float, folds: int = 10) -> np.ndarray:
    """Each event's score from a model trained on the judged events of the other folds' articles."""
    judged = np.array([v is not None for v in verdicts])
    y = labels(verdicts, target)
    fold_of = folds_of(docs, folds)
    scores = np.zeros(len(docs))
    whole = fit(x[judged], y[judged], l2)  # each fold starts from it: a few steps instead of many
    for fold in sorted(set(fold_of.tolist())):
        mine = fold_of == fold
        train = judged & ~mine
        scores[mine] = predict(x[mine], fit(x[train], y[train], l2, whole))
    return scores


def log_loss(scores: np.ndarray, verdicts: list[str | None], target: str) -> float:
    """The mean log loss of ``scores`` on the judged events."""
    judged = np.array([v is not None for v in verdicts])
    y = labels(verdicts, target)[judged]
    p = np.clip(scores[judged], 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def measure(samples: list[Sample], scores: np.ndarray, threshold: float) -> dict:
    """Per set and pooled: the events shown, keep rate of the judged shown, key events found and
    exact date (score.py) with the events under ``threshold`` removed, and those the rules hide
    whatever their score (``minor`` with the keep score off: fragments, clauses with no finite
    verb; :func:`timeline.events.eventness.with_hidden`), as the pipeline hides them."""
    out: dict[str, dict] = {}
    pooled = {"shown": 0, "judged": 0, "keep": 0, "key_events": 0, "found": 0, "exact_date": 0}
    at = 0
    for sample in samples:
        n = len(sample.rows)
        mine = scores[at : at + n]
        at += n
        shown = [i for i in range(n) if mine[i] >= threshold and not sample.rows[i].get("minor")]
        judged = [i for i in shown if sample.verdicts[i] is not None]
        keep = sum(sample.verdicts[i] == "keep" for i in judged)
        by_doc: dict[str, list[dict]] = {}
        for i in shown:
            by_doc.setdefault(sample.rows[i]["doc_id"], []).append(sample.rows[i])
        counts = SCORE.score_all(sample.golds, by_doc)["pooled"]["all"]["counts"]
        figures = {"shown": len(shown), "judged": len(judged), "keep": keep,
                   "key_events": counts["key_events"], "found": counts["found"],
                   "exact_date": counts["exact_date"]}
        for key, value in figures.items():
            pooled[key] += value
        out[sample.name] = _rates(figures)
    out["pooled"] = _rates(pooled)
    return out


def _rates(counts: dict) -> dict:
    pct = trainkit.pct
    return {**counts, "keep_rate": pct(counts["keep"], counts["judged"]),
            "found_rate": pct(counts["found"], counts["key_events"]),
            "exact_date_rate": pct(counts["exact_date"], counts["key_events"])}


def table(rows: list[tuple[str, float, dict]], names: list[str]) -> str:
    """A markdown table: per target and threshold, each set's keep rate / found / exact date."""
    head = "| target | threshold | " + " | ".join(f"{n} kept / found / exact date (shown)" for n in names) + " |"
    lines = [head, "|" + "---|" * (2 + len(names))]
    for target, threshold, figures in rows:
        cells = [f"{figures[n]['keep_rate']} / {figures[n]['found_rate']} / {figures[n]['exact_date_rate']} "
                 f"({figures[n]['shown']})" for n in names]
        lines.append(f"| {target} | {threshold:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def choose(rows: list[tuple[str, float, dict]], max_loss: float) -> tuple[str, float, dict]:
    """The (target, threshold) with the highest pooled keep rate that loses at most ``max_loss``
    points of pooled key events found against showing every event (ties: the lower threshold)."""
    base = next(f for t, th, f in rows if th == 0.0)["pooled"]["found_rate"]
    allowed = [r for r in rows if base - r[2]["pooled"]["found_rate"] <= max_loss]
    return max(allowed, key=lambda r: (r[2]["pooled"]["keep_rate"], -r[1]))


def around(rows: list[tuple[str, float, dict]], target: str, threshold: float, width: float = 0.1) -> str:
    """The trade-off near the chosen threshold: per threshold of ``target`` within ``width``, the
    cross-validated pooled events shown, keep rate, key events found and exact date."""
    lines = ["| threshold | shown | keep rate | found | exact date |", "|---|---|---|---|---|"]
    for t, th, figures in rows:
        if t == target and abs(th - threshold) <= width + 1e-9:
            p = figures["pooled"]
            mark = " (chosen)" if th == threshold else ""
            lines.append(f"| {th:.2f}{mark} | {p['shown']} | {p['keep_rate']} | {p['found_rate']} | "
                         f"{p['exact_date_rate']} |")
    return "\n".join(lines)


def _without_repeats(samples: list[Sample], x: np.ndarray, verdicts: list[str | None], docs: list[str],
                     target: str, l2: float, args) -> dict | None:
    """The same cross-validation with the repeat pair features left out (None when the model has
    none): what they add, written beside the figures."""
    from timeline.events.keepfeatures import feature_names
    from timeline.events.repeats import NAMES

    keep = [n for n, name in enumerate(feature_names()) if name not in NAMES]
    if len(keep) == x.shape[1]:
        return None
    cv = cross_validated(x[:, keep], verdicts, docs, target, l2, args.folds)
    rows = [(target, th, measure(samples, cv, th)) for th in THRESHOLDS]
    _, threshold, figures = choose(rows, args.max_loss)
    return {"cv_log_loss": round(log_loss(cv, verdicts, target), 4), "threshold": threshold,
            **{k: figures["pooled"][k] for k in ("shown", "keep_rate", "found_rate", "exact_date_rate")}}


def main(argv: list[str] | None = None) -> int:
    from timeline.events.keepfeatures import feature_names
    from timeline.events.keepscore import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="a gold set folder (articles/, verdicts/); default news, news2, news3, and news5, "
                             "news6, news7 when present")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS, help=f"weights file (default {WEIGHTS})")
    parser.add_argument("--max-loss", type=float, default=2.0,
                        help="points of pooled key events found the threshold may lose (default 2)")
    parser.add_argument("--date", default=date.today().isoformat(), help="the training date written")
    parser.add_argument("--folds", type=int, default=10, help="cross-validation folds of articles (default 10)")
    parser.add_argument("--dry-run", action="store_true",
                        help="cross-validate and print the table and the choice; write no weights (to compare "
                             "features without touching the model)")
    parser.add_argument("--dump", type=Path, help="also write what the model is trained on to this JSON file")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets("verdicts")
    samples = [collect(folder) for folder in folders]
    if args.dump:
        dump(args.dump, samples)
    x = np.array([row for s in samples for row in s.features], dtype=float)
    verdicts = [v for s in samples for v in s.verdicts]
    docs = [f"{s.name}/{r['doc_id']}" for s in samples for r in s.rows]
    judged = np.array([v is not None for v in verdicts])
    names = [s.name for s in samples]
    print(f"events {len(verdicts)}, judged {int(judged.sum())} in {len(set(docs))} articles", file=sys.stderr)
    results = []
    losses = {}
    for target in TARGETS:
        best = min(L2_GRID, key=lambda l2: losses.setdefault(
            (target, l2), log_loss(cross_validated(x, verdicts, docs, target, l2, args.folds), verdicts, target)))
        cv = cross_validated(x, verdicts, docs, target, best, args.folds)
        for threshold in THRESHOLDS:
            results.append((target, threshold, measure(samples, cv, threshold), best))
    rows = [(t, th, f) for t, th, f, _ in results]
    target, threshold, figures = choose(rows, args.max_loss)
    l2 = next(b for t, _, _, b in results if t == target)
    weights = fit(x[judged], labels(verdicts, target)[judged], l2)
    in_sample = measure(samples, predict(x, weights), threshold)
    report = table(rows, [*names, "pooled"])
    print(report)
    print(f"\nchosen: target {target}, threshold {threshold}, L2 {l2}; cross-validated pooled keep rate "
          f"{figures['pooled']['keep_rate']}, found {figures['pooled']['found_rate']}, exact date "
          f"{figures['pooled']['exact_date_rate']}; in-sample keep rate {in_sample['pooled']['keep_rate']}, found "
          f"{in_sample['pooled']['found_rate']}, exact date {in_sample['pooled']['exact_date_rate']}")
    print("\n" + around(rows, target, threshold))
    without = _without_repeats(samples, x, verdicts, docs, target, l2, args)
    if without:
        print(f"\nwithout the repeat pair features (same target and L2, threshold chosen the same way): "
              f"cross-validated log loss {without['cv_log_loss']} (with: {losses[(target, l2)]:.4f}), threshold "
              f"{without['threshold']}, keep rate {without['keep_rate']}, found {without['found_rate']}, "
              f"exact date {without['exact_date_rate']}")
    data = {
        "about": "keep score of timeline/events/keepscore.py: logistic regression, written by tools/train_keep.py",
        "trained": args.date,
        "sets": trainkit.set_names(folders),
        "events": len(verdicts), "judged": int(judged.sum()), "articles": len(set(docs)),
        "target": target, "threshold": threshold, "l2": l2, "folds": args.folds,
        "cv_log_loss": {f"{t} l2={l2_}": round(v, 4) for (t, l2_), v in sorted(losses.items())},
        "cross_validated": figures, "in_sample": in_sample, "without_repeat_features": without,
        "cv_table": [{"target": t, "threshold": th, **{n: {k: f[n][k] for k in (
            "shown", "keep_rate", "found_rate", "exact_date_rate")} for n in [*names, "pooled"]}}
            for t, th, f in rows],
        "features": list(feature_names()),
        "weights": {n: round(float(w), 6) for n, w in zip(feature_names(), weights, strict=True)},
    }
    if not args.dry_run:
        trainkit.write_weights(args.output, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
