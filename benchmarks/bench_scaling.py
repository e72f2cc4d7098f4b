"""Time grows with the text, not its square: hostile and repeated inputs at two sizes.

    python benchmarks/bench_scaling.py [--repeat 3]

Each case runs one step on a text of size n and of size 4n (best CPU time of ``--repeat`` runs)
and prints both times and their ratio: about 4 is linear, about 16 quadratic. The cases are the
paths where a quadratic loop or a backtracking regular expression was once found:
- ``find_actors`` on the actor test corpus repeated, with and without line breaks;
- ``find_actors`` with the NER model on 2,500 and 10,000 capitalised words (issue 11's floor);
- the time tagger on a hostile string of digits, month names and commas.
These figures were asserts in the tests until session 8; tests do not assert timings, so the
tests now check what these inputs give and this benchmark checks how long they take.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import table  # noqa: E402

from timeline.actors import find_actors, load_gazetteer, ner  # noqa: E402
from timeline.temporal import tag  # noqa: E402

ACTOR_CORPUS = ROOT / "tests" / "actors" / "corpus"


def cpu(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def capitalised(count: int) -> str:
    return " ".join(f"Name{i % 97} Word{i % 89}" for i in range(count // 2))


def hostile(size: int) -> str:
    unit = ("9" * 300 + "MayMarchMondayand,,,;;--" + "and" * 50 + "January" * 20
            + "1999" * 40 + "Monday," * 30)
    return (unit * (size // len(unit) + 1))[:size]


def cases(gaz) -> list[tuple[str, Callable[[int], Callable[[], object]], int]]:
    """(name, size -> work, n): the work runs on a text of the given size."""
    found = []
    for label, joiner in (("paragraphs", "\n\n"), ("one line", " ")):
        base = joiner.join(p.read_text(encoding="utf-8") for p in sorted(ACTOR_CORPUS.glob("*.txt")))
        found.append((f"find_actors, actor corpus ({label}), chars",
                      lambda n, b=base: (lambda: find_actors((b * (n // len(b) + 1))[:n], gaz)), 50_000))
    if ner.model_available():
        find_actors(capitalised(200), gaz, model=True)  # the model loads before anything is timed
        found.append(("find_actors + NER model, capitalised words",
                      lambda n: (lambda: find_actors(capitalised(n), gaz, model=True)), 2_500))
    found.append(("time tagger, hostile digits and months, chars",
                  lambda n: (lambda: tag(hostile(n), date(2025, 4, 28))), 50_000))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    gaz = load_gazetteer()
    rows = []
    for name, work, n in cases(gaz):
        small, large = cpu(work(n), args.repeat), cpu(work(4 * n), args.repeat)
        rows.append((name, f"{n:,}", f"{small:.3f}", f"{4 * n:,}", f"{large:.3f}",
                     f"{large / max(small, 1e-9):.1f}"))
    print(table(("case", "n", "CPU s", "4n", "CPU s", "ratio (4 linear, 16 quadratic)"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
