#!/usr/bin/env python3
"""Build the held-out narratives.jsonl from the marked-up texts in *.txt beside this file, with
the dev set's builder (tests/gold/narratives/build.py: same format, same checks).

    python3 tests/gold/heldout/narratives/build.py        # rewrites narratives.jsonl
    python3 tests/gold/heldout/narratives/build.py --check  # fails if narratives.jsonl is stale
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location(
    "gold_narratives_build", HERE.parents[1] / "narratives" / "build.py")
_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev)
convert, MARK, VALUE = _dev.convert, _dev.MARK, _dev.VALUE


def build() -> str:
    """The held-out narratives.jsonl, as the dev builder writes it for this folder."""
    return _dev.build(HERE)


if __name__ == "__main__":
    _dev.main(HERE)
