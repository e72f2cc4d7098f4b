#!/usr/bin/env python3
"""Train the date ranker (``timeline/events/datescore.py``) from the true dates of key events.

    .venv/bin/python tools/train_dates.py                       # the default sets, writes the weights
    .venv/bin/python tools/train_dates.py --set DIR ... -o FILE # other gold sets, another file

Default sets: ``tests/gold/news``, ``news2``, ``news3``, and ``news5``, ``news6``, ``news7`` when present.
For each gold set (a folder with ``articles/*.txt`` + ``*.gold.json``):

1. the pipeline runs on every article with the ranker off (the hand rules date every event, so the
   data do not depend on the weights being trained) and records every event's date options and
   their features (:func:`timeline.events.datescore.tracing`);
2. each event is matched to a key event exactly as ``tests/gold/news/score.py`` does (its sentence
   holds ``sentence_contains`` and its summary matches ``summary_matches``); an option is right
   when its first and last day are the key event's ``start`` and ``end`` (both null: undated).

A logistic regression with L2 (Newton's method, numpy; deterministic) over the options of the
matched events is cross-validated in 10 folds grouped by article: each article's options are
scored by a model trained on the other folds' articles, and each event takes its highest option. The table gives,
per set and pooled: the ceiling (a right option is offered), the rules' exact date and the
ranker's, on the matched events and as score.py's exact date over the shown events with each
matched event's date replaced by the chosen option. An option other than the rules' is taken
only when it scores higher by a margin; the L2 and margin with the most right choices under
cross-validation (ties: the larger margin) are kept; the final weights are trained on every
matched event and written with the feature names, the training sets, the date and the figures
(cross-validated and in-sample). A second table says where the rules and the ranker miss, per the
rules' date source, with the kind of the right option of each of the rules' misses (:func:`by_source`).
Never train on ``tests/gold/heldout`` or ``tests/gold/news4``: the tool refuses them.

Measured 2026-12-06 on the 11 training sets (1,842 matched key events, ceiling 92.2): the ranker
ties the rules (77.7 right, exact date 72.7) at every L2 and at margins 0 to 0.5; cues added for
the tense of the predicate (simple past, unmarked), the sentence's place in the article, dates
earlier in the paragraph, a narrative at a past day, the distance in days from the article date,
and other learners (a conditional logit over each event's options, boosted stumps over pairs of
the rules' option and another) found no switch from the rules' choice right more often than not
under cross-validation. The rules' largest misses are not in these features: background the
gold leaves undated, given the article date as a report of the day (58), a date of another
expression of its own clause (51, of which 29 are one event matched to two key events: one row
cannot take both dates).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trainkit  # noqa: E402

L2_GRID = (0.1, 0.3, 1.0, 3.0)
# How much higher than the rules' option the taken one must score. Lower margins (0, 0.1, 0.2) gave
# at most 0.3 points more right choices under cross-validation (3 of 946 events, within noise) and
# overrode tested rule classes on sentences of our own: the ranker takes over only with a clear margin.
MARGINS = (0.3, 0.5)
FOLDS = 10  # cross-validation folds, grouped by article


SCORE = trainkit.gold_module("news/score.py", "gold_score")


@dataclasses.dataclass
class Sample:
    """The events of one gold set: their rows (as ``timeline events`` writes them), each row's
    options (periods as ISO strings, rows of features, the rules' flag) or None when the event was
    not traced, and the set's gold."""

    name: str
    rows: list[dict]
    options: list[tuple[list[tuple[str | None, str | None]], list[list[float]], list[bool]] | None]
    golds: list[dict]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def collect(folder: Path) -> Sample:
    """Run the pipeline (ranker off) on one gold set and record each event's options."""
    from timeline.events.datescore import tracing
    from timeline.pipeline import process
    from timeline.settings import Settings

    settings = Settings(date_ranker=False)
    rows: list[dict] = []
    options: list = []
    for doc in trainkit.articles(folder, "train_dates"):
        with tracing() as trace:
            result = process(doc, settings)
        by_trigger = {t.trigger_start: t for t in trace}
        for row in trainkit.rows(result):
            rows.append(row)
            traced = by_trigger.get(row["trigger_start"])
            options.append(None if traced is None else (
                [(_iso(o.when.start), _iso(o.when.end)) for o in traced.options],
                [list(r) for r in traced.rows], [o.agrees for o in traced.options]))
    return Sample(folder.name, rows, options, SCORE.load_gold(folder))


def matches(sample: Sample) -> list[tuple[int, str, tuple[str | None, str | None]]]:
    """(row index, key id, the key's true period) of every event matched to a key event."""
    found = []
    by_doc: dict[str, list[int]] = {}
    for i, row in enumerate(sample.rows):
        by_doc.setdefault(row["doc_id"], []).append(i)
    for gold in sample.golds:
        for key in gold["key_events"]:
            pattern = re.compile(key["summary_matches"], re.IGNORECASE)
            fragment = SCORE.squash(key["sentence_contains"])
            for i in by_doc.get(gold["_doc_id"], []):
                row = sample.rows[i]
                if fragment in SCORE.squash(row.get("sentence", "")) and pattern.search(str(row.get("summary", ""))):
                    found.append((i, f"{gold['_doc_id']}/{key['key']}", (key["start"], key["end"])))
    return found




@dataclasses.dataclass
class Data:
    """Every matched event's options stacked: features, labels, the event (group) and article of
    each option, the rules' flags, and per group its set, row index and whether it is traced."""

    x: np.ndarray
    y: np.ndarray
    group: np.ndarray
    doc: list[str]
    agrees: np.ndarray
    groups: list[tuple[str, int, str]]  # (set name, row index, key id)
    other_rule: int = 0  # the column of the feature "the option is another rule's date"
    agrees_inherited: int = 0  # ... of "the option is the rules' choice, inherited from a link"


def stack(samples: list[Sample]) -> Data:
    """The options of every matched, traced event of ``samples``."""
    xs, ys, group, docs, agrees, groups = [], [], [], [], [], []
    for sample in samples:
        for i, key_id, truth in matches(sample):
            traced = sample.options[i]
            if traced is None:
                continue
            periods, rows, flags = traced
            for period, row, flag in zip(periods, rows, flags, strict=True):
                xs.append(row)
                ys.append(float(period == truth))
                group.append(len(groups))
                docs.append(f"{sample.name}/{sample.rows[i]['doc_id']}")
                agrees.append(flag)
            groups.append((sample.name, i, key_id))
    from timeline.events.datefeatures import feature_names
    from timeline.events.dateoptions import RULE

    return Data(np.array(xs, dtype=float), np.array(ys), np.array(group), docs, np.array(agrees), groups,
                feature_names().index(f"kind_{RULE}"), feature_names().index("agrees_inherited"))


def choices(scores: np.ndarray, data: Data, margin: float = 0.0) -> np.ndarray:
    """The index (into the stacked options) each group takes: its highest score when it beats the
    rules' option by ``margin``, else the rules' option (as ``datescore.pick_date`` does)."""
    best = np.full(len(data.groups), -1)
    top = np.full(len(data.groups), -np.inf)
    ruled = np.full(len(data.groups), -1)
    for j, (g, s) in enumerate(zip(data.group, scores + 1e-9 * data.agrees, strict=True)):
        if s > top[g]:
            best[g], top[g] = j, s
        if data.agrees[j] and (ruled[g] < 0 or scores[j] > scores[ruled[g]]):
            ruled[g] = j
    protected = np.zeros(len(data.groups), dtype=bool)  # a specific rule fired: its date stands
    np.logical_or.at(protected, data.group, (data.x[:, data.other_rule] > 0) | (data.x[:, data.agrees_inherited] > 0))
    keep = (ruled >= 0) & ((top - 1e-9 - scores[np.maximum(ruled, 0)] < margin) | protected)
    return np.where(keep, ruled, best)


def cross_validated(data: Data, l2: float, folds: int = FOLDS) -> np.ndarray:
    """Each option's score from a model trained on the other folds' articles (articles dealt to
    ``folds`` folds in name order: every article's options in one fold)."""
    fold_of = {doc: i % folds for i, doc in enumerate(sorted(set(data.doc)))}
    fold = np.array([fold_of[doc] for doc in data.doc])
    scores = np.zeros(len(data.doc))
    for f in range(folds):
        mine = fold == f
        if not mine.any() or mine.all():
            continue
        w = fit(data.x[~mine], data.y[~mine], l2)
        scores[mine] = 1.0 / (1.0 + np.exp(-np.clip(data.x[mine] @ w, -30, 30)))
    return scores


def measure(samples: list[Sample], data: Data, chosen: np.ndarray | None) -> dict:
    """Per set and pooled: matched events, the ceiling, right choices, and score.py's exact date
    over the shown events with each matched event's period replaced by the chosen option (the
    rules' when ``chosen`` is None)."""
    starts = {}
    for g, (name, i, _) in enumerate(data.groups):
        if chosen is not None:
            j = chosen[g]
            opts = samples[[s.name for s in samples].index(name)].options[i][0]
            offset = j - int(np.flatnonzero(data.group == g)[0])
            starts[(name, i)] = opts[offset]
    out, pooled = {}, {"events": 0, "ceiling": 0, "right": 0, "key_events": 0, "exact_date": 0}
    for sample in samples:
        mine = [g for g, (name, _, _) in enumerate(data.groups) if name == sample.name]
        right = 0
        for g in mine:
            idx = np.flatnonzero(data.group == g)
            j = chosen[g] if chosen is not None else next((k for k in idx if data.agrees[k]), idx[0])
            right += int(data.y[j])
        by_doc: dict[str, list[dict]] = {}
        for i, row in enumerate(sample.rows):
            if row.get("minor"):
                continue
            if (sample.name, i) in starts:
                row = {**row, "start": starts[(sample.name, i)][0], "end": starts[(sample.name, i)][1]}
            by_doc.setdefault(row["doc_id"], []).append(row)
        counts = SCORE.score_all(sample.golds, by_doc)["pooled"]["all"]["counts"]
        figures = {"events": len(mine), "ceiling": int(sum(data.y[data.group == g].max() for g in mine)),
                   "right": right, "key_events": counts["key_events"], "exact_date": counts["exact_date"]}
        for key, value in figures.items():
            pooled[key] += value
        out[sample.name] = _rates(figures)
    out["pooled"] = _rates(pooled)
    return out


def by_source(data: Data, chosen: np.ndarray) -> dict[str, dict[str, int]]:
    """Where the rules and the ranker miss, per the rules' date source (``explicit``, ``inherited``,
    ``article_date``, ``none``; ``other`` for a source the features do not name):
    matched events, those with a right option offered (ceiling), right by the rules and by the
    ranker's ``chosen`` options, and the rules' misses by the kind of the right option
    (``miss_to_KIND``: a right option of that kind was offered)."""
    from timeline.events.datefeatures import feature_names
    from timeline.events.dateoptions import KINDS

    names = feature_names()
    sources = [n.removeprefix("agrees_") for n in names if n.startswith("agrees_") and n != "agrees_rules"]
    kind_cols = [names.index(f"kind_{k}") for k in KINDS]
    out: dict[str, dict[str, int]] = {}
    for g in range(len(data.groups)):
        idx = np.flatnonzero(data.group == g)
        ruled = [j for j in idx if data.agrees[j]]
        source = next((s for s in sources if any(data.x[j, names.index(f"agrees_{s}")] > 0 for j in ruled)),
                      "other")
        counts = out.setdefault(source, {"events": 0, "ceiling": 0, "rules": 0, "ranker": 0})
        right = [j for j in idx if data.y[j] > 0]
        rules_right = any(data.y[j] > 0 for j in ruled)
        counts["events"] += 1
        counts["ceiling"] += int(bool(right))
        counts["rules"] += int(rules_right)
        counts["ranker"] += int(data.y[chosen[g]] > 0)
        if right and not rules_right:
            kind = KINDS[int(np.argmax(data.x[right[0], kind_cols]))]
            counts[f"miss_to_{kind}"] = counts.get(f"miss_to_{kind}", 0) + 1
    return dict(sorted(out.items()))


def _rates(counts: dict) -> dict:
    pct = trainkit.pct
    return {**counts, "ceiling_rate": pct(counts["ceiling"], counts["events"]),
            "right_rate": pct(counts["right"], counts["events"]),
            "exact_date_rate": pct(counts["exact_date"], counts["key_events"])}


def table(rows: list[tuple[str, dict]], names: list[str]) -> str:
    """A markdown table: per line, each set's right choices / exact date (score.py)."""
    head = "| | " + " | ".join(f"{n} right / exact date" for n in names) + " |"
    lines = [head, "|" + "---|" * (1 + len(names))]
    for label, figures in rows:
        cells = [f"{figures[n]['right_rate']} / {figures[n]['exact_date_rate']}" for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from timeline.events.datefeatures import feature_names
    from timeline.events.datescore import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", type=Path, action="append",
                        help="a gold set folder (articles/); default news, news2, news3, news5, news6, news7")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS, help=f"weights file (default {WEIGHTS})")
    parser.add_argument("--date", default=date.today().isoformat(), help="the training date written")
    args = parser.parse_args(argv)
    folders = args.sets or trainkit.training_sets()
    for folder in folders:
        trainkit.refuse(folder, "train_dates")
    samples = [collect(folder) for folder in folders]
    data = stack(samples)
    names = [s.name for s in samples] + ["pooled"]
    print(f"{len(data.groups)} matched events, {len(data.y)} options, {len(set(data.doc))} articles", file=sys.stderr)
    rules = measure(samples, data, None)
    results, scores = {}, {}
    for l2 in L2_GRID:
        cv = scores[l2] = cross_validated(data, l2)
        for margin in MARGINS:
            results[(l2, margin)] = measure(samples, data, choices(cv, data, margin))
    l2, margin = max(results, key=lambda v: (results[v]["pooled"]["right"], v[1], -v[0]))
    weights = fit(data.x, data.y, l2)
    in_sample = measure(samples, data, choices(1.0 / (1.0 + np.exp(-np.clip(data.x @ weights, -30, 30))),
                                               data, margin))
    rows = [("rules", rules), *((f"ranker, cross-validated, L2 {v}, margin {m}", results[(v, m)])
                                for v, m in results),
            (f"ranker, in-sample, L2 {l2}, margin {margin}", in_sample)]
    print(table(rows, names))
    print(f"\nceiling (a right option offered): {rules['pooled']['ceiling_rate']} of {rules['pooled']['events']} "
          f"matched events; chosen L2 {l2}, margin {margin}")
    sources = by_source(data, choices(scores[l2], data, margin))
    print("\nby the rules' source (cross-validated ranker; the rules' misses by the kind of the right option):")
    for source, counts in sources.items():
        print(f"  {source}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    data_out = {
        "about": "date ranker of timeline/events/datescore.py: logistic regression over date options, "
                 "written by tools/train_dates.py",
        "trained": args.date,
        "sets": trainkit.set_names(folders),
        "matched_events": len(data.groups), "options": len(data.y), "articles": len(set(data.doc)),
        "l2": l2, "margin": margin,
        "rules": rules, "cross_validated": results[(l2, margin)], "in_sample": in_sample,
        "cv_by_l2_margin": {f"{v} {m}": results[(v, m)]["pooled"] for v, m in results},
        "cv_by_rules_source": sources,
        "features": list(feature_names()),
        "weights": {n: round(float(w), 6) for n, w in zip(feature_names(), weights, strict=True)},
    }
    trainkit.write_weights(args.output, data_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
