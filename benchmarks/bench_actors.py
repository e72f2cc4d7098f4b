"""Characters per second of ``find_actors`` on about 1 MB of news text.

    python benchmarks/bench_actors.py [--size 1000000] [--repeat 3] [--score]

The text is the shared Kursk sample plus the actor test corpus, repeated to the size asked
(one document, so within-document resolution runs over the whole megabyte). The gazetteer is
loaded (and timed) once before the runs.

``--score`` also measures the cost of the learned actor score (``timeline/actors/actorscore.py``):
the whole pipeline with the NER model on the development corpora (benchmarks/common.py), with the
score and without it (``Settings(actor_score=False)``: the hand vetting alone), alternated in one
run, in characters per CPU second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.actors import analyst_actors, find_actors, load_gazetteer  # noqa: E402


def corpus_text() -> str:
    parts = []
    sample = ROOT.parent / "shared" / "data" / "kursk-2025-04-28.txt"
    if sample.exists():
        parts.append(sample.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "tests" / "actors" / "corpus").glob("*.txt")):
        parts.append(path.read_text(encoding="utf-8"))
    if not parts:
        parts.append("Russian President Vladimir Putin met Kim Jong Un in Pyongyang, KCNA said.")
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (best is reported)")
    parser.add_argument("--score", action="store_true", help="also the cost of the learned actor score")
    args = parser.parse_args()
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - t0
    base = corpus_text()
    text = (base + "\n\n") * (args.size // (len(base) + 2) + 1)
    text = text[: args.size]
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = find_actors(text, gaz)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    print(
        f"gazetteer load: {load_s:.2f} s ({len(gaz.actors)} actors, "
        f"{len(gaz.folded_keys) + len(gaz.exact_keys)} pattern keys)"
    )
    print(
        f"find_actors: {len(text):,} chars, {len(mentions):,} mentions, best of {args.repeat}: "
        f"{best:.3f} s = {len(text) / best:,.0f} chars/s"
    )
    print(
        f"  (CPU time {best_cpu:.3f} s = {len(text) / best_cpu:,.0f} chars/s of CPU; wall time "
        "suffers when other processes share the machine)"
    )
    print(f"analyst actors: {len(analyst_actors(mentions, gaz))}")
    if args.score:
        score_cost(args.repeat)


def score_cost(repeat: int) -> None:
    """The whole pipeline (with the NER model) with and without the actor score, alternated."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from common import corpus_documents

    from timeline.actors import ner
    from timeline.model import Document
    from timeline.pipeline import process
    from timeline.settings import Settings

    if not ner.model_available():
        print("the NER model is not installed: the actor score is not used")
        return
    docs = [Document(doc_id, text, dct) for doc_id, text, dct in corpus_documents()]
    chars = sum(len(d.text) for d in docs)
    plain = Settings(actor_score=False)
    process(docs[0])  # load the model and the weights once
    best = {"with the actor score": float("inf"), "hand vetting alone": float("inf")}
    for _ in range(repeat):
        for name, settings in (("with the actor score", None), ("hand vetting alone", plain)):
            c0 = time.process_time()
            for d in docs:
                process(d) if settings is None else process(d, settings)
            best[name] = min(best[name], time.process_time() - c0)
    for name, seconds in best.items():
        print(f"whole pipeline, {name}: {chars / seconds:,.0f} chars per CPU s ({len(docs)} documents)")
    print(f"cost of the actor score: {100 * (best['with the actor score'] / best['hand vetting alone'] - 1):+.1f}%")


if __name__ == "__main__":
    main()
