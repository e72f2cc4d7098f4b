"""The cost of open-world event verbs (``Settings.open_verbs``): the whole pipeline, off and on.

Run: .venv/bin/python benchmarks/bench_open_verbs.py
Prints characters per CPU second of this process for the whole pipeline (with the NER model when
installed) with the setting off (the default, the same-run baseline) and on, measured in
alternation so that the machine's load weighs on both alike, and the events each finds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline.threads import keep_one_thread  # noqa: E402

keep_one_thread()  # before numpy and pandas load, as the command line does

from common import corpus_documents, table  # noqa: E402

from timeline.events.tokens import forget as forget_tokens  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.pipeline import process  # noqa: E402
from timeline.settings import Settings  # noqa: E402
from timeline.temporal.tagger import clear_memo  # noqa: E402

ROUNDS = 3  # alternating passes of each setting; the best of each is printed


def _pass(docs: list[Document], settings: Settings) -> tuple[float, int]:
    """CPU seconds of one cold pass over ``docs`` and the events found."""
    clear_memo()
    forget_tokens()
    started = time.process_time()
    events = sum(len(process(d, settings).events) for d in docs)
    return time.process_time() - started, events


def main() -> None:
    docs = [Document(doc_id, text, dct) for doc_id, text, dct in corpus_documents()]
    chars = sum(len(d.text) for d in docs)
    settings = {"off (default)": Settings(), "on": Settings(open_verbs=True)}
    process(docs[0], settings["on"])  # load the rules and the model once
    best = {name: float("inf") for name in settings}
    found = {}
    for _ in range(ROUNDS):
        for name, value in settings.items():
            seconds, found[name] = _pass(docs, value)
            best[name] = min(best[name], seconds)
    print(f"{len(docs)} documents, {chars:,} characters, one process, best of {ROUNDS} alternating passes\n")
    print(table(("open_verbs", "chars per CPU s", "events"),
                [(name, chars / best[name], found[name]) for name in settings]))
    print(f"\non / off: {best['off (default)'] / best['on']:.3f}")


if __name__ == "__main__":
    main()
